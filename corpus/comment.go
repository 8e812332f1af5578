//go:build go1.24

package corpus

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// signature is an author signature found in a line; offsets are absolute.
type signature struct {
	author, place Span
}

// maxSigLen is the longest signature ("Name, Place"), in bytes.
const maxSigLen = 100

// dashes that introduce a signature after a comment.
var sigDashes = [...]string{" - ", " – ", " — ", " -- ", " ~ "}

// lastDash returns the start of the last signature dash in s that starts
// at from or later, and the dash (the first of sigDashes when two start at
// the same byte), or -1. Every dash starts with a space: s is read once,
// from the end.
func lastDash(s []byte, from int) (int, string) {
	for k := len(s) - 1; k >= from; k-- {
		if s[k] != ' ' {
			continue
		}
		for _, d := range sigDashes {
			if bytes.HasPrefix(s[k:], []byte(d)) {
				return k, d
			}
		}
	}
	return -1, ""
}

// nameLike reports whether s looks like a person's name: one to five words
// separated by single spaces, each capitalised (or a lower-case particle such
// as "de" or "van", or an initial), made of letters, hyphens, apostrophes and
// full stops, with no digits.
func nameLike(s []byte, lex *lexTable) bool {
	if len(s) == 0 || len(s) > 50 {
		return false
	}
	words, capped := 0, 0
	for len(s) > 0 {
		sp := bytes.IndexByte(s, ' ')
		w := s
		if sp >= 0 {
			w, s = s[:sp], s[sp+1:]
			if len(s) == 0 {
				return false
			}
		} else {
			s = nil
		}
		if len(w) == 0 {
			return false
		}
		words++
		if words > 5 {
			return false
		}
		r, _ := utf8.DecodeRune(w)
		if unicode.IsUpper(r) {
			capped++
		} else if lookup(lex, w)&cueParticle == 0 {
			return false
		}
		for _, c := range w {
			if c >= '0' && c <= '9' || c == ',' || c == ':' || c == ';' || c == '"' || c == '(' || c == ')' || c == '!' || c == '?' {
				return false
			}
		}
	}
	return capped > 0
}

// placeLike reports whether s looks like a place: one to six words, the first
// capitalised, no digits and no sentence punctuation.
func placeLike(s []byte) bool {
	if len(s) == 0 || len(s) > 60 {
		return false
	}
	r, _ := utf8.DecodeRune(s)
	if !unicode.IsUpper(r) {
		return false
	}
	words := 1
	for _, c := range s {
		switch {
		case c == ' ':
			words++
		case c >= '0' && c <= '9', c == ':', c == ';', c == '"', c == '!', c == '?':
			return false
		}
	}
	return words <= 6
}

// parseSignature reads "Name" or "Name, Place" from text[a:b].
func parseSignature(text []byte, a, b int, lex *lexTable) (signature, bool) {
	a, b = trimSpace(text, a, b)
	if b-a > maxSigLen || a >= b {
		return signature{}, false
	}
	s := text[a:b]
	if c := s[len(s)-1]; c == '.' && !(len(s) >= 2 && unicode.IsUpper(rune(s[len(s)-2])) && len(s) >= 3 && s[len(s)-3] == ' ') {
		// A final full stop belongs to a sentence, not a signature, unless it
		// ends an initial ("J.").
		return signature{}, false
	}
	name := s
	var place []byte
	if k := bytes.IndexByte(s, ','); k >= 0 {
		name, place = s[:k], bytes.TrimLeft(s[k+1:], " ")
		if !placeLike(place) {
			return signature{}, false
		}
	}
	if !nameLike(name, lex) {
		return signature{}, false
	}
	sig := signature{author: Span{a, a + len(name)}}
	if place != nil {
		ps := b - len(place)
		sig.place = Span{ps, b}
	}
	return sig, true
}

// quoteContent reports whether s starts with an opening quotation mark and
// ends with a closing one, and returns the content between them as offsets
// into s.
func quoteContent(s []byte) (int, int, bool) {
	if len(s) < 2 {
		return 0, 0, false
	}
	size := 1
	if s[0] != '"' {
		r, n := utf8.DecodeRune(s)
		if r != '“' && r != '«' && r != '„' {
			return 0, 0, false
		}
		size = n
	}
	end := len(s) - 1
	if s[end] != '"' {
		r, n := utf8.DecodeLastRune(s)
		if r != '”' && r != '»' && r != '“' {
			return 0, 0, false
		}
		end = len(s) - n
	}
	if end < size {
		return 0, 0, false
	}
	return size, end, true
}

