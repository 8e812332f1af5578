//go:build go1.24

package corpus

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
	"github.com/stretchr/testify/require"
)

// TestLazyLinesMatchEager checks that counting the stop words of long lines
// of prose only when a rule reads them (see lazyLine) gives the articles
// counting every line's words as it is read gives: on the seed articles, the
// benchmark corpus, hostile inputs, and articles of shuffled, cut and
// repeated seed lines mixed with long lines of names (few stop words: their
// class rests on their neighbours, which classifyBody must then count),
// furniture, inline furniture the sweeps pass over, and short lines.
func TestLazyLinesMatchEager(t *testing.T) {
	var docs [][]byte
	var lines []string
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		docs = append(docs, data)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	docs = append(docs, benchCorpus(t, 256<<10)...)
	for _, in := range hostile.Inputs() {
		docs = append(docs, in.Make(3000))
	}
	names := strings.Repeat("Smith Jones Brown Taylor Wilson Davies Evans Thomas Johnson Roberts ", 4)
	extra := []string{
		names + "and Walker.",
		"NHS " + names + "CCG.",
		strings.Repeat("the patients of the trust and the staff ", 6) + "said.",
		"Share this article", "Home | News | Health", "Ads by Google", "Related", "", "Advertisement",
		"Photo: Getty Images", "Read more: NHS news", "He said:", "It added.", "Smith Jones Brown Taylor",
		"The figures, from 2015 to 2017, show a rise of 12% in the north and 9% in the south of England.",
		strings.Repeat("Internationalisation ", 20) + "ends.", // over maxFurnitureLen bytes, few words
		"Your comments", "Jane Smith, Leeds",
		"Copyright 2017 Example Media Ltd. All rights reserved.",
		para1, para2, para3,
	}
	r := rand.New(rand.NewPCG(11, 13))
	lazy := 0
	for range 5000 {
		var b strings.Builder
		for n := 1 + r.IntN(30); n > 0; n-- {
			var s string
			if r.IntN(3) == 0 {
				s = extra[r.IntN(len(extra))]
			} else {
				s = lines[r.IntN(len(lines))]
			}
			if r.IntN(8) == 0 && len(s) > 0 {
				s = s[:r.IntN(len(s))]
			}
			b.WriteString(s)
			b.WriteString("\n")
		}
		docs = append(docs, []byte(b.String()))
	}
	var p Parser
	for _, d := range docs {
		got, gotErr := p.parse(d, true)
		want, wantErr := p.parse(d, false)
		require.Equal(t, wantErr, gotErr, "error of %q", d)
		require.Equal(t, want, got, "article of %q", d)
		for _, s := range bytes.Split(d, []byte("\n")) {
			var l line
			if len(s) > maxRecordLen && lazyLine(&l, s) {
				lazy++
			}
		}
	}
	require.Greater(t, lazy, 1000, "lazy lines")
}
