package corpus

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"
)

// class is the content class of a line, as in jusText-style boilerplate
// removal: good lines are sentences of a reasonable length with a normal
// share of function words, bad lines are furniture, short and near-good lines
// are decided by their neighbours.
type class uint8

const (
	clsNone class = iota
	clsBad
	clsShort
	clsNearGood
	clsGood
)

// Thresholds of the content classifier. Lengths are in bytes of the trimmed
// line.
const (
	shortLen    = 70   // below: short, decided by neighbours
	longLen     = 200  // at or above: good even without final punctuation
	goodStops   = 0.25 // share of stop words for a good line
	nearStops   = 0.12 // share of stop words below which a line is bad
	pullWindow  = 10   // lines either side searched for the source of a pull quote
	maxTitleLen = 250
)

func stopShare(l *line) float64 {
	if l.words == 0 {
		return 0
	}
	return float64(l.stops) / float64(l.words)
}

func sentenceEnd(t byte) bool { return t == '.' || t == '!' || t == '?' || t == '~' || t == ':' }

// goodish is a cheap test for a sentence-like content line, used before the
// full classification to tell whether an article has a body at all.
func goodish(l *line) bool {
	n := l.end - l.start
	return l.reason == ReasonNone && l.dateKind == 0 && n >= shortLen && l.words >= 8 && stopShare(l) >= 0.2 &&
		(sentenceEnd(l.term) || n >= longLen)
}

// sentenceish is a weaker test than goodish: a line of at least six words
// ending like a sentence. A title needs one after it.
func sentenceish(l *line) bool {
	return l.reason == ReasonNone && l.dateKind == 0 && l.words >= 6 && sentenceEnd(l.term) && stopShare(l) >= 0.15
}

// titleLike reports whether l can be a headline: a short line of words with
// no full stop, colon, semicolon or comma at its end.
func titleLike(text []byte, l *line) bool {
	if l.reason != ReasonNone || l.dateKind != 0 || l.words < 3 || l.words > 30 || l.alpha < 2 ||
		l.end-l.start > maxTitleLen {
		return false
	}
	switch l.term {
	case '.', ':', ';', ',', '~', '|':
		return false
	}
	r, _ := utf8.DecodeRune(text[l.start:l.end])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || l.openQuote
}

// initialClass gives the context-free class of a line.
func initialClass(l *line) class {
	n := l.end - l.start
	sw := stopShare(l)
	switch {
	case l.reason != ReasonNone:
		return clsBad
	case n < shortLen:
		if l.alpha == 0 {
			return clsBad
		}
		return clsShort
	case sw >= goodStops && (sentenceEnd(l.term) || n >= longLen):
		return clsGood
	case sw >= nearStops:
		return clsNearGood
	}
	return clsBad
}

// sameWords reports whether a and b have the same words, ignoring case,
// punctuation and spacing.
func sameWords(text []byte, a, b *line) bool {
	s, t := text[a.start:a.end], text[b.start:b.end]
	i, j := 0, 0
	for {
		for i < len(s) && wordAt(s, i) == i {
			i++
		}
		for j < len(t) && wordAt(t, j) == j {
			j++
		}
		if i >= len(s) || j >= len(t) {
			return i >= len(s) && j >= len(t)
		}
		ie, je := wordAt(s, i), wordAt(t, j)
		if !bytes.EqualFold(s[i:ie], t[j:je]) {
			return false
		}
		i, j = ie, je
	}
}

// nearDup reports whether two lines share nearly all their words (at least
// 80% of the distinct words of the longer one), as a standfirst and the first
// paragraph that repeats it do. Words are compared by hash.
func (st *state) nearDup(text []byte, a, b *line) bool {
	la, lb := a.end-a.start, b.end-b.start
	if a.words < 4 || b.words < 4 || la > 2000 || lb > 2000 || 10*min(la, lb) < 7*max(la, lb) {
		return false
	}
	st.hashA = distinctHashes(text[a.start:a.end], st.hashA[:0])
	st.hashB = distinctHashes(text[b.start:b.end], st.hashB[:0])
	x, y := st.hashA, st.hashB
	common := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return float64(common) >= 0.8*float64(max(len(x), len(y)))
}

