//go:build go1.24

package quote

import (
	"strings"
)

// window bounds every scan for a sentence edge, a cue or a speaker, in
// tokens, so that the work per quotation is constant and extraction stays
// linear in the input however long its sentences are.
const window = 60

// isCue reports whether a cue starts at token k, and the index of its last
// token.
func (x *extraction) isCue(toks []tok, k int) (last int, ok bool) {
	if !x.mayBeCue(&toks[k]) {
		return 0, false
	}
	return x.cueAt(toks, k)
}

// mayBeCue reports whether t may start a cue: most tokens are told apart
// by this check, which the compiler inlines.
func (x *extraction) mayBeCue(t *tok) bool {
	return t.cls&(wCue|wCueFirst) != 0 || x.extraCues
}

// cueAt is isCue for a token that may be a cue.
func (x *extraction) cueAt(toks []tok, k int) (last int, ok bool) {
	t := toks[k]
	if t.kind != tkWord || t.inQuote {
		return 0, false
	}
	if t.cls&wCue != 0 {
		return k, true
	}
	if t.cls&wCueFirst != 0 {
		first := x.lower(x.text[t.start:t.end])
		for _, words := range x.lx.multi[first] {
			j := k
			okAll := true
			for _, w := range words {
				j++
				if j >= len(toks) || toks[j].kind != tkWord || !strings.EqualFold(x.text[toks[j].start:toks[j].end], w) {
					okAll = false
					break
				}
			}
			if okAll {
				return j, true
			}
		}
	}
	for _, c := range x.e.ExtraCues {
		if strings.EqualFold(c, x.text[t.start:t.end]) {
			return k, true
		}
	}
	return 0, false
}

// cueTakesSpeakerAfter reports whether the cue at toks[k] names its source
// after it: "according to X".
func (x *extraction) cueTakesSpeakerAfter(toks []tok, k int) bool {
	return strings.EqualFold(x.text[toks[k].start:toks[k].end], "according")
}

func (x *extraction) word(t tok) string { return x.text[t.start:t.end] }

