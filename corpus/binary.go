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

// oddBlock is how many bytes binaryKind bounds at a time before it checks
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
		odd += oddBytesBound(blk)
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

// oddBytesBound returns an upper bound on the number of bytes of b that
// are control characters or not ASCII, counted eight bytes at a time. Every
// such byte is counted; a borrow in plainASCIIPrefix8's subtraction may
// count a few bytes above a control character too.
func oddBytesBound(b []byte) int {
	n := 0
	for len(b) >= 8 {
		// Each byte of sum counts the odd bytes at its position in up to
		// 31 words, so that all eight together stay below 256 and add up
		// in one multiplication.
		var sum uint64
		for k := 0; k < 31 && len(b) >= 8; k++ {
			x := binary.LittleEndian.Uint64(b)
			sum += (x | (x-0x20*ones8)&^x) & highs8 >> 7
			b = b[8:]
		}
		n += int(sum * ones8 >> 56)
	}
	return n + len(b)
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
