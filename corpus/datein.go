package corpus

import (
	"bytes"
)

// dateIn looks for a publication date inside a sentence: a full date in
// brackets ("today (29 January 2010)") or right after "today", "published"
// or "dated". Offsets are absolute.
func dateIn(text []byte, l *line, lex *lexTable, toks []dtok) (dateMatch, []dtok, bool) {
	s := text[l.start:l.end]
	if bytes.IndexByte(s, '(') < 0 && !bytes.Contains(s, []byte("oday")) &&
		!bytes.Contains(s, []byte("ublished")) && !bytes.Contains(s, []byte("Dated")) && !bytes.Contains(s, []byte(" dated")) {
		return dateMatch{}, toks, false
	}
	toks = dateTokens(s, lex, toks, 4096)
	for from := 0; ; {
		m, ok := findDate(s, toks, from)
		if !ok {
			return dateMatch{}, toks, false
		}
		from = m.next
		before := bytes.TrimRight(s[:m.start], " \u00a0")
		after := bytes.TrimLeft(s[m.end:], " \u00a0")
		if bytes.HasSuffix(before, []byte("(")) && bytes.HasPrefix(after, []byte(")")) {
			m.start += l.start
			m.end += l.start
			return m, toks, true
		}
		before = bytes.TrimRight(before, ",:")
		for _, w := range [...]string{"today", "published", "dated", "Published", "Dated", "Today"} {
			if bytes.HasSuffix(before, []byte(w)) {
				k := len(before) - len(w)
				if k == 0 || !isASCIIAlnum(before[k-1]) {
					m.start += l.start
					m.end += l.start
					return m, toks, true
				}
			}
		}
	}
}
