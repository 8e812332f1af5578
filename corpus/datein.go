//go:build go1.24

package corpus

import "bytes"

// dateWindow is how many bytes after a trigger ("(", "today") are searched
// for a date: enough for "Wednesday, 15 September 2017)".
const dateWindow = 48

// dateIn looks for a publication date inside a sentence: a full date in
// brackets ("today (29 January 2010)") or right after "today", "published"
// or "dated" (with an optional colon or comma). Only short windows after
// those triggers are scanned. Offsets are absolute.
func dateIn(text []byte, l *line, lex *lexTable, toks []dtok) (dateMatch, []dtok, bool) {
	s := text[l.start:l.end]
	if !hasYearDigits(s) {
		return dateMatch{}, toks, false // every window below is part of s
	}
	// at tries a date in the window after s[:from]; closing says whether a
	// ")" must follow it.
	at := func(from int, closing bool) (dateMatch, bool) {
		w := s[from:min(len(s), from+dateWindow)]
		if !hasYearDigits(w) {
			return dateMatch{}, false
		}
		toks = dateTokens(w, lex, toks, 16)
		m, ok := findDate(w, toks, 0)
		if !ok || len(bytes.Trim(w[:m.start], " ,:\u00a0")) != 0 {
			return dateMatch{}, false
		}
		if closing && !bytes.HasPrefix(bytes.TrimLeft(w[m.end:], " \u00a0"), []byte(")")) {
			return dateMatch{}, false
		}
		m.start += l.start + from
		m.end += l.start + from
		return m, true
	}
	for i := 0; i < len(s); {
		k := bytes.IndexByte(s[i:], '(')
		if k < 0 {
			break
		}
		i += k + 1
		if m, ok := at(i, true); ok {
			return m, toks, true
		}
	}
	for _, w := range [...]string{"today", "Today", "published", "Published", "dated", "Dated"} {
		for i := 0; i < len(s); {
			k := bytes.Index(s[i:], []byte(w))
			if k < 0 {
				break
			}
			start := i + k
			i = start + len(w)
			if start > 0 && isASCIIAlnum(s[start-1]) || i < len(s) && isASCIIAlnum(s[i]) {
				continue
			}
			if m, ok := at(i, false); ok {
				return m, toks, true
			}
		}
	}
	return dateMatch{}, toks, false
}
