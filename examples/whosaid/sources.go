//go:build go1.24

package main

import (
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"

	"github.com/nhsnews/nhsnews"
	"github.com/nhsnews/nhsnews/corpus"
)

// source is one input file, named but not yet read: a file of a folder (or
// of the bundled samples), a file named on the command line, or an error met
// while listing. Sources are cheap, so listing runs ahead of the workers
// while reading and parsing happen in the workers.
type source struct {
	fsys fs.FS  // the folder the file is in, or nil for a path given as is
	name string // the file's name in fsys, or its path
	err  error  // listing failed: the folder or path could not be read
}

// sources yields the files to process, lazily and in order: each path in
// the order given (a folder's *.txt files in file-name order, recursively),
// or the sample articles bundled in the module when there is no path.
func sources(paths []string) iter.Seq[source] {
	return func(yield func(source) bool) {
		if len(paths) == 0 {
			list(nhsnews.Samples(), yield)
			return
		}
		for _, p := range paths {
			info, err := os.Stat(p)
			switch {
			case err != nil:
				if !yield(source{name: p, err: err}) {
					return
				}
			case info.IsDir():
				if !list(os.DirFS(p), yield) {
					return
				}
			default:
				if !yield(source{name: p}) {
					return
				}
			}
		}
	}
}

// list yields every article file of fsys; it reports whether the caller
// wants more.
func list(fsys fs.FS, yield func(source) bool) bool {
	for name, err := range corpus.Files(fsys, ".") {
		if !yield(source{fsys: fsys, name: name, err: err}) {
			return false
		}
	}
	return true
}

// item is one input file read and parsed: its article, or the error that
// stopped it. A file whose content is faulty (invalid UTF-8, NUL bytes) has
// both: the best-effort article and, in warning, what was wrong.
type item struct {
	id      string
	article *corpus.Article
	err     error
	warning error
	size    int
}

// load reads and parses the source with p.
func (s source) load(p *corpus.Parser) item {
	if s.err != nil {
		return item{id: failedID(s.err, s.name), err: s.err}
	}
	var a *corpus.Article
	var err error
	if s.fsys != nil {
		a, err = p.ParseFS(s.fsys, s.name)
	} else {
		a, err = p.ParseFile(s.name)
	}
	if a == nil {
		return item{id: failedID(err, s.name), err: err}
	}
	// A parse error with an article is best effort: the article is still
	// reported, as the corpus package documents, with the error as a warning.
	return item{id: a.ID, article: a, warning: err, size: len(a.Text)}
}

// failedID names the file an error is about.
func failedID(err error, name string) string {
	var fe *corpus.FileError
	if errors.As(err, &fe) {
		name = fe.Path
	}
	return filepath.Base(name)
}
