//go:build go1.24

package corpus

import (
	"encoding/binary"
	"math/bits"
	"time"
	"unicode"
	"unicode/utf8"
)

// dtok is a token of the date scanner: a run of ASCII digits or of ASCII
// letters. Offsets are into the scanned line.
type dtok struct {
	start, end int
	val        int // number value (digits), -1 when too long
	digits     int // number of digits
	month      int // month number (letters), 0 when not a month
	num        bool
	weekday    bool
	filler     bool // a word that may surround a date on a date line
	social     bool
}

// dateMatch is a date found in a line; offsets are into the line.
type dateMatch struct {
	start, end int
	t          time.Time
	next       int // index of the first token after the date
}

// dateTokens splits s into date tokens, appending to toks[:0]. Ordinal
// suffixes ("29th") are dropped. At most limit tokens are kept.
func dateTokens(s []byte, lex *lexTable, toks []dtok, limit int) []dtok {
	toks = toks[:0]
	var buf [16]byte
	for i := 0; i < len(s) && len(toks) < limit; {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if v >= 0 {
					v = v*10 + int(s[j]-'0')
					if v > 99999 {
						v = -1
					}
				}
				j++
			}
			toks = append(toks, dtok{start: i, end: j, val: v, digits: j - i, num: true})
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			if j < len(s) && s[j] >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRune(s[j:]); unicode.IsLetter(r) {
					// Part of a longer non-ASCII word: not a date word.
					toks = append(toks, dtok{start: i, end: j})
					i = j
					continue
				}
			}
			var bits uint32
			if j-i <= len(buf) {
				n := copy(buf[:], s[i:j])
				for k := range n {
					if b := buf[k]; b >= 'A' && b <= 'Z' {
						buf[k] = b + 'a' - 'A'
					}
				}
				w := buf[:n]
				if k := len(toks); k > 0 && toks[k-1].num && toks[k-1].end == i && isOrdinal(w) {
					toks[k-1].end = j // "3rd": the suffix belongs to the number
					i = j
					continue
				}
				if k := len(toks); k > 0 && toks[k-1].num && toks[k-1].end+1 == i && s[i-1] == ' ' && string(w) == "of" {
					i = j // "1st of April": "of" is part of the date
					continue
				}
				bits = lookup(lex, w)
				if c >= 'a' && c <= 'z' {
					bits &^= cueMonth // month names are capitalised in English
				}
			}
			toks = append(toks, dtok{start: i, end: j, month: monthOf(bits), weekday: bits&cueWeekday != 0,
				filler: bits&cueFiller != 0, social: bits&cueSocial != 0})
			i = j
		default:
			i++
		}
	}
	return toks
}