// isDetLike reports whether s is a determiner, a possessive or a number,
// after which an -ed or -ing word is an adjective ("a retired teacher").
func (x *extraction) isDetLike(s string) bool {
	if x.lowerIn(s, "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "one", "two", "three", "several", "some", "many") {
		return true
	}
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// isDet reports whether s is an article: the, a, an. It is
// x.lowerIn(s, "the", "a", "an") without the loops: c|0x20 is a small
// letter only for that letter and its capital, and no other spelling
// lower-cases to one of these (a non-ASCII rune lower-cases to an ASCII
// letter only for i and k).
func (x *extraction) isDet(s string) bool {
	switch len(s) {
	case 1:
		return s[0]|0x20 == 'a'
	case 2:
		return s[0]|0x20 == 'a' && s[1]|0x20 == 'n'
	case 3:
		return s[0]|0x20 == 't' && s[1]|0x20 == 'h' && s[2]|0x20 == 'e'
	}
	return false
}

// segKind classifies a comma-separated stretch of words near a cue.
type segKind uint8

const (
	segNone     segKind = iota
	segName             // a proper name or pronoun: "Dr Michael Dixon", "she"
	segNP               // a noun phrase with a determiner: "the report", "a DH spokesperson"
	segRole             // a role: "NHS Alliance Chairman", "chief executive"
	segClause           // a clause or description: "who works as a nurse", "while ..."
	segSentence         // a capitalised clause: "Most trusts missed their targets"
)

// classify looks at toks[a:b] and returns its kind, with the span of the
// mention inside it and of a role that precedes the name inside it
// ("Chair Heather Henry": mention "Heather Henry", role "Chair").
func (x *extraction) classify(toks []tok, a, b int) (k segKind, mention, role Span) {
	for a < b && toks[a].kind != tkWord {
		a++
	}
	for b > a && toks[b-1].kind != tkWord {
		b--
	}
	if a >= b {
		return segNone, Span{}, Span{}
	}
	first := toks[a]
	whole := Span{toks[a].start, toks[b-1].end}
	if first.cls&wPronoun != 0 && b-a == 1 {
		return segName, whole, Span{}
	}
	if x.isDet(x.word(first)) {
		if b-a == 1 {
			return segNone, Span{}, Span{}
		}
		if toks[b-1].cls&wRole != 0 && !toks[b-1].upper {
			return segRole, whole, Span{} // "the chairman": a role when a name is near
		}
		return segNP, whole, Span{}
	}
	if !first.upper {
		if first.cls&wFunction != 0 {
			return segClause, whole, Span{} // "who works as a nurse", "while ..."
		}
		return segRole, whole, Span{}
	}
	// Capitalised: a clause if it holds lower-case words other than name
	// particles, role words and descriptions of the name that ends it
	// ("Most trusts missed their targets" against "Former secretary of
	// state Hillary Clinton").
	lower := false
	for i := a + 1; i < b; i++ {
		t := toks[i]
		if t.kind != tkWord || t.upper || t.cls&wRole != 0 {
			continue
		}
		switch x.lower(x.word(t)) {
		case "of", "the", "and", "for", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "di", "y":
			continue
		}
		if w := x.word(t); w[0] >= '0' && w[0] <= '9' {
			continue
		}
		if t.cls&(wFunction|wCue|wCueFirst|wSkip) != 0 {
			return segSentence, whole, Span{}
		}
		lower = true
	}
	if lower {
		last := toks[b-1]
		if last.kind != tkWord || !last.upper || last.cls&(wFunction|wSkip) != 0 {
			for i := a; i < b; i++ {
				if toks[i].kind == tkWord && toks[i].cls&wRole != 0 {
					return segRole, whole, Span{} // "President Obama's former chief of staff"
				}
			}
			return segSentence, whole, Span{}
		}
		n := b - 1
		for n > a && toks[n-1].kind == tkWord && toks[n-1].upper && toks[n-1].cls&wRole == 0 {
			n--
		}
		if n == a {
			return segName, whole, Span{}
		}
		return segName, Span{toks[n].start, toks[b-1].end}, Span{toks[a].start, toks[n-1].end}
	}
	// A name unless it holds role words; "RoleWord Name" at the end is a
	// name with its role before it.
	r := -1
	for i := a; i < b; i++ {
		if toks[i].kind == tkWord && toks[i].cls&wRole != 0 && toks[i].cls&wHonorific == 0 {
			r = i
		}
	}
	if r < 0 {
		return segName, whole, Span{}
	}
	if r < b-1 {
		allName := true
		for i := r + 1; i < b; i++ {
			if toks[i].kind == tkWord && (!toks[i].upper || toks[i].cls&wOrg != 0) {
				allName = false
			}
		}
		if allName {
			return segName, Span{toks[r+1].start, toks[b-1].end}, Span{toks[a].start, toks[r].end}
		}
	}
	return segRole, whole, Span{}
}

// npBack collects the noun phrase that ends at token k (inclusive),
// walking back no further than lo: words, "of", "for", determiners,
// abbreviation stops. It returns the index of its first token, or -1.
func (x *extraction) npBack(toks []tok, lo, k int) int {
	start := -1
	for i := k; i >= lo && k-i < 10; i-- {
		t := toks[i]
		if t.inQuote {
			break
		}
		if t.kind == tkPunct {
			if t.b == '.' && i > lo && toks[i-1].kind == tkWord && toks[i-1].end == t.start &&
				(toks[i-1].cls&(wAbbrev|wHonorific) != 0 || toks[i-1].end-toks[i-1].start == 1) && start >= 0 {
				continue
			}
			if t.b == '&' {
				continue
			}
			break
		}
		if t.kind != tkWord {
			break
		}
		if _, cue := x.isCue(toks, i); cue && i != k {
			break
		}
		if w := x.word(t); !t.upper && i < k && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) &&
			(i == lo || toks[i-1].kind != tkWord || !x.isDetLike(x.word(toks[i-1]))) {
			break // a verb, not an adjective after a determiner: "Sanders delivered a retort"
		}
		if t.cls&wFunction != 0 && !allCaps(x.word(t)) && !(t.upper && i == k && i > lo && !isSentenceEnd(x.text, toks, i-1)) {
			w := x.lower(x.word(t))
			switch w {
			case "the", "a", "an", "of", "for", "and", "at", "its", "his", "her", "their", "our", "my", "your":
			default:
				if t.cls&wPronoun != 0 && i == k {
					start = i
				}
				return x.trimConnectors(toks, start, k)
			}
		}
		start = i
	}
	return x.trimConnectors(toks, start, k)
}

// trimConnectors drops "of", "for", "and", "at" from the left of the
// phrase toks[start:k+1]; it returns the new start or -1 when none is left.
func (x *extraction) trimConnectors(toks []tok, start, k int) int {
	for start >= 0 && start <= k {
		if toks[start].kind == tkWord && foldIn(x.word(toks[start]), "of", "for", "and", "at") {
			start++
			continue
		}
		break
	}
	if start > k {
		return -1
	}
	return start
}

