//go:build go1.24

package quote

import (
	"slices"
	"sort"
	"strings"
)

// entityClass is what sort of speaker a candidate or pronoun is.
type entityClass uint8

const (
	ecPerson entityClass = iota
	ecGroup
	ecThing
)

// candidate is a speaker named earlier in the text, for pronouns and short
// names to refer to.
type candidate struct {
	pos    int // byte offset of the mention
	name   string
	role   string
	roleAt Span
	class  entityClass
	gender wordClass // wMale, wFemale or 0
}

// collectCandidates records the speaker of every cue outside quotations
// in paragraph p (tokenized as toks), and the groups it names. hits are
// the indexes of the tokens the lexicon calls cues or roles, in order: the
// only ones that can start a cue or name a group, unless e.ExtraCues
// makes every word a possible cue.
func (x *extraction) collectCandidates(p *para, toks []tok, hits []int32) {
	first := len(x.cands)
	defer func() {
		// Paragraphs come in order: sorting this paragraph's share keeps all sorted.
		if len(x.cands)-first > 1 {
			slices.SortStableFunc(x.cands[first:], func(a, b candidate) int { return a.pos - b.pos })
		}
	}()
	{
		if p.Zone != ZoneBody && p.Zone != ZoneHeadline {
			return
		}
		next := 0 // the first token a cue may start at: past the last cue found
		for h := 0; ; h++ {
			var k int
			if x.extraCues {
				if k = next; k >= len(toks) {
					break
				}
				next++
			} else {
				if h >= len(hits) {
					break
				}
				if k = int(hits[h]); k < next {
					continue
				}
			}
			if !x.mayBeCue(&toks[k]) {
				continue
			}
			last, ok := x.isCue(toks, k)
			if !ok {
				continue
			}
			lo := max(0, k-window)
			var s speaker
			inverted := false
			if x.cueTakesSpeakerAfter(toks, k) {
				s = x.subjectAfter(toks, last, min(len(toks), last+window))
			} else {
				s = x.subjectBefore(toks, lo, k)
				if !s.ok && (k == 0 || toks[k-1].kind == tkPunct && toks[k-1].b == ',') {
					s = x.subjectAfter(toks, last, min(len(toks), last+window))
					inverted = true
				}
			}
			if s.ok {
				x.addCandidate(s.mention, s.role)
				if !x.cueTakesSpeakerAfter(toks, k) && !strings.HasSuffix(x.word(toks[k]), "ing") {
					if !inverted {
						x.indirectAfter(toks, k, last, s)
					}
					x.indirectBefore(toks, k, last, s, inverted)
				}
			}
			next = last + 1
		}
		// Plural role nouns name groups "they" may refer to: "eight senior managers".
		for _, h := range hits {
			x.addGroup(toks, int(h))
		}
	}
}

// groupReach is how many tokens before a plural role noun addGroup reads.
const groupReach = 4

// addGroup records the group named by toks[k] when it is a plural role
// noun, with the words before it that describe it: "eight senior managers".
func (x *extraction) addGroup(toks []tok, k int) {
	t := toks[k]
	if t.kind != tkWord || t.upper || t.inQuote || t.cls&wRole == 0 || !strings.HasSuffix(x.word(t), "s") {
		return
	}
	a := k
	for a > 0 && k-a < groupReach {
		pt := toks[a-1]
		w := x.word(pt)
		if pt.kind != tkWord || pt.inQuote || pt.cls&(wFunction|wCue|wSkip) != 0 && !x.isDet(w) ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			break
		}
		a--
		if x.isDet(w) {
			break
		}
	}
	x.cands = append(x.cands, candidate{pos: toks[a].start, name: x.resolveName(Span{toks[a].start, t.end}), class: ecGroup})
}

// addCandidate records a mention as a candidate unless it is a pronoun.
func (x *extraction) addCandidate(m, role Span) {
	w := x.text[m.Start:m.End]
	if c := x.lx.class(w); c&wPronoun != 0 {
		return
	}
	name := x.resolveName(m)
	c := candidate{pos: m.Start, name: name, class: x.classOf(m)}
	if !role.IsZero() {
		c.role, c.roleAt = x.text[role.Start:role.End], role
	}
	if first, _, _ := strings.Cut(w, " "); first != "" {
		c.gender = x.lx.class(strings.TrimSuffix(first, ".")) & (wMale | wFemale)
	}
	x.cands = append(x.cands, c)
}

// classOf says whether the mention m names a person, a group or a thing.
func (x *extraction) classOf(m Span) entityClass {
	s := x.text[m.Start:m.End]
	// One pass over the words: whether one of them is a capitalised
	// organisation word (which settles it), the last word, and how many
	// there are. Only the first keptWords-1 words and the last one are
	// looked at, as always.
	n := 0
	var last, at int // the last word's bounds in s
	for i := 0; ; {
		a, b := nextField(s, i)
		if a == b {
			break
		}
		if n < keptWords-1 && x.isOrgWord(m.Start+a, m.Start+b) {
			return ecThing
		}
		last, at, n, i = a, b, n+1, b
	}
	if n == 0 {
		return ecPerson
	}
	if n >= keptWords && x.isOrgWord(m.Start+last, m.Start+at) {
		return ecThing
	}
	lastWord := s[last:at]
	head := x.lower(trimPunct(lastWord))
	hc := x.lx.class(head)
	if hc&wNonPerson != 0 && hc&wRole == 0 {
		return ecThing
	}
	if hc&wRole != 0 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return ecGroup
	}
	if hc&wRole == 0 && n > 1 && strings.HasSuffix(head, "s") && !isUpperStart(lastWord) {
		return ecGroup // "sector leaders", "the signatories"
	}
	return ecPerson
}

