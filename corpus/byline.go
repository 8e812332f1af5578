//go:build go1.24

package corpus

import (
	"bytes"
)

// byline recognises an author line: "By Jane Smith[, role]" anywhere in the
// header block, or, after the title, a bare name with an optional role
// ("Caroline White", "Jane Smith, Health Correspondent"). It returns the
// byline's span (without "By ").
func byline(text []byte, l *line, ws []word, bare bool, lex *lexTable) (Span, bool) {
	s := text[l.start:l.end]
	if l.words > 15 || len(s) > 150 || l.term == '.' && !bytes.HasSuffix(s, []byte("Ltd.")) {
		return Span{}, false
	}
	if len(ws) >= 3 && eqWord(s, ws[0], "by") && ws[1].upper && ws[0].start == 0 {
		return Span{l.start + ws[1].start, l.end}, true
	}
	for _, pre := range [...]string{"Written by ", "Words by ", "Author: ", "Reporter: "} {
		if bytes.HasPrefix(s, []byte(pre)) && len(ws) >= 3 {
			return Span{l.start + len(pre), l.end}, true
		}
	}
	if !bare || l.words < 2 || l.words > 10 {
		return Span{}, false
	}
	sig, ok := parseSignature(text, l.start, l.end, lex)
	if !ok || bytes.IndexByte(text[sig.author.Start:sig.author.End], ' ') < 0 {
		return nameThenRole(l, ws)
	}
	// A name is made of names: no headline, role or furniture words in it.
	for _, w := range ws {
		if l.start+w.start >= sig.author.End {
			break
		}
		if w.bits&(cueRole|cueKey|cueSocial|cueMonth|cueWeekday) != 0 && w.bits&cueStop == 0 {
			return Span{}, false
		}
	}
	return Span{l.start, l.end}, true
}

// nameThenRole recognises "Denis Campbell Health policy editor": two to four
// capitalised name words, then a role of up to five words that contains a
// journalist's role word.
func nameThenRole(l *line, ws []word) (Span, bool) {
	if l.term != 0 || len(ws) < 3 || len(ws) > 8 || len(ws) != int(l.words) {
		return Span{}, false
	}
	k := 0
	for k < len(ws) && k < 4 && ws[k].upper && !ws[k].num && ws[k].bits&(cueRole|cueKey|cueSocial|cueStop|cueMonth|cueWeekday) == 0 {
		k++
	}
	if k < 2 || k == len(ws) {
		return Span{}, false
	}
	role := false
	for _, w := range ws[k:] {
		if w.num {
			return Span{}, false
		}
		if w.bits&cueRole != 0 {
			role = true
		}
	}
	if !role {
		return Span{}, false
	}
	return Span{l.start, l.end}, true
}
