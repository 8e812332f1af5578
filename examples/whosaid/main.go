//go:build go1.24

// Command whosaid reads scraped news articles and reports, for each one, its
// structure, every quotation with its speaker, and the NHS bodies it mentions.
//
// Usage:
//
//	whosaid [-format text|jsonl|csv] [-workers N] [PATH ...]
//
// Each PATH is an article file or a folder, walked recursively for *.txt
// files in file-name order. With no PATH, whosaid runs on the sample articles
// bundled in the module:
//
//	go run ./examples/whosaid
//	go run ./examples/whosaid -format jsonl ~/articles > articles.jsonl
//
// The formats:
//
//   - text (the default): a readable summary per article.
//   - jsonl: one JSON object per article, in file-name order whatever the
//     number of workers. The format is a contract that other programs read;
//     fields may be added, never renamed or removed. All offsets are UTF-8
//     byte offsets into the original file, end exclusive.
//   - csv: one row per quotation, after a header row.
//
// A file that cannot be read or parsed gives an error record in its place
// ({"id": ..., "error": ...} in jsonl) and a message on stderr; the run goes
// on, and whosaid exits with status 1 once every other file is done. When
// stderr is a terminal, progress (files, MB, rate) is shown there, never in
// the output.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
)

// gcPercent is the garbage collector's setting unless GOGC says otherwise.
const gcPercent = 400

func main() {
	// The live heap is small and bounded (a few articles per worker), while
	// parsing and extraction allocate briskly: collecting less often buys
	// throughput for little memory. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program with its streams and arguments given, so that
// tests can run it. It returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("whosaid", flag.ContinueOnError)
	flags.SetOutput(stderr)
	format := flags.String("format", "text", "output `format`: text, jsonl or csv")
	workers := flags.Int("workers", runtime.NumCPU(), "number of files processed in parallel")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: whosaid [-format text|jsonl|csv] [-workers N] [PATH ...]\n")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	f, err := newFormatter(*format)
	if err != nil {
		fmt.Fprintf(stderr, "whosaid: %v\n", err)
		return 2
	}

	out := bufio.NewWriterSize(stdout, 256<<10) // few large writes: output is 2.5× the input
	out.Write(f.header())
	an := newAnalyzer()
	prog := newProgress(stderr)
	failed := 0
	process(sources(flags.Args()), *workers, func(s source) result {
		return an.handle(s, f)
	}, func(r result) {
		out.Write(r.out)
		putBuffer(r.out)
		switch {
		case r.failed:
			failed++
			fmt.Fprintf(stderr, "whosaid: %s: %v\n", r.id, r.err)
		case r.err != nil:
			fmt.Fprintf(stderr, "whosaid: warning: %v\n", r.err)
		}
		prog.add(r.size)
	})
	prog.done()
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "whosaid: %v\n", err)
		return 1
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "whosaid: %d file(s) failed\n", failed)
		return 1
	}
	return 0
}
