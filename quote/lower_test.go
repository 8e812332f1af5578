//go:build go1.24

package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLowerIn checks that lowerIn answers as comparing x.lower(w) with
// each word would, for ASCII words in any case and for words whose
// lower-casing changes their length (İ, the Kelvin sign).
func TestLowerIn(t *testing.T) {
	x := newExtraction(&Extractor{}, "")
	defer x.release()
	words := []string{"the", "a", "an", "its", "of", "at", "for", "and", "to", "then", "k"}
	for _, w := range []string{"the", "The", "THE", "tHe", "a", "A", "An", "its", "ITS", "İTS", "İts", "Its", "K", "\u212a",
		"of", "Of", "OF", "oF", "for", "FOR", "form", "", "th", "thé", "THÉ", "theé", "Smith", "and", "AND", "then", "To"} {
		for _, v := range words {
			want := x.lower(w) == v
			assert.Equal(t, want, x.lowerIn(w, v), "lowerIn(%q, %q): got %v, want %v", w, v, !want, want)
		}
	}
}

func TestTrimPunct(t *testing.T) {
	for _, s := range []string{"", ".", ".,;:", "Dr.", ",Smith,", "a.b", ":x;", "é.", ".é", "..a..", " a "} {
		assert.Equal(t, strings.Trim(s, ".,;:"), trimPunct(s), "trimPunct(%q)", s)
	}
}

// TestIsDet checks isDet against lowerIn over spellings that lower-case
// oddly: capitals, non-ASCII runes (İ and the Kelvin sign lower-case to
// ASCII letters), invalid bytes.
func TestIsDet(t *testing.T) {
	x := newExtraction(&Extractor{}, "")
	defer x.release()
	pieces := []string{"t", "T", "h", "H", "e", "E", "a", "A", "n", "N", "İ", "\u212a", "\xff", "é", "ı", "@", "`", " "}
	for _, a := range pieces {
		for _, b := range append(pieces, "") {
			for _, c := range append(pieces, "") {
				s := a + b + c
				assert.Equal(t, x.lowerIn(s, "the", "a", "an"), x.isDet(s), "%q: got isDet, want lowerIn's answer", s)
			}
		}
	}
}

// TestFoldIn checks foldIn against lowerIn for the word lists it serves.
func TestFoldIn(t *testing.T) {
	x := newExtraction(&Extractor{}, "")
	defer x.release()
	lists := [][]string{{"of", "at", "for"}, {"of", "for", "and", "at"}, {"and", "or", "then", "to", "but"}, {"and", "to", "then"}}
	pieces := []string{"o", "O", "f", "F", "a", "A", "t", "T", "n", "N", "d", "r", "h", "e", "b", "u", "İ", "\u212a", "\xff", "é", "ı", "@"}
	for _, words := range lists {
		for _, w := range words {
			for _, c := range words {
				require.NotContains(t, c, "i", "foldIn serves only words without i or k")
				require.NotContains(t, c, "k", "foldIn serves only words without i or k")
			}
			assert.True(t, foldIn(strings.ToUpper(w), words...), "%q in %q: got false, want true", strings.ToUpper(w), words)
		}
		for _, a := range pieces {
			for _, b := range append(pieces, "") {
				for _, c := range append(pieces, "") {
					s := a + b + c
					assert.Equal(t, x.lowerIn(s, words...), foldIn(s, words...), "%q in %q: got foldIn, want lowerIn's answer", s, words)
				}
			}
		}
	}
}