// skipBack moves back from k over auxiliaries, adverbs, time words and
// parenthetical remarks between a speaker and its cue.
func (x *extraction) skipBack(toks []tok, lo, k int) int {
	for steps := 0; k >= lo && steps < 12; steps++ {
		t := toks[k]
		if t.kind == tkPunct && t.b == ')' {
			j := k - 1
			for j >= lo && k-j < 12 && !(toks[j].kind == tkPunct && toks[j].b == '(') {
				j--
			}
			if j >= lo && toks[j].kind == tkPunct && toks[j].b == '(' {
				k = j - 1
				continue
			}
			return k
		}
		if t.kind == tkWord && !t.upper && (t.cls&wSkip != 0 || strings.HasSuffix(x.word(t), "ly")) {
			k--
			continue
		}
		if t.kind == tkWord && t.upper && t.cls&wSkip != 0 && k+1 < len(toks) && toks[k+1].kind == tkWord {
			// "Monday" in "the Alliance Monday warned"
			k--
			continue
		}
		return k
	}
	return k
}

// speaker is a found attribution: the mention, a role, the cue.
type speaker struct {
	mention, role, cue Span
	cueTok             int
	first, last        int // token range of the attribution clause
	ok                 bool
}

// subjectBefore finds the speaker of the cue at toks[cue], written before
// it and no earlier than token lo.
func (x *extraction) subjectBefore(toks []tok, lo, cue int) (s speaker) {
	k := x.skipBack(toks, lo, cue-1)
	if k < lo {
		return s
	}
	if toks[k].kind == tkPunct && toks[k].b == ',' {
		// Appositive: NAME, ROLE, said / NAME, who ..., said.
		end := k
		var roleSeg Span
		var np speaker
		for segs := 0; segs < 3 && end > lo; segs++ {
			a := end - 1
			for a >= lo && end-a < 30 && !(toks[a].kind == tkPunct && (toks[a].b == ',' || toks[a].b == ';')) &&
				toks[a].kind != tkOpen && toks[a].kind != tkClose && !toks[a].inQuote && !(mayEndSentence(&toks[a]) && isSentenceEnd(x.text, toks, a)) {
				a--
			}
			kind, m, r := x.classify(toks, a+1, end)
			switch kind {
			case segName:
				s.mention, s.role, s.ok = m, r, true
				if s.role.IsZero() {
					s.role = roleSeg
				}
				s.first = a + 1
				return s
			case segNP:
				if !np.ok {
					np.mention, np.role, np.ok, np.first = m, roleSeg, true, a+1
				}
			case segRole:
				if roleSeg.IsZero() {
					roleSeg = m
				}
			case segClause:
			case segNone, segSentence:
				end = -1
			}
			if end < 0 || a < lo || toks[a].kind != tkPunct || toks[a].b != ',' {
				break
			}
			end = a
		}
		if np.ok {
			return np
		}
		if !roleSeg.IsZero() {
			// Only a role: "the chairman, a doctor, said"
			s.mention, s.ok = roleSeg, true
			s.first = k
			return s
		}
		return s
	}
	if toks[k].kind == tkWord {
		if foldIn(x.word(toks[k]), "and", "or", "then", "to", "but") {
			return s // "waved signs and chanted": no subject of its own
		}
	}
	start := x.npBack(toks, lo, k)
	if start < 0 {
		return s
	}
	kind, m, r := x.classify(toks, start, k+1)
	switch kind {
	case segName, segNP:
		s.mention, s.role, s.ok, s.first = m, r, true, start
	case segRole:
		// "Simon Burns, Minister of State for Health said": the name is before the comma.
		if start-1 > lo && toks[start-1].kind == tkPunct && toks[start-1].b == ',' {
			prev := x.npBack(toks, lo, start-2)
			if prev >= 0 {
				if pk, pm, _ := x.classify(toks, prev, start-1); pk == segName {
					s.mention, s.role, s.ok, s.first = pm, m, true, prev
					return s
				}
			}
		}
		// A bare role or group: "officials said", "sector leaders have warned".
		s.mention, s.ok, s.first = m, true, start
	}
	return s
}

