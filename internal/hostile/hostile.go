//go:build go1.24

// Package hostile generates the inputs that scraped text throws at a parser
// (no newlines for megabytes, thousands of unbalanced quotation marks, deep
// nesting, NUL bytes, invalid UTF-8, odd line endings, byte-order marks,
// double-encoded text, binary files) and checks that a function's work stays
// linear in the size of its input.
//
// It is for the packages' tests only and never appears in an exported
// signature.
package hostile

import (
	"bytes"
	"strings"
)

// Input is one named hostile input, generated at a requested size so that
// the same shape can be measured small and large.
type Input struct {
	Name string
	// Make returns the input, about n bytes long (exactly n where the shape
	// allows). Shapes with a natural size (an empty file) ignore n.
	Make func(n int) []byte
}

// sample is a short article in the shape of the real ones: a title, a quote
// with its attribution, an apostrophe and NHS bodies.
const sample = "PCT mergers ‘threaten’ joint working\n\n" +
	"Dr Jane Smith, chair of NHS Blackpool, said: “The patient’s care comes first.\n\n" +
	"“We will work with Blackpool Council and the Department of Health,” she added.\n\n" +
	"The nurses' union said PCTs were under \"pressure\"."

// Sample returns a short article in the shape of the real ones, for tests
// that need ordinary text around a hostile fragment.
func Sample() []byte { return []byte(sample) }

// repeat returns pattern repeated to exactly n bytes (the last copy may be
// cut, possibly inside a multi-byte character: hostile on purpose).
func repeat(pattern string, n int) []byte {
	if n <= 0 || pattern == "" {
		return []byte{}
	}
	b := bytes.Repeat([]byte(pattern), n/len(pattern)+1)
	return b[:n]
}

// Inputs returns every hostile input shape. The slice is new on every call.
func Inputs() []Input {
	return []Input{
		{"no newline", func(n int) []byte {
			return repeat("The trust said “it is fine” and the PCT agreed, says Dr Smith. ", n)
		}},
		{"unbalanced opening marks", func(n int) []byte { return repeat("“", n) }},
		{"unbalanced opening marks with words", func(n int) []byte { return repeat("“a ", n) }},
		{"alternating curly marks", func(n int) []byte { return repeat("“”", n) }},
		{"alternating straight marks", func(n int) []byte { return repeat(`'"'"`, n) }},
		{"nested quotes", func(n int) []byte {
			depth := max(n/8, 1)
			return []byte(strings.Repeat("“‘", depth/2) + "x" + strings.Repeat("’”", depth/2))
		}},
		{"nested straight quotes", func(n int) []byte {
			depth := max(n/4, 1)
			return []byte(strings.Repeat(`"'`, depth/2) + "x" + strings.Repeat(`'"`, depth/2))
		}},
		{"NUL bytes", func(n int) []byte { return repeat("said: \x00“\x00quote\x00” \x00\n", n) }},
		{"invalid UTF-8", func(n int) []byte { return repeat("\xff\xfe said \xe2\x80 “x\xc3” \x80\n", n) }},
		{"CR only", func(n int) []byte { return bytes.ReplaceAll(repeat(sample+"\n\n", n), []byte("\n"), []byte("\r")) }},
		{"CRLF", func(n int) []byte { return bytes.ReplaceAll(repeat(sample+"\n\n", n), []byte("\n"), []byte("\r\n")) }},
		{"mixed line endings", func(n int) []byte { return repeat("Title\r\n\rSo said she:\n“Yes.”\r\r\n", n) }},
		{"UTF-8 BOM", func(n int) []byte { return append([]byte("\uFEFF"), repeat(sample+"\n\n", max(n-3, 0))...) }},
		{"UTF-16 with BOM", func(n int) []byte { return UTF16LE(string(repeat(sample+"\n\n", n/2))) }},
		{"double-encoded Windows-1252", func(n int) []byte { return repeat(Mojibake(sample)+"\n\n", n) }},
		{"only newlines", func(n int) []byte { return repeat("\n", n) }},
		{"only whitespace", func(n int) []byte { return repeat(" \t\n\r\u00a0", n) }},
		{"long words", func(n int) []byte { return repeat(strings.Repeat("x", 4096)+" said ", n) }},
		{"many short lines", func(n int) []byte { return repeat("a\n", n) }},
		{"comment signatures", func(n int) []byte { return repeat("\"x\" - A, B\n", n) }},
		{"many capitalised words", func(n int) []byte { return repeat("NHS Trust Primary Care Council Health ", n) }},
		{"empty", func(int) []byte { return []byte{} }},
		{"PNG", func(n int) []byte { return PNG(n) }},
	}
}

// InvalidAtEveryPosition returns copies of text with one byte replaced by an
// invalid UTF-8 byte (0xFF), once at every position.
func InvalidAtEveryPosition(text []byte) [][]byte {
	out := make([][]byte, len(text))
	for i := range text {
		b := bytes.Clone(text)
		b[i] = 0xFF
		out[i] = b
	}
	return out
}

// UTF16LE encodes s as UTF-16, little endian, with a byte-order mark.
func UTF16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
			b = append(b, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to their characters; the
// other bytes map to the Unicode code point of the same number.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// Mojibake returns s double-encoded: its UTF-8 bytes read as Windows-1252
// and encoded as UTF-8 again, so that “ comes out as â€œ.
func Mojibake(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 && c <= 0x9F {
			b.WriteRune(cp1252[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// PNG returns n bytes that start like a PNG image: the signature, an IHDR
// chunk, then binary noise with NUL bytes.
func PNG(n int) []byte {
	head := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")
	b := make([]byte, 0, max(n, len(head)))
	b = append(b, head...)
	x := uint32(2463534242)
	for len(b) < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b = append(b, byte(x))
	}
	return b
}
