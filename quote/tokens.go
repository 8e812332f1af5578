package quote

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tkWord  tokKind = iota
	tkPunct         // one punctuation rune
	tkOpen          // the opening mark of a quotation part
	tkClose         // the closing mark of a quotation
)

// tok is a word, a punctuation rune or a quotation mark at text[start:end].
type tok struct {
	start, end int
	cls        wordClass
	kind       tokKind
	upper      bool // a word starting with an upper-case letter
	inQuote    bool // inside the content of a top-level quotation
	b          byte // for tkPunct: the first byte
}

// markTok is a quotation mark the tokenizer must emit as a mark token.
type markTok struct {
	start, end int
	kind       tokKind
	item, part int32
	para       int // the paragraph, for sorting
}

// isJoiner reports whether c may join two word parts: vice-chair, It’s, U.S.
func isJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '.' || r == '&' || r == '‑'
}

// tokenize appends the tokens of text[start:end] to dst. marks (sorted by
// start) are emitted as mark tokens; inside are the content spans of
// top-level quotations in this paragraph (sorted), whose tokens get inQuote.
func tokenize(dst []tok, lx *lexicon, text string, start, end int, marks []markTok, inside []insideSpan) []tok {
	mi, si := 0, 0
	for i := start; i < end; {
		if mi < len(marks) && marks[mi].start == i {
			m := marks[mi]
			dst = append(dst, tok{start: m.start, end: m.end, kind: m.kind})
			mi++
			i = m.end
			continue
		}
		for mi < len(marks) && marks[mi].start < i {
			mi++
		}
		if text[i] == ' ' {
			i++
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		if r == ' ' || r == '\t' || (r >= utf8.RuneSelf && unicode.IsSpace(r)) || r == utf8.RuneError || r < ' ' {
			i += n
			continue
		}
		for si < len(inside) && inside[si].End <= i {
			si++
		}
		in := si < len(inside) && inside[si].Start <= i
		if !isWordRune(r) {
			dst = append(dst, tok{start: i, end: i + n, kind: tkPunct, b: text[i], inQuote: in})
			i += n
			continue
		}
		j := i + n
		nextMark := end
		if mi < len(marks) {
			nextMark = marks[mi].start
		}
		for j < nextMark {
			j = asciiWordEnd(text, j, nextMark)
			if j >= nextMark {
				break
			}
			r2, n2 := rune(text[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, n2 = utf8.DecodeRuneInString(text[j:end])
			}
			if isWordRune(r2) {
				j += n2
				continue
			}
			if isJoiner(r2) && j+n2 < nextMark {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
				if isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
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

// asciiWordEnd returns the end of the run of ASCII letters and digits
// that starts at text[j], stopping at limit. Eight bytes are tested at a
// time where eight can be read.
func asciiWordEnd(text string, j, limit int) int {
	for j < limit && j+8 <= len(text) {
		if m := nonWordBytes(load8(text, j)); m != 0 {
			return min(j+bits.TrailingZeros64(m)/8, limit)
		}
		j += 8
	}
	for j < limit && asciiWord[text[j]] {
		j++
	}
	return min(j, limit)
}

// nonWordBytes returns x with the high bit of each byte set when that
// byte is not an ASCII letter or digit, and every other bit clear.
func nonWordBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	const highs = 0x8080808080808080
	low7 := x &^ highs
	digit := (low7 + (0x80-'0')*ones) &^ (low7 + (0x80-'9'-1)*ones)
	folded := low7 | 0x20*ones // a capital to its small letter
	letter := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones)
	word := (digit | letter) &^ x & highs
	return word ^ highs
}

// isSentenceEnd reports whether token k of toks ends a sentence: a full
// stop, question or exclamation mark (not after an abbreviation or an
// initial) followed by the paragraph end or a token that can start a
// sentence.
func isSentenceEnd(text string, toks []tok, k int) bool {
	t := toks[k]
	if t.kind != tkPunct || (t.b != '.' && t.b != '?' && t.b != '!') {
		return false
	}
	if t.b == '.' && k > 0 && toks[k-1].kind == tkWord && toks[k-1].end == t.start {
		p := toks[k-1]
		if p.cls&wAbbrev != 0 || (p.end-p.start == 1 && p.upper) {
			return false
		}
	}
	n := k + 1
	for n < len(toks) && (toks[n].kind == tkClose || (toks[n].kind == tkPunct && (toks[n].b == '.' || toks[n].b == ')'))) {
		n++
	}
	if n >= len(toks) {
		return true
	}
	nt := toks[n]
	switch nt.kind {
	case tkOpen:
		return true
	case tkWord:
		r, _ := utf8.DecodeRuneInString(text[nt.start:nt.end])
		return nt.upper || unicode.IsDigit(r)
	}
	return false
}
