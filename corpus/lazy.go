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
// classifyBody seldom needs it. A line of more than maxFurnitureLen bytes
// needs only more than fewWords words: no furniture rule reads it, and no
// rule reads a bound above fewWords on the word count of so long a line.
func lazyLine(l *line, s []byte) bool {
	if len(s) < longLen {
		return false
	}
	need := sampleWords + 1
	if len(s) > maxFurnitureLen {
		need = fewWords + 1
	}
	// Each word counted needs a space before it: a line with too few is
	// told by one fast count.
	term := finalPunct(s)
	if !sentenceEnd(term) || bytes.Count(s, []byte(" ")) < need || !spacedWordsAtLeast(s, need) {
		return false
	}
	l.words, l.long, l.lazy = int32(need), true, true
	l.term, l.openQuote = term, startsWithQuote(s)
	return true
}

// fewWords is the highest bound on the word count of a line of more than
// maxFurnitureLen bytes that any rule reads (a comment's signature line,
// see classifyComments).
const fewWords = 10

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

// Lines whose words keepWords keeps: the first keptLines lines, of at most
// keptWords words and maxRecordLen bytes, as bylineAt and standfirstLike
// read them. Later lines are read again if ever needed, so that the words
// kept stay few whatever the input.
const (
	keptLines = 64
	keptWords = 15
)

// keepWords keeps the words of l, just analysed by analyzeLine (which
// recorded the words of a line of up to maxRecordLen bytes in st.words'
// array), when l may be read as a byline later (see wordsOf).
func (st *state) keepWords(l *line) {
	if len(st.lines) >= keptLines || l.end-l.start > maxRecordLen || l.words > keptWords {
		return
	}
	l.kept = int32(len(st.kept)) + 1
	st.kept = append(st.kept, wordBuf(&st.words)[:l.words]...)
}

// wordsOf returns the words of l, a line of text: those keepWords kept, or
// else found again in st.words.
func (st *state) wordsOf(text []byte, l *line, lex *lexTable) []word {
	if l.kept > 0 {
		return st.kept[l.kept-1 : int(l.kept-1)+int(l.words)]
	}
	analyzeWords(l, text, lex, &st.words)
	return st.words
}