// distinctHashes appends the sorted, distinct hashes of the lower-case words
// of s to dst.
func distinctHashes(s []byte, dst []uint32) []uint32 {
	for i := 0; i < len(s); {
		j := wordAt(s, i)
		if j == i {
			i++
			continue
		}
		h := uint32(fnvOffset)
		for _, c := range s[i:j] {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint32(c)) * fnvPrime
		}
		dst = append(dst, h)
		i = j
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// byline recognises an author line: "By Jane Smith[, role]" anywhere in the
// header block, or, after the title, a bare name with an optional role
// ("Caroline White", "Jane Smith, Health Correspondent"). It returns the
// byline's span (without "By ").
func byline(text []byte, l *line, ws []word, bare bool, lex *lexTable) (Span, bool) {
	s := text[l.start:l.end]
	if l.words > 15 || len(s) > 150 || l.term == '.' && !bytes.HasSuffix(s, []byte("Ltd.")) {
		return Span{}, false
	}
	if len(ws) >= 3 && eqWord(s, ws[0], "by") && ws[1].upper && ws[0].start == 0 {
		return Span{l.start + ws[1].start, l.end}, true
	}
	for _, pre := range [...]string{"Written by ", "Words by ", "Author: ", "Reporter: "} {
		if bytes.HasPrefix(s, []byte(pre)) && len(ws) >= 3 {
			return Span{l.start + len(pre), l.end}, true
		}
	}
	if !bare || l.words < 2 || l.words > 10 {
		return Span{}, false
	}
	sig, ok := parseSignature(text, l.start, l.end, lex)
	if !ok || bytes.IndexByte(text[sig.author.Start:sig.author.End], ' ') < 0 {
		return Span{}, false
	}
	// A name is made of names: no headline, role or furniture words in it.
	for _, w := range ws {
		if l.start+w.start >= sig.author.End {
			break
		}
		if w.bits&(cueRole|cueKey|cueSocial|cueMonth|cueWeekday) != 0 && w.bits&cueStop == 0 {
			return Span{}, false
		}
	}
	return Span{l.start, l.end}, true
}

// dateIn looks for a publication date inside a sentence: a full date in
// brackets ("today (29 January 2010)") or right after "today", "published"
// or "dated". Offsets are absolute.
func dateIn(text []byte, l *line, lex *lexTable, toks []dtok) (dateMatch, []dtok, bool) {
	s := text[l.start:l.end]
	if bytes.IndexByte(s, '(') < 0 && !bytes.Contains(s, []byte("oday")) &&
		!bytes.Contains(s, []byte("ublished")) && !bytes.Contains(s, []byte("Dated")) && !bytes.Contains(s, []byte(" dated")) {
		return dateMatch{}, toks, false
	}
	toks = dateTokens(s, lex, toks, 4096)
	for from := 0; ; {
		m, ok := findDate(s, toks, from)
		if !ok {
			return dateMatch{}, toks, false
		}
		from = m.next
		before := bytes.TrimRight(s[:m.start], " \u00a0")
		after := bytes.TrimLeft(s[m.end:], " \u00a0")
		if bytes.HasSuffix(before, []byte("(")) && bytes.HasPrefix(after, []byte(")")) {
			m.start += l.start
			m.end += l.start
			return m, toks, true
		}
		before = bytes.TrimRight(before, ",:")
		for _, w := range [...]string{"today", "published", "dated", "Published", "Dated", "Today"} {
			if bytes.HasSuffix(before, []byte(w)) {
				k := len(before) - len(w)
				if k == 0 || !isASCIIAlnum(before[k-1]) {
					m.start += l.start
					m.end += l.start
					return m, toks, true
				}
			}
		}
	}
}

// classify assigns every line its kind and fills the article.
func (st *state) classify(a *Article, text []byte, lex *lexTable) {
	L := st.lines
	n := len(L)
	lastGoodish := -1
	for i := range L {
		if goodish(&L[i]) || sentenceish(&L[i]) {
			lastGoodish = i
		}
	}
	var (
		title, standfirst, bylineIdx = -1, -1, -1
		bylineSpan                   Span
		date                         Date
	)
	setDate := func(l *line, src DateSource) {
		date = Date{Time: l.date(), Text: string(text[l.dateStart:l.dateEnd]),
			Span: Span{l.dateStart, l.dateEnd}, Source: src}
	}
	bylineAt := func(i int, bare bool) bool {
		if bylineIdx >= 0 {
			return false
		}
		l := &L[i]
		if l.words > 15 || l.end-l.start > 150 {
			return false
		}
		analyzeWords(l, text, lex, &st.words)
		sp, ok := byline(text, l, st.words, bare, lex)
		if !ok {
			return false
		}
		bylineIdx, bylineSpan = i, sp
		l.kind = KindByline
		// A date on the byline line ("By Jane Smith | 3 March 2011").
		st.toks = dateTokens(text[sp.Start:sp.End], lex, st.toks, 64)
		if m, ok := findDate(text[sp.Start:sp.End], st.toks, 0); ok {
			end := sp.Start + m.start
			_, e := trimSpace(text, sp.Start, end)
			for e > sp.Start && bytes.IndexByte([]byte("|,-–—•·"), text[e-1]) >= 0 {
				_, e = trimSpace(text, sp.Start, e-1)
			}
			if e > sp.Start {
				bylineSpan.End = e
				if date.IsZero() {
					date = Date{Time: m.t, Text: string(text[sp.Start+m.start : sp.Start+m.end]),
						Span: Span{sp.Start + m.start, sp.Start + m.end}, Source: DateLine}
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
	if i < n && titleLike(text, &L[i]) && lastGoodish > i {
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
				st.addComment(a, l, c, text)
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

	st.classifyComments(a, text, cstart, lex)

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
				date = Date{Time: m.t, Text: string(text[m.start:m.end]), Span: Span{m.start, m.end}, Source: InText}
				break
			}
		}
	}

	field := func(s Span) Field { return Field{Text: string(text[s.Start:s.End]), Span: s} }
	if title >= 0 {
		a.Title = field(Span{L[title].start, L[title].end})
	}
	if standfirst >= 0 {
		a.Standfirst = field(Span{L[standfirst].start, L[standfirst].end})
	}
	if bylineIdx >= 0 {
		a.Byline = field(bylineSpan)
	}
	a.Date = date
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
			analyzeWords(nx, text, lex, &st.words)
			if _, ok := byline(text, nx, st.words, true, lex); ok {
				return true
			}
		}
		if st.nearDup(text, l, nx) {
			return true
		}
	}
	return l.term == 0 && stopShare(l) >= 0.2
}

// classifyBody gives every unassigned line in [from, to) its content class:
// context-free first, then near-good and short lines from their neighbours.
// prevGood says whether the block before from counts as good context.
func (st *state) classifyBody(text []byte, from, to int, prevGood bool) {
	L := st.lines
	for j := from; j < to; j++ {
		l := &L[j]
		if l.kind != KindUnknown {
			l.class = clsBad
			continue
		}
		l.class = initialClass(l)
		if l.class != clsBad && l.term == 0 && l.words >= 6 && l.end-l.start <= 400 && st.pullQuote(text, j, from, to) {
			l.class = clsBad
			l.finalReason = ReasonPullQuote
		}
	}
	edge := func(good bool) class {
		if good {
			return clsGood
		}
		return clsBad
	}
	notFinal := func(c class) bool { return c == clsShort || c == clsNearGood }
	// Resolve near-good lines against the nearest good/bad lines.
	// To stay linear, the nearest decided neighbours are tracked in two
	// sweeps.
	prev := make([]class, to-from)
	cur := edge(prevGood)
	for j := from; j < to; j++ {
		prev[j-from] = cur
		if c := L[j].class; !notFinal(c) {
			cur = c
		}
	}
	next := clsBad
	for j := to - 1; j >= from; j-- {
		l := &L[j]
		if l.class == clsNearGood {
			if prev[j-from] == clsGood || next == clsGood {
				l.class = clsGood
			} else {
				l.class = clsBad
			}
		} else if !notFinal(l.class) {
			next = l.class
		}
	}
	// Short lines: both sides good -> good, both bad -> bad; between good
	// and bad, a line ending like a sentence or an introduction stays.
	cur = edge(prevGood)
	for j := from; j < to; j++ {
		prev[j-from] = cur
		if c := L[j].class; c != clsShort {
			cur = c
		}
	}
	next = clsBad
	for j := to - 1; j >= from; j-- {
		l := &L[j]
		if l.class != clsShort {
			next = l.class
			continue
		}
		p := prev[j-from]
		switch {
		case p == clsGood && next == clsGood:
			l.class = clsGood
		case p == clsGood || next == clsGood:
			if l.term == ':' || (sentenceEnd(l.term) && l.words >= 4 && stopShare(l) >= 0.2) {
				l.class = clsGood
			} else {
				l.class = clsBad
			}
		default:
			l.class = clsBad
		}
	}
}

// pullQuote reports whether line j has no final punctuation and repeats,
// byte for byte from its second word on, part of a longer line nearby: a
// pull quote. (Its first word may differ in case or follow a quotation mark
// in the source.)
func (st *state) pullQuote(text []byte, j, from, to int) bool {
	L := st.lines
	s := text[L[j].start:L[j].end]
	i := wordAt(s, 0)
	for i < len(s) && wordAt(s, i) == i {
		i++
	}
	tail := s[i:]
	if len(tail) < 24 {
		return false
	}
	for k := max(from, j-pullWindow); k < min(to, j+pullWindow+1); k++ {
		if k != j && L[k].end-L[k].start > len(s) && L[k].kind == KindUnknown &&
			bytes.Contains(text[L[k].start:L[k].end], tail) {
			return true
		}
	}
	return false
}

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