// keptWords is how many words of a mention classOf looks at: the first
// keptWords-1 and the last.
const keptWords = 16

// isOrgWord reports whether the word x.text[i:j] is a capitalised
// organisation word ("Trust", "NHS"), punctuation at its end aside.
func (x *extraction) isOrgWord(i, j int) bool {
	if !isUpperStart(x.text[i:j]) {
		return false
	}
	for isTrimmed(x.text[j-1]) { // a capital starts it: nothing to trim there
		j--
	}
	return x.lx.classAt(x.text, i, j)&wOrg != 0
}

// nextField returns the bounds of the first word of s at or after i,
// words being separated by spaces, tabs and line ends; a == b when there
// is none.
func nextField(s string, i int) (a, b int) {
	for i < len(s) && isFieldSpace(s[i]) {
		i++
	}
	a = i
	for i < len(s) && !isFieldSpace(s[i]) {
		i++
	}
	return a, i
}

// isFieldSpace reports whether c is a space, a tab or a line end: one
// comparison for the bytes above ' ', most of them.
func isFieldSpace(c byte) bool {
	const spaces = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r'
	return c <= ' ' && spaces>>c&1 != 0
}

// lastNonSpace returns the end of s without its trailing field spaces, no
// less than from.
func lastNonSpace(s string, from int) int {
	e := len(s)
	for e > from && isFieldSpace(s[e-1]) {
		e--
	}
	return e
}

// trimPunct returns s without the full stops, commas, semicolons and
// colons at either end (strings.Trim(s, ".,;:") without building a set).
func trimPunct(s string) string {
	for s != "" && isTrimmed(s[0]) {
		s = s[1:]
	}
	for s != "" && isTrimmed(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

func isTrimmed(c byte) bool { return c == '.' || c == ',' || c == ';' || c == ':' }

func isUpperStart(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// resolveName returns the speaker name for a non-pronoun mention: a short
// name ("Dixon", "the Alliance") becomes the fuller name mentioned before
// it; "the minister" becomes the person whose role says minister; other
// phrases are kept as written, with a leading "The" lower-cased, and a
// long description of a document shortened to "the report".
func (x *extraction) resolveName(m Span) string {
	s := x.text[m.Start:m.End]
	// The first and last words and how many there are, counted up to
	// five: the rules below ask only for one, two, or more than four.
	a, b := nextField(s, 0)
	if a == b {
		return s
	}
	first, last, n := s[a:b], s[a:b], 1
	if e := lastNonSpace(s, b); e > b {
		// A last word apart from the first, after a space at b.
		k := e
		for !isFieldSpace(s[k-1]) {
			k--
		}
		last, n = s[k:e], 2
		for i := b; n < 5; n++ {
			if a, b := nextField(s[:k], i); a == b {
				break
			} else {
				i = b
			}
		}
	}
	if first == "The" {
		s = x.concat("the", s[3:])
		first = "the"
		if n == 1 {
			last = first
		}
	}
	// "the Alliance", "Dixon", "Mr Dixon": a fuller earlier name ending the same way.
	short := n == 1 || (n == 2 && (x.isDet(first) || x.lx.class(strings.TrimSuffix(first, "."))&wHonorific != 0))
	if short && isUpperStart(last) {
		for i, n := x.candsBefore(m.Start)-1, 0; i >= 0 && n < maxLookBack; i, n = i-1, n+1 {
			c := &x.cands[i]
			if n := len(c.name) - len(last); n > 1 && c.name[n-1] == ' ' && c.name[n:] == last {
				return c.name
			}
		}
	}
	// "the minister": the nearest earlier person whose role holds the word.
	if n == 2 && first == "the" && !isUpperStart(last) && x.lx.class(last)&wRole != 0 {
		for i, n := x.candsBefore(m.Start)-1, 0; i >= 0 && n < maxLookBack; i, n = i-1, n+1 {
			c := &x.cands[i]
			if c.class == ecPerson && strings.Contains(strings.ToLower(c.role), last) {
				return c.name
			}
		}
	}
	if n > 4 && x.lx.class(last)&wNonPerson != 0 && x.isDet(first) {
		return x.concat("the ", strings.ToLower(last))
	}
	return s
}

// maxLookBack bounds how many earlier candidates a reference looks at.
const maxLookBack = 40

// candsBefore returns the number of candidates that start before pos.
func (x *extraction) candsBefore(pos int) int {
	return sort.Search(len(x.cands), func(i int) bool { return x.cands[i].pos >= pos })
}

// resolvePronoun returns the candidate a pronoun at offset pos refers to:
// the nearest earlier one of a compatible sort (he and she: a person of
// that gender or of unknown gender; it: an organisation or document; they
// and we: a group, else an organisation). It returns nil when none fits.
func (x *extraction) resolvePronoun(pron string, pos int) *candidate {
	c := x.lx.class(pron)
	end := x.candsBefore(pos)
	for i := end - 1; i >= 0 && end-i <= maxLookBack; i-- {
		cd := &x.cands[i]
		switch {
		case c&wPronounPerson != 0:
			if cd.class != ecPerson {
				continue
			}
			g := c & (wMale | wFemale)
			if g != 0 && cd.gender != 0 && cd.gender != g {
				continue
			}
			if g != 0 && cd.gender == 0 {
				cd.gender = g
			}
			return cd
		case c&wPronounThing != 0:
			if cd.class == ecThing {
				return cd
			}
		case c&wPronounGroup != 0:
			if cd.class == ecGroup {
				return cd
			}
		}
	}
	if c&wPronounGroup != 0 {
		// No group: an organisation is often a "they".
		for i := end - 1; i >= 0 && end-i <= maxLookBack; i-- {
			if cd := &x.cands[i]; cd.class == ecThing {
				return cd
			}
		}
	}
	return nil
}
