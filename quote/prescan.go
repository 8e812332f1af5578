//go:build go1.24

package quote

import (
	"math/bits"
	"slices"
	"strings"
)

// The pre-scan. Most paragraphs of running text hold no quotation, and
// such a paragraph matters to the rest of the text only through
// collectCandidates: the speaker of a cue it holds (for a later pronoun or
// short name, and the reported speech around the cue) and the groups its
// plural role nouns name ("senior managers", for a later "they"). A
// paragraph with no word that could be either gives collectCandidates
// nothing to act on, so it is not tokenized at all.
//
// Telling those words apart takes only the words' first runs of ASCII
// letters and digits: every word the tokenizer makes starts where such a
// run starts (a run is never split between words), and a word that equals
// a lexicon entry, ASCII case aside, starts with that entry's first run.
// So a paragraph none of whose runs is the first run of a cue, the first
// word of a multi-word cue or a plural role noun holds none of them.

// buildRuns fills lx.runs with the first runs of the entries that
// collectCandidates acts on in a paragraph without quotations: cues, the
// first words of multi-word cues (wCue, wCueFirst) and role nouns ending
// in "s" (wRole; the only role words it acts on there are plural).
func (lx *lexicon) buildRuns() {
	runs := map[string]wordClass{}
	for w, c := range lx.words {
		c &= wCue | wCueFirst | wRole
		if !strings.HasSuffix(w, "s") {
			c &^= wRole
		}
		if c == 0 {
			continue
		}
		n := 0
		for n < len(w) && asciiWord[w[n]] {
			n++
		}
		if n == 0 {
			lx.runsAll = true // an entry no run starts: the pre-scan can rule nothing out
			continue
		}
		runs[w[:n]] |= c
		if lx.runsShortest == 0 || n < lx.runsShortest {
			lx.runsShortest = n
		}
		lo, _ := pack(w[:min(n, 8)]) // the first eight bytes of a longer run
		lx.runBloom.add(lo)
	}
	lx.runs, lx.runsLongest = newLexTable(runs)
}

// maxGroupWindows is the most plural role nouns a paragraph without a cue
// may have for each to be read in a window of its own; a paragraph with
// more is tokenized whole, which costs less then.
const maxGroupWindows = 4

// preScan looks at text[start:end], a paragraph without quotations, for
// the words collectCandidates acts on. whole reports that the paragraph may
// hold a cue (or too many role nouns to read apart) and must be tokenized
// whole; otherwise roles are the starts of the runs that may begin a
// plural role noun, appended to roles[:0], and none means the paragraph
// needs no tokens at all. A run is read with one load of its first eight
// bytes and looked up in lx.runBloom first, which rules out nearly every
// run not in lx.runs.
func (lx *lexicon) preScan(text string, start, end int, roles []int) (whole bool, _ []int) {
	roles = roles[:0]
	if lx.runsAll {
		return true, roles
	}
	text = text[:end]
	short := lx.runsShortest
	i := start
	for {
		// Runs of fewer than eight bytes that lx.runBloom rules out, most
		// of them, are passed over by this loop, which makes no call.
		for i < len(text) {
			if byteKinds[text[i]] != 'W' {
				i++
				continue
			}
			// A run starts at i: the byte before is no letter or digit.
			if i+8 > len(text) {
				break
			}
			x := load8(text, i)
			m := nonWordBytes(x)
			if m == 0 { // eight bytes or more, known by their first eight
				if lx.runBloom.has(x | 0x2020202020202020) {
					break
				}
				for i += 8; i < len(text) && byteKinds[text[i]] == 'W'; i++ {
				}
				continue
			}
			// A run shorter than every run looked for is passed over;
			// another is looked up in the bloom filter by its bytes,
			// letters and digits lower-cased by setting 0x20, the bytes
			// after it cleared (m&-m is the high bit of the first byte
			// after the run).
			n := bits.TrailingZeros64(m) / 8
			if n >= short && lx.runBloom.has((x|0x2020202020202020)&((m&-m)>>7-1)) {
				break
			}
			i += n
			if i+1 < len(text) && text[i] == ' ' {
				i++ // most runs end at one space before the next
			}
		}
		if i >= len(text) {
			return false, roles
		}
		// A run the loop above could not rule out, looked up.
		j := asciiWordEnd(text, i, len(text))
		cls := lx.runClass(text, i, j)
		if cls&(wCue|wCueFirst) != 0 {
			return true, roles
		}
		if cls != 0 {
			if len(roles) == maxGroupWindows {
				return true, roles
			}
			roles = append(roles, i)
		}
		i = j
	}
}

