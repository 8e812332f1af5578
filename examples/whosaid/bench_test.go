//go:build go1.24

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
)

// benchFiles builds a folder of about size bytes from the sample articles,
// laid out as .ci/scale lays it out: one folder per 1,000 files, each copy
// renamed so that file-name order interleaves the samples. It returns the
// files by name and their total size.
func benchFiles(tb testing.TB, size int) (fstest.MapFS, int) {
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
	files := fstest.MapFS{}
	total := 0
	for i := 0; total < size; i++ {
		data := samples[i%len(samples)]
		files[fmt.Sprintf("d%03d/%08d.txt", i/1000, i)] = &fstest.MapFile{Data: data}
		total += len(data)
	}
	return files, total
}

// onDisk writes files into a temporary folder and returns it as a file
// system: what whosaid meets in use, the page cache warm.
func onDisk(tb testing.TB, files fstest.MapFS) fs.FS {
	tb.Helper()
	dir := tb.TempDir()
	for name, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return os.DirFS(dir)
}

func listAll(fsys fs.FS) iter.Seq[source] {
	return func(yield func(source) bool) { list(fsys, yield) }
}

// BenchmarkPipeline runs the whole job (list, read, parse, quotes, bodies,
// JSON Lines) over a generated folder of 50 MB, on one worker and on all
// cores, with the garbage collector set as the program sets it: the folder
// in memory (the work of the job itself) and on disk (plus the system calls
// that read about 15,000 small files). Besides the wall-clock rate it
// reports MB per CPU-second (MB/cpu-s): the rate per core, which other work
// on a shared machine does not distort.
func BenchmarkPipeline(b *testing.B) {
	files, total := benchFiles(b, 50<<20)
	an := newAnalyzer()
	f := jsonlFormat{}
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	for _, folder := range []struct {
		name string
		fsys fs.FS
	}{{"memory", files}, {"disk", onDisk(b, files)}} {
		for _, workers := range []int{1, runtime.NumCPU()} {
			b.Run(fmt.Sprintf("%s/workers=%d", folder.name, workers), func(b *testing.B) {
				b.SetBytes(int64(total))
				b.ReportAllocs()
				cpu := cpuTime()
				for b.Loop() {
					process(listAll(folder.fsys), workers, func(s source) result {
						return an.handle(s, f)
					}, func(r result) { io.Discard.Write(r.out); putBuffer(r.out) })
				}
				if used := (cpuTime() - cpu).Seconds(); used > 0 {
					b.ReportMetric(float64(total)*float64(b.N)/1e6/used, "MB/cpu-s")
				}
			})
		}
	}
}
