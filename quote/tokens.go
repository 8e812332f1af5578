//go:build go1.24

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
	tok        int // set by tokenize: the mark token's index among the paragraph's tokens, or -1
	para       int // the paragraph, for sorting
}

// isJoiner reports whether c may join two word parts: vice-chair, It’s, U.S.
func isJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '.' || r == '&' || r == '‑'
}

// byteKinds sorts the bytes for the tokenizer's fast path, one letter per
// byte value: 'S' an ASCII space or control byte (skipped), 'W' an ASCII
// letter or digit (a word starts), 'P' other ASCII (one punctuation token,
// or a quotation mark), 'H' a byte of a multi-byte rune or an invalid byte
// (decoded on the slow path). A constant string: read-only, and indexing it
// with a byte needs no bounds check.
const byteKinds = "" +
	"SSSSSSSSSSSSSSSS" + // 0x00 control bytes
	"SSSSSSSSSSSSSSSS" + // 0x10 control bytes
	"SPPPPPPPPPPPPPPP" + // 0x20 space ! " # $ % & ' ( ) * + , - . /
	"WWWWWWWWWWPPPPPP" + // 0x30 0-9 : ; < = > ?
	"PWWWWWWWWWWWWWWW" + // 0x40 @ A-O
	"WWWWWWWWWWWPPPPP" + // 0x50 P-Z [ \ ] ^ _
	"PWWWWWWWWWWWWWWW" + // 0x60 ` a-o
	"WWWWWWWWWWWPPPPP" + // 0x70 p-z { | } ~ DEL
	"HHHHHHHHHHHHHHHH" + "HHHHHHHHHHHHHHHH" + "HHHHHHHHHHHHHHHH" + "HHHHHHHHHHHHHHHH" +
	"HHHHHHHHHHHHHHHH" + "HHHHHHHHHHHHHHHH" + "HHHHHHHHHHHHHHHH" + "HHHHHHHHHHHHHHHH"

// mayJoin reports whether byte c may continue a word past a run of ASCII
// letters and digits: an ASCII joiner or the first byte of a multi-byte
// rune (a letter, or the joiners ’ and ‑). Any other byte ends the word.
func mayJoin(c byte) bool {
	// The ASCII joiners by their distance from '&', the first of them:
	// a space (most often read here) is told apart by one comparison.
	const joiners = 1 | 1<<('\''-'&') | 1<<('-'-'&') | 1<<('.'-'&') // bit 0 is '&' itself
	return c >= utf8.RuneSelf || c-'&' <= '.'-'&' && joiners>>(c-'&')&1 != 0
}

// tokenizer is the state of tokenize over one paragraph: the next mark
// to emit and the content span of the quotation being read or next.
type tokenizer struct {
	text     string
	end      int
	marks    []markTok
	inside   []insideSpan
	mi, si   int
	nm       int // start of marks[mi], or end when there is none left
	inS, inE int // bounds of inside[si], or end, end
}

