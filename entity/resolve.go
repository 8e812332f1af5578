//go:build go1.24

package entity

// resolve turns the raw matches into mentions, choosing one body for each
// named match by the date or the era of the text.
func (st *state) resolve(opt Options) []Mention {
	if len(st.raws) == 0 {
		return nil
	}
	m := st.m
	out := make([]Mention, len(st.raws))
	date := int32(0)
	hasDate := !opt.Date.IsZero()
	if hasDate {
		date = dayOf(opt.Date)
	}
	for i := range st.raws {
		r := &st.raws[i]
		mt := &out[i]
		mt.Text, mt.Start, mt.End, mt.Type = st.text[r.start:r.end], r.start, r.end, r.typ
		switch {
		case r.ante >= 0:
			a := &out[r.ante] // always earlier, so already resolved
			mt.Org, mt.Kind, mt.Candidates, mt.DateInferred = a.Org, a.Kind, a.Candidates, a.DateInferred
		case r.unknown:
			mt.Kind = m.classes[r.class].kind
		case r.cn == 0:
			c := &m.classes[r.class]
			mt.Generic, mt.Kind, mt.Class = true, c.kind, c.label
		default:
			cs := st.cands[r.c0 : r.c0+r.cn]
			best, inferred := st.choose(cs, hasDate, date)
			mt.Org = &m.orgs[best.org]
			mt.Kind = mt.Org.Kind
			mt.Candidates = len(cs)
			mt.DateInferred = inferred
			if best.typ == TypeAcronym {
				mt.Type = TypeAcronym
			}
		}
	}
	return out
}

// choose picks one of the candidates: those open on the date, if any; then
// those whose period agrees with most of the era evidence of the text; then
// the best spelling (official name before alias before derived form), a
// council before another body for a place name, and register order.
func (st *state) choose(cs []cand, hasDate bool, date int32) (cand, bool) {
	m := st.m
	if len(cs) == 1 {
		return cs[0], false
	}
	open := func(c cand) bool {
		s := m.orgEra[c.org]
		return s.from <= date && date <= s.to
	}
	anyOpen := false
	if hasDate {
		for _, c := range cs {
			if open(c) {
				anyOpen = true
				break
			}
		}
	}
	type scored struct {
		c     cand
		score int
	}
	best := scored{c: cand{org: -1}}
	left, first, differ := 0, 0, false // candidates left, the first one's score, whether another's differs
	for _, c := range cs {
		if anyOpen && !open(c) {
			continue
		}
		left++
		score := st.score(c.org)
		if left == 1 {
			first = score
		} else if score != first {
			differ = true
		}
		if best.c.org < 0 || better(m, c, score, best.c, best.score) {
			best = scored{c, score}
		}
	}
	return best.c, differ
}

// better reports whether candidate a with era score sa beats b with sb.
func better(m *Matcher, a cand, sa int, b cand, sb int) bool {
	if sa != sb {
		return sa > sb
	}
	if a.prio != b.prio {
		return a.prio < b.prio
	}
	ka, kb := m.orgs[a.org].Kind == KindLocalAuthority, m.orgs[b.org].Kind == KindLocalAuthority
	if ka != kb && a.prio == prioPlace {
		return ka
	}
	return a.org < b.org
}

// score returns how many pieces of era evidence of the text overlap the
// period of org. Evidence is kept per distinct period and scores are cached
// per body, so resolving many mentions stays linear.
func (st *state) score(org int32) int {
	if v, ok := st.scores[org]; ok {
		return v
	}
	if st.scores == nil {
		st.scores = make(map[int32]int)
	}
	s := st.m.orgEra[org]
	score := 0
	for _, e := range st.evs {
		if e.s.from <= s.to && s.from <= e.s.to {
			score += e.n
		}
	}
	st.scores[org] = score
	return score
}
