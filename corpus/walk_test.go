//go:build go1.24

package corpus

import (
	"errors"
	"io/fs"
	"os"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// failFS is a file system whose Open fails for one name.
type failFS struct {
	fs.FS
	bad string
}

var errBoom = errors.New("boom")

func (f failFS) Open(name string) (fs.File, error) {
	if name == f.bad {
		return nil, errBoom
	}
	return f.FS.Open(name)
}

func (f failFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.FS, name) }

func TestWalk(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	mfs := fstest.MapFS{
		"b.txt":            file(lfArticle),
		"a.txt":            file(para1),
		"notes.md":         file("# not an article"),
		"sub/c.TXT":        file(para2),
		"sub/deeper/d.txt": file(para3),
		"sub/bad.txt":      file("Bad\xffUTF-8 line that is long enough to be a body paragraph of an article here."),
		"sub/broken.txt":   file(para1),
		"z/e.txt":          file(para1),
		"z/image.png":      file("\x89PNG"),
	}
	type step struct {
		id   string
		path string // for errors
	}
	var got []step
	var errs []error
	for a, err := range Walk(failFS{mfs, "sub/broken.txt"}, ".") {
		if err != nil {
			assert.Nil(t, a, "at most one of the pair is non-nil")
			var fe *FileError
			require.ErrorAs(t, err, &fe)
			got = append(got, step{path: fe.Path})
			errs = append(errs, err)
			continue
		}
		require.NotNil(t, a)
		require.NoError(t, invariantErr(a))
		got = append(got, step{id: a.ID})
	}
	want := []step{{id: "a.txt"}, {id: "b.txt"}, {path: "sub/bad.txt"}, {path: "sub/broken.txt"}, {id: "c.TXT"}, {id: "d.txt"}, {id: "e.txt"}}
	assert.Equal(t, want, got, "got %v, want %v", got, want)
	require.Len(t, errs, 2)

	var fe *FileError
	require.ErrorAs(t, errs[0], &fe)
	assert.ErrorIs(t, errs[0], ErrInvalidUTF8)
	require.NotNil(t, fe.Article, "a faulty file still gives its best-effort article")
	assert.Equal(t, "bad.txt", fe.Article.ID)
	assert.Contains(t, errs[0].Error(), "corpus: sub/bad.txt: line 1")

	assert.ErrorIs(t, errs[1], errBoom)
	assert.Equal(t, "corpus: sub/broken.txt: boom", errs[1].Error())
}

func TestWalkStopsEarly(t *testing.T) {
	mfs := fstest.MapFS{}
	for _, n := range []string{"1.txt", "2.txt", "3.txt"} {
		mfs[n] = &fstest.MapFile{Data: []byte(para1)}
	}
	n := 0
	for a, err := range Walk(mfs, ".") {
		require.NoError(t, err)
		require.NotNil(t, a)
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

func TestWalkMissingRoot(t *testing.T) {
	n := 0
	for a, err := range Walk(fstest.MapFS{}, "nowhere") {
		n++
		assert.Nil(t, a)
		assert.ErrorIs(t, err, fs.ErrNotExist)
		assert.Contains(t, err.Error(), "nowhere")
	}
	assert.Equal(t, 1, n, "got %d steps, want one error", n)
}

func TestWalkSeeds(t *testing.T) {
	var ids []string
	for a, err := range Walk(os.DirFS("../testdata"), "seeds") {
		require.NoError(t, err)
		ids = append(ids, a.ID)
	}
	assert.Len(t, ids, 5)
	assert.IsIncreasing(t, ids)
}
