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
