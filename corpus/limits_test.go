//go:build go1.24

package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// endless is a reader that never ends; it counts the bytes it gave.
type endless struct{ n int }

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += len(p)
	return len(p), nil
}

func TestParseReaderStopsAtTheLimit(t *testing.T) {
	for _, limit := range []int{1, 1000, 1 << 20} {
		r := &endless{}
		p := Parser{MaxSize: limit}
		a, err := p.ParseReader(r)
		assert.Nil(t, a)
		require.ErrorIs(t, err, ErrTooLarge)
		assert.LessOrEqual(t, r.n, limit+1, "got %d bytes read, want at most %d", r.n, limit+1)
		assert.Equal(t, "corpus: input too large: more than the limit of "+strconv.Itoa(limit)+" bytes", err.Error())
	}
}

func TestParseFileTooLarge(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "x.txt")
	require.NoError(t, os.WriteFile(name, bytes.Repeat([]byte("a\n"), 100), 0o644))
	p := Parser{MaxSize: 100}
	a, err := p.ParseFile(name)
	assert.Nil(t, a)
	require.ErrorIs(t, err, ErrTooLarge)
	var fe *FileError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, name, fe.Path)
	assert.Equal(t, "corpus: "+name+": input too large: 200 bytes, more than the limit of 100", err.Error())

	p.MaxSize = 200
	a, err = p.ParseFile(name)
	require.NoError(t, err, "a file of exactly MaxSize bytes is accepted")
	assert.Equal(t, "x.txt", a.ID)
}

func TestParseFileErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		make func(path string) error
		err  error
	}{
		{"missing", func(string) error { return nil }, fs.ErrNotExist},
		{"folder", func(p string) error { return os.Mkdir(p, 0o755) }, ErrNotFile},
		{"binary", func(p string) error { return os.WriteFile(p, []byte("\x89PNG\r\n\x1a\nxxxx"), 0o644) }, ErrBinary},
		{"invalid UTF-8", func(p string) error { return os.WriteFile(p, []byte("A line \xff here"), 0o644) }, ErrInvalidUTF8},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name+".txt")
			require.NoError(t, c.make(path))
			a, err := ParseFile(path)
			require.ErrorIs(t, err, c.err)
			var fe *FileError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, path, fe.Path)
			assert.True(t, strings.HasPrefix(err.Error(), "corpus: "+path+": "), "got %q", err)
			assert.Equal(t, fe.Article, a, "the best-effort article is returned and in the error")
			if errors.Is(err, ErrInvalidUTF8) {
				require.NotNil(t, a)
				assert.Equal(t, c.name+".txt", a.ID)
			} else {
				assert.Nil(t, a)
			}
		})
	}
}

// sizeLiar reports every file's size as 1 byte, as some file systems
// (procfs, network mounts) get it wrong: reading must still stop at the
// limit.
type sizeLiar struct{ fstest.MapFS }

type liarInfo struct{ fs.FileInfo }

func (liarInfo) Size() int64 { return 1 }

func (l sizeLiar) Stat(name string) (fs.FileInfo, error) {
	info, err := l.MapFS.Stat(name)
	if err != nil {
		return nil, err
	}
	return liarInfo{info}, nil
}

func TestWalkTooLarge(t *testing.T) {
	mfs := fstest.MapFS{
		"a.txt":   {Data: []byte(para1)},
		"big.txt": {Data: bytes.Repeat([]byte("a\n"), 200)},
		"c.txt":   {Data: []byte(para2)},
	}
	for _, c := range []struct {
		name string
		fsys fs.FS
		msg  string
	}{
		{"size from Stat", mfs, "corpus: big.txt: input too large: 400 bytes, more than the limit of 300"},
		{"size found by reading", sizeLiar{mfs}, "corpus: big.txt: input too large: more than the limit of 300 bytes"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := Parser{MaxSize: 300}
			var got []string
			for a, err := range p.Walk(c.fsys, ".") {
				if err != nil {
					require.ErrorIs(t, err, ErrTooLarge)
					assert.Equal(t, c.msg, err.Error())
					got = append(got, "error")
					continue
				}
				got = append(got, a.ID)
			}
			assert.Equal(t, []string{"a.txt", "error", "c.txt"}, got)
		})
	}
}

func TestMaxLines(t *testing.T) {
	data := []byte(lfArticle)
	full, err := Parse(data)
	require.NoError(t, err)
	require.Greater(t, len(full.Paragraphs), 4)
	assert.False(t, full.Capped)
	for _, max := range []int{1, 3, len(full.Paragraphs) - 1} {
		p := Parser{MaxLines: max}
		a, err := p.Parse(data)
		require.NoError(t, err)
		require.NoError(t, invariantErr(a))
		assert.True(t, a.Capped)
		require.Len(t, a.Paragraphs, max+1)
		last := a.Paragraphs[max]
		assert.Equal(t, KindBody, last.Kind)
		assert.Equal(t, full.Paragraphs[max].Start, last.Start, "the rest starts at line %d", max+1)
		assert.Equal(t, full.Paragraphs[len(full.Paragraphs)-1].End, last.End, "the rest ends with the text")
		assert.Equal(t, full.Paragraphs[max].Line, last.Line)
	}
	p := Parser{MaxLines: len(full.Paragraphs)}
	a, err := p.Parse(append(bytes.Clone(data), "\n\n \n"...))
	require.NoError(t, err)
	assert.False(t, a.Capped, "exactly MaxLines lines are not capped")
	p.MaxLines = -1
	a, err = p.Parse(bytes.Repeat([]byte("a\n"), 2*DefaultMaxLines))
	require.NoError(t, err)
	assert.False(t, a.Capped)
	assert.Len(t, a.Paragraphs, 2*DefaultMaxLines)
}
