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
		j := wordEnd(text, i+n, nm, end)
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

// wordEnd returns the end of the word whose first rune ends at j: letters
// and digits, joined by a joiner between two of them (vice-chair, It’s,
// U.S), stopping at limit (the next mark); runes are decoded up to end.
func wordEnd(text string, j, limit, end int) int {
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
