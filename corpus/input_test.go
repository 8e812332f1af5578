//go:build go1.24

package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const lfArticle = "Trust warns of winter bed shortage\n\nBy Jane Smith\n\n15 February 2017\n\n" + para1 + "\n\n" + para2 + "\n\nComments are closed."

// TestLineEndings checks that CRLF, lone CR, a byte order mark and stray
// spaces give the same structure, with spans into the bytes as given.
func TestLineEndings(t *testing.T) {
	want, err := Parse([]byte(lfArticle))
	require.NoError(t, err)
	for _, c := range []struct {
		name string
		in   string
	}{
		{"LF", lfArticle},
		{"CRLF", strings.ReplaceAll(lfArticle, "\n", "\r\n")},
		{"CR only", strings.ReplaceAll(lfArticle, "\n", "\r")},
		{"BOM", "\uFEFF" + lfArticle},
		{"BOM and CRLF", "\uFEFF" + strings.ReplaceAll(lfArticle, "\n", "\r\n")},
		{"trailing newline", lfArticle + "\n"},
		{"spaces and NBSP around lines", strings.ReplaceAll(lfArticle, "\n", " \u00a0\n\t")},
		{"double blank lines", strings.ReplaceAll(lfArticle, "\n\n", "\n\n\n")},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte(c.in))
			require.NoError(t, err)
			require.NoError(t, invariantErr(a))
			assert.Equal(t, kindLetters(want), kindLetters(a), "got kinds %s, want %s", kindLetters(a), kindLetters(want))
			assert.Equal(t, want.Title.Text, a.Title.Text)
			assert.Equal(t, want.Byline.Text, a.Byline.Text)
			assert.Equal(t, want.Date.Text, a.Date.Text)
			assert.Equal(t, want.Date.Time, a.Date.Time)
			require.Len(t, a.Paragraphs, len(want.Paragraphs))
			for i, p := range a.Paragraphs {
				assert.Equal(t, want.Slice(want.Paragraphs[i].Span), a.Slice(p.Span), "paragraph %d text", i)
			}
			if strings.HasPrefix(c.in, "\uFEFF") {
				assert.Equal(t, 3, a.Paragraphs[0].Start, "got first paragraph at %d, want 3 (after the BOM)", a.Paragraphs[0].Start)
			}
		})
	}
}

func TestLineNumbers(t *testing.T) {
	a, err := Parse([]byte("One two three\r\n\r\nFour five six\rSeven eight\n\nNine ten"))
	require.NoError(t, err)
	var got []int
	for _, p := range a.Paragraphs {
		got = append(got, p.Line)
	}
	assert.Equal(t, []int{1, 3, 4, 6}, got, "got lines %v", got)
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		name           string
		in             string
		err            error
		line, col, off int
	}{
		{"invalid UTF-8", "Title here\n\nA line with \xff in it.", ErrInvalidUTF8, 3, 13, 24},
		{"NUL byte", "Title\x00here", ErrNUL, 1, 6, 5},
		{"NUL before invalid", "a\x00b\xff", ErrNUL, 1, 2, 1},
		{"truncated rune at end", "Title here \xe2\x80", ErrInvalidUTF8, 1, 12, 11},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte(c.in))
			require.NotNil(t, a, "want a best-effort article")
			require.NoError(t, invariantErr(a))
			require.ErrorIs(t, err, c.err)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, [3]int{c.line, c.col, c.off}, [3]int{pe.Line, pe.Column, pe.Offset}, "got line/col/offset %d/%d/%d", pe.Line, pe.Column, pe.Offset)
			assert.True(t, strings.HasPrefix(err.Error(), "corpus: line "), "got %q", err.Error())
		})
	}
}

func TestMaxSize(t *testing.T) {
	data := []byte(lfArticle)
	p := Parser{MaxSize: 10}
	a, err := p.Parse(data)
	assert.Nil(t, a)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.True(t, strings.HasPrefix(err.Error(), "corpus: "), "got %q", err)

	a, err = p.ParseReader(bytes.NewReader(data))
	assert.Nil(t, a)
	assert.ErrorIs(t, err, ErrTooLarge)

	p.MaxSize = -1
	a, err = p.Parse(data)
	require.NoError(t, err)
	assert.Equal(t, "Trust warns of winter bed shortage", a.Title.Text)

	p.MaxSize = len(data)
	_, err = p.ParseReader(bytes.NewReader(data))
	assert.NoError(t, err, "input of exactly MaxSize bytes is accepted")
}

func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\n\n\n", "\uFEFF", " \t\r\n\u00a0"} {
		t.Run(strings.ToValidUTF8(in, "?"), func(t *testing.T) {
			a, err := Parse([]byte(in))
			require.NoError(t, err)
			assert.Empty(t, a.Paragraphs)
			assert.True(t, a.Title.IsZero() && a.Date.IsZero() && a.Byline.IsZero())
		})
	}
}

func TestParseReader(t *testing.T) {
	want, err := Parse([]byte(lfArticle))
	require.NoError(t, err)
	t.Run("one byte at a time", func(t *testing.T) {
		a, err := ParseReader(iotest.OneByteReader(strings.NewReader(lfArticle)))
		require.NoError(t, err)
		assert.Equal(t, want.Paragraphs, a.Paragraphs)
		assert.Equal(t, lfArticle, string(a.Text))
	})
	t.Run("half reader", func(t *testing.T) {
		a, err := ParseReader(iotest.HalfReader(strings.NewReader(lfArticle)))
		require.NoError(t, err)
		assert.Equal(t, want.Paragraphs, a.Paragraphs)
	})
	t.Run("data and EOF together", func(t *testing.T) {
		a, err := ParseReader(iotest.DataErrReader(strings.NewReader(lfArticle)))
		require.NoError(t, err)
		assert.Equal(t, want.Paragraphs, a.Paragraphs)
	})
	t.Run("error mid-stream", func(t *testing.T) {
		boom := errors.New("disk on fire")
		r := iotest.OneByteReader(io.MultiReader(strings.NewReader(lfArticle[:20]), iotest.ErrReader(boom)))
		a, err := ParseReader(r)
		assert.Nil(t, a)
		assert.ErrorIs(t, err, boom)
		assert.True(t, strings.HasPrefix(err.Error(), "corpus: read: "), "got %q", err)
	})
	t.Run("timeout", func(t *testing.T) {
		_, err := ParseReader(iotest.TimeoutReader(strings.NewReader(lfArticle)))
		assert.ErrorIs(t, err, iotest.ErrTimeout)
	})
}

func TestParseFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "123_abc.txt")
	require.NoError(t, os.WriteFile(name, []byte(lfArticle), 0o644))
	a, err := ParseFile(name)
	require.NoError(t, err)
	assert.Equal(t, "123_abc.txt", a.ID)
	assert.Equal(t, "Trust warns of winter bed shortage", a.Title.Text)

	_, err = ParseFile(filepath.Join(dir, "missing.txt"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
