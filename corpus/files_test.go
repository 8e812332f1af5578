//go:build go1.24

package corpus

import (
	"io/fs"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outcome is what one step of a walk gave, in a comparable form.
type outcome struct {
	Name    string
	Article *Article
	Err     string
}

// TestFilesParseFSMatchesWalk lists a folder with one failure of each kind
// with Files and parses the names with ParseFS in four goroutines: file by
// file, the results are exactly what Walk yields.
func TestFilesParseFSMatchesWalk(t *testing.T) {
	hfs := failingFolder()

	var want []outcome
	for a, err := range Walk(hfs, ".") {
		o := outcome{Article: a}
		if err != nil {
			o.Err = err.Error()
		}
		want = append(want, o)
	}

	var names []string
	var got []outcome
	for name, err := range Files(hfs, ".") {
		names = append(names, name)
		if err != nil {
			got = append(got, outcome{Err: err.Error()})
			continue
		}
		got = append(got, outcome{Name: name})
	}
	var wg sync.WaitGroup
	var p Parser
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(got); i += 4 {
				if got[i].Name == "" {
					continue
				}
				a, err := p.ParseFS(hfs, got[i].Name)
				if err != nil {
					var fe *FileError
					if assert.ErrorAs(t, err, &fe) {
						assert.Equal(t, got[i].Name, fe.Path, "the error names the file")
						assert.Same(t, a, fe.Article, "the best-effort article is returned and in the error")
					}
					got[i].Err, a = err.Error(), nil
				}
				got[i].Article, got[i].Name = a, ""
			}
		}()
	}
	wg.Wait()

	assert.Equal(t, []string{"a.txt", "b-unopenable.txt", "c-unreadable.txt", "d-vanished.txt", "e-folder.txt/f.txt", "", "image.png.txt", "j.txt", "k-faulty.txt"}, names)
	require.Len(t, got, len(want))
	for i := range want {
		assert.Equal(t, want[i], got[i], "step %d", i)
	}
}

// TestFilesStopsWhenAsked stops a listing after the first name: no more
// names are listed and nothing is opened.
func TestFilesStopsWhenAsked(t *testing.T) {
	mfs := fstest.MapFS{
		"a.txt": {Data: []byte(para1)},
		"b.txt": {Data: []byte(para2)},
	}
	var names []string
	for name, err := range Files(mfs, ".") {
		require.NoError(t, err)
		names = append(names, name)
		break
	}
	assert.Equal(t, []string{"a.txt"}, names)
}

// TestFilesMissingRoot lists a root that does not exist: one error naming
// it, then the end.
func TestFilesMissingRoot(t *testing.T) {
	var errs []error
	for name, err := range Files(fstest.MapFS{}, "nowhere") {
		assert.Empty(t, name)
		errs = append(errs, err)
	}
	require.Len(t, errs, 1)
	var fe *FileError
	require.ErrorAs(t, errs[0], &fe)
	assert.Equal(t, "nowhere", fe.Path)
	assert.ErrorIs(t, errs[0], fs.ErrNotExist)
}
