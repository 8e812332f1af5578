package entity

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// seedCorpus returns the seed articles concatenated and repeated to about
// size bytes: realistic text, generated here rather than committed.
func seedCorpus(tb testing.TB, size int) string {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var one bytes.Buffer
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		one.Write(b)
		one.WriteString("\n\n")
	}
	var all bytes.Buffer
	for all.Len() < size {
		all.Write(one.Bytes())
	}
	return all.String()
}

func BenchmarkFind(b *testing.B) {
	m := Default()
	for _, bc := range []struct {
		name string
		size int
	}{{"article", 4 << 10}, {"1MB", 1 << 20}, {"4MB", 4 << 20}} {
		text := seedCorpus(b, bc.size)
		if bc.name == "article" {
			text = text[:bc.size]
		}
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				m.Find(text, Options{})
			}
		})
	}
}

func BenchmarkNewMatcherDefault(b *testing.B) {
	orgs := Register()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewMatcher(orgs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDefaultBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := buildDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
