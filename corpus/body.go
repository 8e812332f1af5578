//go:build go1.24

package corpus

import (
	"bytes"
)

// class is the content class of a line, as in jusText-style boilerplate
// removal: good lines are sentences of a reasonable length with a normal
// share of function words, bad lines are furniture, short and near-good lines
// are decided by their neighbours.
type class uint8

const (
	clsNone class = iota
	clsBad
	clsShort
	clsNearGood
	clsGood
)

// Thresholds of the content classifier. Lengths are in bytes of the trimmed
// line.
const (
	shortLen    = 70   // below: short, decided by neighbours
	longLen     = 200  // at or above: good even without final punctuation
	goodStops   = 0.25 // share of stop words for a good line
	nearStops   = 0.12 // share of stop words below which a line is bad
	pullWindow  = 10   // lines either side searched for the source of a pull quote
	maxTitleLen = 250
)

func stopShare(l *line) float64 {
	if l.words == 0 {
		return 0
	}
	return float64(l.stops) / float64(l.words)
}

func sentenceEnd(t byte) bool { return t == '.' || t == '!' || t == '?' || t == '~' || t == ':' }

// goodish is a cheap test for a sentence-like content line, used before the
// full classification to tell whether an article has a body at all.
func (st *state) goodish(text []byte, l *line) bool {
	n := l.end - l.start
	return l.reason == ReasonNone && l.dateKind == 0 && n >= shortLen && l.words >= 8 &&
		(sentenceEnd(l.term) || n >= longLen) && st.share(text, l) >= 0.2
}

// sentenceish is a weaker test than goodish: a line of at least six words
// ending like a sentence. A title needs one after it.
func (st *state) sentenceish(text []byte, l *line) bool {
	return l.reason == ReasonNone && l.dateKind == 0 && l.words >= 6 && sentenceEnd(l.term) && st.share(text, l) >= 0.15
}

// initialClass gives the context-free class of a line; a lazy line (see
// lazyLine), whose class is good or near-good, is taken as good.
func initialClass(l *line) class {
	if l.lazy && l.reason == ReasonNone {
		return clsGood
	}
	n := l.end - l.start
	sw := stopShare(l)
	switch {
	case l.reason != ReasonNone:
		return clsBad
	case n < shortLen:
		if l.alpha == 0 {
			return clsBad
		}
		return clsShort
	case sw >= goodStops && (sentenceEnd(l.term) || n >= longLen):
		return clsGood
	case sw >= nearStops || n >= longLen && sentenceEnd(l.term):
		// A long sentence full of names ("MEXICO CITY, Feb. 8 (UPI) —
		// ...") is near-good: its neighbours decide.
		return clsNearGood
	}
	return clsBad
}

// classifyBody gives every unassigned line in [from, to) its content class:
// context-free first, then near-good and short lines from their neighbours.
// prevGood says whether the block before from counts as good context. A
// lazy line (see lazyLine) is taken as good, and its stop words are counted
// only when its class could change the result (see countLazyRuns).
func (st *state) classifyBody(text []byte, from, to int, prevGood bool) {
	L := st.lines
	for j := from; j < to; j++ {
		l := &L[j]
		if l.kind != KindUnknown {
			l.class = clsBad
			continue
		}
		l.class = initialClass(l)
		if l.class != clsBad && l.term == 0 && l.words >= 6 && l.end-l.start <= 400 && st.pullQuote(text, j, from, to) {
			l.class = clsBad
			l.finalReason = ReasonPullQuote
		}
	}
	st.countLazyRuns(text, from, to, prevGood)
	edge := func(good bool) class {
		if good {
			return clsGood
		}
		return clsBad
	}
	notFinal := func(c class) bool { return c == clsShort || c == clsNearGood }
	// Resolve near-good lines against the nearest good/bad lines.
	// To stay linear, the nearest decided neighbours are tracked in two
	// sweeps.
	prev := append(st.prev[:0], make([]class, to-from)...)
	st.prev = prev
	cur := edge(prevGood)
	for j := from; j < to; j++ {
		prev[j-from] = cur
		if c := L[j].class; !notFinal(c) && !transparent(&L[j]) {
			cur = c
		}
	}
	next := clsBad
	for j := to - 1; j >= from; j-- {
		l := &L[j]
		if l.class == clsNearGood {
			if prev[j-from] == clsGood || next == clsGood {
				l.class = clsGood
			} else {
				l.class = clsBad
			}
		} else if !notFinal(l.class) && !transparent(l) {
			next = l.class
		}
	}
	// Short lines: both sides good -> good, both bad -> bad; between good
	// and bad, a line ending like a sentence or an introduction stays.
	cur = edge(prevGood)
	for j := from; j < to; j++ {
		prev[j-from] = cur
		if c := L[j].class; c != clsShort && !transparent(&L[j]) {
			cur = c
		}
	}
	next = clsBad
	for j := to - 1; j >= from; j-- {
		l := &L[j]
		if l.class != clsShort {
			if !transparent(l) {
				next = l.class
			}
			continue
		}
		p := prev[j-from]
		switch {
		case p == clsGood && next == clsGood:
			l.class = clsGood
		case p == clsGood || next == clsGood:
			if l.term == ':' || (sentenceEnd(l.term) && l.words >= 4 && st.share(text, l) >= 0.2) {
				l.class = clsGood
			} else {
				l.class = clsBad
			}
		default:
			l.class = clsBad
		}
	}
}

