//go:build go1.24

package corpus

// addComment records c (its spans: the texts are filled in by fillTexts)
// and marks l as a comment line.
func (st *state) addComment(l *line, c Comment) {
	l.kind = KindComment
	if c.PlaceSpan.End <= c.PlaceSpan.Start {
		c.PlaceSpan = Span{}
	}
	if c.AuthorSpan.End <= c.AuthorSpan.Start {
		c.AuthorSpan = Span{}
	}
	st.comments = append(st.comments, c)
}

// classifyComments reads the comments section that starts with the header
// line cstart: one-line signed comments, comments followed by a signature
// line, comments introduced by "Name wrote:", and unsigned comments.
func (st *state) classifyComments(text []byte, cstart int, lex *lexTable) {
	L := st.lines
	n := len(L)
	if cstart >= n {
		return
	}
	L[cstart].kind = KindBoilerplate
	L[cstart].finalReason = ReasonCommentsHeader
	content := func(l *line) Span {
		if qs, qe, ok := quoteContent(text[l.start:l.end]); ok && qe > qs {
			return Span{l.start + qs, l.start + qe}
		}
		return Span{l.start, l.end}
	}
	for j := cstart + 1; j < n; j++ {
		l := &L[j]
		if l.kind != KindUnknown {
			continue
		}
		if l.reason != ReasonNone {
			l.kind = KindBoilerplate
			l.finalReason = l.reason
			continue
		}
		if c, ok := signedComment(text, l.start, l.end, true, lex); ok {
			st.addComment(l, c)
			continue
		}
		free := j+1 < n && L[j+1].kind == KindUnknown && L[j+1].reason == ReasonNone
		if free && l.words >= 3 && l.dateKind == 0 {
			nx := &L[j+1]
			if sig, ok := signatureLine(text, nx.start, nx.end, lex); ok && nx.words <= 10 {
				c := Comment{Span: content(l), Raw: Span{l.start, nx.end}, AuthorSpan: sig.author, PlaceSpan: sig.place}
				st.addComment(l, c)
				nx.kind = KindComment
				j++
				continue
			}
		}
		if sig, ok := introLine(text, l.start, l.end, lex); ok && free {
			nx := &L[j+1]
			c := Comment{Span: content(nx), Raw: Span{l.start, nx.end}, AuthorSpan: sig.author, PlaceSpan: sig.place}
			st.addComment(l, c)
			nx.kind = KindComment
			j++
			continue
		}
		if l.dateKind != 0 || l.words < 3 {
			l.kind = KindBoilerplate
			l.finalReason = ReasonLowContent
			continue
		}
		st.addComment(l, Comment{Span: content(l), Raw: Span{l.start, l.end}})
	}
}
