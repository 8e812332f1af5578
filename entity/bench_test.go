//go:build go1.24

package entity

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// seedArticles cuts the seed corpus, repeated to about size bytes, into
// articles of about 3 KB at paragraph breaks, each starting at a different
// paragraph: the shape of the whosaid pipeline, which calls Find once per
// article.
func seedArticles(tb testing.TB, size int) []string {
	tb.Helper()
	paras := strings.SplitAfter(seedCorpus(tb, 64<<10), "\n\n")
	var arts []string
	total := 0
	for i := 0; total < size; i++ {
		var b strings.Builder
		for k := i * 7; b.Len() < 3<<10; k++ {
			b.WriteString(paras[k%len(paras)])
		}
		arts = append(arts, b.String())
		total += b.Len()
	}
	return arts
}

// BenchmarkFindArticles measures Find as the whosaid pipeline calls it: once
// per article of about 3 KB, with the article's date known.
func BenchmarkFindArticles(b *testing.B) {
	m := Default()
	arts := seedArticles(b, 4<<20)
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	for _, bc := range []struct {
		name string
		opt  Options
	}{{"dated", Options{Date: time.Date(2012, 5, 1, 0, 0, 0, 0, time.UTC)}}, {"undated", Options{}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range arts {
					m.Find(a, bc.opt)
				}
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
