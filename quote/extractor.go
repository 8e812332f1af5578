//go:build go1.24

package quote

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// Extractor finds quotations and their speakers. The zero value uses the
// built-in lexicons (embedded word lists, parsed once on first use) and is
// ready to use. An Extractor is safe for concurrent use by several
// goroutines as long as its fields are not changed meanwhile.
type Extractor struct {
	// ExtraCues are reporting verbs (one form each, such as "grumbled")
	// accepted as cues besides the built-in list; case is ignored.
	ExtraCues []string
	// SkipIndirect leaves reported speech without quotation marks (Kind
	// Indirect) out of the results; the zero value reports it.
	SkipIndirect bool
}

// Extract finds the quotations of text, whose paragraphs are its non-blank
// lines (ended by "\n", "\r\n" or "\r"), all read as ZoneBody. It is
// ExtractParagraphs(text, Paragraphs(text)).
func (e *Extractor) Extract(text string) []Quote {
	x := newExtraction(e, text)
	x.paras = appendParagraphs(x.paras, text) // clean already: no copy needed
	return x.run()
}

// ExtractParagraphs finds the quotations of text whose paragraphs and their
// zones are paras (in order, each a line without its terminator; a
// paragraph outside text, empty, or overlapping the one before is
// ignored). Every offset in the result is a byte offset into text, and for
// every Span s of a Quote q, text[s.Start:s.End] is the part of q.Text it
// covers. The result is sorted by the start of each quotation's first span
// and is freshly allocated.
func (e *Extractor) ExtractParagraphs(text string, paras []Paragraph) []Quote {
	x := newExtraction(e, text)
	x.paras = appendClean(x.paras, text, paras)
	return x.run()
}

// run extracts the quotations of x.text from x.paras and releases x.
func (x *extraction) run() []Quote {
	x.findQuotations()
	x.tokenizeAll()
	x.attributeAll()
	out := x.output()
	x.release()
	return out
}

// part is one paragraph's share of a quotation: its marks (indexes into
// the mark scanner's marks; close is -1 when the paragraph ends first),
// content span, and the mark tokens' indexes in the paragraph's tokens.
type part struct {
	para, open, close int
	content           Span
	openTok, closeTok int
}

// item is a quotation under construction.
type item struct {
	parts  []part
	parent int // enclosing item or -1
	fam    family
	drop   bool
	q      Quote
	words  int // words in its content, counted up to maxCounted
}

type para struct {
	Paragraph
	toks  []tok
	items []int // top-level items whose first part is in this paragraph, in order
	cue   int8  // 0 unknown, 1 no cue outside quotations, 2 a cue
	// needed: the paragraph's tokens are kept for attribution.
	needed bool
}

