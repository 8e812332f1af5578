//go:build go1.24

package corpus

import "bytes"

// lazyLine fills the features of a lazy line and reports true when s, the
// text of l, is a long line of prose whose stop words need not be counted
// when it is read: at least longLen bytes, ending like a sentence, with
// more than sampleWords words (each starting with a letter after a space,
// as spacedWordsAtLeast counts them). Such a line is long, so that no
// furniture rule and no bound on a word count reads its counts (its word
// count is only known to be above sampleWords), and its content class is
// good or near-good whatever its share of stop words (see initialClass).
// The share is counted when a rule reads it (see state.share), and
// classifyBody needs it only when the class of some line rests on it.
func lazyLine(l *line, s []byte) bool {
	if len(s) < longLen {
		return false
	}
	// Each word counted needs a space before it: a line with too few is
	// told by one fast count.
	term := finalPunct(s)
	if !sentenceEnd(term) || bytes.Count(s, []byte(" ")) <= sampleWords || !spacedWordsAtLeast(s, sampleWords+1) {
		return false
	}
	l.words, l.long, l.lazy = sampleWords+1, true, true
	l.term, l.openQuote = term, startsWithQuote(s)
	return true
}

// share returns the share of stop words of l, a line of text, counting
// its words first when l is lazy (see lazyLine): l then has the features
// analyzeLine would have given it.
func (st *state) share(text []byte, l *line) float64 {
	if l.lazy {
		scanLine(l, text[l.start:l.end], lexicon(), nil)
		l.lazy = false
	}
	return stopShare(l)
}

// goodishAfter reports whether a line after line i is goodish or
// sentenceish: an article has a body after its title.
func (st *state) goodishAfter(text []byte, i int) bool {
	for j := i + 1; j < len(st.lines); j++ {
		if l := &st.lines[j]; st.goodish(text, l) || st.sentenceish(text, l) {
			return true
		}
	}
	return false
}
