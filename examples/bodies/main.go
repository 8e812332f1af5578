//go:build go1.24

// Command bodies reads a folder of news articles and prints which NHS bodies
// they mention: how often, in how many articles, by kind and by year, and who
// is quoted most about or on behalf of each.
//
// Usage:
//
//	go run ./examples/bodies [-csv] [-top N] [PATH ...]
//
// Each PATH is an article file or a folder walked recursively for *.txt
// files. With no PATH it reads the sample articles bundled in the module.
// A speaker counts for a body when the quote package gives the speaker an
// organisation that resolves to that body, or when the speaker is the body
// itself ("the Department of Health said"). Files that cannot be parsed are
// reported on stderr and counted; the exit status is then 1.
package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/nhsnews/nhsnews"
	"github.com/nhsnews/nhsnews/corpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("bodies", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asCSV := flags.Bool("csv", false, "write CSV instead of a table")
	top := flags.Int("top", 3, "how many speakers to list per body")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	t := newTally()
	failed := 0
	visit := func(a *corpus.Article, err error) {
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "bodies: %v\n", err)
			return
		}
		t.add(a)
	}
	if flags.NArg() == 0 {
		walk(nhsnews.Samples(), visit)
	}
	for _, p := range flags.Args() {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			walk(os.DirFS(p), visit)
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			visit(nil, err)
			continue
		}
		a, err := corpus.Parse(data)
		if a == nil {
			visit(nil, fmt.Errorf("%s: %w", p, err))
			continue
		}
		a.ID = filepath.Base(p)
		visit(a, nil)
	}
	rows := t.rows(*top)
	var err error
	if *asCSV {
		err = writeCSV(stdout, rows)
	} else {
		err = writeTable(stdout, rows, t.articles)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bodies: %v\n", err)
		return 1
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "bodies: %d file(s) failed\n", failed)
		return 1
	}
	return 0
}

func walk(fsys fs.FS, visit func(*corpus.Article, error)) {
	for a, err := range corpus.Walk(fsys, ".") {
		visit(a, err)
	}
}
