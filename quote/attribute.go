//go:build go1.24

package quote

import (
	"strings"
)

// qstate is what attribution learned about a top-level quotation.
type qstate struct {
	lo, hi     int // token bounds of its sentence context: [lo, openTok) and (closeTok, hi)
	leftWords  int // words of the reporter's sentence before the opening mark
	rightWords int // words after the closing mark in the sentence
	attrLast   int // last token of an attribution written after the quotation, or -1
	gapClean   bool
	attributed bool // explicitly or by inference
}

// attributeAll decides every quotation's kind and speaker.
func (x *extraction) attributeAll() {
	x.st = resized(x.st, len(x.items))
	st := x.st
	// Explicit attributions, paragraph by paragraph.
	for pi := range x.ps {
		p := &x.ps[pi]
		for _, i := range p.items {
			x.attributeExplicit(i, &st[i])
		}
	}
	x.mergeSplit(st)
	// The last top-level quotation ending in each paragraph.
	x.perPara = resized(x.perPara, len(x.ps))
	lastOf := x.perPara
	for pi := range lastOf {
		lastOf[pi] = -1
	}
	for i := range x.items {
		it := &x.items[i]
		if it.drop || it.parent >= 0 {
			continue
		}
		lp := it.parts[len(it.parts)-1]
		if l := lastOf[lp.para]; l < 0 || x.items[l].parts[len(x.items[l].parts)-1].content.Start < lp.content.Start {
			lastOf[lp.para] = i
		}
	}
	// Attributions from context, in text order.
	lastItem := -1 // top-level item ending in the previous searched paragraph
	prevPara := -1
	for pi := range x.ps {
		p := &x.ps[pi]
		if p.Zone == ZoneSkip {
			continue
		}
		for _, i := range p.items {
			it := &x.items[i]
			if it.drop || st[i].attributed || p.Zone != ZoneBody {
				continue
			}
			x.attributeFromContext(i, &st[i], pi, prevPara, lastItem, st)
		}
		lastItem = lastOf[pi]
		prevPara = pi
	}
	// Quotations followed by an attributed one: “A.” / “B,” the letter added.
	next := lastOf // first item of the next searched paragraph, per paragraph (reuses lastOf's storage)
	nextFirst := -1
	for pi := len(x.ps) - 1; pi >= 0; pi-- {
		p := &x.ps[pi]
		if p.Zone == ZoneSkip {
			next[pi] = -2
			continue
		}
		next[pi] = nextFirst
		nextFirst = -1
		if len(p.items) > 0 {
			if f := p.items[0]; !x.items[f].drop && x.items[f].parts[0].openTok == 0 {
				nextFirst = f
			}
		}
		if len(p.items) == 0 {
			continue
		}
		last := p.items[len(p.items)-1]
		it := &x.items[last]
		n := next[pi]
		if it.drop || st[last].attributed || n < 0 || p.Zone != ZoneBody || it.q.Kind == Scare {
			continue
		}
		if it.parts[0].openTok != 0 || st[last].leftWords != 0 || st[last].rightWords != 0 || len(it.parts) != 1 {
			continue
		}
		src := &x.items[n]
		if !st[n].attributed || src.q.Position != After || src.q.Mention.IsZero() {
			continue
		}
		x.inherit(it, src)
		it.q.Kind = Direct
		st[last].attributed = true
	}
	// Short unattributed quotations in the sentence of an attributed one share its speaker.
	for pi := range x.ps {
		p := &x.ps[pi]
		for j, i := range p.items {
			it := &x.items[i]
			if it.drop || st[i].attributed || it.q.Kind != Scare || st[i].hi < 0 || p.Zone != ZoneBody {
				continue
			}
			if x.isModifier(p.toks, it.parts[len(it.parts)-1].closeTok) {
				continue
			}
			for _, n := range []int{j - 1, j + 1} {
				if n < 0 || n >= len(p.items) {
					continue
				}
				o := p.items[n]
				ot := &x.items[o]
				if ot.drop || !st[o].attributed || ot.q.Kind != Partial || ot.parts[0].para != pi {
					continue
				}
				if !x.sameSentence(p.toks, it.parts[0].openTok, ot.parts[0].openTok) {
					continue
				}
				x.inherit(it, ot)
				it.q.Kind = Partial
				st[i].attributed = true
				break
			}
		}
	}
	// Nested quotations are scare quotes.
	for i := range x.items {
		if it := &x.items[i]; it.parent >= 0 && !it.drop {
			it.q = Quote{Kind: Scare}
		}
	}
}

