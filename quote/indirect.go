//go:build go1.24

package quote

import "strings"

// maxIndirect bounds the length of reported speech, in tokens.
const maxIndirect = 120

// indirectAfter records reported speech introduced by the cue at tokens
// [cue, last] whose speaker is s: "X said that CLAUSE", "X told Y that
// CLAUSE". The clause runs to the end of its sentence. Only the form with
// "that" is taken, which keeps precision high.
func (x *extraction) indirectAfter(toks []tok, cue, last int, s speaker) {
	w := x.lower(x.word(toks[cue]))
	if strings.HasSuffix(w, "ing") {
		return
	}
	k := last + 1
	limit := k + 1
	switch w {
	case "told", "tells", "tell", "warned", "warns", "warn", "assured", "assures", "informed", "informs", "reminded", "reminds":
		limit = k + 5 // the person told
	}
	for k < len(toks) && k < limit && !(toks[k].kind == tkWord && strings.EqualFold(x.word(toks[k]), "that")) {
		if toks[k].kind != tkWord || toks[k].inQuote {
			break
		}
		k++
	}
	start := k + 1
	if k >= len(toks) || k >= limit || toks[k].kind != tkWord || toks[k].inQuote || !strings.EqualFold(x.word(toks[k]), "that") {
		// "X says CLAUSE": only after a form of "say", and only when a
		// clause can start here.
		if w != "say" && w != "says" && w != "said" {
			return
		}
		k = last + 1
		if k >= len(toks) || toks[k].kind != tkWord || toks[k].inQuote {
			return
		}
		if t := toks[k]; t.cls&wFunction != 0 && !x.isDetLike(x.word(t)) && t.cls&wPronoun == 0 && !strings.EqualFold(x.word(t), "there") {
			return // "said in a statement", "said on Monday"
		}
		start = k
	}
	end := start
	for end < len(toks) && end-start < maxIndirect && !(mayEndSentence(&toks[end]) && isSentenceEnd(x.text, toks, end)) {
		end++
	}
	// Drop closing punctuation and marks at the end.
	e := min(end, len(toks)) - 1
	if end < len(toks) && isSentenceEnd(x.text, toks, end) {
		e = end - 1
	}
	for e >= start && toks[e].kind == tkPunct {
		e--
	}
	if e < start {
		return
	}
	content := Span{toks[start].start, toks[e].end}
	if toks[e].kind == tkOpen || toks[start].kind == tkClose || toks[start].kind == tkOpen {
		return
	}
	x.addIndirect(content, toks, cue, last, s, Before)
}

// indirectBefore records reported speech closed by the attribution at the
// end of its sentence: "CLAUSE, X said." / "CLAUSE, it says." / "CLAUSE,
// contends X." The cue is at tokens [cue, last], its speaker s.
func (x *extraction) indirectBefore(toks []tok, cue, last int, s speaker, inverted bool) {
	comma := cue - 1
	if !inverted {
		comma = s.first - 1
	}
	if comma < 1 || toks[comma].kind != tkPunct || toks[comma].b != ',' {
		return
	}
	// Nothing but skipped words may follow the attribution in its sentence.
	end := max(last, s.last) + 1
	for end < len(toks) && toks[end].kind == tkWord && toks[end].cls&wSkip != 0 {
		end++
	}
	if end < len(toks) && !isSentenceEnd(x.text, toks, end) {
		// "…, sector leaders have warned in a letter to the minister."
		switch x.lower(x.word(toks[end])) {
		case "in", "on", "at", "to", "during", "after", "before", "with", "from", "last", "earlier", "later":
		default:
			return
		}
	}
	start := comma - 1
	for start > 0 && comma-start < maxIndirect && !(mayEndSentence(&toks[start-1]) && isSentenceEnd(x.text, toks, start-1)) {
		start--
	}
	if start > 0 && !isSentenceEnd(x.text, toks, start-1) {
		return // longer than the bound
	}
	e := comma - 1
	if toks[start].kind == tkOpen || toks[e].kind == tkClose || toks[start].inQuote || e < start {
		return // a quotation with its attribution, not reported speech
	}
	x.addIndirect(Span{toks[start].start, toks[e].end}, toks, cue, last, s, After)
}

// addIndirect records an Indirect quotation with content span content.
func (x *extraction) addIndirect(content Span, toks []tok, cue, last int, s speaker, pos Position) {
	q := Quote{
		Kind:     Indirect,
		Text:     x.text[content.Start:content.End],
		Mention:  s.mention,
		Cue:      x.text[toks[cue].start:toks[last].end],
		CueSpan:  Span{toks[cue].start, toks[last].end},
		Position: pos,
		Nested:   -1,
	}
	if !s.role.IsZero() {
		q.Role, q.RoleSpan = x.text[s.role.Start:s.role.End], s.role
	}
	m := x.text[s.mention.Start:s.mention.End]
	if x.lx.class(m)&wPronoun != 0 {
		q.Speaker = m
		if c := x.resolvePronoun(m, s.mention.Start); c != nil {
			q.Speaker = c.name
		}
	} else {
		q.Speaker = x.resolveName(s.mention)
	}
	q.OrgSpan = x.orgOf(s.role, s.mention)
	if !q.OrgSpan.IsZero() {
		q.Org = x.text[q.OrgSpan.Start:q.OrgSpan.End]
	}
	x.indirect = append(x.indirect, q)
	x.indirectAt = append(x.indirectAt, content) // q.Spans, set by output

}