// words appends the tokens of the ASCII word at text[i] and of the words
// that follow it one space apart (the common case, read without going
// back to tokenize's switch), and returns where tokenizing goes on.
func (z *tokenizer) words(dst []tok, hits []int32, lx *lexicon, i int) (int, []tok, []int32) {
	text, end := z.text, z.end
	for {
		if z.nm < i {
			z.nextMark(i)
		}
		in := z.inQuote(i)
		if !in {
			// Outside quotations (most words read): words up to the next
			// mark or quotation content are read by plainWords.
			var more bool
			if i, dst, more = plainWords(dst, &hits, lx, text, i, min(z.nm, z.inS), z.nm, end); !more {
				return i, dst, hits
			}
			continue
		}
		// Inside a quotation only punctuation and a word before a full
		// stop make tokens: skip the words and spaces before the next
		// other byte, up to the last word, which may go on past that
		// byte (vice-chair, U.S) or end at a full stop.
		lim := min(z.inE, z.nm)
		if k := quotedSkip(text, i, lim); k > i {
			if k >= lim || byteKinds[text[k]] != 'W' {
				if i, dst = quotedPunct(dst, text, k, lim); i < lim && byteKinds[text[i]] == 'W' {
					continue
				}
				return i, dst, hits
			}
			// The last word before that byte: read here, as the call
			// for it would (a skip from k stops at k).
			i = k
		}
		// The word's first eight bytes, read once: most words end there,
		// and the lexicon lookup packs them without reading them again.
		var first8 uint64
		var j int
		if i+8 <= len(text) {
			first8 = load8(text, i)
			if m := nonWordBytes(first8); m != 0 {
				j = min(i+bits.TrailingZeros64(m)/8, z.nm)
			} else {
				j = asciiWordEnd(text, i+8, z.nm)
			}
		} else {
			j = asciiWordEnd(text, i+1, z.nm)
		}
		if j < z.nm && mayJoin(text[j]) && !endsAtJoiner(text, j, z.nm) {
			j = wordEnd(text, j, z.nm, end)
		}
		// Words inside quotations are never cues or speakers: only an
		// abbreviation before a full stop is kept.
		if j < end && text[j] == '.' {
			var cls wordClass
			if n := j - i; n <= 8 && i+8 <= len(text) {
				// 1 <= n <= 8: the & 63 spares the compiler's guard for shifts of 64 or more.
				cls = lx.table.find(lowerASCII8(first8&(^uint64(0)>>((64-8*n)&63))), uint64(n)<<56)
			} else {
				cls = lx.classAt(text, i, j)
			}
			if cls&(wCue|wCueFirst|wRole) != 0 {
				hits = append(hits, int32(len(dst)))
			}
			c := text[i]
			var t *tok
			dst, t = pushTok(dst)
			t.start, t.end, t.kind, t.upper, t.cls, t.inQuote = i, j, tkWord, c <= 'Z' && c >= 'A', cls, in
		}
		i = j
		if i+1 >= end || text[i] != ' ' || byteKinds[text[i+1]] != 'W' {
			if i, dst = quotedPunct(dst, text, i, lim); i < lim && byteKinds[text[i]] == 'W' {
				continue
			}
			return i, dst, hits
		}
		i++
	}
}

// quotedPunct appends the tokens of the ASCII punctuation at text[i] and
// after it inside a quotation, passing over ASCII spaces and control
// bytes, as tokenize would, and stops before lim (the end of the content
// or the next mark, so that no punctuation here is a mark) or at a letter,
// a digit or a non-ASCII byte: a quotation's commas and full stops are
// read without going back to tokenize's switch for each.
func quotedPunct(dst []tok, text string, i, lim int) (int, []tok) {
	for ; i < lim; i++ {
		c := text[i]
		switch byteKinds[c] {
		case 'S':
			continue
		case 'P':
			var t *tok
			dst, t = pushTok(dst)
			t.start, t.end, t.kind, t.b, t.inQuote = i, i+1, tkPunct, c, true
			continue
		}
		break
	}
	return i, dst
}

// plainWords appends the tokens of the word at text[i], outside any
// quotation, and of the words, ASCII punctuation and spaces that follow
// it, up to lim (the next mark or quotation content) or to another byte
// (a multi-byte rune), as tokenize would make them. It returns where
// tokenizing goes on and more: true when that is a word start at or after
// lim, for the caller to read with its checks for marks and quotations,
// false when the run of words ends there. It is the loop most tokens are
// made in, so it keeps what it needs in locals: the lexicon's tags, and
// the tokens written in place up to dst's capacity, grown only when full;
// hits, seldom appended to, are left in memory behind a pointer.
func plainWords(dst []tok, hits *[]int32, lx *lexicon, text string, i, lim, nm, end int) (int, []tok, bool) {
	tags, shift := lx.table.tags, lx.table.shift
	n := len(dst)
	for {
		if n == cap(dst) {
			dst = append(dst, tok{})[:n] // room for more
		}
		d := dst[:cap(dst)]
		for n < len(d) {
			var j int
			var cls wordClass
			if i+8 > len(text) {
				j, cls = longWord(lx, text, i, 0, nm, end) // the text's last bytes
			} else if first8 := load8(text, i); nonWordBytes(first8) == 0 {
				j, cls = longWord(lx, text, i, first8, nm, end)
			} else if j = min(i+bits.TrailingZeros64(nonWordBytes(first8))/8, nm); j < nm && mayJoin(text[j]) && !endsAtJoiner(text, j, nm) {
				j, cls = joinedWord(lx, text, i, j, first8, nm, end)
			} else {
				// The commonest word: up to seven ASCII letters and
				// digits in first8, lower-cased by setting 0x20 in each
				// (a digit has it already), looked up as find would.
				k := j - i
				lo := (first8 | 0x2020202020202020) & (^uint64(0) >> ((64 - 8*k) & 63))
				hi := uint64(k) << 56
				h := (lo ^ hi) * 0x9E3779B97F4A7C15
				if tag := tags[h>>(shift&63)]; tag != 0 {
					// A word in the table is most often in its first slot.
					if s := &lx.table.slots[h>>(shift&63)]; tag == uint16(h>>24)|1 && s.lo == lo && s.hi == hi {
						cls = s.cls
					} else {
						cls = lx.table.probe(lo, hi)
					}
				}
			}
			if cls&(wCue|wCueFirst|wRole) != 0 {
				*hits = append(*hits, int32(n))
			}
			c := text[i]
			d[n] = tok{start: i, end: j, cls: cls, kind: tkWord, upper: c <= 'Z' && c >= 'A'}
			n++
			i = j
			if i+1 < end && text[i] == ' ' && byteKinds[text[i+1]] == 'W' {
				if i++; i >= lim {
					return i, d[:n], true
				}
				continue
			}
			// ASCII punctuation and spaces before lim, read as tokenize
			// would (no mark starts there, and no quotation), up to the
			// next word; anything else is left to tokenize.
			for i < lim {
				c := text[i]
				if k := byteKinds[c]; k == 'S' {
					i++
					continue
				} else if k != 'P' || n == len(d) {
					break
				}
				d[n] = tok{start: i, end: i + 1, kind: tkPunct, b: c}
				n++
				i++
			}
			if i >= lim || byteKinds[text[i]] != 'W' {
				return i, d[:n], false
			}
		}
		dst = d[:n]
	}
}

