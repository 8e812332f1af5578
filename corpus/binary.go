package corpus

import (
	"bytes"
	"unicode/utf8"
)

// utf8BOM is the UTF-8 encoding of U+FEFF, the byte order mark.
var utf8BOM = []byte("\xEF\xBB\xBF")

// signatures are the first bytes of common binary files found among
// scraped pages.
var signatures = []struct{ prefix, what string }{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive"},
	{"\x1F\x8B", "gzip data"},
	{"\x7FELF", "an executable"},
}

// binarySample is how many bytes at the start are looked at to tell binary
// data from text; minBinarySample is the fewest for the share rule.
const (
	binarySample    = 4096
	minBinarySample = 64
)

// binaryKind returns what data looks like when it is binary rather than
// text ("a PNG image", "binary data"), or "" for text. Binary means a known
// file signature at the start, or at least a third of the first 4 KB being
// invalid UTF-8 or control characters other than NUL, white space and
// escape. Text with NUL bytes here and there, or a few invalid bytes, is
// text.
func binaryKind(data []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.prefix)) {
			return s.what
		}
	}
	sample := data[:min(len(data), binarySample)]
	if len(sample) < minBinarySample {
		return ""
	}
	bad := 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != 0 && c != 0x1B && (c < '\t' || c > '\r') {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax {
			bad++ // a rune cut by the end of the sample is not counted
		}
		i += size
	}
	if 3*bad >= len(sample) {
		return "binary data"
	}
	return ""
}
