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
