package quote

import (
	"slices"
	"strings"
	"sync"
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
	return e.ExtractParagraphs(text, Paragraphs(text))
}

// ExtractParagraphs finds the quotations of text whose paragraphs and their
// zones are paras (in order, each a line without its terminator; a
// paragraph outside text, empty, or overlapping the one before is
// ignored). Every offset in the result is a byte offset into text, and for
// every Span s of a Quote q, text[s.Start:s.End] is the part of q.Text it
// covers. The result is sorted by the start of each quotation's first span
// and is freshly allocated.
func (e *Extractor) ExtractParagraphs(text string, paras []Paragraph) []Quote {
	x := &extraction{e: e, lx: defaultLexicon(), text: text, paras: cleanParagraphs(text, paras)}
	x.ms.lx = x.lx
	x.findQuotations()
	x.tokenizeAll()
	x.attributeAll()
	out := x.output()
	x.release()
	return out
}

// tokBuffers are token buffers reused from call to call: tokens never
// outlive the call that makes them.
type tokBuffers struct {
	keep, scratch []tok
}

// tokPool holds tokBuffers; it is internal and safe for concurrent use.
var tokPool = sync.Pool{New: func() any { return new(tokBuffers) }}

// maxPooled is the capacity above which buffers are left to the garbage
// collector rather than kept for the next call.
const maxPooled = 1 << 18

// release returns the token buffers to the pool.
func (x *extraction) release() {
	tb := x.tb
	if tb == nil {
		return
	}
	x.tb = nil
	for i := range x.ps {
		x.ps[i].toks = nil
	}
	if cap(tb.keep) > maxPooled {
		tb.keep = nil
	}
	if cap(tb.scratch) > maxPooled {
		tb.scratch = nil
	}
	tb.keep, tb.scratch = tb.keep[:0], tb.scratch[:0]
	tokPool.Put(tb)
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
}

// extraction is the state of one call; it is never shared.
type extraction struct {
	e     *Extractor
	lx    *lexicon
	text  string
	paras []Paragraph
	ps    []para
	ms    markScanner
	items []item
	cands []candidate
	// indirect holds reported speech without marks, in text order.
	indirect []Quote
	tb       *tokBuffers
}

// findQuotations pairs the marks of every searched paragraph and links
// open-ended quotations across paragraphs into items.
func (x *extraction) findQuotations() {
	x.ps = make([]para, len(x.paras))
	// Size the items once: about one per opening mark.
	est := strings.Count(x.text, "“") + strings.Count(x.text, "\"")/2 + strings.Count(x.text, "‘") + strings.Count(x.text, "''")/2
	x.items = make([]item, 0, min(est, len(x.text)/2)+1)
	pending := -1        // item left open at the end of the previous searched paragraph
	var itemOfPair []int // pair index -> item index
	for pi, p := range x.paras {
		x.ps[pi].Paragraph = p
		if p.Zone == ZoneSkip {
			continue
		}
		first := len(x.ms.pairs)
		openEnded := x.ms.scan(x.text, p.Start, p.End, pi)
		pairs := x.ms.pairs[first:]
		order := make([]int, len(pairs))
		for i := range order {
			order[i] = first + i
		}
		slices.SortFunc(order, func(a, b int) int {
			return x.ms.marks[x.ms.pairs[a].open].start - x.ms.marks[x.ms.pairs[b].open].start
		})
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
				x.items[pending].parts = append(x.items[pending].parts, pt)
				itemOfPair = setAt(itemOfPair, pidx, pending)
				continue
			}
			parent := -1
			if pr.parent >= 0 {
				if pr.parent < len(itemOfPair) {
					parent = itemOfPair[pr.parent]
				}
			}
			x.items = append(x.items, item{parts: []part{pt}, parent: parent, fam: om.fam})
			itemOfPair = setAt(itemOfPair, pidx, len(x.items)-1)
		}
		pending = -1
		if openEnded >= 0 {
			pending = itemOfPair[openEnded]
		}
	}
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
	for _, it := range x.items {
		if !it.drop {
			n++
		}
	}
	if n == 0 {
		x.items = nil
	}
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
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
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
	return n
}

