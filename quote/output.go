//go:build go1.24

package quote

import (
	"slices"
	"strings"
)

// join says that out[q].Text is the joined texts' [from, to).
type join struct{ q, from, to int }

// output turns the items into Quotes sorted by their first span, with the
// indirect speech merged in. The Quotes are allocated in one piece, the
// Spans and Marks of all of them in another; the joined Text of the
// quotations in several parts shares one string.
func (x *extraction) output() []Quote {
	idx := x.outIdx[:0]
	nParts, nMarks, joined := 0, 0, 0
	for i := range x.items {
		it := &x.items[i]
		if it.drop {
			continue
		}
		idx = append(idx, i)
		nParts += len(it.parts)
		for _, pt := range it.parts {
			nMarks++
			if pt.close >= 0 {
				nMarks++
			}
		}
		if len(it.parts) > 1 {
			for _, pt := range it.parts {
				joined += pt.content.End - pt.content.Start + 1
			}
		}
	}
	x.outIdx = idx
	slices.SortStableFunc(idx, func(a, b int) int {
		return x.items[a].parts[0].content.Start - x.items[b].parts[0].content.Start
	})
	pos := resized(x.outPos, len(x.items))
	x.outPos = pos
	for i := range pos {
		pos[i] = -1
	}
	for n, i := range idx {
		pos[i] = n
	}
	indirect := x.indirect
	if x.e.SkipIndirect {
		indirect = nil
	}
	nParts += len(indirect)
	if len(idx)+len(indirect) == 0 {
		return nil
	}
	out := make([]Quote, len(idx), len(idx)+len(indirect))
	// The Spans and the Marks of every quotation, in one allocation.
	all := make([]Span, nParts+nMarks)
	spans := all[:0:nParts]
	marks := all[nParts:nParts:len(all)]
	// The joined texts, built in one buffer and cut once it is a string.
	var sb strings.Builder
	sb.Grow(joined)
	joins := x.joins[:0]
	for n, i := range idx {
		it := &x.items[i]
		out[n] = it.q
		q := &out[n] // filled in place: a Quote is too big to copy twice
		s0, m0 := len(spans), len(marks)
		from := sb.Len()
		for j, pt := range it.parts {
			spans = append(spans, pt.content)
			if len(it.parts) == 1 {
				q.Text = x.text[pt.content.Start:pt.content.End] // shares the input's memory
			} else {
				if j > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(x.text[pt.content.Start:pt.content.End])
			}
			om := x.ms.marks[pt.open]
			marks = append(marks, Span{om.start, om.end})
			if pt.close >= 0 {
				cm := x.ms.marks[pt.close]
				marks = append(marks, Span{cm.start, cm.end})
			}
		}
		if len(it.parts) > 1 {
			joins = append(joins, join{n, from, sb.Len()})
		}
		q.Spans = spans[s0:len(spans):len(spans)]
		q.Marks = marks[m0:len(marks):len(marks)]
		q.Nested = -1
		if it.parent >= 0 {
			if p := pos[it.parent]; p >= 0 {
				q.Nested = p
			}
		}
	}
	x.joins = joins
	if len(joins) > 0 {
		all := sb.String()
		for _, jn := range joins {
			out[jn.q].Text = all[jn.from:jn.to]
		}
	}
	if len(indirect) == 0 {
		return out
	}
	// Merge in the indirect speech from the back, renumbering the Nested
	// indexes; a quotation comes before reported speech at the same start.
	at := x.indirectAt
	order := x.indOrder[:0]
	for j := range indirect {
		order = append(order, j)
	}
	x.indOrder = order
	slices.SortStableFunc(order, func(a, b int) int { return at[a].Start - at[b].Start })
	for _, j := range order {
		spans = append(spans, at[j])
		indirect[j].Spans = spans[len(spans)-1 : len(spans) : len(spans)]
	}
	newIdx := resized(x.newIdx, len(out))
	x.newIdx = newIdx
	i, j := len(out)-1, len(order)-1
	out = out[:len(out)+len(indirect)]
	for k := len(out) - 1; j >= 0; k-- {
		if i >= 0 && out[i].Spans[0].Start > at[order[j]].Start {
			newIdx[i] = k
			out[k] = out[i]
			i--
			continue
		}
		out[k] = indirect[order[j]]
		j--
	}
	for ; i >= 0; i-- {
		newIdx[i] = i
	}
	for k := range out {
		if out[k].Nested >= 0 {
			out[k].Nested = newIdx[out[k].Nested]
		}
	}
	return out
}
