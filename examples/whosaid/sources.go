package main

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"

	"github.com/nhsnews/nhsnews"
	"github.com/nhsnews/nhsnews/corpus"
)

// item is one input file: its parsed article, or the error that stopped it.
// A file whose content is faulty (invalid UTF-8, NUL bytes) has both: the
// best-effort article and, in warning, what was wrong.
type item struct {
	id      string
	article *corpus.Article
	err     error
	warning error
	size    int
}

// articles yields the articles to process, lazily and in order: each path in
// the order given (a folder's *.txt files in file-name order, recursively), or
// the sample articles bundled in the module when there is no path.
func articles(paths []string) iter.Seq[item] {
	return func(yield func(item) bool) {
		if len(paths) == 0 {
			walk(nhsnews.Samples(), yield)
			return
		}
		for _, p := range paths {
			info, err := os.Stat(p)
			switch {
			case err != nil:
				if !yield(item{id: filepath.Base(p), err: err}) {
					return
				}
			case info.IsDir():
				if !walk(os.DirFS(p), yield) {
					return
				}
			default:
				if !yield(parseFile(p)) {
					return
				}
			}
		}
	}
}

// walk yields every article of fsys; it reports whether the caller wants more.
func walk(fsys fs.FS, yield func(item) bool) bool {
	for a, err := range corpus.Walk(fsys, ".") {
		it := item{article: a, err: err}
		var fe *corpus.FileError
		if a == nil && errors.As(err, &fe) && fe.Article != nil {
			it.article, it.err, it.warning = fe.Article, nil, err
		}
		if it.article != nil {
			it.id, it.size = it.article.ID, len(it.article.Text)
		} else {
			it.id = failedID(err)
		}
		if !yield(it) {
			return false
		}
	}
	return true
}

func parseFile(path string) item {
	id := filepath.Base(path)
	data, err := os.ReadFile(path)
	if err != nil {
		return item{id: id, err: err}
	}
	a, err := corpus.Parse(data)
	if a == nil {
		return item{id: id, err: err, size: len(data)}
	}
	a.ID = id
	// A parse error with an article is best effort: the article is still
	// reported, as the corpus package documents, with the error as a warning.
	if err != nil {
		err = fmt.Errorf("%s: %w", path, err)
	}
	return item{id: id, article: a, warning: err, size: len(data)}
}

// failedID names the file a walk error is about.
func failedID(err error) string {
	var fe *corpus.FileError
	if errors.As(err, &fe) {
		return filepath.Base(fe.Path)
	}
	return ""
}