// transparent reports whether l is inline furniture (an advert, a caption,
// a "Read more" link, a pull quote), which does not break the body around
// it: its neighbours look past it.
func transparent(l *line) bool {
	switch max(l.reason, l.finalReason) {
	case ReasonAdvertising, ReasonCaption, ReasonShareWidget, ReasonPullQuote, ReasonRelatedLinks:
		return l.kind == KindUnknown
	}
	return false
}

// countLazyRuns counts the stop words of the lazy lines in [from, to)
// whose true class could change the classes classifyBody gives, and gives
// them that class. A lazy line is good or near-good (see lazyLine), taken
// as good. Take the runs of lazy lines with no other decided line between
// them (short, near-good and transparent lines are passed over, as the
// sweeps of classifyBody do): when the nearest decided line on one side of
// a run is good (or the edge there counts as good), then under any mix of
// good and near-good lines in the run, every near-good one of them, and
// every near-good line in the gaps between and around them, has a good
// line for nearest decided neighbour on one side and resolves good as
// under all good; so the classes the short lines are then resolved from
// are the same too. Only the lazy lines of a run between two bad lines (or
// a bad edge) are counted.
func (st *state) countLazyRuns(text []byte, from, to int, prevGood bool) {
	L := st.lines
	last := clsBad // the class of the last decided line that is not lazy
	if prevGood {
		last = clsGood
	}
	run, before := -1, clsBad // the first line of the open run, and last before it
	for j := from; j <= to; j++ {
		c := clsBad // past the end
		if j < to {
			l := &L[j]
			if l.class == clsShort || l.class == clsNearGood || transparent(l) {
				continue
			}
			if l.lazy && l.kind == KindUnknown {
				if run < 0 {
					run, before = j, last
				}
				continue
			}
			c = l.class
		}
		if run >= 0 && before == clsBad && c == clsBad {
			for k := run; k < j; k++ {
				if lk := &L[k]; lk.lazy && lk.kind == KindUnknown {
					st.share(text, lk)
					lk.class = initialClass(lk)
				}
			}
		}
		run, last = -1, c
	}
}

// pullQuote reports whether line j has no final punctuation and repeats,
// byte for byte from its second word on, part of a longer line nearby: a
// pull quote. (Its first word may differ in case or follow a quotation mark
// in the source.)
func (st *state) pullQuote(text []byte, j, from, to int) bool {
	L := st.lines
	s := text[L[j].start:L[j].end]
	tail := s[skipNonWord(s, wordAt(s, 0)):]
	if len(tail) < 24 {
		return false
	}
	for k := max(from, j-pullWindow); k < min(to, j+pullWindow+1); k++ {
		if k != j && L[k].end-L[k].start > len(s) && L[k].kind == KindUnknown &&
			bytes.Contains(text[L[k].start:L[k].end], tail) {
			return true
		}
	}
	return false
}
