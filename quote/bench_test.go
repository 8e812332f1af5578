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
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"article-8KB", 8 << 10}, {"corpus-4MB", 4 << 20}} {
		text := benchCorpus(b, size.n)
		b.Run(size.name, func(b *testing.B) {
			var e Extractor
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				e.Extract(text)
			}
		})
	}
}
