//go:build go1.24

package entity

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClassify8 checks the eight-byte classification against the byte
// table for every byte value in every position.
func TestClassify8(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			x := uint64(0x2e2e2e2e2e2e2e2e) // full stops around
			x = x&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			letter, digit := classify8(x)
			bit := uint64(0x80) << (8 * pos)
			wantLetter := wordCase[c]&(csUpper|csLower) != 0
			wantDigit := wordCase[c] == csDigit
			if (letter&bit != 0) != wantLetter || (digit&bit != 0) != wantDigit {
				t.Fatalf("byte %#x at %d: got letter %v digit %v, want %v %v", c, pos, letter&bit != 0, digit&bit != 0, wantLetter, wantDigit)
			}
			if letter&^bit != 0 || digit&^bit != 0 {
				t.Fatalf("byte %#x at %d: got bits outside its byte (%#x, %#x)", c, pos, letter, digit)
			}
		}
	}
}

// refWord reads an ASCII word byte by byte: its end and case flags.
func refWord(s string, i int) (int, uint8) {
	var cs uint8
	for i < len(s) && wordCase[s[i]] != 0 {
		cs |= wordCase[s[i]]
		i++
	}
	return i, cs
}

// randomText returns text mixing ASCII words of every length, spaces,
// punctuation, digits and multi-byte letters and marks.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{" ", " ", " ", ", ", ". ", "\n", "’", "”", "é", "Ü", "—", "\u00a0", "&", "\xff", "-", "2010"}
	var b strings.Builder
	for b.Len() < n {
		if rng.IntN(3) > 0 {
			for range 1 + rng.IntN(20) {
				switch rng.IntN(10) {
				case 0:
					b.WriteByte(byte('A' + rng.IntN(26)))
				case 1:
					b.WriteByte(byte('0' + rng.IntN(10)))
				default:
					b.WriteByte(byte('a' + rng.IntN(26)))
				}
			}
		} else {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
	}
	return b.String()
}

// TestASCIIWord checks asciiWord against a byte-by-byte reading, and its
// hash and first chunk against hashWord of the lower-cased word.
func TestASCIIWord(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 200 {
		s := randomText(rng, 300)
		for i := 0; i < len(s); i++ {
			if wordCase[s[i]] == 0 || i > 0 && wordCase[s[i-1]] != 0 {
				continue
			}
			end, cs, key, h, ok := asciiWord(s, i)
			refEnd, refCS := refWord(s, i)
			if !ok {
				require.True(t, refEnd < len(s) && startsLetter(s[refEnd:]), "at %d in %q: got ok false with no letter after the word", i, s)
				continue
			}
			w := strings.ToLower(s[i:end])
			wantH, wantKey := hashWord(w)
			assert.Equal(t, refEnd, end, "end of %q", s[i:refEnd])
			assert.Equal(t, refCS, cs, "case of %q", w)
			assert.Equal(t, wantH, h, "hash of %q", w)
			assert.Equal(t, wantKey, key, "first chunk of %q", w)
		}
	}
}

// TestShortWordAgreesWithASCIIWord checks, at every word start of random
// text, that shortWord, where it reads a word, reads what asciiWord reads
// (with the first-capital flag and the digits-only class as next sets
// them), and that it reads every word of letters of the commonest shape.
func TestShortWordAgreesWithASCIIWord(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	short := 0
	for range 300 {
		s := randomText(rng, 500)
		for i := 0; i < len(s); i++ {
			if wordCase[s[i]] == 0 || i > 0 && wordCase[s[i-1]] != 0 {
				continue
			}
			end, cs, key, h := shortWord(s, i)
			wantEnd, wantCS, wantKey, wantH, ok := asciiWord(s, i)
			if end < 0 {
				refEnd, refCS := refWord(s, i)
				plainShape := refEnd-i < 16 && refEnd+1 < len(s) && i+16 <= len(s) && refCS&csDigit == 0 &&
					s[refEnd] < 0x80
				require.False(t, plainShape, "at %d in %q: got no word, want %q", i, s, s[i:refEnd])
				continue
			}
			short++
			require.True(t, ok, "at %d in %q: shortWord read a word asciiWord rejects", i, s)
			if 'A' <= s[i] && s[i] <= 'Z' {
				wantCS |= csFirstUpper
			}
			wantCS &^= csDigit
			if wantCS&(csUpper|csLower) == 0 {
				wantCS |= csDigits
			}
			assert.Equal(t, wantEnd, end, "end of %q", s[i:wantEnd])
			assert.Equal(t, wantCS, cs, "case of %q", s[i:wantEnd])
			assert.Equal(t, wantKey, key, "first chunk of %q", s[i:wantEnd])
			assert.Equal(t, wantH, h, "hash of %q", s[i:wantEnd])
		}
	}
	assert.Greater(t, short, 200, "got %d words read by shortWord, want many", short)
}

