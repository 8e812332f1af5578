//go:build go1.24

package corpus

import (
	"bytes"
	"encoding/binary"
	"math/bits"
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

// oddBlock is how many bytes binaryKind counts at a time before it checks
// whether the sample can still be binary.
const oddBlock = 256

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
	// Text, the usual case, is told early: once too few bytes could be bad
	// even if every byte still unread were.
	odd := 0
	for i := 0; i < len(sample); i += oddBlock {
		blk := sample[i:min(i+oddBlock, len(sample))]
		odd += oddBytes(blk)
		if 3*(odd+len(sample)-i-len(blk)) < len(sample) {
			return ""
		}
	}
	bad := 0
	for i := 0; i < len(sample); {
		if i+8 <= len(sample) {
			// Printable ASCII is skipped eight bytes at a time, up to the
			// first control character or non-ASCII byte.
			if k := plainASCIIPrefix8(binary.LittleEndian.Uint64(sample[i:])); k > 0 {
				i += k
				continue
			}
		}
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

// Masks for word-at-a-time tests on eight bytes packed in a uint64.
const (
	ones8  = 0x0101010101010101
	highs8 = 0x8080808080808080
)

// plainASCIIPrefix8 returns how many of the eight bytes in x, from the
// lowest, are printable ASCII (0x20 to 0x7F) before the first that is not.
// The count is exact: a byte below 0x20 borrows in the subtraction and,
// its high bit being clear, shows in the result; a borrow only reaches the
// bytes above the first such byte.
func plainASCIIPrefix8(x uint64) int {
	odd := (x | (x-0x20*ones8)&^x) & highs8
	return bits.TrailingZeros64(odd) >> 3
}

// oddBytes returns the number of bytes of b that are control characters
// or not ASCII (below 0x20, or 0x80 and above), counted eight bytes at a
// time. b must be at most 2040 bytes long, so that no byte of the sum
// below passes 255.
func oddBytes(b []byte) int {
	var sum uint64 // each byte counts the odd bytes at its position in the words so far
	i := 0
	for ; i+32 <= len(b); i += 32 {
		w := b[i : i+32]
		sum += odd8(binary.LittleEndian.Uint64(w)) + odd8(binary.LittleEndian.Uint64(w[8:])) +
			odd8(binary.LittleEndian.Uint64(w[16:])) + odd8(binary.LittleEndian.Uint64(w[24:]))
	}
	for ; i+8 <= len(b); i += 8 {
		sum += odd8(binary.LittleEndian.Uint64(b[i:]))
	}
	// The eight byte counts added up: in pairs into four 16-bit counts,
	// then those at once in the top 16 bits of a product.
	sum = sum&0x00FF00FF00FF00FF + sum>>8&0x00FF00FF00FF00FF
	n := int(sum * 0x0001000100010001 >> 48)
	for _, c := range b[i:] {
		if c < 0x20 || c >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// odd8 returns 1 in each of the eight bytes of x that is a control
// character or not ASCII, 0 in the others. A byte is odd when its high bit
// is set or its low seven bits are below 0x20, that is when adding 0x60 to
// them leaves the high bit clear; no sum carries into the next byte.
func odd8(x uint64) uint64 {
	return (x | ^(x&^highs8 + 0x60*ones8)) & highs8 >> 7
}

// asciiPrefix returns the length of the run of ASCII bytes at the start of
// b, looking at eight bytes at a time.
func asciiPrefix(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&highs8 != 0 {
			break
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}