// inherit copies the speaker of src into it as an inferred attribution.
func (x *extraction) inherit(it, src *item) {
	it.q.Speaker, it.q.Mention = src.q.Speaker, src.q.Mention
	it.q.Role, it.q.RoleSpan = src.q.Role, src.q.RoleSpan
	it.q.Org, it.q.OrgSpan = src.q.Org, src.q.OrgSpan
	it.q.Inferred = true
}

// sameSentence reports whether tokens a < b (or b < a) are in one sentence.
func (x *extraction) sameSentence(toks []tok, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	if a < 0 || b-a > window {
		return false
	}
	for k := a; k < b; k++ {
		if isSentenceEnd(x.text, toks, k) {
			return false
		}
	}
	return true
}

// isModifier reports whether the quotation closed at token k modifies the
// word after it ("a “one size fits all” approach"): a lower-case content
// word follows directly.
func (x *extraction) isModifier(toks []tok, k int) bool {
	if k < 0 || k+1 >= len(toks) {
		return false
	}
	t := toks[k+1]
	if t.kind != tkWord || t.upper || t.cls&(wFunction|wCue|wCueFirst|wSkip) != 0 {
		return false
	}
	return !strings.HasSuffix(x.word(t), "ly")
}

// bounds computes the sentence context of item i.
func (x *extraction) bounds(i int, s *qstate) {
	it := &x.items[i]
	first, last := it.parts[0], it.parts[len(it.parts)-1]
	ft := x.ps[first.para].toks
	s.lo = first.openTok
	for k := first.openTok - 1; k >= 0 && first.openTok-k <= window; k-- {
		t := &ft[k]
		if t.kind == tkClose || t.kind == tkOpen || mayEndSentence(t) && isSentenceEnd(x.text, ft, k) {
			break
		}
		s.lo = k
		if t.kind == tkWord {
			s.leftWords++ // the words of [s.lo, first.openTok)
		}
	}
	if first.openTok > 0 && ft[first.openTok-1].kind == tkPunct && (ft[first.openTok-1].b == ':' || isDash(x.word(ft[first.openTok-1]))) {
		s.leftWords = 0 // “…” after a colon or a dash starts afresh
	}
	lt := x.ps[last.para].toks
	start := len(lt)
	if last.closeTok >= 0 {
		start = last.closeTok + 1
	}
	s.hi = start
	for k := start; k < len(lt) && k-start <= window; k++ {
		t := &lt[k]
		if t.kind == tkOpen {
			break
		}
		s.hi = k + 1
		if t.kind == tkWord {
			s.rightWords++ // the words of [start, s.hi)
		}
		if mayEndSentence(t) && isSentenceEnd(x.text, lt, k) {
			break
		}
	}
}

