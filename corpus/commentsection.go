package corpus

// addComment records c and marks l as a comment line.
func (st *state) addComment(a *Article, l *line, c Comment, text []byte) {
	l.kind = KindComment
	c.Author = string(text[c.AuthorSpan.Start:c.AuthorSpan.End])
	if c.PlaceSpan.End > c.PlaceSpan.Start {
		c.Place = string(text[c.PlaceSpan.Start:c.PlaceSpan.End])
	} else {
		c.PlaceSpan = Span{}
	}
	if c.AuthorSpan.End <= c.AuthorSpan.Start {
		c.AuthorSpan = Span{}
		c.Author = ""
	}
	a.Comments = append(a.Comments, c)
}

// classifyComments reads the comments section that starts with the header
// line cstart: one-line signed comments, comments followed by a signature
// line, comments introduced by "Name wrote:", and unsigned comments.
func (st *state) classifyComments(a *Article, text []byte, cstart int, lex *lexTable) {
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
			st.addComment(a, l, c, text)
			continue
		}
		free := j+1 < n && L[j+1].kind == KindUnknown && L[j+1].reason == ReasonNone
		if free && l.words >= 3 && l.dateKind == 0 {
			nx := &L[j+1]
			if sig, ok := signatureLine(text, nx.start, nx.end, lex); ok && nx.words <= 10 {
				c := Comment{Span: content(l), Raw: Span{l.start, nx.end}, AuthorSpan: sig.author, PlaceSpan: sig.place}
				st.addComment(a, l, c, text)
				nx.kind = KindComment
				j++
				continue
			}
		}
		if sig, ok := introLine(text, l.start, l.end, lex); ok && free {
			nx := &L[j+1]
			c := Comment{Span: content(nx), Raw: Span{l.start, nx.end}, AuthorSpan: sig.author, PlaceSpan: sig.place}
			st.addComment(a, l, c, text)
			nx.kind = KindComment
			j++
			continue
		}
		if l.dateKind != 0 || l.words < 3 {
			l.kind = KindBoilerplate
			l.finalReason = ReasonLowContent
			continue
		}
		st.addComment(a, l, Comment{Span: content(l), Raw: Span{l.start, l.end}}, text)
	}
}