// bloom is a set of words packed as pack does (up to eight bytes; a longer
// word is known by its first eight) that may answer yes for a word not in
// it, never no for one in it: one bit per word, picked by a hash.
type bloom [1 << 10]uint64

// bloomBit returns the word and bit of bloom for the packed word lo.
func bloomBit(lo uint64) (word, bit uint64) {
	h := (lo * 0x9E3779B97F4A7C15) >> 48
	return h >> 6, 1 << (h & 63)
}

func (b *bloom) add(lo uint64) {
	w, bit := bloomBit(lo)
	b[w] |= bit
}

func (b *bloom) has(lo uint64) bool {
	w, bit := bloomBit(lo)
	return b[w]&bit != 0
}

// runClass returns the classes in lx.runs of the run text[i:j] (j > i).
func (lx *lexicon) runClass(text string, i, j int) wordClass {
	n := j - i
	switch {
	case n > packedMax:
		if n > lx.runsLongest {
			return 0
		}
		return lx.runs.longClass(text[i:j])
	case i+16 > len(text):
		return lx.runs.find(pack(text[i:j]))
	case n <= 8:
		lo := load8(text, i) & (^uint64(0) >> (64 - 8*n))
		return lx.runs.find(lowerASCII8(lo), uint64(n)<<56)
	}
	hi := load8(text, i+8) & (^uint64(0) >> (128 - 8*n))
	return lx.runs.find(lowerASCII8(load8(text, i)), lowerASCII8(hi)|uint64(n)<<56)
}

// mayEndInColon reports whether the last token of text[start:end] may be
// a colon (an attribution paragraph before a quotation: NAME said:). It is
// false when the last byte that is not an ASCII space or control byte is
// an ASCII byte other than a colon, which ends the last token.
func mayEndInColon(text string, start, end int) bool {
	for end > start && byteKinds[text[end-1]] == 'S' {
		end--
	}
	return end > start && (text[end-1] == ':' || text[end-1] >= 0x80)
}

// groupWindows adds the groups named by the plural role nouns of
// paragraph p, which has no cue, as collectCandidates would after
// tokenizing the whole paragraph: roles are the starts of the runs that
// may begin one (from preScan). Each is tokenized in a window that starts
// a few words before it, at a space, and ends at the first space after
// it: tokens never hold an ASCII space, and a paragraph without
// quotations is tokenized from a space on as from its start. A window
// with fewer than groupReach tokens before the noun, or without a space
// near enough, is widened to the paragraph's start.
func (x *extraction) groupWindows(p *para, roles []int) {
	first := len(x.cands)
	for _, r := range roles {
		s := windowStart(x.text, p.Start, r)
		e := windowEnd(x.text, r, p.End)
		for {
			x.scratch, x.hits = tokenize(x.scratch[:0], x.hits[:0], x.lx, x.text, s, e, nil, nil)
			k := 0
			for k < len(x.scratch) && x.scratch[k].start < r {
				k++
			}
			if k < groupReach && s > p.Start {
				s = p.Start // too few tokens before the noun: read from the start
				continue
			}
			if k < len(x.scratch) && x.scratch[k].start == r {
				x.addGroup(x.scratch, k)
			}
			break
		}
	}
	// As collectCandidates keeps them: sorted by position, stably.
	if len(x.cands)-first > 1 {
		slices.SortStableFunc(x.cands[first:], func(a, b candidate) int { return a.pos - b.pos })
	}
}

// windowSpaces is how many ASCII spaces before a role noun its window
// starts after; windowReach bounds the bytes searched for them and for the
// space after the noun.
const (
	windowSpaces = 5
	windowReach  = 160
)

// windowStart returns where the window of the run at r starts: just after
// the windowSpaces-th ASCII space before r that follows a byte other than
// a space, or start when there is none within windowReach bytes.
func windowStart(text string, start, r int) int {
	n := 0
	for i := r - 1; i > start && r-i <= windowReach; i-- {
		if text[i] == ' ' && text[i-1] != ' ' {
			if n++; n == windowSpaces {
				return i + 1
			}
		}
	}
	return start
}

// windowEnd returns where the window of the run at r ends: at the first
// ASCII space after it, or end when there is none within windowReach
// bytes.
func windowEnd(text string, r, end int) int {
	lim := min(end, r+windowReach)
	if i := strings.IndexByte(text[r:lim], ' '); i >= 0 {
		return r + i
	}
	return end
}