// TestPlainWordsAreOutsideTheVocabulary checks that every small-letter word
// of the seed articles that Find skips as plain (its hash is not in the
// vocabulary's lowerFilter) is a word the vocabulary does not hold, or
// holds only as a determiner (which matters only when capitalised).
func TestPlainWordsAreOutsideTheVocabulary(t *testing.T) {
	m := Default()
	text := seedCorpus(t, 64<<10)
	plain := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r > 0x7f || wordCase[r] == 0 }) {
		if strings.ToLower(w) != w || strings.ContainsAny(w, "0123456789") {
			continue
		}
		h, _ := hashWord(w)
		if m.vocab.mayMatterLower(h) {
			continue
		}
		plain++
		id, inVocab := m.vocab.ids[w]
		detOnly := id >= m.nTrie && m.wflags[id] == wDeterminer
		require.True(t, !inVocab || detOnly, "plain word %q is in the vocabulary", w)
	}
	assert.Greater(t, plain, 1000, "got %d plain words, want most words", plain)
}

// TestShortPathAgreesWithNext reads text as Find does, the commonest
// shapes of token with shortSep and shortWord and the others with next,
// and checks that every token, separator and scanner state is the one next
// alone gives.
func TestShortPathAgreesWithNext(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	texts := []string{seedCorpus(t, 32<<10), strings.Repeat("St. Helens. A b.\n\nC d,e, f.\n\nSt.\n\nGuy and St.\n\nThomas. I ", 3),
		strings.Repeat("x. \n\n.\n\n. ,  , . Ab.\n\nCd. ", 3)}
	for range 300 {
		texts = append(texts, randomText(rng, 400))
	}
	fast := 0
	for _, s := range texts {
		a, b := newScanner(s, nil), newScanner(s, nil)
		for {
			var ta, tb token
			okA, sepA := false, uint8(0)
			sep, start := uint8(sepSpace), a.i+1
			if a.i >= len(s) || s[a.i] != ' ' {
				sep, start = a.shortSep()
			}
			if start > 0 {
				if end, cs, key, h := shortWord(s, start); end >= 0 {
					if sep&(sepHard|sepNewline) != 0 {
						a.initial = true
					}
					a.short(&ta, start, end, sep, cs, key, h)
					okA, sepA = true, sep
					fast++
				}
			}
			if !okA {
				okA, sepA = a.next(&ta)
			}
			okB, sepB := b.next(&tb)
			require.Equal(t, okB, okA, "end of text at %d in %q", b.i, s)
			require.Equal(t, sepB, sepA, "separator before %d in %q", tb.start, s)
			require.Equal(t, tb, ta, "token at %d in %q", tb.start, s)
			require.Equal(t, [2]bool{b.abbrev, b.initial}, [2]bool{a.abbrev, a.initial}, "scanner state after %d in %q", tb.end, s)
			if !okB {
				break
			}
			require.Equal(t, b.ascii, a.ascii, "ASCII word at %d", tb.start)
			if b.ascii {
				require.Equal(t, [2]uint64{uint64(b.hash), b.key}, [2]uint64{uint64(a.hash), a.key}, "hash of %q", s[tb.start:tb.end])
			}
		}
	}
	assert.Greater(t, fast, 5000, "got %d tokens read by the short path, want most", fast)
}