// attributeExplicit looks for a cue of item i's own, before or after it.
func (x *extraction) attributeExplicit(i int, s *qstate) {
	it := &x.items[i]
	s.attrLast = -1
	if it.drop || it.parent >= 0 {
		return
	}
	x.bounds(i, s)
	first, last := it.parts[0], it.parts[len(it.parts)-1]
	zone := x.ps[first.para].Zone
	if zone == ZoneComment {
		it.q.Kind = Comment
		x.signature(i, s)
		return
	}
	ft := x.ps[first.para].toks
	lt := x.ps[last.para].toks
	before, bGapClean := x.findBefore(ft, s.lo, first.openTok)
	if !before.ok && s.leftWords == 0 && s.rightWords == 0 && it.words >= 3 && len(it.parts) == 1 {
		// “X said in a statement. “…”: the sentence before ends with an attribution.
		before = x.prevSentenceCue(ft, s.lo)
		bGapClean = before.ok
	}
	after, aGap := speaker{}, 0
	if last.closeTok >= 0 {
		after, aGap = x.findAfter(lt, last.closeTok+1, s.hi)
		if after.ok && x.endsSentence(it) && x.introducesNext(lt, max(after.last, after.cueTok)) {
			after = speaker{} // “A.” He added, “B.”: the attribution is B's
		}
	}
	var chosen speaker
	pos := NoPosition
	switch {
	case after.ok && aGap == 0:
		chosen, pos = after, After
	case before.ok:
		chosen, pos = before, Before
	case after.ok:
		chosen, pos = after, After
	}
	leftClean := s.leftWords == 0 || before.ok && bGapClean
	words := it.words
	if zone == ZoneHeadline {
		it.q.Kind = Headline
	} else {
		switch {
		case pos == Before && bGapClean:
			it.q.Kind = Direct
		case pos == After && leftClean && aGap == 0:
			it.q.Kind = Direct
		case pos != NoPosition:
			it.q.Kind = Partial
		case s.leftWords == 0 && (s.rightWords == 0 || x.endsSentence(it) && x.upperAfter(lt, last.closeTok)) && words >= 3:
			it.q.Kind = Direct
		case words <= 4:
			it.q.Kind = Scare
		default:
			it.q.Kind = Partial
		}
		if words <= 4 && last.closeTok >= 0 && x.isModifier(lt, last.closeTok) {
			it.q.Kind, pos = Scare, NoPosition
		}
		if it.q.Kind == Direct && (words <= 2 && !x.endsSentence(it) || x.startsLower(it)) {
			it.q.Kind = Partial
			if pos == NoPosition {
				it.q.Kind = Scare
			}
		}
	}
	s.gapClean = bGapClean
	if pos == NoPosition {
		return
	}
	if pos == After {
		s.attrLast = max(chosen.last, chosen.cueTok)
	}
	toks := ft
	if pos == After {
		toks = lt
	}
	x.setSpeaker(it, chosen, toks, pos)
	s.attributed = true
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// upperAfter reports whether a capitalised word follows token k: a new
// sentence after a quotation that ended its own.
func (x *extraction) upperAfter(toks []tok, k int) bool {
	return k >= 0 && k+1 < len(toks) && toks[k+1].kind == tkWord && toks[k+1].upper
}

// introducesNext reports whether the attribution ending at token k is
// followed by a comma or colon and an opening mark: it introduces the next
// quotation.
func (x *extraction) introducesNext(toks []tok, k int) bool {
	k++
	for k < len(toks) && toks[k].kind == tkWord && toks[k].cls&wSkip != 0 {
		k++ // "He added later, “…”"
	}
	if k+1 >= len(toks) || toks[k].kind != tkPunct || (toks[k].b != ',' && toks[k].b != ':') {
		return false
	}
	return toks[k+1].kind == tkOpen
}

// startsLower reports whether the quotation's content begins with a
// lower-case letter: a fragment, not a sentence.
func (x *extraction) startsLower(it *item) bool {
	c := it.parts[0].content
	for i := c.Start; i < c.End; i++ {
		b := x.text[i]
		switch {
		case b >= 'a' && b <= 'z':
			return true
		case b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80:
			return false
		}
	}
	return false
}

// endsSentence reports whether the quotation's content ends with a full
// stop, question or exclamation mark.
func (x *extraction) endsSentence(it *item) bool {
	c := it.parts[len(it.parts)-1].content
	t := strings.TrimRight(x.text[c.Start:c.End], " ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "…")
}

// setSpeaker fills the attribution fields of it from sp.
func (x *extraction) setSpeaker(it *item, sp speaker, toks []tok, pos Position) {
	it.q.Position = pos
	it.q.Mention = sp.mention
	it.q.Cue = x.text[sp.cue.Start:sp.cue.End]
	it.q.CueSpan = sp.cue
	if !sp.role.IsZero() {
		it.q.RoleSpan = sp.role
		it.q.Role = x.text[sp.role.Start:sp.role.End]
	}
	m := x.text[sp.mention.Start:sp.mention.End]
	if x.lx.class(m)&wPronoun != 0 {
		if c := x.resolvePronoun(m, sp.mention.Start); c != nil {
			it.q.Speaker = c.name
			if it.q.Role == "" {
				it.q.Role, it.q.RoleSpan = c.role, c.roleAt
			}
		} else {
			it.q.Speaker = m
		}
	} else {
		it.q.Speaker = x.resolveName(sp.mention)
	}
	it.q.OrgSpan = x.orgOf(it.q.RoleSpan, sp.mention)
	if !it.q.OrgSpan.IsZero() {
		it.q.Org = x.text[it.q.OrgSpan.Start:it.q.OrgSpan.End]
	}
}

// findBefore looks for the cue closest before the opening mark at token
// open, no earlier than lo. gapClean reports that nothing but the cue's
// complement ("told reporters:", "said in a statement,") stands between
// the attribution and the mark.
func (x *extraction) findBefore(toks []tok, lo, open int) (sp speaker, gapClean bool) {
	cue, cueLast := -1, -1
	for k := open - 1; k >= lo; k-- {
		last, ok := x.isCue(toks, k)
		if !ok || last >= open {
			continue
		}
		if cue < 0 {
			cue, cueLast = k, last
		}
		if x.cueTakesSpeakerAfter(toks, k) {
			sp = x.subjectAfter(toks, last, open)
		} else {
			sp = x.subjectBefore(toks, lo, k)
			if !sp.ok && k == cue && (k == lo || toks[k-1].kind == tkPunct && toks[k-1].b == ',') && !strings.HasSuffix(x.word(toks[k]), "ing") {
				sp = x.subjectAfter(toks, last, open)
			}
		}
		if !sp.ok {
			if k == cue && x.dependentCue(toks, k) {
				if ss := x.sentenceSubject(toks, lo, k); ss.ok {
					sp = ss
				} else {
					continue // "he said, adding: “…”": the speaker is the earlier cue's
				}
			} else {
				return speaker{}, false
			}
		}
		k, last = cue, cueLast
		sp.cue = Span{toks[k].start, toks[last].end}
		sp.cueTok = k
		from := last + 1
		if sp.last > last {
			from = sp.last + 1
		}
		words := 0
		for j := from; j < open; j++ {
			if toks[j].kind == tkWord {
				words++
			}
		}
		gapClean = words == 0
		if !gapClean && words <= 12 && open > 0 {
			t := toks[open-1]
			gapClean = t.kind == tkPunct && (t.b == ':' || t.b == ',') ||
				t.kind == tkWord && strings.EqualFold(x.word(t), "that") && words == 1
		}
		return sp, gapClean
	}
	return x.colonName(toks, lo, open)
}

// prevSentenceCue finds an attribution that ends the sentence before token
// lo ("Sam Lee, a spokesman, said in a statement."), for a quotation that
// opens the next sentence.
func (x *extraction) prevSentenceCue(toks []tok, lo int) speaker {
	end := lo - 1
	if end < 1 || toks[end].kind != tkPunct || toks[end].b != '.' {
		return speaker{}
	}
	start := end - 1
	for start > 0 && end-start < window && !isSentenceEnd(x.text, toks, start-1) &&
		toks[start-1].kind != tkClose && toks[start-1].kind != tkOpen {
		start--
	}
	for k := end - 1; k >= start && end-k <= 6; k-- {
		last, ok := x.isCue(toks, k)
		if !ok || last >= end {
			continue
		}
		sp := x.subjectBefore(toks, start, k)
		if !sp.ok {
			return speaker{}
		}
		sp.cue, sp.cueTok = Span{toks[k].start, toks[last].end}, k
		sp.last = last
		return sp
	}
	return speaker{}
}

// colonName reads the attribution "NAME: “…”" (headline and transcript
// style): the sentence before the mark is only a name and a colon. The cue
// is the colon.
func (x *extraction) colonName(toks []tok, lo, open int) (sp speaker, ok bool) {
	c := open - 1
	if c <= lo || toks[c].kind != tkPunct || toks[c].b != ':' || c-lo > 6 {
		return speaker{}, false
	}
	for k := lo; k < c; k++ {
		t := toks[k]
		if t.kind == tkWord && !t.upper || t.inQuote || t.kind != tkWord && t.b != '.' {
			return speaker{}, false
		}
	}
	kind, m, r := x.classify(toks, lo, c)
	if kind != segName && kind != segRole {
		return speaker{}, false
	}
	sp.mention, sp.role, sp.ok = m, r, true
	sp.cue, sp.cueTok = Span{toks[c].start, toks[c].end}, c
	sp.first, sp.last = lo, c
	return sp, true
}

// findAfter looks for an attribution after a closing mark, between token
// from and hi: “…,” X said / said X. gap counts the words between the mark
// and the attribution.
func (x *extraction) findAfter(toks []tok, from, hi int) (sp speaker, gap int) {
	s0 := from
	for s0 < hi && toks[s0].kind == tkPunct {
		s0++
	}
	for c := s0; c < hi; c++ {
		last, ok := x.isCue(toks, c)
		if !ok {
			continue
		}
		if c == s0 || x.cueTakesSpeakerAfter(toks, c) {
			sp = x.subjectAfter(toks, last, hi)
			sp.first = c
		} else {
			sp = x.subjectBefore(toks, s0, c)
			if !sp.ok && toks[c-1].kind == tkPunct && toks[c-1].b == ',' {
				sp = x.subjectAfter(toks, last, hi)
				sp.first = c
			}
			if sp.ok && sp.last < c {
				sp.last = last
			}
		}
		if !sp.ok {
			return speaker{}, 0
		}
		sp.cue = Span{toks[c].start, toks[last].end}
		sp.cueTok = c
		for j := s0; j < sp.first && j < c; j++ {
			if toks[j].kind == tkWord {
				gap++
			}
		}
		if gap > 0 {
			// A far attribution must close the sentence: “…” ..., contends X.
			end := max(sp.last, last)
			for j := end + 1; j < hi; j++ {
				if toks[j].kind == tkWord {
					return speaker{}, 0
				}
			}
		}
		return sp, gap
	}
	return speaker{}, 0
}

// signature reads a reader comment's " - Name, Place" after its closing mark.
func (x *extraction) signature(i int, s *qstate) {
	it := &x.items[i]
	last := it.parts[len(it.parts)-1]
	if last.closeTok < 0 {
		return
	}
	toks := x.ps[last.para].toks
	k := last.closeTok + 1
	if k >= len(toks) || toks[k].kind != tkPunct || (toks[k].b != '-' && x.word(toks[k]) != "–" && x.word(toks[k]) != "—") {
		return
	}
	a := k + 1
	b := a
	for b < len(toks) && toks[b].kind == tkWord && b-a < 6 {
		b++
	}
	if b == a || !toks[a].upper {
		return
	}
	m := Span{toks[a].start, toks[b-1].end}
	it.q.Mention = m
	it.q.Speaker = x.text[m.Start:m.End]
	it.q.Position = After
	s.attributed = true
}

// attributeFromContext gives an unattributed body quotation the speaker of
// an attribution paragraph ending in a colon just before it, or of the
// quotation just before it (a continuation).
func (x *extraction) attributeFromContext(i int, s *qstate, pi, prevPara, lastItem int, st []qstate) {
	it := &x.items[i]
	if it.q.Kind == Scare && !(it.parts[0].openTok == 0 && s.leftWords == 0) {
		return
	}
	atStart := it.parts[0].openTok == 0
	if atStart && prevPara >= 0 && x.ps[prevPara].Zone == ZoneBody {
		pt := x.ps[prevPara].toks
		if n := len(pt); n > 0 && pt[n-1].kind == tkPunct && pt[n-1].b == ':' {
			lo := n - 1
			for k := n - 2; k >= 0 && n-k <= window; k-- {
				if pt[k].kind == tkClose || pt[k].kind == tkOpen || isSentenceEnd(x.text, pt, k) {
					break
				}
				lo = k
			}
			if sp, _ := x.findBefore(pt, lo, n-1); sp.ok {
				x.setSpeaker(it, sp, pt, SeparateParagraph)
				it.q.Kind = Direct
				s.attributed = true
				return
			}
		}
	}
	if lastItem < 0 || prevPara < 0 || !st[lastItem].attributed {
		return
	}
	src := &x.items[lastItem]
	if src.q.Kind == Scare || src.q.Mention.IsZero() {
		return
	}
	if atStart && s.leftWords == 0 {
		x.inherit(it, src)
		it.q.Position = Continuation
		if s.rightWords == 0 || it.q.Kind == Scare {
			it.q.Kind = Direct
		}
		s.attributed = true
		return
	}
	if it.q.Kind == Partial && !x.hasCue(pi) {
		x.inherit(it, src)
		s.attributed = true
	}
}

// hasCue reports whether paragraph pi holds a cue outside quotations.
func (x *extraction) hasCue(pi int) bool {
	p := &x.ps[pi]
	if p.cue == 0 {
		p.cue = 1
		for k := range p.toks {
			if !x.mayBeCue(&p.toks[k]) {
				continue
			}
			if _, ok := x.isCue(p.toks, k); ok {
				p.cue = 2
				break
			}
		}
	}
	return p.cue == 2
}

// mergeSplit joins the split quotation “A,” X said, “B.” into one with two
// spans, when B has no attribution of its own (or shares A's cue).
func (x *extraction) mergeSplit(st []qstate) {
	mergedInto := map[int]int{}
	for pi := range x.ps {
		p := &x.ps[pi]
		if len(p.items) < 2 {
			continue
		}
		kept := p.items[:1]
		a := p.items[0]
		for _, b := range p.items[1:] {
			if x.canMerge(pi, a, b, st) {
				ia, ib := &x.items[a], &x.items[b]
				ia.parts = x.appendParts(ia.parts, ib.parts...)
				ia.q.Position = Middle
				ia.words += ib.words
				if ia.q.Kind == Partial && st[a].leftWords == 0 {
					ia.q.Kind = Direct
				}
				ib.drop = true
				mergedInto[b] = a
				st[a].attrLast = st[b].attrLast
				st[a].hi = st[b].hi
				st[a].rightWords = st[b].rightWords
				continue
			}
			kept = append(kept, b)
			a = b
		}
		p.items = kept
	}
	if len(mergedInto) == 0 {
		return
	}
	for c := range x.items {
		if m, ok := mergedInto[x.items[c].parent]; ok {
			x.items[c].parent = m
		}
	}
}

// canMerge reports whether item b, next after item a in paragraph pi, is
// the second half of a split quotation.
func (x *extraction) canMerge(pi, a, b int, st []qstate) bool {
	p := &x.ps[pi]
	ia, ib := &x.items[a], &x.items[b]
	if ia.drop || ib.drop || ia.q.Position != After && ia.q.Position != Middle || st[a].attrLast < 0 {
		return false
	}
	la := ia.parts[len(ia.parts)-1]
	if la.para != pi || ib.parts[0].para != pi || ia.q.Kind == Scare || ib.q.Kind == Scare && ib.words <= 4 {
		return false
	}
	if st[b].attributed && ib.q.CueSpan != ia.q.CueSpan {
		return false
	}
	ok, ok2 := true, true
	for k := st[a].attrLast + 1; k < ib.parts[0].openTok; k++ {
		if p.toks[k].kind == tkWord {
			ok = false
			break
		}
	}
	for k := st[a].hi; k < ib.parts[0].openTok; k++ {
		if p.toks[k].kind == tkWord {
			ok2 = false
			break
		}
	}
	return ok || ok2 && (!st[b].attributed || ib.q.CueSpan == ia.q.CueSpan)
}

// orgOf finds the speaker's organisation in the role ("NHS Alliance
// Chairman", "joint vice-chair of the NHS Alliance") or in the mention ("a
// DH spokesperson", "the New NHS Alliance").
func (x *extraction) orgOf(role, mention Span) Span {
	for _, sp := range []Span{role, mention} {
		if sp.IsZero() || !hasUpperASCII(x.text[sp.Start:sp.End]) {
			continue // every rule below needs a capitalised word
		}
		var buf [24]Span
		ws := wordSpans(buf[:0], x.text, sp)
		if len(ws) == 0 {
			continue
		}
		a := 0
		if x.isDet(x.text[ws[0].Start:ws[0].End]) {
			a = 1
		}
		// The first and last rules need a capitalised word at a; the
		// others skip looking for the first role word.
		capital := a < len(ws) && isUpperStart(x.text[ws[a].Start:ws[a].End])
		// Leading capitalised words before the first role word.
		r := -1
		for k, w := range ws {
			if !capital {
				break
			}
			if c := x.lx.classAt(x.text, w.Start, w.End); c&wRole != 0 && c&wHonorific == 0 {
				r = k
				break
			}
		}
		if r > a {
			e := r
			for e > a && !x.orgish(ws[e-1]) {
				e--
			}
			if e > a && x.allUpperStart(ws[a:e]) {
				return Span{ws[a].Start, ws[e-1].End}
			}
		}
		// After "of", "at" or "for": "vice-chair of the NHS Alliance".
		for k, w := range ws {
			if n := w.End - w.Start; n < 2 || n > 3 || !foldIn(x.text[w.Start:w.End], "of", "at", "for") {
				continue
			}
			s := k + 1
			if s < len(ws) && x.isDet(x.text[ws[s].Start:ws[s].End]) {
				s++
			}
			e := s
			for e < len(ws) && isUpperStart(x.text[ws[e].Start:ws[e].End]) {
				e++
			}
			if e > s && x.anyOrgish(ws[s:e]) {
				return Span{ws[s].Start, ws[e-1].End}
			}
		}
		// The mention itself names an organisation.
		if capital && sp == mention && r < 0 && len(ws) > a && x.allUpperStart(ws[a:]) && x.classOf(mention) == ecThing {
			return Span{ws[a].Start, ws[len(ws)-1].End}
		}
	}
	return Span{}
}

// hasUpperASCII reports whether s holds an ASCII capital letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func (x *extraction) orgish(w Span) bool {
	s := x.text[w.Start:w.End]
	if x.lx.classAt(x.text, w.Start, w.End)&wOrg != 0 {
		return true
	}
	up := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			up++
		}
	}
	return up >= 2 && up*2 >= len(s)
}

func (x *extraction) anyOrgish(ws []Span) bool {
	for _, w := range ws {
		if x.orgish(w) {
			return true
		}
	}
	return false
}

func (x *extraction) allUpperStart(ws []Span) bool {
	for _, w := range ws {
		if !isUpperStart(x.text[w.Start:w.End]) {
			return false
		}
	}
	return true
}

// wordSpans appends to out the words of text[sp.Start:sp.End], split at
// spaces and commas.
func wordSpans(out []Span, text string, sp Span) []Span {
	i := sp.Start
	for i < sp.End {
		for i < sp.End && isSpanSep(text[i]) {
			i++
		}
		j := i
		for j < sp.End && !isSpanSep(text[j]) {
			j++
		}
		if j > i {
			out = append(out, Span{i, j})
		}
		i = j
	}
	return out
}

// isSpanSep reports whether c is a space, a comma or a tab, which part the
// words of wordSpans: one comparison for the bytes above ',', most of them.
func isSpanSep(c byte) bool {
	const seps = 1<<' ' | 1<<',' | 1<<'\t'
	return c <= ',' && seps>>c&1 != 0
}
