//go:build go1.24

package corpus

// fillTexts copies the texts of the article's fields, date and comment
// authors and places out of text, all into one string (one allocation,
// not one per field), and gives the article its comments, recorded in
// st.comments with their spans only. Every span must be within text.
func (st *state) fillTexts(a *Article, text []byte) {
	if len(st.comments) > 0 {
		a.Comments = make([]Comment, len(st.comments))
		copy(a.Comments, st.comments)
	}
	buf := st.buf[:0]
	add := func(s Span) { buf = append(buf, text[s.Start:s.End]...) }
	add(a.Title.Span)
	add(a.Standfirst.Span)
	add(a.Byline.Span)
	add(a.Date.Span)
	for i := range a.Comments {
		add(a.Comments[i].AuthorSpan)
		add(a.Comments[i].PlaceSpan)
	}
	st.buf = buf
	all := string(buf)
	take := func(s Span) string {
		t := all[:s.Len()]
		all = all[s.Len():]
		return t
	}
	a.Title.Text = take(a.Title.Span)
	a.Standfirst.Text = take(a.Standfirst.Span)
	a.Byline.Text = take(a.Byline.Span)
	a.Date.Text = take(a.Date.Span)
	for i := range a.Comments {
		c := &a.Comments[i]
		c.Author = take(c.AuthorSpan)
		c.Place = take(c.PlaceSpan)
	}
}