// findQuotations pairs the marks of every searched paragraph and links
// open-ended quotations across paragraphs into items.
func (x *extraction) findQuotations() {
	x.ps = resized(x.ps, len(x.paras))
	// A new text: its lead bytes are searched for afresh.
	x.ms.leadSet = false
	pending := -1 // item left open at the end of the previous searched paragraph
	itemOfPair := x.itemOfPair[:0]
	for pi, p := range x.paras {
		x.ps[pi].Paragraph = p
		if p.Zone == ZoneSkip {
			continue
		}
		first := len(x.ms.pairs)
		openEnded := x.ms.scan(x.text, p.Start, p.End, pi)
		pairs := x.ms.pairs[first:]
		order := x.order[:0]
		for i := range pairs {
			order = append(order, first+i)
		}
		x.order = order
		if len(order) > 1 { // most paragraphs hold one quotation or none
			slices.SortFunc(order, func(a, b int) int {
				return x.ms.marks[x.ms.pairs[a].open].start - x.ms.marks[x.ms.pairs[b].open].start
			})
		}
		cont := -1
		if pending >= 0 && len(order) > 0 {
			fp := x.ms.pairs[order[0]]
			om := x.ms.marks[fp.open]
			if om.start == firstNonSpace(x.text, p.Start, p.End) && om.fam == x.items[pending].fam && fp.parent < 0 {
				cont = order[0]
			}
		}
		if pending >= 0 && cont < 0 && x.items[pending].fam == famSingle {
			x.items[pending].drop = true // an unclosed single mark is most likely an apostrophe
		}
		for _, pidx := range order {
			pr := x.ms.pairs[pidx]
			pt := part{para: pi, open: pr.open, close: pr.close, openTok: -1, closeTok: -1}
			om := x.ms.marks[pr.open]
			pt.content.Start = om.end
			if pr.close >= 0 {
				pt.content.End = x.ms.marks[pr.close].start
			} else {
				pt.content.End = trimRightSpace(x.text, om.end, p.End)
			}
			if pidx == cont {
				x.items[pending].parts = x.appendParts(x.items[pending].parts, pt)
				itemOfPair = setAt(itemOfPair, pidx, pending)
				continue
			}
			parent := -1
			if pr.parent >= 0 {
				if pr.parent < len(itemOfPair) {
					parent = itemOfPair[pr.parent]
				}
			}
			x.parts = append(x.parts, pt)
			np := len(x.parts)
			x.items = append(x.items, item{parts: x.parts[np-1 : np : np], parent: parent, fam: om.fam})
			itemOfPair = setAt(itemOfPair, pidx, len(x.items)-1)
		}
		pending = -1
		if openEnded >= 0 {
			pending = itemOfPair[openEnded]
		}
	}
	x.itemOfPair = itemOfPair
	if pending >= 0 && x.items[pending].fam == famSingle {
		x.items[pending].drop = true
	}
	// Drop quotations without a letter or digit, and children of dropped ones.
	for i := range x.items {
		it := &x.items[i]
		if it.parent >= 0 && x.items[it.parent].drop {
			it.drop = true
		}
		if it.drop {
			continue
		}
		words := 0
		for _, pt := range it.parts {
			if words < maxCounted {
				words += countWords(x.text[pt.content.Start:pt.content.End], maxCounted-words)
			}
		}
		it.words = words
		if words == 0 {
			it.drop = true
		}
	}
	n := 0
	for i := range x.items {
		if !x.items[i].drop {
			n++
		}
	}
	if n == 0 {
		clear(x.items)
		x.items = x.items[:0]
	}
}

// appendParts appends more to the parts of an item, moving them to
// x.partArena, where each item that grows gets room for twice its parts,
// rather than to an allocation of their own. A full arena is left to the
// items that point into it and a new one is started.
func (x *extraction) appendParts(ps []part, more ...part) []part {
	n := len(ps) + len(more)
	if n <= cap(ps) {
		return append(ps, more...)
	}
	room := 2 * n
	if cap(x.partArena)-len(x.partArena) < room {
		x.partArena = make([]part, 0, max(64, room))
	}
	start := len(x.partArena)
	x.partArena = append(x.partArena, ps...)
	x.partArena = append(x.partArena, more...)
	x.partArena = x.partArena[:start+room]
	return x.partArena[start : start+n : start+room]
}

// setAt sets s[i] = v, growing s (with -1 fillers) as needed.
func setAt(s []int, i, v int) []int {
	for len(s) <= i {
		s = append(s, -1)
	}
	s[i] = v
	return s
}

func firstNonSpace(text string, start, end int) int {
	for i := start; i < end; i++ {
		if text[i] != ' ' && text[i] != '\t' {
			if text[i] == 0xC2 && i+1 < end && text[i+1] == 0xA0 {
				i++
				continue
			}
			return i
		}
	}
	return end
}

func trimRightSpace(text string, start, end int) int {
	for end > start && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	return end
}

// maxCounted is where word counts stop: the rules only ask whether a
// quotation has more than a few words.
const maxCounted = 8

