//go:build go1.24

package quote

import (
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is the tokenizer before its byte-class fast path, kept as
// the reference the fast one must agree with token for token.
//
// tokenizeRef appends the tokens of text[start:end] to dst. marks (sorted by
// start) are emitted as mark tokens; inside are the content spans of
// top-level quotations in this paragraph (sorted), whose tokens get inQuote.
func tokenizeRef(dst []tok, lx *lexicon, text string, start, end int, marks []markTok, inside []insideSpan) []tok {
	// nm is the start of marks[mi], inS and inE the bounds of inside[si];
	// end when there is none left (no position i < end reaches them).
	mi, si := 0, 0
	nm, inS, inE := end, end, end
	if len(marks) > 0 {
		nm = marks[0].start
	}
	if len(inside) > 0 {
		inS, inE = inside[0].Start, inside[0].End
	}
	for i := start; i < end; {
		if i == nm {
			m := marks[mi]
			dst = append(dst, tok{start: m.start, end: m.end, kind: m.kind})
			mi++
			nm = end
			if mi < len(marks) {
				nm = marks[mi].start
			}
			i = m.end
			continue
		}
		if nm < i {
			for mi < len(marks) && marks[mi].start < i {
				mi++
			}
			nm = end
			if mi < len(marks) {
				nm = marks[mi].start
			}
		}
		c := text[i]
		r, n := rune(c), 1
		if c < utf8.RuneSelf {
			if c <= ' ' { // a space, a tab or a control byte
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) || r == utf8.RuneError {
				i += n
				continue
			}
		}
		for inE <= i && si < len(inside) {
			si++
			inS, inE = end, end
			if si < len(inside) {
				inS, inE = inside[si].Start, inside[si].End
			}
		}
		in := inS <= i
		if !isWordRune(r) {
			dst = append(dst, tok{start: i, end: i + n, kind: tkPunct, b: c, inQuote: in})
			i += n
			continue
		}
		j := wordEndRef(text, i+n, nm, end)
		if in && !(j < end && text[j] == '.') {
			// Words inside quotations are never cues or speakers: only
			// their punctuation (where sentences end) and an abbreviation
			// before a full stop are kept.
			i = j
			continue
		}
		up := 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		dst = append(dst, tok{start: i, end: j, kind: tkWord, upper: up, cls: lx.classAt(text, i, j), inQuote: in})
		i = j
	}
	return dst
}

// wordEndRef is wordEnd as tokenizeRef uses it.
//
// wordEndRef returns the end of the word whose first rune ends at j: letters
// and digits, joined by a joiner between two of them (vice-chair, It’s,
// U.S), stopping at limit (the next mark); runes are decoded up to end.
func wordEndRef(text string, j, limit, end int) int {
	for j < limit {
		j = asciiWordEnd(text, j, limit)
		if j >= limit {
			break
		}
		r, n := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r) {
				j += n
				continue
			}
		}
		if isJoiner(r) && j+n < limit {
			if r3, _ := utf8.DecodeRuneInString(text[j+n : end]); isWordRune(r3) {
				j += n
				continue
			}
		}
		break
	}
	return j
}