// hasYearDigits reports whether s holds four ASCII digits in a row. Every
// date form findDate knows has a four-digit year, so a line or window
// without them needs no date tokens. It reads eight bytes at a time.
func hasYearDigits(s []byte) bool {
	var prev uint64 // the digits among the eight bytes before i
	i := 0
	for ; i+8 <= len(s); i += 8 {
		d := digits8(binary.LittleEndian.Uint64(s[i:]))
		// A digit with three digits before it, in this word or the last
		// (most words of text have no digit at all).
		if d != 0 && d&(d<<8|prev>>56)&(d<<16|prev>>48)&(d<<24|prev>>40) != 0 {
			return true
		}
		prev = d
	}
	run := bits.LeadingZeros64(^prev&highs8) >> 3 // the digits that end the last word
	for _, c := range s[i:] {
		if c-'0' < 10 {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// digits8 returns the high bit of each of the eight bytes in x that is an
// ASCII digit.
func digits8(x uint64) uint64 {
	low := x &^ highs8 // each byte's low seven bits: no carry between bytes below
	return inRange8(low, '0', '9') &^ x
}

func isOrdinal(w []byte) bool {
	s := string(w) // compared only; the conversion does not allocate
	return s == "st" || s == "nd" || s == "rd" || s == "th"
}

// gapOK reports whether s[a:b] holds only the separators allowed between the
// words of a written date: spaces, NO-BREAK SPACE, commas, full stops and,
// when dash is set, hyphens. The gap must be short.
func gapOK(s []byte, a, b int, dash bool) bool {
	if b-a > 4 || b <= a {
		return false
	}
	if string(s[a:b]) == " of " {
		return true
	}
	for k := a; k < b; k++ {
		switch c := s[k]; {
		case c == ' ' || c == ',' || c == '.':
		case dash && c == '-':
		case c == 0xC2 && k+1 < b && s[k+1] == 0xA0:
			k++
		default:
			return false
		}
	}
	return true
}

// sepAt returns the single separator byte between two adjacent tokens, or 0.
func sepAt(s []byte, a, b dtok) byte {
	if b.start != a.end+1 {
		return 0
	}
	switch c := s[a.end]; c {
	case '-', '/', '.':
		return c
	}
	return 0
}

func makeDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false
	}
	return t, true
}

func isYear(t dtok) bool {
	return t.num && t.digits == 4 && t.end-t.start == 4 && t.val >= 1900 && t.val <= 2100
}
func isDay(t dtok) bool   { return t.num && t.digits <= 2 && t.val >= 1 && t.val <= 31 }
func isSmall(t dtok) bool { return t.num && t.digits <= 2 && t.end-t.start == t.digits }

// findDate returns the first date in s whose first token is at or after
// toks[from]. Recognised forms: "[Weekday[,]] 29[th] [of] January[,] 2010",
// "[Weekday[,]] January 29[th][,] 2010" (month names full or abbreviated),
// "2010-01-29" (also with / or .), and "29/01/2010" (also with . or -),
// which is read day first unless only month-first makes a valid date.
func findDate(s []byte, toks []dtok, from int) (dateMatch, bool) {
	for i := from; i+2 < len(toks); i++ {
		a, b, c := toks[i], toks[i+1], toks[i+2]
		var (
			t  time.Time
			ok bool
		)
		switch {
		case isDay(a) && b.month > 0 && isYear(c) && gapOK(s, a.end, b.start, true) && gapOK(s, b.end, c.start, true):
			t, ok = makeDate(c.val, b.month, a.val)
		case a.month > 0 && isDay(b) && isYear(c) && gapOK(s, a.end, b.start, false) && gapOK(s, b.end, c.start, false):
			t, ok = makeDate(c.val, a.month, b.val)
		case isYear(a) && isSmall(b) && isSmall(c):
			if sep := sepAt(s, a, b); sep != 0 && sep == sepAt(s, b, c) {
				t, ok = makeDate(a.val, b.val, c.val)
			}
		case isSmall(a) && isSmall(b) && isYear(c):
			if sep := sepAt(s, a, b); sep != 0 && sep == sepAt(s, b, c) {
				t, ok = makeDate(c.val, b.val, a.val)
				if !ok {
					t, ok = makeDate(c.val, a.val, b.val)
				}
			}
		}
		if !ok {
			continue
		}
		m := dateMatch{start: a.start, end: c.end, t: t, next: i + 3}
		if i > 0 && toks[i-1].weekday && gapOK(s, toks[i-1].end, a.start, false) {
			m.start = toks[i-1].start
		}
		return m, true
	}
	return dateMatch{}, false
}

// dateLineKind classifies a short line that holds the date m: 1 when the
// rest of the line is only filler ("Published:", times, "|"), 2 when the rest
// is social-media or similar furniture words ("Instagram"), 0 when the line
// says more than a date.
func dateLineKind(s []byte, toks []dtok, m dateMatch) int8 {
	social, other := 0, 0
	for _, t := range toks {
		if t.end > m.start && t.start < m.end {
			continue
		}
		switch {
		case t.num, t.filler, t.weekday, t.month > 0:
		case t.social:
			social++
		default:
			other++
		}
	}
	switch {
	case other == 0 && social == 0:
		return 1
	case other == 0:
		return 2
	}
	return 0
}
