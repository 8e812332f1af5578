package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
