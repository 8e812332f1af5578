//go:build go1.24

package corpus

import (
	"unicode"
	"unicode/utf8"
)

// titleCase reports whether most words of l that are not function words are
// capitalised, as in a headline written in title case.
func titleCase(l *line) bool {
	content := l.words - l.stops
	return l.words <= 20 && l.end-l.start <= 150 && content >= 3 && l.caps >= 3 && 4*(l.caps) >= 3*content
}

// titleLike reports whether l can be a headline: a short line of words with
// no full stop, colon, semicolon or comma at its end.
func titleLike(text []byte, l *line) bool {
	if l.reason != ReasonNone || l.dateKind != 0 || l.words < 3 || l.words > 30 || l.alpha < 2 ||
		l.end-l.start > maxTitleLen {
		return false
	}
	switch l.term {
	case '.':
		// A headline with a full stop is still a headline when it is
		// written in title case ("Trust Chief Quits Over Deficit.").
		if !titleCase(l) {
			return false
		}
	case ':', ';', ',', '~', '|':
		return false
	}
	r, _ := utf8.DecodeRune(text[l.start:l.end])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || l.openQuote
}

// classify assigns every line its kind and fills the article.
func (st *state) classify(a *Article, text []byte, lex *lexTable) {
	L := st.lines
	st.comments = st.comments[:0]
	n := len(L)
	var (
		title, standfirst, bylineIdx = -1, -1, -1
		bylineSpan                   Span
		date                         Date
	)
	setDate := func(l *line, src DateSource) {
		date = Date{Time: l.date(), Span: Span{l.dateStart, l.dateEnd}, Source: src}
	}
	bylineAt := func(i int, bare bool) bool {
		if bylineIdx >= 0 {
			return false
		}
		l := &L[i]
		if l.words > 15 || l.end-l.start > 150 {
			return false
		}
		sp, ok := byline(text, l, st.wordsOf(text, l, lex), bare, lex)
		if !ok {
			return false
		}
		bylineIdx, bylineSpan = i, sp
		l.kind = KindByline
		// A date on the byline line ("By Jane Smith | 3 March 2011").
		st.toks = dateTokens(text[sp.Start:sp.End], lex, st.toks, 64)
		if m, ok := findDate(text[sp.Start:sp.End], st.toks, 0); ok {
			end := sp.Start + m.start
			e := trimSeps(text, sp.Start, end)
			if e > sp.Start {
				bylineSpan.End = e
				if date.IsZero() {
					date = Date{Time: m.t, Span: Span{sp.Start + m.start, sp.Start + m.end}, Source: DateLine}
				}
			}
		}
		return true
	}
	boiler := func(l *line, r Reason) {
		l.kind = KindBoilerplate
		l.finalReason = r
	}
	nextContent := func(i int) int {
		for j := i + 1; j < n; j++ {
			if L[j].reason == ReasonNone {
				return j
			}
		}
		return n
	}

	// The header block: furniture, page-header dates, title, duplicate title,
	// standfirst, byline and dateline, until the first line of the body.
	i := 0
	for ; i < n; i++ {
		l := &L[i]
		if l.reason != ReasonNone {
			boiler(l, l.reason)
			continue
		}
		if l.dateKind != 0 {
			nx := nextContent(i)
			if l.dateKind == 2 || (i+1 < n && L[i+1].reason != ReasonNone && nx > i+1) {
				boiler(l, ReasonHeaderDate)
				if date.IsZero() {
					setDate(l, PageHeader)
				}
			} else {
				l.kind = KindDateline
				if date.IsZero() || date.Source == PageHeader {
					setDate(l, DateLine)
				}
			}
			continue
		}
		if bylineAt(i, false) {
			continue
		}
		if l.words <= 2 && l.end-l.start <= 30 && !sentenceEnd(l.term) && i+1 < n {
			// A section label or menu word above the title.
			boiler(l, ReasonNavigation)
			continue
		}
		break
	}
	if i < n && titleLike(text, &L[i]) && st.goodishAfter(text, i) {
		title = i
		L[i].kind = KindTitle
		for i++; i < n; i++ {
			l := &L[i]
			switch {
			case l.reason != ReasonNone:
				boiler(l, l.reason)
				continue
			case sameWords(text, l, &L[title]):
				boiler(l, ReasonDuplicateTitle)
				continue
			case l.dateKind != 0:
				if date.IsZero() || date.Source == PageHeader {
					setDate(l, DateLine)
				}
				l.kind = KindDateline
				continue
			case bylineAt(i, true):
				continue
			case standfirst < 0 && bylineIdx < 0 && st.standfirstLike(text, i, lex):
				standfirst = i
				l.kind = KindStandfirst
				continue
			}
			break
		}
	}
	bodyStart := i

	// A title shown only at the foot, after a "Currently reading" label; any
	// later copy of the title is a duplicate.
	for j := bodyStart; j < n; j++ {
		l := &L[j]
		if l.kind != KindUnknown {
			continue
		}
		if l.reason == ReasonReadingLabel && j+1 < n && L[j+1].reason == ReasonNone && titleLike(text, &L[j+1]) {
			boiler(l, l.reason)
			if title < 0 {
				title = j + 1
				L[j+1].kind = KindTitle
			} else {
				boiler(&L[j+1], ReasonDuplicateTitle)
			}
			j++
			continue
		}
		if title >= 0 && l.reason == ReasonNone && abs((l.end-l.start)-(L[title].end-L[title].start)) <= 8 &&
			sameWords(text, l, &L[title]) {
			boiler(l, ReasonDuplicateTitle)
		}
	}

	// A press release's "ENDS" or "Notes to editors" ends the article.
	end := n
	for j := bodyStart + 1; j < n; j++ {
		if L[j].kind == KindUnknown && L[j].reason == ReasonEndMarker {
			end = j
			break
		}
	}
	for j := end; j < n; j++ {
		if L[j].kind == KindUnknown {
			boiler(&L[j], ReasonEndMarker)
		}
	}

	// The comments section starts at its header.
	cstart := n
	for j := bodyStart + 1; j < end; j++ {
		if L[j].kind == KindUnknown && L[j].reason == ReasonCommentsHeader {
			cstart = j
			break
		}
	}
	bodyEnd := min(cstart, end)

	st.classifyBody(text, bodyStart, bodyEnd, title >= 0 || bodyStart > 0)

	// Assign body and boilerplate; dates on lines of their own.
	firstGood, lastGood := -1, -1
	for j := bodyStart; j < bodyEnd; j++ {
		if L[j].kind == KindUnknown && L[j].class == clsGood {
			if firstGood < 0 {
				firstGood = j
			}
			lastGood = j
		}
	}
	for j := bodyStart; j < bodyEnd; j++ {
		l := &L[j]
		if l.kind != KindUnknown {
			continue
		}
		switch {
		case l.dateKind != 0 && l.reason == ReasonNone:
			if date.IsZero() {
				setDate(l, DateLine)
				l.kind = KindDateline
			} else {
				boiler(l, ReasonNavigation)
			}
		case l.class == clsGood:
			l.kind = KindBody
		case l.finalReason != ReasonNone:
			boiler(l, l.finalReason)
		case l.reason != ReasonNone:
			boiler(l, l.reason)
		case j > lastGood:
			if c, ok := signedComment(text, l.start, l.end, false, lex); ok {
				st.addComment(l, c)
				continue
			}
			if titleLike(text, l) && l.words >= 3 {
				boiler(l, ReasonRelatedLinks)
			} else {
				boiler(l, ReasonNavigation)
			}
		case j < firstGood:
			boiler(l, ReasonNavigation)
		default:
			boiler(l, ReasonLowContent)
		}
	}

	st.classifyComments(text, cstart, lex)

	// A date inside the first sentences.
	if date.IsZero() {
		seen := 0
		for j := bodyStart; j < n && seen < 3; j++ {
			if L[j].kind != KindBody {
				continue
			}
			seen++
			m, toks, ok := dateIn(text, &L[j], lex, st.toks)
			st.toks = toks
			if ok {
				date = Date{Time: m.t, Span: Span{m.start, m.end}, Source: InText}
				break
			}
		}
	}

	// Spans only: the texts are copied at the end, all in one string.
	if title >= 0 {
		a.Title.Span = Span{L[title].start, L[title].end}
	}
	if standfirst >= 0 {
		a.Standfirst.Span = Span{L[standfirst].start, L[standfirst].end}
	}
	if bylineIdx >= 0 {
		a.Byline.Span = bylineSpan
	}
	a.Date = date
	st.fillTexts(a, text)
	for j := range L {
		l := &L[j]
		p := Paragraph{Kind: l.kind, Span: Span{l.start, l.end}, Line: l.num}
		if l.kind == KindBoilerplate {
			p.Reason = l.finalReason
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// standfirstLike reports whether the line i right after the title is a
// standfirst: followed by the byline or a dateline, repeated nearly word for
// word by the next line, or a sentence fragment with no final punctuation.
func (st *state) standfirstLike(text []byte, i int, lex *lexTable) bool {
	L := st.lines
	l := &L[i]
	if l.words < 4 || l.end-l.start > 400 {
		return false
	}
	switch l.term {
	case ':', ';', ',', '|':
		return false
	}
	j := i + 1
	for j < len(L) && L[j].reason != ReasonNone {
		j++
	}
	if j < len(L) {
		nx := &L[j]
		if nx.dateKind != 0 {
			return true
		}
		if nx.words <= 15 && nx.end-nx.start <= 150 {
			if _, ok := byline(text, nx, st.wordsOf(text, nx, lex), true, lex); ok {
				return true
			}
		}
		if st.nearDup(text, l, nx) {
			return true
		}
	}
	return l.term == 0 && st.share(text, l) >= 0.2
}
