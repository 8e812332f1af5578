package corpus

import (
	"bytes"
	"time"
	"unicode"
	"unicode/utf8"
)

// line is one non-blank line of the input and the features the classifier
// uses. Offsets are into the whole input.
type line struct {
	start, end int // trimmed span of the line
	num        int // 1-based line number

	words, stops, caps, nums, alpha int    // word counts: all, stop words, capitalised, numeric, with a letter
	cues                            uint32 // union of the words' cue bits
	term                            byte   // final punctuation, closing quotes skipped; 0 for none
	openQuote                       bool   // starts with an opening quotation mark

	reason Reason // furniture found by phrase or shape rules

	// A date found on a short line: dateKind is 0 (none), 1 (the line is
	// only a date and filler words) or 2 (a date with social or other
	// furniture words).
	dateKind           int8
	dateStart, dateEnd int
	dateTime           time.Time
	kind               Kind
	class              class
	finalReason        Reason
}

// word is one word of the line being analysed; offsets are into the line.
type word struct {
	start, end int
	bits       uint32
	upper, num bool
}

// maxWords is how many words of a line are kept for phrase rules; lines with
// more words are content, not furniture, and only their counts matter.
const maxWords = 64

// splitLines calls fn for every non-blank line of text in order, with its
// trimmed span and 1-based line number. LF, CRLF and lone CR end lines; a
// UTF-8 byte order mark at the start is skipped.
func splitLines(text []byte, fn func(start, end, num int)) {
	pos := 0
	if bytes.HasPrefix(text, []byte("\xEF\xBB\xBF")) {
		pos = 3
	}
	for num := 1; ; num++ {
		rest := text[pos:]
		nl := bytes.IndexByte(rest, '\n')
		seg := rest
		if nl >= 0 {
			seg = rest[:nl]
		}
		last := nl < 0
		adv := len(seg) + 1
		if cr := bytes.IndexByte(seg, '\r'); cr >= 0 {
			if cr == len(seg)-1 && nl >= 0 {
				adv = nl + 1 // CRLF
			} else {
				adv = cr + 1 // lone CR
				last = false
			}
			seg = seg[:cr]
		}
		if s, e := trimSpace(text, pos, pos+len(seg)); s < e {
			fn(s, e, num)
		}
		if last {
			return
		}
		pos += adv
	}
}

// trimSpace narrows [s, e) past leading and trailing ASCII white space and
// U+00A0 NO-BREAK SPACE.
func trimSpace(text []byte, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' {
			s++
		} else if c == 0xC2 && s+1 < e && text[s+1] == 0xA0 {
			s += 2
		} else {
			break
		}
	}
	for e > s {
		c := text[e-1]
		if c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' {
			e--
		} else if c == 0xA0 && e-2 >= s && text[e-2] == 0xC2 {
			e -= 2
		} else {
			break
		}
	}
	return s, e
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordAt returns the end of the word starting at i in s, or i when s[i]
// does not start a word. Words are runs of letters and digits, with inner
// hyphens and ASCII apostrophes.
func wordAt(s []byte, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				j++
				continue
			}
			if (c == '-' || c == '\'') && j > i && j+1 < len(s) && isASCIIAlnum(s[j+1]) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRune(s[j:])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		j += size
	}
	return j
}

// analyze fills l's features from the line's text s and leaves its first
// maxWords words in *words.
func analyze(l *line, s []byte, lex map[string]uint32, words *[]word) {
	ws := (*words)[:0]
	var buf [16]byte
	for i := 0; i < len(s); {
		j := wordAt(s, i)
		if j == i {
			if s[i] < utf8.RuneSelf {
				i++
			} else {
				_, size := utf8.DecodeRune(s[i:])
				i += size
			}
			continue
		}
		w := word{start: i, end: j, num: true}
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			w.upper = true
		} else if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRune(s[i:])
			w.upper = unicode.IsUpper(r)
		}
		hasLetter := false
		ascii := true
		for k := i; k < j; k++ {
			b := s[k]
			if b < '0' || b > '9' {
				w.num = false
				if b >= utf8.RuneSelf {
					ascii = false
				}
				if b != '-' && b != '\'' {
					hasLetter = true
				}
			}
		}
		if ascii && j-i <= len(buf) {
			n := copy(buf[:], s[i:j])
			for k := range n {
				if b := buf[k]; b >= 'A' && b <= 'Z' {
					buf[k] = b + 'a' - 'A'
				}
			}
			w.bits = lookup(lex, buf[:n])
		}
		l.words++
		if w.bits&cueStop != 0 {
			l.stops++
		}
		if w.upper {
			l.caps++
		}
		if w.num {
			l.nums++
		}
		if hasLetter {
			l.alpha++
		}
		l.cues |= w.bits
		if len(ws) < maxWords {
			ws = append(ws, w)
		}
		i = j
	}
	*words = ws
	l.term = finalPunct(s)
	l.openQuote = startsWithQuote(s)
}

// finalPunct returns the line's last punctuation mark, looking past closing
// quotation marks and brackets: '.', '!', '?', ':', ';', ',', '|', '~' for an
// ellipsis, or 0 when the line ends with anything else.
func finalPunct(s []byte) byte {
	for len(s) > 0 {
		c := s[len(s)-1]
		switch c {
		case '"', '\'', ')', ']', '*':
			s = s[:len(s)-1]
			continue
		case '.', '!', '?', ':', ';', ',', '|':
			return c
		}
		if c < utf8.RuneSelf {
			return 0
		}
		r, size := utf8.DecodeLastRune(s)
		switch r {
		case '”', '’', '»', '›':
			s = s[:len(s)-size]
			continue
		case '…':
			return '~'
		case '。':
			return '.'
		}
		return 0
	}
	return 0
}

// startsWithQuote reports whether s starts with an opening quotation mark.
func startsWithQuote(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	if s[0] == '"' || s[0] == '\'' {
		return true
	}
	r, _ := utf8.DecodeRune(s)
	return r == '“' || r == '‘' || r == '«' || r == '„'
}

// eqWord reports whether the word w of s equals lit, ignoring ASCII case.
// lit must be lower case.
func eqWord(s []byte, w word, lit string) bool {
	if w.end-w.start != len(lit) {
		return false
	}
	for k := 0; k < len(lit); k++ {
		c := s[w.start+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[k] {
			return false
		}
	}
	return true
}

// seqAt reports whether the words ws[i:] start with the lower-case words lits.
func seqAt(s []byte, ws []word, i int, lits ...string) bool {
	if i+len(lits) > len(ws) {
		return false
	}
	for k, lit := range lits {
		if !eqWord(s, ws[i+k], lit) {
			return false
		}
	}
	return true
}

// hasSeq reports whether the words ws contain the lower-case words lits in a
// row.
func hasSeq(s []byte, ws []word, lits ...string) bool {
	for i := 0; i+len(lits) <= len(ws); i++ {
		if seqAt(s, ws, i, lits...) {
			return true
		}
	}
	return false
}

// hasWord reports whether any of ws is one of the lower-case words lits.
func hasWord(s []byte, ws []word, lits ...string) bool {
	for _, w := range ws {
		for _, lit := range lits {
			if eqWord(s, w, lit) {
				return true
			}
		}
	}
	return false
}

// analyzeWords recomputes the words of l into *words without changing l.
func analyzeWords(l *line, text []byte, lex map[string]uint32, words *[]word) {
	tmp := line{start: l.start, end: l.end}
	analyze(&tmp, text[l.start:l.end], lex, words)
}
