//go:build go1.24

package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCorpus builds about size bytes of articles from the seed articles and
// varied copies of them: CRLF line endings, paragraphs without blank lines,
// extra furniture, reordered paragraphs. Articles are separated so that each
// can be parsed on its own.
func benchCorpus(tb testing.TB, size int) [][]byte {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	var seeds [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	var out [][]byte
	total := 0
	for i := 0; total < size; i++ {
		b := seeds[i%len(seeds)]
		switch i % 4 {
		case 1:
			b = bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
		case 2:
			b = bytes.ReplaceAll(b, []byte("\n\n"), []byte("\n"))
		case 3:
			lines := strings.Split(string(b), "\n")
			for j := 0; j+1 < len(lines); j += 3 {
				lines[j], lines[j+1] = lines[j+1], lines[j]
			}
			b = []byte("Home | News | Health\nShare this article\n" + strings.Join(lines, "\n") +
				fmt.Sprintf("\nCopyright %d Example Media Ltd. All rights reserved.", 2000+i%20))
		}
		out = append(out, b)
		total += len(b)
	}
	return out
}

// BenchmarkParse parses the benchmark corpus one article at a time (the
// 4096KB case is the shape of a pipeline over a folder: many articles of
// about 3 KB, one Parse each), and one article of a few MB.
func BenchmarkParse(b *testing.B) {
	for _, size := range []int{64 << 10, 4 << 20} {
		docs := benchCorpus(b, size)
		total := 0
		for _, d := range docs {
			total += len(d)
		}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if _, err := Parse(d); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
	// One big article: a few MB of body paragraphs in one file.
	big := bytes.Repeat([]byte(para1+"\n\n"+para2+"\n"+para3+"\n"), (4<<20)/(len(para1)+len(para2)+len(para3)+4))
	b.Run("one-4MB-article", func(b *testing.B) {
		b.SetBytes(int64(len(big)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Parse(big); err != nil {
				b.Fatal(err)
			}
		}
	})
}
