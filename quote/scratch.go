//go:build go1.24

package quote

import (
	"strings"
	"sync"
)

// extraction is the state of one call. It is never shared while in use;
// between calls it waits in extractionPool with its buffers, so that a
// call allocates little beyond the Quotes it returns.
type extraction struct {
	e     *Extractor
	lx    *lexicon
	text  string
	paras []Paragraph
	ps    []para
	ms    markScanner
	items []item
	cands []candidate
	// indirect holds reported speech without marks, in text order, and
	// indirectAt the content span of each: output gives them their Spans
	// from the call's one allocation of Spans.
	indirect   []Quote
	indirectAt []Span
	// extraCues is set when e.ExtraCues is not empty.
	extraCues bool

	// Scratch buffers, reset by each use.
	parts      []part    // backing store of the items' first parts
	partArena  []part    // backing store of the parts of items in several parts
	order      []int     // findQuotations: a paragraph's pairs by position
	itemOfPair []int     // findQuotations: pair index -> item index
	paraMarks  []markTok // tokenizeAll: mark tokens of every paragraph
	paraInside []insideSpan
	paraItems  []int   // backing store of every para's items
	keep       []tok   // tokens of the paragraphs attribution reads again
	scratch    []tok   // tokens of one paragraph read only for speakers
	hits       []int32 // a paragraph's tokens collectCandidates looks at
	roles      []int   // preScan: where the plural role nouns of a paragraph may start
	st         []qstate
	perPara    []int  // attributeAll: an int per paragraph
	outIdx     []int  // output: items in output order
	outPos     []int  // output: item index -> output index
	newIdx     []int  // output: output index -> index after the merge
	indOrder   []int  // output: indirect in order of their start
	joins      []join // output: the quotations whose Text is joined
	// lowered holds lower-cased words for lower and speaker names built
	// by concat; see there.
	lowered strings.Builder
}

// insideSpan is the content span of a top-level quotation part, with its
// paragraph.
type insideSpan struct {
	para int
	Span
}

// extractionPool holds idle extractions; it is internal and safe for
// concurrent use.
var extractionPool = sync.Pool{New: func() any { return new(extraction) }}

// maxPooled is the capacity above which a buffer is left to the garbage
// collector rather than kept for the next call: one huge text must not pin
// its buffers for ever.
const maxPooled = 1 << 18

// newExtraction returns a reset extraction for text from the pool.
func newExtraction(e *Extractor, text string) *extraction {
	x := extractionPool.Get().(*extraction)
	x.e, x.lx, x.text = e, defaultLexicon(), text
	x.extraCues = len(e.ExtraCues) > 0
	x.ms.lx = x.lx
	return x
}

// release clears everything that refers to the caller's text or results
// and puts x back in the pool.
func (x *extraction) release() {
	x.e, x.text = nil, ""
	x.paras = reuse(x.paras)
	clear(x.ps) // toks and items point into buffers below; nothing to keep
	x.ps = reuse(x.ps)
	x.ms.marks = reuse(x.ms.marks)
	x.ms.pairs = reuse(x.ms.pairs)
	x.ms.stack = reuse(x.ms.stack)
	x.ms.pairOfOpen = reuse(x.ms.pairOfOpen)
	// The lead finder holds the text.
	x.ms.lead, x.ms.leadSet = leadFinder{}, false
	clear(x.items) // Quotes hold strings of the text
	x.items = reuse(x.items)
	clear(x.cands)
	x.cands = reuse(x.cands)
	clear(x.indirect)
	x.indirect = reuse(x.indirect)
	x.indirectAt = reuse(x.indirectAt)
	x.indOrder = reuse(x.indOrder)
	x.joins = reuse(x.joins)
	x.parts = reuse(x.parts)
	x.partArena = reuse(x.partArena)
	x.order = reuse(x.order)
	x.itemOfPair = reuse(x.itemOfPair)
	x.paraMarks = reuse(x.paraMarks)
	x.paraInside = reuse(x.paraInside)
	x.paraItems = reuse(x.paraItems)
	x.keep = reuse(x.keep)
	x.scratch = reuse(x.scratch)
	x.hits = reuse(x.hits)
	x.roles = reuse(x.roles)
	x.st = reuse(x.st)
	x.perPara = reuse(x.perPara)
	x.outIdx = reuse(x.outIdx)
	x.outPos = reuse(x.outPos)
	x.newIdx = reuse(x.newIdx)
	extractionPool.Put(x)
}

// reuse empties s for the next call, or drops it when it is too big to keep.
func reuse[T any](s []T) []T {
	if cap(s) > maxPooled {
		return nil
	}
	return s[:0]
}

// resized returns s with length n and every element zero, reusing its
// storage when it is large enough.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