// signedComment recognises a one-line signed comment in text[a:b]:
// “comment text” - Name, Place (quoted; or unquoted when loose is set, e.g.
// inside a comments section). The signature must follow a dash at the end of
// the line, right after the closing quotation mark.
func signedComment(text []byte, a, b int, loose bool, lex *lexTable) (Comment, bool) {
	s := text[a:b]
	// The signature is short and at the end of the line: only the tail of
	// the line is searched for the dash before it.
	best, dash := lastDash(s, max(0, len(s)-maxSigLen-4))
	if best <= 0 {
		return Comment{}, false
	}
	sig, ok := parseSignature(text, a+best+len(dash), b, lex)
	if !ok {
		return Comment{}, false
	}
	ts, te := trimSpace(text, a, a+best)
	c := Comment{Raw: Span{a, b}, AuthorSpan: sig.author, PlaceSpan: sig.place}
	if qs, qe, ok := quoteContent(text[ts:te]); ok {
		c.Span = Span{ts + qs, ts + qe}
	} else if loose && te > ts && finalPunct(text[ts:te]) != 0 {
		c.Span = Span{ts, te}
	} else {
		return Comment{}, false
	}
	if c.Start >= c.End {
		return Comment{}, false
	}
	return c, true
}

// signatureLine recognises a line that is only a signature: "- Name",
// "Name, Place", "– Name, Place".
func signatureLine(text []byte, a, b int, lex *lexTable) (signature, bool) {
	s := text[a:b]
	for _, p := range [...]string{"- ", "– ", "— ", "-- ", "~ ", "~"} {
		if bytes.HasPrefix(s, []byte(p)) {
			return parseSignature(text, a+len(p), b, lex)
		}
	}
	for _, p := range [...]string{"Posted by ", "posted by ", "By ", "Comment by ", "Submitted by "} {
		if bytes.HasPrefix(s, []byte(p)) {
			return parseSignature(text, a+len(p), b, lex)
		}
	}
	// Without a dash, one word ("Reply", "Report") is not enough: a name
	// needs two words or a place ("Anonymous, Leeds").
	sig, ok := parseSignature(text, a, b, lex)
	if !ok || (bytes.IndexByte(text[sig.author.Start:sig.author.End], ' ') < 0 && sig.place.End == 0) {
		return signature{}, false
	}
	return sig, true
}

// introLine recognises a line that introduces the comment below it:
// "Name wrote:", "Name, Place says:", "Posted by Name".
func introLine(text []byte, a, b int, lex *lexTable) (signature, bool) {
	s := text[a:b]
	for _, suf := range [...]string{" wrote:", " says:", " said:"} {
		if bytes.HasSuffix(s, []byte(suf)) {
			return parseSignature(text, a, b-len(suf), lex)
		}
	}
	for _, pre := range [...]string{"Posted by ", "posted by ", "Comment by ", "Submitted by "} {
		if bytes.HasPrefix(s, []byte(pre)) {
			a += len(pre)
			s = text[a:b]
			if sig, ok := parseSignature(text, a, b, lex); ok {
				return sig, true
			}
			break
		}
	}
	// "Jane Smith | 12 March 2011 10:31", "Jane Smith, Leeds - 3/3/2011".
	if len(s) > 2*maxSigLen {
		return signature{}, false
	}
	var buf [24]dtok
	toks := dateTokens(s, lex, buf[:0], len(buf))
	m, ok := findDate(s, toks, 0)
	if !ok || m.start == 0 {
		return signature{}, false
	}
	e := trimSeps(text, a, a+m.start)
	for _, w := range [...]string{" at", " on"} {
		if bytes.HasSuffix(text[a:e], []byte(w)) {
			e = trimSeps(text, a, e-len(w))
		}
	}
	return parseSignature(text, a, e, lex)
}

// trimSeps moves e back past separators (spaces, NO-BREAK SPACE, "|", ",",
// hyphens and dashes, bullets, "@") that end text[a:e], whole runes at a
// time, and returns the new end.
func trimSeps(text []byte, a, e int) int {
	for e > a {
		r, size := utf8.DecodeLastRune(text[a:e])
		switch r {
		case ' ', '\t', 0xA0, '|', ',', '-', '–', '—', '•', '·', '@':
			e -= size
		default:
			return e
		}
	}
	return e
}