// subjectAfter finds a speaker written after the cue ending at token
// cueEnd ("said a DH spokesperson", "comments chief executive, Merron
// Simpson", "according to the report,"), no further than token hi.
func (x *extraction) subjectAfter(toks []tok, cueEnd, hi int) (s speaker) {
	segEnd := func(a int) int {
		b := a
		for b < hi && b-a < 14 && toks[b].kind != tkOpen && toks[b].kind != tkClose && !toks[b].inQuote {
			t := toks[b]
			if t.kind == tkPunct && (t.b == ',' || t.b == ';' || t.b == ':' || t.b == '(' || t.b == '"') {
				break
			}
			if t.kind == tkPunct && t.b == '.' && !(b > 0 && toks[b-1].kind == tkWord && toks[b-1].end == t.start &&
				(toks[b-1].cls&(wAbbrev|wHonorific) != 0 || toks[b-1].end-toks[b-1].start == 1)) {
				break
			}
			if t.kind == tkPunct && (t.b == '!' || t.b == '?') {
				break
			}
			if t.kind == tkWord && b > a && !t.upper {
				w := x.lower(x.word(t))
				switch w {
				case "in", "on", "during", "after", "before", "when", "while", "as", "at", "who", "which", "that", "to", "last", "this", "earlier", "later", "yesterday", "today":
					return b
				}
				if _, cue := x.isCue(toks, b); cue {
					return b
				}
			}
			b++
		}
		return b
	}
	a := cueEnd + 1
	if a >= hi {
		return s
	}
	b := segEnd(a)
	kind, m, r := x.classify(toks, a, b)
	if kind == segNone {
		return s
	}
	if kind == segName && toks[a].upper && !x.isDet(x.word(toks[a])) {
		// Keep the leading name only: "said Smith on Tuesday".
		e := a
		for e < b && (toks[e].kind == tkWord && (toks[e].upper || toks[e].cls&wHonorific != 0) ||
			toks[e].kind == tkPunct && toks[e].b == '.') {
			e++
		}
		for e > a && toks[e-1].kind != tkWord {
			e--
		}
		if e > a && r.IsZero() {
			m = Span{toks[a].start, toks[e-1].end}
		}
	}
	s.mention, s.role, s.ok = m, r, true
	s.first, s.last = a, b-1
	// "comments chief executive, Merron Simpson": role first, name next.
	if (kind == segRole || kind == segNP) && b < hi && toks[b].kind == tkPunct && toks[b].b == ',' {
		c := segEnd(b + 1)
		if k2, m2, _ := x.classify(toks, b+1, c); k2 == segName && c-(b+1) <= 5 {
			s.mention, s.role = m2, m
			s.last = c - 1
			return s
		}
	}
	// "said Dr Michael Dixon, chairman of X": role next.
	if kind == segName && r.IsZero() && b < hi && toks[b].kind == tkPunct && toks[b].b == ',' {
		c := segEnd(b + 1)
		if k2, m2, _ := x.classify(toks, b+1, c); k2 == segRole || (k2 == segNP && toks[c-1].cls&wRole != 0) {
			s.role = m2
			s.last = c - 1
		}
	}
	return s
}

// allCaps reports whether w has two or more letters, all upper case ("US", "NHS").
func allCaps(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// dependentCue reports whether the cue at toks[k] has no subject of its
// own: "…, adding", "and said", "went on to say".
func (x *extraction) dependentCue(toks []tok, k int) bool {
	if strings.HasSuffix(x.word(toks[k]), "ing") {
		return true
	}
	j := k - 1
	for j > 0 && toks[j].kind == tkWord && toks[j].cls&wSkip != 0 && !toks[j].upper {
		j-- // "and later said"
	}
	if j >= 0 && toks[j].kind == tkWord {
		if foldIn(x.word(toks[j]), "and", "to", "then") {
			return true
		}
	}
	return false
}

// sentenceSubject finds the subject of the sentence that starts at token
// lo, for a cue at token cue that has none of its own: a pronoun or a
// capitalised name, after an opening phrase such as "Later on Sunday,".
func (x *extraction) sentenceSubject(toks []tok, lo, cue int) (s speaker) {
	a := lo
	if a < cue && toks[a].kind == tkWord {
		w := x.word(toks[a])
		if toks[a].cls&(wFunction|wSkip) != 0 && toks[a].cls&wPronoun == 0 || strings.HasSuffix(x.lower(w), "ly") {
			for a < cue && !(toks[a].kind == tkPunct && toks[a].b == ',') {
				a++
			}
			a++
		}
	}
	if a >= cue || toks[a].kind != tkWord {
		return s
	}
	t := toks[a]
	if t.cls&wPronoun != 0 && t.cls&wPronounPerson|wPronounGroup|wPronounThing != 0 {
		if w := x.lower(x.word(t)); w == "it" || w == "you" {
			return s
		}
		s.mention, s.ok, s.first, s.last = Span{t.start, t.end}, true, a, a
		return s
	}
	if !t.upper || t.cls&wFunction != 0 {
		return s
	}
	e := a
	for e < cue && e-a < 5 && (toks[e].kind == tkWord && toks[e].upper && toks[e].cls&wFunction == 0 ||
		toks[e].kind == tkPunct && toks[e].b == '.' && e > a && toks[e-1].cls&(wAbbrev|wHonorific) != 0) {
		e++
	}
	if e == a {
		return s
	}
	s.mention, s.ok, s.first, s.last = Span{toks[a].start, toks[e-1].end}, true, a, e-1
	return s
}