// tokenizeAll tokenizes every searched paragraph, turning the marks of
// top-level quotations into mark tokens.
func (x *extraction) tokenizeAll() {
	marks := make([][]markTok, len(x.ps))
	inside := make([][]Span, len(x.ps))
	for i := range x.items {
		it := &x.items[i]
		if it.drop || it.parent >= 0 {
			continue
		}
		x.ps[it.parts[0].para].items = append(x.ps[it.parts[0].para].items, i)
		for j, pt := range it.parts {
			om := x.ms.marks[pt.open]
			marks[pt.para] = append(marks[pt.para], markTok{om.start, om.end, tkOpen, int32(i), int32(j)})
			if pt.close >= 0 {
				cm := x.ms.marks[pt.close]
				marks[pt.para] = append(marks[pt.para], markTok{cm.start, cm.end, tkClose, int32(i), int32(j)})
			}
			inside[pt.para] = append(inside[pt.para], pt.content)
		}
	}
	// Paragraphs holding quotations, and the searched paragraph before
	// each (an attribution ending in a colon), keep their tokens; the
	// others are tokenized into a scratch buffer only to collect speakers.
	needed := make([]bool, len(x.ps))
	nextHas := false
	for pi := len(x.ps) - 1; pi >= 0; pi-- {
		if x.ps[pi].Zone == ZoneSkip {
			continue
		}
		has := len(marks[pi]) > 0
		needed[pi] = has || nextHas
		nextHas = has
	}
	keep := 0
	for pi, n := range needed {
		if n {
			keep += x.ps[pi].End - x.ps[pi].Start
		}
	}
	tb := tokPool.Get().(*tokBuffers)
	x.tb = tb
	buf := tb.keep[:0]
	if cap(buf) < keep/5+16 {
		buf = make([]tok, 0, keep/5+16)
	}
	scratch := tb.scratch[:0]
	for pi := range x.ps {
		p := &x.ps[pi]
		if p.Zone == ZoneSkip {
			continue
		}
		slices.SortFunc(marks[pi], func(a, b markTok) int { return a.start - b.start })
		slices.SortFunc(inside[pi], func(a, b Span) int { return a.Start - b.Start })
		slices.SortFunc(p.items, func(a, b int) int {
			return x.items[a].parts[0].content.Start - x.items[b].parts[0].content.Start
		})
		if needed[pi] {
			start := len(buf)
			buf = tokenize(buf, x.lx, x.text, p.Start, p.End, marks[pi], inside[pi])
			p.toks = buf[start:len(buf):len(buf)]
			x.collectCandidates(p, p.toks)
			continue
		}
		scratch = tokenize(scratch[:0], x.lx, x.text, p.Start, p.End, nil, nil)
		x.collectCandidates(p, scratch)
	}
	tb.keep, tb.scratch = buf, scratch
	// Record where each part's marks are among the tokens.
	for pi := range x.ps {
		for k, t := range x.ps[pi].toks {
			if t.kind != tkOpen && t.kind != tkClose {
				continue
			}
			pt := &x.items[t.item].parts[t.part]
			if t.kind == tkOpen {
				pt.openTok = k
			} else {
				pt.closeTok = k
			}
		}
	}
}

// output turns the items into Quotes sorted by their first span.
func (x *extraction) output() []Quote {
	idx := make([]int, 0, len(x.items))
	for i := range x.items {
		if !x.items[i].drop {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return x.items[a].parts[0].content.Start - x.items[b].parts[0].content.Start
	})
	pos := make(map[int]int, len(idx))
	for n, i := range idx {
		pos[i] = n
	}
	out := make([]Quote, len(idx), len(idx)+len(x.indirect))
	for n, i := range idx {
		it := &x.items[i]
		q := it.q
		q.Spans = make([]Span, len(it.parts))
		q.Marks = make([]Span, 0, 2*len(it.parts))
		var sb strings.Builder
		for j, pt := range it.parts {
			q.Spans[j] = pt.content
			if len(it.parts) == 1 {
				q.Text = x.text[pt.content.Start:pt.content.End] // shares the input's memory
			} else {
				if j > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(x.text[pt.content.Start:pt.content.End])
			}
			om := x.ms.marks[pt.open]
			q.Marks = append(q.Marks, Span{om.start, om.end})
			if pt.close >= 0 {
				cm := x.ms.marks[pt.close]
				q.Marks = append(q.Marks, Span{cm.start, cm.end})
			}
		}
		if len(it.parts) > 1 {
			q.Text = sb.String()
		}
		q.Nested = -1
		if it.parent >= 0 {
			if p, ok := pos[it.parent]; ok {
				q.Nested = p
			}
		}
		out[n] = q
	}
	if len(x.indirect) == 0 || x.e.SkipIndirect {
		if len(out) == 0 {
			return nil
		}
		return out
	}
	// Merge in the indirect speech, renumbering the Nested indexes.
	slices.SortStableFunc(x.indirect, func(a, b Quote) int { return a.Spans[0].Start - b.Spans[0].Start })
	all := make([]Quote, 0, len(out)+len(x.indirect))
	newIdx := make([]int, len(out))
	i, j := 0, 0
	for i < len(out) || j < len(x.indirect) {
		if j >= len(x.indirect) || i < len(out) && out[i].Spans[0].Start <= x.indirect[j].Spans[0].Start {
			newIdx[i] = len(all)
			all = append(all, out[i])
			i++
			continue
		}
		all = append(all, x.indirect[j])
		j++
	}
	for k := range all {
		if all[k].Nested >= 0 {
			all[k].Nested = newIdx[all[k].Nested]
		}
	}
	return all
}