// joinedWord returns the end and the classes of the word at text[i] whose
// first run of ASCII letters and digits, within first8, ends at j before
// a joiner or a multi-byte rune that may go on with it, as plainWords
// would find them. It is kept out of plainWords' loop, which it would
// crowd.
//
//go:noinline
func joinedWord(lx *lexicon, text string, i, j int, first8 uint64, nm, end int) (int, wordClass) {
	j = wordEnd(text, j, nm, end)
	if k := j - i; k <= 8 {
		return j, lx.table.find(lowerASCII8(first8&(^uint64(0)>>((64-8*k)&63))), uint64(k)<<56)
	}
	return j, lx.classAt(text, i, j)
}

// longWord returns the end and the classes of the word at text[i] whose
// first eight bytes, first8, are ASCII letters or digits, or of any word
// within the text's last eight bytes, as plainWords would find them. It is
// kept out of plainWords' loop, which it would crowd; where sixteen bytes
// can be read it tests the eight after first8 at once and packs a word of
// up to packedMax letters and digits from the two loads, as classAt would.
//
//go:noinline
func longWord(lx *lexicon, text string, i int, first8 uint64, nm, end int) (int, wordClass) {
	if i+8 > len(text) {
		j := asciiWordEnd(text, i+1, nm)
		if j < nm && mayJoin(text[j]) && !endsAtJoiner(text, j, nm) {
			j = wordEnd(text, j, nm, end)
		}
		return j, lx.classAt(text, i, j)
	}
	if i+16 > len(text) {
		j := asciiWordEnd(text, i+8, nm)
		if j < nm && mayJoin(text[j]) && !endsAtJoiner(text, j, nm) {
			j = wordEnd(text, j, nm, end)
		}
		return j, lx.classAt(text, i, j)
	}
	second8 := load8(text, i+8)
	var j int
	if m := nonWordBytes(second8); m != 0 {
		j = min(i+8+bits.TrailingZeros64(m)/8, nm)
	} else {
		j = asciiWordEnd(text, i+16, nm)
	}
	if j < nm && mayJoin(text[j]) && !endsAtJoiner(text, j, nm) {
		j = wordEnd(text, j, nm, end)
		return j, lx.classAt(text, i, j)
	}
	k := j - i
	if k < 8 || k > packedMax {
		return j, lx.classAt(text, i, j) // cut short by the next mark, or long
	}
	// Letters and digits only: lower-cased by setting 0x20 in each.
	hi := (second8|0x2020202020202020)&(^uint64(0)>>(128-8*k)) | uint64(k)<<56
	return j, lx.table.find(first8|0x2020202020202020, hi)
}

// pushTok appends a zero token to dst and returns the longer slice and
// that token, for the caller to fill in place. A token built whole and
// then appended is put together on the stack by small stores and copied
// by wider loads, which must wait for those stores: a stall on every word.
func pushTok(dst []tok) ([]tok, *tok) {
	dst = append(dst, tok{})
	return dst, &dst[len(dst)-1]
}

