//go:build go1.24

package corpus

// UTF-16 without a byte order mark is recognised from the shape English
// text takes in it: every code unit of an ASCII or Latin-1 character has a
// zero high byte, so NUL bytes sit at nearly all odd positions (little
// endian) or nearly all even positions (big endian), and the other bytes
// are printable. A UTF-8 file with NUL bytes here and there, binary data
// and short fragments do not have that shape.
const (
	// minUTF16Units is the fewest code units looked at: below that, a
	// few NUL bytes are not evidence of anything.
	minUTF16Units = 8
	// utf16TextShare is the share, in tenths, of the sampled code units
	// that must be printable ASCII or Latin-1 characters (a zero high
	// byte and a printable or white-space low byte).
	utf16TextShare = 9
)

// sniffUTF16 reports whether data, which has no byte order mark, is UTF-16
// and in which byte order. It looks at the first utf16Sample code units
// only, and only when they contain a NUL byte (nul is the offset of the
// first NUL byte of data, -1 for none).
func sniffUTF16(data []byte, nul int) (Encoding, bool) {
	sample := data[:min(len(data), 2*utf16Sample)&^1]
	units := len(sample) / 2
	if units < minUTF16Units || nul < 0 || nul >= len(sample) {
		return EncodingUTF8, false
	}
	le, be := 0, 0 // code units that read as Latin-1 text in each byte order
	for i := 0; i < len(sample); i += 2 {
		a, b := sample[i], sample[i+1]
		if b == 0 && latin1Text(a) {
			le++
		}
		if a == 0 && latin1Text(b) {
			be++
		}
	}
	switch {
	case 10*le >= utf16TextShare*units:
		return EncodingUTF16LE, true
	case 10*be >= utf16TextShare*units:
		return EncodingUTF16BE, true
	}
	return EncodingUTF8, false
}

// latin1Text reports whether the Latin-1 character c is printable or white
// space: not NUL, not a C0 or C1 control character other than tab, line
// feed, form feed and carriage return.
func latin1Text(c byte) bool {
	switch {
	case c >= 0x20 && c < 0x7F, c >= 0xA0:
		return true
	case c == '\t', c == '\n', c == '\f', c == '\r':
		return true
	}
	return false
}
