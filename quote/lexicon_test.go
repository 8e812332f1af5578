//go:build go1.24

package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLexiconFiles(t *testing.T) {
	entries, err := lexiconFS.ReadDir("lexicon")
	require.NoError(t, err)
	require.NotEmpty(t, entries)
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			name := strings.TrimSuffix(e.Name(), ".txt")
			seen := map[string]bool{}
			for _, line := range readList(name) {
				assert.True(t, utf8.ValidString(line), "got invalid UTF-8 in %q", line)
				assert.Equal(t, strings.ToLower(line), line, "got %q, want lower case", line)
				assert.False(t, seen[line], "got %q twice", line)
				seen[line] = true
			}
		})
	}
}

func TestLexiconClass(t *testing.T) {
	lx := defaultLexicon()
	tests := []struct {
		word string
		want wordClass
	}{
		{"said", wCue},
		{"Said", wCue},
		{"SAYS", wCue},
		{"spokesperson", wRole},
		{"report", wNonPerson},
		{"She", wPronoun},
		{"Dr", wHonorific},
		{"according", wCueFirst},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := lx.class(tt.word)
			assert.NotZero(t, got&tt.want, "class(%q) = %b, want bit %b", tt.word, got, tt.want)
		})
	}
	assert.Zero(t, lx.class("hospital-trust-board-members-of-the-year"), "a word longer than any entry")
	assert.Zero(t, lx.class("zzzz"), "an unknown word")
	assert.Zero(t, lx.class(""), "the empty word")
}

// TestClassAt checks that the packed lookup from a position in a text
// agrees with class on the word cut out, near the text's end too, and
// that packing ignores ASCII case only.
func TestClassAt(t *testing.T) {
	lx := defaultLexicon()
	text := "Said the spokesperson, ACCORDING to THE report: she SAYS Dr É said’s vice-chairman-of-the-board x"
	for i := 0; i < len(text); i++ {
		for j := i + 1; j <= len(text) && j-i <= packedMax+2; j++ {
			got, want := lx.classAt(text, i, j), lx.class(text[i:j])
			require.Equal(t, want, got, "classAt(%q) = %b, want %b", text[i:j], got, want)
		}
	}
	assert.Equal(t, lx.class("said"), lx.class("SAID"), "got different classes for said and SAID")
	assert.Zero(t, lx.class("sa\x00d"), "got a class for a word with a NUL byte")
	assert.Zero(t, lx.class("s\u0101id"), "got a class for a non-ASCII look-alike")
}

func TestLowerASCII8(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := byte(c)
		if 'A' <= c && c <= 'Z' {
			want += 'a' - 'A'
		}
		x := uint64(c) * 0x0101010101010101
		got := lowerASCII8(x)
		for k := 0; k < 8; k++ {
			require.Equal(t, want, byte(got>>(8*k)), "byte %#x at %d", c, k)
		}
	}
}

func TestNonWordBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			x := uint64(0x4141414141414141) // "AAAAAAAA"
			x = x&^(0xff<<(8*k)) | uint64(c)<<(8*k)
			got := nonWordBytes(x)
			want := uint64(0)
			if !asciiWord[c] {
				want = 0x80 << (8 * k)
			}
			require.Equal(t, want, got, "byte %#x at %d", c, k)
		}
	}
	text := "Hello, wor1d’s U.S. end"
	for j := 0; j < len(text); j++ {
		for limit := j; limit <= len(text); limit++ {
			want := j
			for want < limit && asciiWord[text[want]] {
				want++
			}
			require.Equal(t, want, asciiWordEnd(text, j, limit), "asciiWordEnd(%d, %d)", j, limit)
		}
	}
}

// TestPack checks the packing with overlapping loads against the bytes
// placed one by one, for every length it packs.
func TestPack(t *testing.T) {
	const word = "AbCdEfGhIjKlMnO"
	for n := 0; n <= packedMax; n++ {
		w := word[:n]
		var lo, hi uint64
		for i := 0; i < n; i++ {
			c := uint64(w[i] | 0x20) // ASCII letters lower-cased
			if i < 8 {
				lo |= c << (8 * i)
			} else {
				hi |= c << (8 * (i - 8))
			}
		}
		hi |= uint64(n) << 56
		gotLo, gotHi := pack(w)
		require.Equal(t, [2]uint64{lo, hi}, [2]uint64{gotLo, gotHi}, "pack(%q): got %#x %#x, want %#x %#x", w, gotLo, gotHi, lo, hi)
	}
}

// TestLexTableHoldsEveryWord checks that every lexicon word is found with
// its classes, in any ASCII case, and that its lower-case copy comes back.
func TestLexTableHoldsEveryWord(t *testing.T) {
	lx := defaultLexicon()
	require.NotEmpty(t, lx.words)
	for w, want := range lx.words {
		require.Equal(t, want, lx.class(w), "class(%q)", w)
		up := strings.ToUpper(w)
		require.Equal(t, want, lx.class(up), "class(%q)", up)
		got, ok := lx.lowerNoAlloc(up)
		require.True(t, ok, "lowerNoAlloc(%q)", up)
		require.Equal(t, w, got, "lowerNoAlloc(%q): got %q, want %q", up, got, w)
	}
}
