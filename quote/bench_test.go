//go:build go1.24

package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCorpus builds about size bytes of text from the seed articles,
// repeated with small changes so that it is not one article over and over.
func benchCorpus(tb testing.TB, size int) string {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatal("no seed articles")
	}
	var arts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, string(b))
	}
	var sb strings.Builder
	names := []string{"Dr Jane Hill", "Sam Patel", "Ella Stone", "Tom Reed"}
	for i := 0; sb.Len() < size; i++ {
		a := arts[i%len(arts)]
		a = strings.ReplaceAll(a, "Merron Simpson", names[i%len(names)])
		sb.WriteString(a)
		sb.WriteString("\n\n\n") // articles apart, for the per-article benchmark
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	// One text of 4 MB, the long-input path.
	text := benchCorpus(b, 4<<20)
	b.Run("one-text-4MB", func(b *testing.B) {
		var e Extractor
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			e.Extract(text)
		}
	})
	// The same 4 MB as separate articles, as a pipeline reads them.
	articles := strings.Split(text, "\n\n\n")
	b.Run("articles-4MB", func(b *testing.B) {
		var e Extractor
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range articles {
				e.Extract(a)
			}
		}
	})
}

// pipelineZones returns the paragraphs of an article as the whosaid
// pipeline zones them: the first line is the headline, every eighth line
// is site furniture (ZoneSkip), the rest is body.
func pipelineZones(article string) []Paragraph {
	ps := Paragraphs(article)
	for i := range ps {
		switch {
		case i == 0:
			ps[i].Zone = ZoneHeadline
		case i%8 == 7:
			ps[i].Zone = ZoneSkip
		}
	}
	return ps
}

// BenchmarkExtractParagraphs is the pipeline's shape: many articles of a
// few KB, each with its zones.
func BenchmarkExtractParagraphs(b *testing.B) {
	text := benchCorpus(b, 4<<20)
	articles := strings.Split(text, "\n\n\n")
	zones := make([][]Paragraph, len(articles))
	for i, a := range articles {
		zones[i] = pipelineZones(a)
	}
	b.Run("articles-zoned-4MB", func(b *testing.B) {
		var e Extractor
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for i, a := range articles {
				e.ExtractParagraphs(a, zones[i])
			}
		}
	})
}

// BenchmarkTokenize times the tokenizer alone over every line of the
// benchmark corpus, with the marks and quotation contents of each.
func BenchmarkTokenize(b *testing.B) {
	text := benchCorpus(b, 1<<20)
	lx := defaultLexicon()
	type line struct {
		p      Paragraph
		marks  []markTok
		inside []insideSpan
	}
	var lines []line
	for _, p := range Paragraphs(text) {
		m, in := paragraphMarks(lx, text, p.Start, p.End)
		lines = append(lines, line{p, m, in})
	}
	var toks []tok
	var hits []int32
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			toks, hits = tokenize(toks[:0], hits[:0], lx, text, l.p.Start, l.p.End, l.marks, l.inside)
		}
	}
}
