//go:build go1.24

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/corpus"
	"github.com/nhsnews/nhsnews/entity"
	"github.com/nhsnews/nhsnews/quote"
)

// distinct counts the distinct values of attr in the page.
func distinct(page, attr string) int {
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(attr+`="(\d+)"`).FindAllStringSubmatch(page, -1) {
		seen[m[1]] = true
	}
	return len(seen)
}

// TestPageHighlightsWhatThePackagesFind renders every sample and checks that
// the page highlights as many quotations and underlines as many body mentions
// as the packages report.
func TestPageHighlightsWhatThePackagesFind(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run([]string{path}, &out))
			html := out.String()

			data, err := os.ReadFile(path)
			require.NoError(t, err)
			a, _ := corpus.Parse(data)
			require.NotNil(t, a)
			zones := make([]quote.Paragraph, len(a.Paragraphs))
			for i, p := range a.Paragraphs {
				zones[i] = quote.Paragraph{Start: p.Start, End: p.End, Zone: zoneOf(p.Kind)}
			}
			var ex quote.Extractor
			quotes := ex.ExtractParagraphs(string(a.Text), zones)
			bodies := entity.Default().Find(string(a.Text), entityOptions(a))

			assert.Equal(t, len(bodies), distinct(html, "data-body"), "underlined bodies")
			assert.Equal(t, len(quotes), distinct(html, "data-quote"), "highlighted quotations")
			assert.Positive(t, len(quotes)+len(bodies), "the sample has quotations or bodies")
			assert.Equal(t, strings.Count(html, "<p "), len(a.Paragraphs), "one <p> per paragraph")
			assert.NotContains(t, html, "<script", "no scripts")
		})
	}
}

func TestArticleMarkupIsEscaped(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "evil.txt")
	text := "Hospital <script>alert(1)</script> closes\n\n" +
		"Dr Jane Smith said: “<b>We</b> will fight the closure of the NHS trust.”"
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	var out bytes.Buffer
	require.NoError(t, run([]string{path}, &out))
	html := out.String()
	assert.NotContains(t, html, "<script>")
	assert.Contains(t, html, "&lt;script&gt;")
	assert.NotContains(t, html, "<b>We</b>")
}

func TestNoFileAnnotatesTheFirstSample(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(nil, &out))
	assert.Contains(t, out.String(), "000_3a9268508d3da7ab.txt")
}
