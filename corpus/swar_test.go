//go:build go1.24

package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wordBytesAlphabet is the material of the random lines the word-at-a-time
// scanners are checked on: letters, digits, joiners, separators, non-ASCII
// letters and punctuation, control bytes and invalid UTF-8.
var wordBytesAlphabet = []string{"a", "Z", "q", "0", "9", "-", "'", " ", ".", "\n", "\x00", "\x1f", "\x7f", "@", "[", "`", "{",
	"é", "É", "’", "“", "\u00a0", "\xff", "\xc3", "日", "abcdefgh", "ABCDEFGHIJKLMNO", "12345678"}

func randomLine(r *rand.Rand, n int) []byte {
	var b []byte
	for range n {
		b = append(b, wordBytesAlphabet[r.IntN(len(wordBytesAlphabet))]...)
	}
	return b
}

// TestASCIIWordMatchesWordEnd checks the eight-bytes-at-a-time word scanner
// against the byte-at-a-time one at every word start of random lines.
func TestASCIIWordMatchesWordEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	lex := lexicon()
	fast := 0
	for range 3000 {
		s := randomLine(r, r.IntN(40))
		for i := range s {
			if !asciiAlnum[s[i]] {
				continue
			}
			end, lo, hi, letters, ok := asciiWord(s, i)
			if !ok {
				continue
			}
			fast++
			wantEnd, seen := wordEnd(s, i)
			require.Equal(t, wantEnd, end, "end of the word at %d in %q", i, s)
			assert.Equal(t, seen&(byteLetter|byteHigh) != 0, letters, "letters of %q", s[i:end])
			assert.Zero(t, seen&(byteHigh|byteJoin), "word %q", s[i:end])
			wantLo, wantHi := packWord(s[i:end], true)
			assert.Equal(t, wantLo, lo, "packed %q", s[i:end])
			assert.Equal(t, wantHi, hi, "packed %q", s[i:end])
			assert.Equal(t, lex.getFold(s[i:end]), lex.getPacked(lo, hi), "bits of %q", s[i:end])
		}
	}
	assert.Greater(t, fast, 1000, "words found by the fast path")
}

// TestPlainASCIIPrefix8 checks the word-at-a-time count of printable ASCII
// bytes against a byte loop on every kind of byte at every position.
func TestPlainASCIIPrefix8(t *testing.T) {
	for _, c := range []byte{0, 1, '\t', '\n', 0x1f, ' ', 'a', 0x7f, 0x80, 0xc3, 0xff} {
		for pos := range 8 {
			var b [8]byte
			for k := range b {
				b[k] = 'x'
			}
			b[pos] = c
			want := 8
			for k, x := range b {
				if x < 0x20 || x >= 0x80 {
					want = k
					break
				}
			}
			x := uint64(0)
			for k := 7; k >= 0; k-- {
				x = x<<8 | uint64(b[k])
			}
			assert.Equal(t, want, plainASCIIPrefix8(x), "byte %#x at %d: got %d, want %d", c, pos, plainASCIIPrefix8(x), want)
		}
	}
}

// TestLexiconWords checks that every word of the lexicon is found, in any
// ASCII case, and that near misses are not.
func TestLexiconWords(t *testing.T) {
	lex := lexicon()
	for _, tc := range []struct {
		word string
		want uint32
	}{
		{"the", cueStop},
		{"THE", cueStop},
		{"e-mail", cueSocial},
		{"Instagram", cueSocial},
		{"september", cueMonth | 9<<monthShift},
		{"Sept", cueMonth | 9<<monthShift},
		{"thurs", cueWeekday},
		{"correspondent", cueRole},
		{"illustration", kCaption},
		{"th", 0},
		{"thee", 0},
		{"the1", 0},
		{"correspondents", 0},
	} {
		t.Run(tc.word, func(t *testing.T) {
			got := lex.getFold([]byte(tc.word))
			if tc.want == 0 {
				assert.Zero(t, got, "got bits %#x, want none", got)
				return
			}
			assert.Equal(t, tc.want, got&tc.want, "got bits %#x, want %#x among them", got, tc.want)
		})
	}
	assert.Zero(t, lookup(lex, []byte("de\x00")), "a NUL byte is part of the word")
	assert.NotZero(t, lookup(lex, []byte("de")), "particle")
	assert.Zero(t, lookup(lex, []byte("De")), "lookup does not fold case")
}

// TestLexiconWordLengths checks that every word list entry fits the packed
// form (at most maxLexLen bytes), so that none is cut when the table is
// built.
func TestLexiconWordLengths(t *testing.T) {
	for _, list := range []string{stopWords, socialWords, fillerWords, pagerWords, particleWords, roleWords} {
		for _, w := range strings.Fields(list) {
			assert.LessOrEqual(t, len(w), maxLexLen, "word %q: got %d bytes, want at most %d", w, len(w), maxLexLen)
			assert.NotZero(t, lookup(lexicon(), []byte(w)), "word %q not found", w)
		}
	}
}

// TestOddBytes checks the word-at-a-time count of control and non-ASCII
// bytes against a byte loop.
func TestOddBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for _, tc := range []struct {
		name     string
		alphabet string
	}{
		{"printable and non-ASCII", "ab .\x7f\x80\xc3\xa9\xff"},
		{"with control bytes", "ab \x00\x01\n\x1f\x20\x80\xff"},
		{"all non-ASCII", "\x80\xff\xe2"},
		{"every byte", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, n := range []int{0, 7, 8, 9, 247, 248, 249, 256, 2040} {
				b := make([]byte, n)
				for i := range b {
					if tc.alphabet == "" {
						b[i] = byte(r.IntN(256))
					} else {
						b[i] = tc.alphabet[r.IntN(len(tc.alphabet))]
					}
				}
				want := 0
				for _, c := range b {
					if c < 0x20 || c >= 0x80 {
						want++
					}
				}
				got := oddBytes(b)
				assert.Equal(t, want, got, "%d bytes: got %d, want %d", n, got, want)
			}
		})
	}
}

// TestHasYearDigits checks the eight-bytes-at-a-time search for four digits
// in a row against a byte loop, on random strings of digits and other bytes
// of every length, runs across the eight-byte words included.
func TestHasYearDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 4))
	alphabet := "0123456789 a/\x80\xff:\x00"
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			if r.IntN(3) == 0 {
				b[i] = alphabet[r.IntN(len(alphabet))]
			} else {
				b[i] = byte('0' + r.IntN(10))
			}
		}
		want, run := false, 0
		for _, c := range b {
			if c >= '0' && c <= '9' {
				run++
				want = want || run >= 4
			} else {
				run = 0
			}
		}
		require.Equal(t, want, hasYearDigits(b), "%q", b)
	}
}
