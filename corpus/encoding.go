//go:build go1.24

package corpus

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding says how the input was encoded and so whether [Article.Text] is
// the input itself or a decoded copy of it. The zero value is
// [EncodingUTF8]: Text is the input.
//
// Encoding marshals to and from the words "utf-8", "utf-16le", "utf-16be"
// and "utf-8-double-encoded".
type Encoding uint8

// The encodings the parser recognises.
const (
	// EncodingUTF8 is UTF-8 (or text that is not valid anything): Text is
	// the input, with a UTF-8 byte order mark left in place and skipped.
	EncodingUTF8 Encoding = iota
	// EncodingUTF16LE is UTF-16, little endian, with a byte order mark or
	// recognised without one: Text is the input decoded to UTF-8, without
	// the mark.
	EncodingUTF16LE
	// EncodingUTF16BE is UTF-16, big endian, with a byte order mark or
	// recognised without one: Text is the input decoded to UTF-8, without
	// the mark.
	EncodingUTF16BE
	// EncodingDoubleUTF8 is UTF-8 text that was read as Windows-1252 and
	// encoded as UTF-8 again (“ shown as â€œ): Text is the repaired text.
	EncodingDoubleUTF8
)

var encodingNames = [...]string{
	EncodingUTF8:       "utf-8",
	EncodingUTF16LE:    "utf-16le",
	EncodingUTF16BE:    "utf-16be",
	EncodingDoubleUTF8: "utf-8-double-encoded",
}

// String returns the word for e, or "Encoding(N)" for a value out of range.
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", e)
}

