//go:build go1.24

package corpus

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileFS wraps a file system with the failures a real folder shows:
// files whose Open or Read fails, files listed but gone when opened,
// folders that cannot be listed. It has only Open and ReadDir, so that
// fs.Stat goes through Open as it does on simple file systems.
type hostileFS struct {
	fsys     fs.FS
	openErr  map[string]error // Open fails
	readErr  map[string]error // Read fails after Open
	dirErr   map[string]error // ReadDir fails
	vanished map[string]bool  // listed, but gone when opened
}

var errUnreadable = errors.New("input/output error")

func (h hostileFS) Open(name string) (fs.File, error) {
	if h.vanished[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if err := h.openErr[name]; err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	f, err := h.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	if err := h.readErr[name]; err != nil {
		return failingFile{f, err}, nil
	}
	return f, nil
}

func (h hostileFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := h.dirErr[name]; err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: err}
	}
	return fs.ReadDir(h.fsys, name)
}

// failingFile is a file whose Read fails with err after a few bytes.
type failingFile struct {
	fs.File
	err error
}

func (f failingFile) Read(p []byte) (int, error) {
	if len(p) > 3 {
		n, _ := f.File.Read(p[:3])
		if n > 0 {
			return n, nil
		}
	}
	return 0, f.err
}

// walkStep is one step of a walk: an article's ID, or an error's path.
type walkStep struct {
	ID, ErrPath string
	Err         error
}

func walkAll(t *testing.T, fsys fs.FS) []walkStep {
	t.Helper()
	var steps []walkStep
	for a, err := range Walk(fsys, ".") {
		if err != nil {
			assert.Nil(t, a, "at most one of the pair is non-nil")
			var fe *FileError
			require.ErrorAs(t, err, &fe)
			assert.Contains(t, err.Error(), "corpus: "+fe.Path+": ", "the message names the file")
			steps = append(steps, walkStep{ErrPath: fe.Path, Err: err})
			continue
		}
		require.NoError(t, invariantErr(a))
		steps = append(steps, walkStep{ID: a.ID})
	}
	return steps
}

// failingFolder is a folder with one failure of each kind a walk meets, in
// file-name order between readable files.
func failingFolder() hostileFS {
	file := &fstest.MapFile{Data: []byte(lfArticle)}
	mfs := fstest.MapFS{
		"a.txt":              file,
		"b-unopenable.txt":   file,
		"c-unreadable.txt":   file,
		"d-vanished.txt":     file,
		"e-folder.txt/f.txt": file, // a folder named like an article is a folder
		"g-empty.txt":        &fstest.MapFile{Mode: fs.ModeDir | 0o755},
		"h-unlisted/i.txt":   file,
		"image.png.txt":      &fstest.MapFile{Data: []byte("\x89PNG\r\n\x1a\n\x00\x00")},
		"j.txt":              file,
		"k-faulty.txt":       &fstest.MapFile{Data: []byte("Bad \xff byte. The ward will close unless the board finds new money.")},
		"notes.md":           file,
	}
	return hostileFS{
		fsys:     mfs,
		openErr:  map[string]error{"b-unopenable.txt": fs.ErrPermission},
		readErr:  map[string]error{"c-unreadable.txt": errUnreadable},
		dirErr:   map[string]error{"h-unlisted": errUnreadable},
		vanished: map[string]bool{"d-vanished.txt": true},
	}
}

// TestWalkFailures walks a folder with one failure of each kind: each gives
// one error naming its file, in file-name order, and the walk goes on.
func TestWalkFailures(t *testing.T) {
	hfs := failingFolder()
	steps := walkAll(t, hfs)
	for _, c := range []struct {
		name string
		want walkStep
		err  error
	}{
		{"readable", walkStep{ID: "a.txt"}, nil},
		{"Open fails", walkStep{ErrPath: "b-unopenable.txt"}, fs.ErrPermission},
		{"Read fails", walkStep{ErrPath: "c-unreadable.txt"}, errUnreadable},
		{"vanished", walkStep{ErrPath: "d-vanished.txt"}, fs.ErrNotExist},
		{"folder named .txt", walkStep{ID: "f.txt"}, nil},
		{"folder not listed", walkStep{ErrPath: "h-unlisted"}, errUnreadable},
		{"binary", walkStep{ErrPath: "image.png.txt"}, ErrBinary},
		{"after the failures", walkStep{ID: "j.txt"}, nil},
		{"faulty content", walkStep{ErrPath: "k-faulty.txt"}, ErrInvalidUTF8},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range steps {
				if s.ID == c.want.ID && s.ErrPath == c.want.ErrPath {
					if c.err != nil {
						assert.ErrorIs(t, s.Err, c.err)
					}
					return
				}
			}
			t.Errorf("got steps %v, want one for %v", steps, c.want)
		})
	}
	var order []string
	for _, s := range steps {
		order = append(order, s.ID+s.ErrPath)
	}
	want := []string{"a.txt", "b-unopenable.txt", "c-unreadable.txt", "d-vanished.txt", "f.txt", "h-unlisted", "image.png.txt", "j.txt", "k-faulty.txt"}
	assert.Equal(t, want, order, "got %v, want %v", order, want)
}

// TestWalkSymlinks walks a real folder with a symbolic link loop, a link to a
// folder named x.txt and a dangling link named y.txt: no hang, one error
// naming each bad name, the other files read.
func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	write := func(name string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(lfArticle), 0o644))
	}
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	write("a.txt")
	write("real/inner.txt")
	link(".", "loop")            // a folder loop: not followed by the walk
	link("../loop", "real/back") // another way round
	link("self.txt", "self.txt") // a link to itself
	link("real", "x.txt")        // a folder named like an article
	link("nowhere.txt", "y.txt") // dangling
	link("a.txt", "z-link.txt")  // a good link is read
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	done := make(chan []walkStep, 1)
	go func() { done <- walkAll(t, os.DirFS(dir)) }()
	var steps []walkStep
	select {
	case steps = <-done:
	case <-ctx.Done():
		t.Fatal("the walk hangs")
	}
	var order []string
	for _, s := range steps {
		order = append(order, s.ID+s.ErrPath)
	}
	assert.Equal(t, []string{"a.txt", "inner.txt", "self.txt", "x.txt", "y.txt", "z-link.txt"}, order)
	errs := map[string]error{}
	for _, s := range steps {
		if s.ErrPath != "" {
			errs[s.ErrPath] = s.Err
		}
	}
	assert.ErrorIs(t, errs["x.txt"], ErrNotFile)
	assert.Contains(t, errs["x.txt"].Error(), "corpus: x.txt: not a regular file: a folder")
	assert.ErrorIs(t, errs["y.txt"], fs.ErrNotExist)
	require.Error(t, errs["self.txt"])
	assert.Contains(t, errs["self.txt"].Error(), "corpus: self.txt: ")
}

// TestWalkReadErrorKeepsGoing checks that a read error in the middle of a
// file does not stop the walk or leak a partial article.
func TestWalkReadErrorKeepsGoing(t *testing.T) {
	mfs := fstest.MapFS{"a.txt": {Data: []byte(lfArticle)}, "b.txt": {Data: []byte(lfArticle)}}
	hfs := hostileFS{fsys: mfs, readErr: map[string]error{"a.txt": io.ErrUnexpectedEOF}}
	steps := walkAll(t, hfs)
	require.Len(t, steps, 2)
	assert.Equal(t, "a.txt", steps[0].ErrPath)
	assert.ErrorIs(t, steps[0].Err, io.ErrUnexpectedEOF)
	assert.Equal(t, "b.txt", steps[1].ID)
}
