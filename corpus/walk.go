//go:build go1.24

package corpus

import (
	"errors"
	"io/fs"
	"iter"
	"path"
	"strings"
)

// Walk returns an iterator over the article files (*.txt, any case of the
// extension) under root in fsys, recursively, in lexical path order, parsed
// with the default [Parser]. See [Parser.Walk].
func Walk(fsys fs.FS, root string) iter.Seq2[*Article, error] {
	var p Parser
	return p.Walk(fsys, root)
}

// Walk returns an iterator over the article files (*.txt, any case of the
// extension) under root in fsys, recursively, in lexical path order (as
// [fs.WalkDir] visits them). Files are read and parsed lazily, one per
// iteration step; each article's ID is the file's base name.
//
// Each step yields exactly one of an article or an error. A file or folder
// that cannot be read, or whose content is faulty, yields a [*FileError]
// naming it (with the best-effort article in FileError.Article when there is
// one), and the walk goes on. Stopping the range loop stops the walk.
//
// Walk parses the files one after another. To parse them in parallel, list
// them with [Files] and hand each name to [Parser.ParseFS] in a worker: that
// gives the same results, file by file.
//
// A name with the article extension is looked at (through symbolic links)
// before it is opened: a folder, named pipe or device gives [ErrNotFile], a
// file larger than MaxSize [ErrTooLarge], without being read; dangling and
// looping links give the file system's error. Folders named like articles
// are walked as folders, and links to folders are not followed (as
// [fs.WalkDir] does), so a link loop cannot hang the walk. A file listed but
// gone when opened gives an error wrapping [fs.ErrNotExist].
func (p *Parser) Walk(fsys fs.FS, root string) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		for name, err := range Files(fsys, root) {
			if err != nil {
				if !yield(nil, err) {
					return
				}
				continue
			}
			a, err := p.ParseFS(fsys, name)
			if err != nil {
				a = nil // the best-effort article is in the error
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// Files returns an iterator over the names of the article files (*.txt, any
// case of the extension) under root in fsys, recursively, in lexical path
// order, without opening them. It is the listing half of [Parser.Walk]:
// hand each name to [Parser.ParseFS], in as many goroutines as you like.
//
// Each step yields a name or, for a folder that cannot be read (or a root
// that does not exist), a [*FileError] naming it; the listing then goes on
// with the next folder. Memory grows with the largest folder's list of
// names, never with the number of folders or with the files' contents:
// folders are read one at a time, as [fs.WalkDir] reads them.
func Files(fsys fs.FS, root string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		err := fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				if !yield("", &FileError{Path: name, Err: err}) {
					return fs.SkipAll
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !strings.EqualFold(path.Ext(name), ".txt") {
				return nil
			}
			if !yield(name, nil) {
				return fs.SkipAll
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.SkipAll) {
			yield("", &FileError{Path: root, Err: err})
		}
	}
}

// ParseFS reads and parses the named file of fsys, as [Parser.Walk] does
// for each file; the article's ID is the file's base name. It is safe to
// call from many goroutines at once.
//
// The file is looked at (through any symbolic link) before it is opened: a
// folder, a named pipe or a device named like an article gives
// [ErrNotFile], a file over MaxSize [ErrTooLarge], without being read.
// Every error is a [*FileError] naming the file, with the best-effort
// article both returned and in FileError.Article when the content is
// faulty (as [Parser.ParseFile] does).
func (p *Parser) ParseFS(fsys fs.FS, name string) (*Article, error) {
	a, err := p.parseFS(fsys, name)
	if err != nil {
		return a, &FileError{Path: name, Article: a, Err: err}
	}
	return a, nil
}

func (p *Parser) parseFS(fsys fs.FS, name string) (*Article, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := p.checkInfo(info); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return p.parseOpened(f, info.Size(), path.Base(name))
}