// MarshalText implements encoding.TextMarshaler with the words of String.
func (e Encoding) MarshalText() ([]byte, error) {
	if int(e) >= len(encodingNames) {
		return nil, fmt.Errorf("corpus: invalid encoding %d", e)
	}
	return []byte(encodingNames[e]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the words of
// String.
func (e *Encoding) UnmarshalText(text []byte) error {
	for i, n := range encodingNames {
		if n == string(text) {
			*e = Encoding(i)
			return nil
		}
	}
	return fmt.Errorf("corpus: unknown encoding %q", text)
}

// decode returns the text to parse and its encoding: data itself, or a
// decoded copy when data is UTF-16 (with a byte order mark, or without one
// when sniffUTF16 recognises it) or double-encoded UTF-8. nul is the offset
// of the first NUL byte of data, -1 for none.
func decode(data []byte, nul int) ([]byte, Encoding) {
	if len(data) >= 2 {
		switch {
		case data[0] == 0xFF && data[1] == 0xFE && looksUTF16(data[2:], false):
			return decodeUTF16(data[2:], false), EncodingUTF16LE
		case data[0] == 0xFE && data[1] == 0xFF && looksUTF16(data[2:], true):
			return decodeUTF16(data[2:], true), EncodingUTF16BE
		}
	}
	if enc, ok := sniffUTF16(data, nul); ok {
		return decodeUTF16(data, enc == EncodingUTF16BE), enc
	}
	if fixed, ok := undoDoubleEncoding(data); ok {
		return fixed, EncodingDoubleUTF8
	}
	return data, EncodingUTF8
}

// utf16Sample is how many code units after a UTF-16 byte order mark are
// looked at to decide that the file really is UTF-16.
const utf16Sample = 2048

// looksUTF16 reports whether b (the bytes after a UTF-16 byte order mark)
// reads as English text in UTF-16: at least half of the first code units
// are ASCII characters. Without this, bytes that merely start like a mark
// (0xFF 0xFE is also plain invalid UTF-8) would be decoded into nonsense.
func looksUTF16(b []byte, bigEndian bool) bool {
	units, ascii := 0, 0
	for i := 0; i+1 < len(b) && units < utf16Sample; i += 2 {
		u := unit(b, i, bigEndian)
		units++
		if u < 0x80 && u != 0 {
			ascii++
		}
	}
	return units == 0 || 2*ascii >= units
}

func unit(b []byte, i int, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(b[i])<<8 | uint16(b[i+1])
	}
	return uint16(b[i]) | uint16(b[i+1])<<8
}

// decodeUTF16 decodes b as UTF-16 into UTF-8. Unpaired surrogates and an odd
// final byte become U+FFFD, so the result is always valid UTF-8.
func decodeUTF16(b []byte, bigEndian bool) []byte {
	out := make([]byte, 0, len(b)/2+len(b)/8+4)
	for i := 0; i+1 < len(b); i += 2 {
		u := unit(b, i, bigEndian)
		r := rune(u)
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if u < 0xDC00 && i+3 < len(b) {
				if lo := unit(b, i+2, bigEndian); lo >= 0xDC00 && lo <= 0xDFFF {
					r = utf16.DecodeRune(rune(u), rune(lo))
					i += 2
				}
			}
		}
		out = utf8.AppendRune(out, r)
	}
	if len(b)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// toCP1252 returns the Windows-1252 byte of r, for r above ASCII. The bytes
// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1
// control characters of the same number, as decoders commonly do.
func toCP1252(r rune) (byte, bool) {
	if r <= 0xFF {
		return byte(r), r >= 0x80
	}
	switch r {
	case '€':
		return 0x80, true
	case '‚':
		return 0x82, true
	case 'ƒ':
		return 0x83, true
	case '„':
		return 0x84, true
	case '…':
		return 0x85, true
	case '†':
		return 0x86, true
	case '‡':
		return 0x87, true
	case 'ˆ':
		return 0x88, true
	case '‰':
		return 0x89, true
	case 'Š':
		return 0x8A, true
	case '‹':
		return 0x8B, true
	case 'Œ':
		return 0x8C, true
	case 'Ž':
		return 0x8E, true
	case '‘':
		return 0x91, true
	case '’':
		return 0x92, true
	case '“':
		return 0x93, true
	case '”':
		return 0x94, true
	case '•':
		return 0x95, true
	case '–':
		return 0x96, true
	case '—':
		return 0x97, true
	case '˜':
		return 0x98, true
	case '™':
		return 0x99, true
	case 'š':
		return 0x9A, true
	case '›':
		return 0x9B, true
	case 'œ':
		return 0x9C, true
	case 'ž':
		return 0x9E, true
	case 'Ÿ':
		return 0x9F, true
	}
	return 0, false
}

// undoDoubleEncoding repairs UTF-8 text that was read as Windows-1252 and
// encoded as UTF-8 again. It does so only when the evidence is complete:
// data is valid UTF-8, every non-ASCII character in it is a Windows-1252
// character, and those characters, turned back into their bytes, form
// valid multi-byte UTF-8 sequences, every one of them. Legitimate text fails
// at its first non-ASCII character that does not start or continue such a
// sequence (a curly quotation mark, an "é", an odd "Ã" before a space), so
// the check usually stops early.
func undoDoubleEncoding(data []byte) ([]byte, bool) {
	if !doubleEncoded(data, nil) {
		return nil, false
	}
	out := make([]byte, 0, len(data))
	doubleEncoded(data, &out)
	return out, true
}

// doubleEncoded reports whether data passes the checks of
// undoDoubleEncoding and, when out is not nil, appends the repaired text to
// it. The first pass, with out nil, allocates nothing.
func doubleEncoded(data []byte, out *[]byte) bool {
	need, seqs := 0, 0    // continuation bytes still expected; sequences begun
	last, j := 0, 0       // data[last:j] is not yet copied to out
	seqIn, seqOut := 0, 0 // where the current sequence starts in data and out
	var seq [utf8.UTFMax]byte
	n := 0 // bytes in seq
	if bytes.HasPrefix(data, utf8BOM) {
		j = len(utf8BOM) // a real mark before the double-encoded text stays
	}
	for j < len(data) {
		if data[j] < utf8.RuneSelf {
			if need > 0 {
				return false
			}
			j += asciiPrefix(data[j:]) // the ASCII run, eight bytes at a time
			continue
		}
		r, size := utf8.DecodeRune(data[j:])
		if r == utf8.RuneError && size == 1 {
			if utf8.FullRune(data[j:]) {
				return false
			}
			break // a character cut by the end of the file
		}
		b, ok := toCP1252(r)
		if !ok {
			return false
		}
		if need == 0 {
			seqIn = j
			if out != nil {
				seqOut = len(*out) + j - last
			}
		}
		switch {
		case need > 0:
			if b&0xC0 != 0x80 {
				return false
			}
			need--
		case b >= 0xC2 && b <= 0xDF:
			need, seqs, n = 1, seqs+1, 0
		case b >= 0xE0 && b <= 0xEF:
			need, seqs, n = 2, seqs+1, 0
		case b >= 0xF0 && b <= 0xF4:
			need, seqs, n = 3, seqs+1, 0
		default:
			return false
		}
		seq[n] = b
		n++
		if need == 0 && !utf8.Valid(seq[:n]) {
			return false // an overlong form or a surrogate
		}
		if out != nil {
			*out = append(*out, data[last:j]...)
			*out = append(*out, b)
		}
		j += size
		last = j
	}
	if j < len(data) || need > 0 {
		// A sequence or character cut by the end of the file (a truncated
		// download) stays as it was; complete sequences must come first.
		if need > 0 {
			seqs-- // the cut sequence does not count
		} else {
			seqIn = j
			if out != nil {
				seqOut = len(*out) + j - last
			}
		}
		if seqs == 0 {
			return false
		}
		if out != nil {
			*out = append(append(*out, data[last:j]...)[:seqOut], data[seqIn:]...)
		}
		return true
	}
	if out != nil {
		*out = append(*out, data[last:]...)
	}
	return seqs > 0
}
