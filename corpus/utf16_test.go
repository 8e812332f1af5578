//go:build go1.24

package corpus

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nhsnews/nhsnews/internal/hostile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// interleave returns b with fill after every byte: the shape of UTF-16 text
// (little endian with fill 0), built from bytes that need not be text.
func interleave(b []byte, fill byte) []byte {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, c, fill)
	}
	return out
}

// TestUTF16WithoutBOM checks that UTF-16 text without a byte order mark is
// recognised and decoded as with a mark, and that text with a few NUL
// bytes, short fragments and binary data are not taken for it.
func TestUTF16WithoutBOM(t *testing.T) {
	const article = "Trust warns of “winter” bed shortage\n\nBy Zoë Smith\n\n15 February 2017\n\n" + para1 +
		" The chief executive’s plan costs £5m. 😀\n\n" + para2
	withBOM, err := Parse(hostile.UTF16LE(article))
	require.NoError(t, err)
	few := []byte(lfArticle)
	for _, k := range []int{10, 200, 300} {
		few[k] = 0
	}
	for _, c := range []struct {
		name string
		in   []byte
		enc  Encoding
		text string // the decoded text, when decoded
		err  error  // the error wrapped, if any
	}{
		{"LE no BOM", hostile.UTF16LE(article)[2:], EncodingUTF16LE, article, nil},
		{"BE no BOM", utf16BE(article)[2:], EncodingUTF16BE, article, nil},
		{"LE no BOM CRLF", hostile.UTF16LE(strings.ReplaceAll(article, "\n", "\r\n"))[2:], EncodingUTF16LE,
			strings.ReplaceAll(article, "\n", "\r\n"), nil},
		{"odd length", append(hostile.UTF16LE(article)[2:], 'x'), EncodingUTF16LE, article + "\uFFFD", nil},
		{"eight code units", hostile.UTF16LE("Title\n\nA")[2:], EncodingUTF16LE, "Title\n\nA", nil},
		{"seven code units stay text", hostile.UTF16LE("Title\n\n")[2:], EncodingUTF8, "", ErrNUL},
		{"ASCII file with a few NULs stays ErrNUL", few, EncodingUTF8, "", ErrNUL},
		{"NUL after every word stays ErrNUL", bytes.Repeat([]byte("said: \x00“\x00quote\x00” \x00\n"), 50), EncodingUTF8, "", ErrNUL},
		{"noise with NUL at every odd byte stays text", interleave(hostile.PNG(4096)[64:], 0), EncodingUTF8, "", nil},
		{"binary file stays ErrBinary", hostile.PNG(4096), EncodingUTF8, "", ErrBinary},
		{"binary controls with NULs between stay ErrBinary", interleave(bytes.Repeat([]byte{1, 2, 3, 'a'}, 512), 0), EncodingUTF8, "", ErrBinary},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse(c.in)
			if c.err != nil {
				require.ErrorIs(t, err, c.err)
			}
			if c.err == ErrBinary {
				assert.Nil(t, a, "binary data gives no article")
				return
			}
			require.NotNil(t, a, "got err %v", err)
			assert.Equal(t, c.enc, a.Encoding, "got encoding %v, want %v", a.Encoding, c.enc)
			require.NoError(t, invariantErr(a))
			require.NoError(t, encodingErr(a, c.in))
			if c.enc == EncodingUTF8 {
				assert.Equal(t, c.in, a.Text, "text is the input")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.text, string(a.Text), "decoded text")
			assert.True(t, utf8.Valid(a.Text), "decoded text is valid UTF-8")
		})
	}
	t.Run("same article as with a BOM", func(t *testing.T) {
		for _, in := range [][]byte{hostile.UTF16LE(article)[2:], utf16BE(article)[2:]} {
			a, err := Parse(in)
			require.NoError(t, err)
			assert.Equal(t, withBOM.Paragraphs, a.Paragraphs)
			assert.Equal(t, withBOM.Title, a.Title)
			assert.Equal(t, withBOM.Byline, a.Byline)
			assert.Equal(t, withBOM.Date, a.Date)
		}
	})
}

// TestUTF16WithoutBOMLinear checks that recognising and decoding UTF-16
// without a byte order mark stays linear in the input.
func TestUTF16WithoutBOMLinear(t *testing.T) {
	p := Parser{MaxSize: -1}
	para := hostile.Sample()
	for _, in := range []hostile.Input{
		{Name: "UTF-16LE without BOM", Make: func(n int) []byte {
			return hostile.UTF16LE(string(bytes.Repeat(append(para, "\n\n"...), n/(2*len(para)+4)+1)))[2:]
		}},
		{Name: "UTF-16BE without BOM, one line", Make: func(n int) []byte {
			return utf16BE(strings.Repeat("The trust said it was fine. ", n/56+1))[2:]
		}},
	} {
		t.Run(in.Name, func(t *testing.T) {
			a, err := p.Parse(in.Make(4096))
			require.NoError(t, err)
			assert.NotEqual(t, EncodingUTF8, a.Encoding, "got encoding %v, want UTF-16", a.Encoding)
			hostile.CheckLinear(t, in, func(b []byte) {
				if _, err := p.Parse(b); err != nil {
					t.Fatal(err)
				}
			})
		})
	}
}