// countWords counts the runs of letters and digits in s, stopping at limit.
// Eight ASCII bytes at a time are counted at once: the word bytes that
// follow no word byte.
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		if i+8 <= len(s) {
			if x := load8(s, i); x&0x8080808080808080 == 0 {
				w := nonWordBytes(x) ^ 0x8080808080808080 // the high bit of each word byte
				prev := w << 8                            // ... moved to the byte after it
				if in {
					prev |= 0x80
				}
				n += bits.OnesCount64(w &^ prev)
				in = w>>63 != 0
				i += 7
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			w := asciiWord[c]
			if w && !in {
				n++
			}
			in = w
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return min(n, limit)
}

// tokenizeAll tokenizes every searched paragraph, turning the marks of
// top-level quotations into mark tokens.
func (x *extraction) tokenizeAll() {
	// The mark tokens and content spans of all paragraphs, sorted by
	// paragraph then position; items are in paragraph order already.
	marks, inside, items := x.paraMarks[:0], x.paraInside[:0], x.paraItems[:0]
	for i := range x.items {
		it := &x.items[i]
		if it.drop || it.parent >= 0 {
			continue
		}
		items = append(items, i)
		for j, pt := range it.parts {
			om := x.ms.marks[pt.open]
			marks = append(marks, markTok{om.start, om.end, tkOpen, int32(i), int32(j), -1, pt.para})
			if pt.close >= 0 {
				cm := x.ms.marks[pt.close]
				marks = append(marks, markTok{cm.start, cm.end, tkClose, int32(i), int32(j), -1, pt.para})
			}
			inside = append(inside, insideSpan{pt.para, pt.content})
		}
	}
	slices.SortFunc(marks, func(a, b markTok) int {
		if a.para != b.para {
			return a.para - b.para
		}
		return a.start - b.start
	})
	slices.SortFunc(inside, func(a, b insideSpan) int {
		if a.para != b.para {
			return a.para - b.para
		}
		return a.Start - b.Start
	})
	x.paraMarks, x.paraInside, x.paraItems = marks, inside, items
	for k := 0; k < len(items); {
		pi := x.items[items[k]].parts[0].para
		e := k + 1
		for e < len(items) && x.items[items[e]].parts[0].para == pi {
			e++
		}
		x.ps[pi].items = items[k:e:e]
		k = e
	}
	// Paragraphs holding quotations, and the searched paragraph before
	// each when it may end in a colon (an attribution), keep their tokens;
	// the others are tokenized into a scratch buffer only to collect
	// speakers, and only when the pre-scan finds a word to collect from.
	// hasMarks[pi] is 1 when paragraph pi holds mark tokens.
	hasMarks := resized(x.perPara, len(x.ps))
	for _, m := range marks {
		hasMarks[m.para] = 1
	}
	keep := 0
	nextHas := false
	for pi := len(x.ps) - 1; pi >= 0; pi-- {
		p := &x.ps[pi]
		if p.Zone == ZoneSkip {
			continue
		}
		has := hasMarks[pi] != 0
		p.needed = has || nextHas && mayEndInColon(x.text, p.Start, p.End)
		nextHas = has
		if p.needed {
			keep += p.End - p.Start
		}
	}
	buf := x.keep[:0]
	if cap(buf) < keep/5+16 {
		buf = make([]tok, 0, keep/5+16)
	}
	mi, si := 0, 0
	for pi := range x.ps {
		p := &x.ps[pi]
		m0 := mi
		for mi < len(marks) && marks[mi].para == pi {
			mi++
		}
		s0 := si
		for si < len(inside) && inside[si].para == pi {
			si++
		}
		if p.Zone == ZoneSkip {
			continue
		}
		if len(p.items) > 1 {
			slices.SortFunc(p.items, func(a, b int) int {
				return x.items[a].parts[0].content.Start - x.items[b].parts[0].content.Start
			})
		}
		if p.needed {
			start := len(buf)
			buf, x.hits = tokenize(buf, x.hits[:0], x.lx, x.text, p.Start, p.End, marks[m0:mi], inside[s0:si])
			p.toks = buf[start:len(buf):len(buf)]
			for k := range x.hits {
				x.hits[k] -= int32(start) // indexes into p.toks
			}
			x.collectCandidates(p, p.toks, x.hits)
			continue
		}
		if p.Zone != ZoneBody && p.Zone != ZoneHeadline {
			continue // a comment no quotation needs: no speakers to collect
		}
		if !x.extraCues {
			var whole bool
			if whole, x.roles = x.lx.preScan(x.text, p.Start, p.End, x.roles); !whole {
				x.groupWindows(p, x.roles) // no cue: at most a few groups to collect
				continue
			}
		}
		x.scratch, x.hits = tokenize(x.scratch[:0], x.hits[:0], x.lx, x.text, p.Start, p.End, nil, nil)
		x.collectCandidates(p, x.scratch, x.hits)
	}
	x.keep = buf
	x.perPara = hasMarks
	// Record where each part's marks are among the tokens, as the
	// tokenizer noted them (a mark it passed over has no token).
	for _, m := range marks {
		if m.tok < 0 {
			continue
		}
		pt := &x.items[m.item].parts[m.part]
		if m.kind == tkOpen {
			pt.openTok = m.tok
		} else {
			pt.closeTok = m.tok
		}
	}
}