// endsAtJoiner reports whether the word before text[j], an ASCII joiner
// (a full stop, hyphen, apostrophe or ampersand), ends there as wordEnd
// would find: no ASCII letter or digit follows the joiner before limit.
// It spares wordEnd's rune decoding at the end of most sentences.
func endsAtJoiner(text string, j, limit int) bool {
	if text[j] >= utf8.RuneSelf {
		return false
	}
	return j+1 >= limit || text[j+1] < utf8.RuneSelf && !asciiWord[text[j+1]]
}

// nextMark moves past the marks that start before i.
func (z *tokenizer) nextMark(i int) {
	for z.mi < len(z.marks) && z.marks[z.mi].start < i {
		z.mi++
	}
	z.nm = z.end
	if z.mi < len(z.marks) {
		z.nm = z.marks[z.mi].start
	}
}

// inQuote reports whether position i (no earlier than any position asked
// before) is inside the content of a top-level quotation.
func (z *tokenizer) inQuote(i int) bool {
	for z.inE <= i && z.si < len(z.inside) {
		z.si++
		z.inS, z.inE = z.end, z.end
		if z.si < len(z.inside) {
			z.inS, z.inE = z.inside[z.si].Start, z.inside[z.si].End
		}
	}
	return z.inS <= i
}

// tokenize appends the tokens of text[start:end] to dst, and to hits the
// index in dst of every word token the lexicon calls a cue, the first
// word of a multi-word cue or a role (the tokens collectCandidates looks
// at). marks (sorted by start) are emitted as mark tokens, and the tok
// field of each one emitted is set to its index among the paragraph's
// tokens; inside are the content spans of top-level quotations in this
// paragraph (sorted), whose tokens get inQuote.
//
// ASCII bytes take a fast path sorted by byteKinds: a quotation mark
// starts with a straight mark, a backtick or a multi-byte lead, so only
// punctuation and non-ASCII bytes are compared with the next mark's
// position, and ASCII words are read eight bytes at a time.
func tokenize(dst []tok, hits []int32, lx *lexicon, text string, start, end int, marks []markTok, inside []insideSpan) ([]tok, []int32) {
	z := tokenizer{text: text, end: end, marks: marks, inside: inside, nm: end, inS: end, inE: end}
	base := len(dst) // tokens before this paragraph's
	if len(marks) > 0 {
		z.nm = marks[0].start
	}
	if len(inside) > 0 {
		z.inS, z.inE = inside[0].Start, inside[0].End
	}
	for i := start; i < end; {
		c := text[i]
		switch byteKinds[c] {
		case 'S':
			i++
			continue
		case 'W':
			i, dst, hits = z.words(dst, hits, lx, i)
			continue
		}
		// Punctuation or a non-ASCII rune: a mark may start here.
		if i >= z.nm {
			if i == z.nm {
				m := marks[z.mi]
				marks[z.mi].tok = len(dst) - base
				var t *tok
				dst, t = pushTok(dst)
				t.start, t.end, t.kind = m.start, m.end, m.kind
				z.mi++
				z.nm = end
				if z.mi < len(marks) {
					z.nm = marks[z.mi].start
				}
				i = m.end
				continue
			}
			z.nextMark(i)
		}
		if c < utf8.RuneSelf { // 'P'
			var t *tok
			dst, t = pushTok(dst)
			t.start, t.end, t.kind, t.b, t.inQuote = i, i+1, tkPunct, c, z.inQuote(i)
			i++
			continue
		}
		var r rune
		var n int
		if c == 0xE2 && i+2 < end && text[i+1] == 0x80 && text[i+2]&0xC0 == 0x80 {
			// U+2000 to U+203F, general punctuation (dashes, ’, …): no
			// letter or digit, and a space only where isGeneralSpace says.
			r, n = 0x2000+rune(text[i+2]-0x80), 3
			if isGeneralSpace(r) {
				i += n
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) || r == utf8.RuneError {
				i += n
				continue
			}
		}
		in := z.inQuote(i)
		if !isWordRune(r) {
			var t *tok
			dst, t = pushTok(dst)
			t.start, t.end, t.kind, t.b, t.inQuote = i, i+n, tkPunct, c, in
			i += n
			continue
		}
		j := wordEnd(text, i+n, z.nm, end)
		if in && !(j < end && text[j] == '.') {
			// Words inside quotations are never cues or speakers: only
			// their punctuation (where sentences end) and an abbreviation
			// before a full stop are kept.
			i = j
			continue
		}
		cls := lx.classAt(text, i, j)
		if cls&(wCue|wCueFirst|wRole) != 0 {
			hits = append(hits, int32(len(dst)))
		}
		var t *tok
		dst, t = pushTok(dst)
		t.start, t.end, t.kind, t.upper, t.cls, t.inQuote = i, j, tkWord, unicode.IsUpper(r), cls, in
		i = j
	}
	return dst, hits
}

