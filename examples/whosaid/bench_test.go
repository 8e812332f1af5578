package main

import (
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"testing/fstest"

	"github.com/nhsnews/nhsnews/corpus"
)

// benchCorpus builds an in-memory folder of about size bytes from the sample
// articles, each copy renamed so that file-name order interleaves them.
func benchCorpus(tb testing.TB, size int) (fs.FS, int) {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no sample articles: %v", err)
	}
	var samples [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		samples = append(samples, data)
	}
	fsys := fstest.MapFS{}
	total := 0
	for i := 0; total < size; i++ {
		data := samples[i%len(samples)]
		fsys[fmt.Sprintf("d%03d/%07d.txt", i%100, i)] = &fstest.MapFile{Data: data}
		total += len(data)
	}
	return fsys, total
}

func listAll(fsys fs.FS) iter.Seq[source] {
	return func(yield func(source) bool) { list(fsys, yield) }
}

// BenchmarkPipeline runs the whole job (list, read, parse, quotes, bodies,
// JSON Lines) over a generated folder of 50 MB, on one worker and on all
// cores, with the garbage collector set as the program sets it. Besides the
// wall-clock rate it reports MB per CPU-second (MB/cpu-s): the rate per core,
// which other work on a shared machine does not distort.
func BenchmarkPipeline(b *testing.B) {
	fsys, total := benchCorpus(b, 50<<20)
	an := newAnalyzer()
	f := jsonlFormat{}
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	for _, workers := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			var p corpus.Parser
			cpu := cpuTime()
			for b.Loop() {
				process(listAll(fsys), workers, func(s source) result {
					return result{out: f.record(an.analyze(s.load(&p).article))}
				}, func(r result) { io.Discard.Write(r.out); putBuffer(r.out) })
			}
			if used := (cpuTime() - cpu).Seconds(); used > 0 {
				b.ReportMetric(float64(total)*float64(b.N)/1e6/used, "MB/cpu-s")
			}
		})
	}
}
