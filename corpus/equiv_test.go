//go:build go1.24

package corpus

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestLastDashMatchesLastIndex checks the one backward scan for a
// signature dash against a search for each dash on its own (the last
// occurrence of any, the first dash of sigDashes on a tie), on random
// strings of spaces, dashes and letters.
func TestLastDashMatchesLastIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	pieces := []string{" ", "-", "–", "—", "~", "a", "B", ",", " - ", " -- ", "\xe2", "\x80"}
	for range 20000 {
		var b []byte
		for n := r.IntN(30); n > 0; n-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		from := r.IntN(len(b) + 1)
		want, wantDash := -1, ""
		for _, d := range sigDashes {
			if k := bytes.LastIndex(b[from:], []byte(d)); k >= 0 && from+k > want {
				want, wantDash = from+k, d
			}
		}
		got, gotDash := lastDash(b, from)
		require.Equal(t, want, got, "dash in %q from %d", b, from)
		require.Equal(t, wantDash, gotDash, "dash in %q from %d", b, from)
	}
}

// TestFurnitureReadsWords checks that furniture gives the same reason
// without the words of a line whenever furnitureReadsWords says it does not
// read them, on the lines of the seed and golden articles and on random
// lines made of the phrase rules' words.
func TestFurnitureReadsWords(t *testing.T) {
	lex := lexicon()
	lines := fileLines(t, "../testdata/seeds/*.txt", "testdata/articles/*.txt")
	r := rand.New(rand.NewPCG(2, 9))
	vocab := strings.Fields("you are leaving sign up for our newsletter what do think have your say registered in england " +
		"copyright all rights reserved comments closed 0 photo image getty images read more from home | > ads by " +
		"currently reading share facebook twitter intended health professionals only notes to editors ends the a " +
		"said NHS trust patients 2017 - : .")
	for range 20000 {
		var b []byte
		for n := 1 + r.IntN(45); n > 0; n-- {
			b = append(append(b, vocab[r.IntN(len(vocab))]...), ' ')
		}
		lines = append(lines, bytes.TrimSpace(b))
	}
	var ws []word
	skipped := 0
	for _, s := range lines {
		var l line
		analyze(&l, s, lex, &ws)
		if furnitureReadsWords(s, &l) {
			continue
		}
		if l.cues&(cueKey|cueSocial) != 0 {
			skipped++
		}
		require.Equal(t, furniture(s, ws, &l), furniture(s, nil, &l), "reason of %q", s)
	}
	require.Greater(t, skipped, 1000, "lines with key words whose words were not read")
}

// TestSpacedWordsAtLeast checks the eight-bytes-at-a-time count of words
// that start with a letter after a space against a byte loop.
func TestSpacedWordsAtLeast(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 7))
	alphabet := "  aZq9-.,\x80é"
	for range 20000 {
		b := make([]byte, r.IntN(60))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		count := 0
		for i := 1; i < len(b); i++ {
			if c := b[i] | 0x20; b[i-1] == ' ' && c >= 'a' && c <= 'z' {
				count++
			}
		}
		need := r.IntN(12)
		require.Equal(t, count >= need, spacedWordsAtLeast(b, need), "%d words in %q", need, b)
	}
}

// TestDistinctHashesMatchesWordAt checks the word hashes read in one pass
// against hashing each word wordAt finds, on random lines.
func TestDistinctHashesMatchesWordAt(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 3))
	for range 5000 {
		s := randomLine(r, r.IntN(40))
		var want []uint32
		for i := 0; i < len(s); {
			j := wordAt(s, i)
			if j == i {
				i++
				continue
			}
			h := uint32(fnvOffset)
			for _, c := range s[i:j] {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				h = (h ^ uint32(c)) * fnvPrime
			}
			want = append(want, h)
			i = j
		}
		slices.Sort(want)
		want = slices.Compact(want)
		got := distinctHashes(s, nil)
		if len(want) == 0 {
			require.Empty(t, got, "words of %q", s)
			continue
		}
		require.Equal(t, want, got, "words of %q", s)
	}
}