// isGeneralSpace reports whether r, in U+2000 to U+203F, is a space as
// unicode.IsSpace says (the typographic spaces, the line and paragraph
// separators, the narrow no-break space).
func isGeneralSpace(r rune) bool {
	return r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F
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
		if j+3 < limit && text[j] == 0xE2 && text[j+1] == 0x80 && text[j+2] == 0x99 && asciiWord[text[j+3]] {
			j += 3 // ’ before an ASCII letter or digit (It’s, NHS’s): a joiner, as below, without decoding
			continue
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

// quotedSkip returns where to go on tokenizing quotation content from
// text[i], a letter or digit, no further than limit: the start of the
// last word before the first byte (or limit) that is neither an ASCII
// letter or digit nor an ASCII space or control byte, or that byte when a
// space precedes it. Everything skipped is whole words and spaces, which
// make no tokens inside a quotation.
func quotedSkip(text string, i, limit int) int {
	p, found := i, false
	for p < limit && p+8 <= len(text) {
		x := load8(text, p)
		if m := quotedStops(x); m != 0 {
			o := bits.TrailingZeros64(m) / 8
			if p+o <= limit {
				// The last word before p+o starts after the last byte
				// before it that is no letter or digit: among these
				// eight bytes or the eight read before them.
				if before := nonWordBytes(x) & (1<<(8*o) - 1); before != 0 {
					return p + (64-bits.LeadingZeros64(before))/8
				}
				if p-8 >= i {
					if prev := nonWordBytes(load8(text, p-8)); prev != 0 {
						return p - 8 + (64-bits.LeadingZeros64(prev))/8
					}
				}
			}
			p += o
			found = true
			break
		}
		p += 8
	}
	for !found && p < limit {
		if k := byteKinds[text[p]]; k != 'S' && k != 'W' {
			break
		}
		p++
	}
	p = min(p, limit)
	for p > i && byteKinds[text[p-1]] == 'W' {
		p--
	}
	return p
}

// quotedStops returns x with the high bit of each byte set when that byte
// is neither an ASCII letter or digit nor an ASCII space or control byte
// (nonWordBytes(x) &^ spaceBytes(x) in fewer steps), and every other bit
// clear: where quotedSkip stops.
func quotedStops(x uint64) uint64 {
	low7 := x &^ highs
	space := ^(low7 + (0x80-' '-1)*ones) // high bit set where the byte's low seven bits are at most ' '
	return (^(alnumBytes(low7) | space) | x) & highs
}

// spaceBytes returns x with the high bit of each byte set when that byte
// is an ASCII space or control byte (at most ' '), and every other bit
// clear.
func spaceBytes(x uint64) uint64 {
	low7 := x &^ highs
	above := low7 + (0x80-' '-1)*ones // high bit set where the byte's low seven bits exceed ' '
	return ^above &^ x & highs
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
	return (alnumBytes(x&^highs) &^ x & highs) ^ highs
}

// alnumBytes returns, for low7 with every byte below 0x80, the high bit of
// each byte set when that byte is an ASCII letter or digit. Other bits are
// not cleared: callers mask with highs.
func alnumBytes(low7 uint64) uint64 {
	digit := (low7 + (0x80-'0')*ones) &^ (low7 + (0x80-'9'-1)*ones)
	folded := low7 | 0x20*ones // a capital to its small letter
	letter := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones)
	return digit | letter
}

// Masks for the eight-byte tests: one copy of a byte value in each byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// mayEndSentence reports whether t is a full stop, question or
// exclamation mark: a cheap test, inlined, that spares the call to
// isSentenceEnd for the other tokens in a scan for a sentence's edge.
func mayEndSentence(t *tok) bool {
	return t.kind == tkPunct && (t.b == '.' || t.b == '?' || t.b == '!')
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
