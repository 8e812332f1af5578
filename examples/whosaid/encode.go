//go:build go1.24

package main

import (
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"
)

// appendRecord appends r as one line of JSON. It writes exactly the bytes
// encoding/json writes for the record with HTML escaping off (a test checks
// this), except that a nil list is written as an empty array, without
// reflection: encoding took an eighth of the whole job's time through
// encoding/json.
func appendRecord(b []byte, r *record) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	if r.Warning != "" {
		b = append(b, `,"warning":`...)
		b = appendString(b, r.Warning)
	}
	if r.Encoding != "" {
		b = append(b, `,"encoding":`...)
		b = appendString(b, r.Encoding)
	}
	if r.Capped {
		b = appendBool(b, `,"capped":`, true)
	}
	b = appendOptional(b, `,"title":`, r.Title)
	b = appendOptional(b, `,"standfirst":`, r.Standfirst)
	b = appendOptional(b, `,"byline":`, r.Byline)
	b = appendOptional(b, `,"date":`, r.Date)
	b = appendOptional(b, `,"date_text":`, r.DateText)
	b = appendOptional(b, `,"date_source":`, r.DateSource)
	b = appendSpan(b, `,"date_span":`, r.DateSpan)

	b = append(b, `,"paragraphs":[`...)
	for i, p := range r.Paragraphs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"kind":`...)
		b = appendString(b, p.Kind)
		b = appendInt(b, `,"start":`, p.Start)
		b = appendInt(b, `,"end":`, p.End)
		if p.Reason != "" {
			b = append(b, `,"reason":`...)
			b = appendString(b, p.Reason)
		}
		b = append(b, '}')
	}
	b = append(b, `],"comments":[`...)
	for i, c := range r.Comments {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendDecimal(append(b, `{"start":`...), c.Start)
		b = appendInt(b, `,"end":`, c.End)
		b = appendOptional(b, `,"author":`, c.Author)
		b = appendOptional(b, `,"place":`, c.Place)
		b = append(b, '}')
	}
	b = append(b, `],"quotes":[`...)
	for i := range r.Quotes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendQuotation(b, &r.Quotes[i])
	}
	b = append(b, `],"entities":[`...)
	for i := range r.Entities {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendMention(b, &r.Entities[i])
	}
	return append(b, "]}\n"...)
}

func appendQuotation(b []byte, q *quotation) []byte {
	b = append(b, `{"kind":`...)
	b = appendString(b, q.Kind)
	b = append(b, `,"text":`...)
	b = appendString(b, q.Text)
	b = append(b, `,"spans":`...)
	if q.Spans == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range q.Spans {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendPair(b, s)
		}
		b = append(b, ']')
	}
	b = appendOptional(b, `,"speaker":`, q.Speaker)
	b = appendSpan(b, `,"speaker_mention":`, q.SpeakerMention)
	b = appendOptional(b, `,"role":`, q.Role)
	b = appendSpan(b, `,"role_span":`, q.RoleSpan)
	b = appendOptional(b, `,"org":`, q.Org)
	b = appendSpan(b, `,"org_span":`, q.OrgSpan)
	b = appendOptional(b, `,"org_code":`, q.OrgCode)
	b = appendOptional(b, `,"cue":`, q.Cue)
	b = appendSpan(b, `,"cue_span":`, q.CueSpan)
	b = appendOptional(b, `,"position":`, q.Position)
	b = appendBool(b, `,"inferred":`, q.Inferred)
	return append(b, '}')
}

func appendMention(b []byte, m *mention) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, m.Text)
	b = appendInt(b, `,"start":`, m.Start)
	b = appendInt(b, `,"end":`, m.End)
	b = appendOptional(b, `,"name":`, m.Name)
	b = appendOptional(b, `,"code":`, m.Code)
	b = append(b, `,"kind":`...)
	b = appendString(b, m.Kind)
	b = appendBool(b, `,"generic":`, m.Generic)
	b = appendOptional(b, `,"class":`, m.Class)
	b = appendBool(b, `,"date_inferred":`, m.DateInferred)
	return append(b, '}')
}

// The helpers below take a key written out whole with its punctuation, as
// `,"start":`, so that it is a single copy.

func appendInt(b []byte, key string, n int) []byte {
	return appendDecimal(append(b, key...), n)
}

func appendBool(b []byte, key string, v bool) []byte {
	return strconv.AppendBool(append(b, key...), v)
}

func appendOptional(b []byte, key string, s *string) []byte {
	b = append(b, key...)
	if s == nil {
		return append(b, "null"...)
	}
	return appendString(b, *s)
}

func appendSpan(b []byte, key string, s *span) []byte {
	b = append(b, key...)
	if s == nil {
		return append(b, "null"...)
	}
	return appendPair(b, *s)
}

func appendPair(b []byte, s span) []byte {
	b = appendDecimal(append(b, '['), s[0])
	b = appendDecimal(append(b, ','), s[1])
	return append(b, ']')
}

// appendDecimal appends n in decimal. Offsets are most of the numbers in a
// record, so a non-negative one is written here, straight into b, two digits
// at a time from the last, without strconv's general path.
func appendDecimal(b []byte, n int) []byte {
	if n < 0 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	i := len(b) + decimalWidth(uint64(n))
	b = slices.Grow(b, i-len(b))[:i]
	for n >= 100 {
		q, r := n/100, 2*(n%100)
		i -= 2
		b[i], b[i+1] = decimalPairs[r], decimalPairs[r+1]
		n = q
	}
	if n >= 10 {
		b[i-2], b[i-1] = decimalPairs[2*n], decimalPairs[2*n+1]
	} else {
		b[i-1] = byte('0' + n)
	}
	return b
}

// decimalWidth returns the number of decimal digits of n. A number of k bits
// has either ⌊(k-1)·log10(2)⌋+1 digits or one more; 1233/4096 is log10(2)
// to the precision this needs.
func decimalWidth(n uint64) int {
	w := (bits.Len64(n|1)-1)*1233>>12 + 1
	if w < len(powersOf10) && n >= powersOf10[w] {
		w++
	}
	return w
}

// powersOf10[i] is 10 to the power i.
var powersOf10 = [...]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// decimalPairs holds "00", "01" ... "99" end to end.
const decimalPairs = "" +
	"00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

const hex = "0123456789abcdef"

// appendString appends s as a JSON string the way encoding/json does with
// HTML escaping off: quotes, backslashes and control characters escaped,
// invalid UTF-8 replaced by U+FFFD, and U+2028 and U+2029 escaped so that
// the line is also valid JavaScript.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		i += plainPrefix(s[i:])
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plainPrefix returns the length of the longest prefix of s made of
// printable ASCII other than '"' and '\\': bytes a JSON string holds as they
// are. It reads eight bytes at a time, and is a function of its own so that
// its loop keeps everything in registers.
func plainPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := unplain8(load8(s[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	if i == len(s) {
		return i
	}
	if i >= 8 {
		// The last eight bytes, less those already read. These are all
		// plain, so no borrow from them can mark a byte after them.
		read := 8 - (len(s) - i)
		if m := unplain8(load8(s[len(s)-8:])) >> (8 * read); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		return len(s)
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// Masks for unplain8, one copy of a byte value in each of eight bytes.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load8 returns the first eight bytes of s as one little-endian word.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// unplain8 marks, in the high bit of each of the eight bytes of v, the
// bytes a JSON string cannot hold as they are: control characters, '"',
// '\\' and bytes of multi-byte UTF-8. A mark may also fall on a plain byte
// after a marked one (a borrow carries upward), never below the first marked
// byte, so the lowest mark is exact.
func unplain8(v uint64) uint64 {
	control := (v - 0x20*ones) &^ v & highs // a byte below 0x20
	return v&highs | control | hasZero(v^'"'*ones) | hasZero(v^'\\'*ones)
}

// hasZero is non-zero when one of the eight bytes of v is zero.
func hasZero(v uint64) uint64 { return (v - ones) &^ v & highs }
