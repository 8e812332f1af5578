//go:build go1.24

package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nhsnews/nhsnews/internal/hostile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// utf16BE encodes s as UTF-16, big endian, with a byte order mark.
func utf16BE(s string) []byte {
	le := hostile.UTF16LE(s)
	for i := 0; i+1 < len(le); i += 2 {
		le[i], le[i+1] = le[i+1], le[i]
	}
	return le
}

// TestEncodings parses the same article in each encoding the parser
// recognises: the structure is the same and spans are offsets into the
// decoded Text.
func TestEncodings(t *testing.T) {
	const article = "Trust warns of “winter” bed shortage\n\nBy Zoë Smith\n\n15 February 2017\n\n" + para1 +
		" The chief executive’s plan costs £5m. 😀\n\n" + para2
	want, err := Parse([]byte(article))
	require.NoError(t, err)
	for _, c := range []struct {
		name    string
		in      []byte
		enc     Encoding
		decoded bool
	}{
		{"UTF-8", []byte(article), EncodingUTF8, false},
		{"UTF-8 BOM", []byte("\uFEFF" + article), EncodingUTF8, false},
		{"UTF-16LE BOM", hostile.UTF16LE(article), EncodingUTF16LE, true},
		{"UTF-16BE BOM", utf16BE(article), EncodingUTF16BE, true},
		{"UTF-16LE CRLF", hostile.UTF16LE(strings.ReplaceAll(article, "\n", "\r\n")), EncodingUTF16LE, true},
		{"double-encoded", []byte(hostile.Mojibake(article)), EncodingDoubleUTF8, true},
		{"double-encoded after a BOM", []byte("\uFEFF" + hostile.Mojibake(article)), EncodingDoubleUTF8, true},
		{"double-encoded BOM", []byte(hostile.Mojibake("\uFEFF" + article)), EncodingDoubleUTF8, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse(c.in)
			require.NoError(t, err)
			require.NoError(t, invariantErr(a))
			require.NoError(t, encodingErr(a, c.in))
			assert.Equal(t, c.enc, a.Encoding, "got encoding %v, want %v", a.Encoding, c.enc)
			assert.Equal(t, c.decoded, a.Decoded(), "got Decoded %v, want %v", a.Decoded(), c.decoded)
			assert.Equal(t, want.Title.Text, a.Title.Text)
			assert.Equal(t, want.Byline.Text, a.Byline.Text)
			assert.Equal(t, want.Date.Time, a.Date.Time)
			require.Len(t, a.Paragraphs, len(want.Paragraphs))
			for i, p := range a.Paragraphs {
				assert.Equal(t, want.Slice(want.Paragraphs[i].Span), a.Slice(p.Span), "paragraph %d", i)
				assert.Equal(t, want.Paragraphs[i].Kind, p.Kind, "paragraph %d", i)
			}
		})
	}
}

// TestNotDoubleEncoded lists legitimate text that must be left alone.
func TestNotDoubleEncoded(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"ASCII", "Plain text, nothing to see."},
		{"curly quotes", "He said “fine” and ‘yes’ – twice."},
		{"accents", "Café, naïve, São Paulo, Zoë."},
		{"odd Ã", "The letter Ã is used in Portuguese."},
		{"odd â", "A pâté at the Hôtel – â ok."},
		{"Ã before a space", "Ã la carte"},
		{"mojibake next to a real curly quote", hostile.Mojibake("“x”") + " and “y”"},
		{"Latin-1 letters forming no sequence", "ÂÃÄÅ"},
		{"overlong form", "À¯ is not a slash"},
		{"C1 controls alone", "a\u0085b"},
		{"emoji", "Well 😀 done"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte(c.in))
			require.NoError(t, err)
			assert.Equal(t, EncodingUTF8, a.Encoding, "got encoding %v, want utf-8", a.Encoding)
			assert.Equal(t, c.in, string(a.Text))
		})
	}
}

func TestDoubleEncodingRepair(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"quotes", "â€œYesâ€\u009d, she said", "“Yes”, she said"},
		{"apostrophe", "the patientâ€™s care", "the patient’s care"},
		{"accent", "cafÃ©", "café"},
		{"pound", "Â£5m", "£5m"},
		{"emoji", hostile.Mojibake("ok 😀"), "ok 😀"},
		{"cut at the end", "cafÃ© â€", "café â€"},
		{"cut inside a character", "cafÃ© \xc3", "café \xc3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, _ := Parse([]byte(c.in))
			require.NotNil(t, a)
			assert.Equal(t, EncodingDoubleUTF8, a.Encoding, "got encoding %v", a.Encoding)
			assert.Equal(t, c.want, string(a.Text))
		})
	}
}

func TestUTF16Decoding(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []byte
		want string
		enc  Encoding
	}{
		{"surrogate pair", hostile.UTF16LE("a😀b"), "a😀b", EncodingUTF16LE},
		{"unpaired high surrogate", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, "a\uFFFDb", EncodingUTF16LE},
		{"unpaired low surrogate", []byte{0xFE, 0xFF, 0, 'a', 0xDC, 0x00, 0, 'b'}, "a\uFFFDb", EncodingUTF16BE},
		{"odd final byte", []byte{0xFF, 0xFE, 'a', 0, 'b'}, "a\uFFFD", EncodingUTF16LE},
		{"only the mark", []byte{0xFF, 0xFE}, "", EncodingUTF16LE},
		{"mark before non-text bytes", []byte("\xff\xfe said \xe2\x80 \xe2\x80\x9cx\xc3\xe2\x80\x9d \x80\n"), "\xff\xfe said \xe2\x80 \xe2\x80\x9cx\xc3\xe2\x80\x9d \x80\n", EncodingUTF8},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, _ := Parse(c.in)
			require.NotNil(t, a)
			assert.Equal(t, c.enc, a.Encoding, "got encoding %v, want %v", a.Encoding, c.enc)
			assert.Equal(t, c.want, string(a.Text))
			if c.enc != EncodingUTF8 {
				assert.True(t, utf8.Valid(a.Text), "decoded text is valid UTF-8")
			}
		})
	}
}

func TestEncodingText(t *testing.T) {
	for e := EncodingUTF8; e <= EncodingDoubleUTF8; e++ {
		b, err := e.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, e.String(), string(b))
		var got Encoding
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, e, got)
	}
	_, err := Encoding(99).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Encoding(99)", Encoding(99).String())
	var e Encoding
	assert.Error(t, e.UnmarshalText([]byte("latin-1")))
}
