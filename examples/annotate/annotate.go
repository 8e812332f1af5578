//go:build go1.24

package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/nhsnews/nhsnews/corpus"
	"github.com/nhsnews/nhsnews/entity"
	"github.com/nhsnews/nhsnews/quote"
)

// page is everything the template shows.
type page struct {
	ID         string
	Title      string
	Date       string
	Paragraphs []para
	Speakers   []speaker
	Bodies     []body
	Quotes     int // quotations highlighted
	Mentions   int // body mentions underlined
}

// para is one line of the article, cut into segments at every quote and
// mention boundary so that highlights nest without overlapping tags.
type para struct {
	Kind     string
	Reason   string
	Segments []segment
}

type segment struct {
	Text    string
	Quote   int    // index+1 of the innermost quotation covering it; 0 for none
	Colour  string // the speaker's colour
	Hover   string // speaker, role, cue
	Mention int    // index+1 of the body mention covering it; 0 for none
	Body    string // register name, code and kind
}

type speaker struct {
	Name   string
	Colour string
	Quotes int
}

type body struct {
	Name     string
	Code     string
	Kind     string
	Mentions int
}

// palette holds colours light enough to read black text on.
var palette = []string{
	"#ffe08a", "#b5e3ff", "#c8f0b0", "#ffc4d6", "#e0ccff", "#ffd3a8", "#b8f2e6", "#f4f1a0",
}

// annotate runs the quote and entity packages on the parsed article and lays
// out the results for the template.
func annotate(a *corpus.Article) page {
	text := string(a.Text)
	zones := make([]quote.Paragraph, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		zones[i] = quote.Paragraph{Start: p.Start, End: p.End, Zone: zoneOf(p.Kind)}
	}
	var ex quote.Extractor
	quotes := ex.ExtractParagraphs(text, zones)
	mentions := entity.Default().Find(text, entityOptions(a))

	pg := page{ID: a.ID, Title: a.Title.Text, Mentions: len(mentions)}
	if !a.Date.IsZero() {
		pg.Date = a.Date.Time.Format("2 January 2006")
	}

	colours := map[string]string{}
	counts := map[string]int{}
	for _, q := range quotes {
		if q.Kind == quote.Scare {
			continue
		}
		pg.Quotes++
		who := speakerName(q)
		if _, ok := colours[who]; !ok {
			colours[who] = palette[len(colours)%len(palette)]
			pg.Speakers = append(pg.Speakers, speaker{Name: who, Colour: colours[who]})
		}
		counts[who]++
	}
	for i := range pg.Speakers {
		pg.Speakers[i].Quotes = counts[pg.Speakers[i].Name]
	}
	pg.Bodies = tally(mentions)

	for _, p := range a.Paragraphs {
		out := para{Kind: p.Kind.String()}
		if p.Kind == corpus.KindBoilerplate {
			out.Reason = p.Reason.String()
		}
		out.Segments = segments(text, p.Start, p.End, quotes, mentions, colours)
		pg.Paragraphs = append(pg.Paragraphs, out)
	}
	return pg
}

// entityOptions resolves bodies at the article's date, unless the date is a
// site header's, which is often the day the page was viewed: the matcher then
// infers the era from the text.
func entityOptions(a *corpus.Article) entity.Options {
	if a.Date.IsZero() || a.Date.Source == corpus.PageHeader {
		return entity.Options{}
	}
	return entity.Options{Date: a.Date.Time}
}

func zoneOf(k corpus.Kind) quote.Zone {
	switch k {
	case corpus.KindTitle, corpus.KindStandfirst:
		return quote.ZoneHeadline
	case corpus.KindBody:
		return quote.ZoneBody
	case corpus.KindComment:
		return quote.ZoneComment
	}
	return quote.ZoneSkip
}

func speakerName(q quote.Quote) string {
	if q.Speaker == "" {
		return "(unattributed)"
	}
	return q.Speaker
}

// segments cuts the text [start, end) at every boundary of a quotation's
// content or a body mention inside it.
func segments(text string, start, end int, quotes []quote.Quote, mentions []entity.Mention, colours map[string]string) []segment {
	cuts := []int{start, end}
	for _, q := range quotes {
		for _, s := range q.Spans {
			if s.Start < end && s.End > start {
				cuts = append(cuts, max(s.Start, start), min(s.End, end))
			}
		}
	}
	for _, m := range mentions {
		if m.Start < end && m.End > start {
			cuts = append(cuts, max(m.Start, start), min(m.End, end))
		}
	}
	sort.Ints(cuts)
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		seg := segment{Text: text[a:b]}
		// The innermost quotation is the one with the shortest covering span.
		best := -1
		for qi, q := range quotes {
			for _, s := range q.Spans {
				if s.Start <= a && b <= s.End && (best < 0 || s.End-s.Start < innermost(quotes[best], a)) {
					best = qi
				}
			}
		}
		if best >= 0 {
			q := quotes[best]
			seg.Quote = best + 1
			seg.Colour = colours[speakerName(q)]
			if q.Kind == quote.Scare {
				seg.Colour = "#eeeeee"
			}
			seg.Hover = quoteHover(q)
		}
		for mi, m := range mentions {
			if m.Start <= a && b <= m.End {
				seg.Mention = mi + 1
				seg.Body = mentionHover(m)
				break
			}
		}
		out = append(out, seg)
	}
	return out
}

// innermost returns the length of q's span that covers offset at.
func innermost(q quote.Quote, at int) int {
	for _, s := range q.Spans {
		if s.Start <= at && at < s.End {
			return s.End - s.Start
		}
	}
	return 1 << 62
}

func quoteHover(q quote.Quote) string {
	parts := []string{q.Kind.String()}
	if q.Speaker != "" {
		parts = append(parts, "speaker: "+q.Speaker)
	}
	if q.Role != "" {
		parts = append(parts, "role: "+q.Role)
	}
	if q.Org != "" {
		parts = append(parts, "organisation: "+q.Org)
	}
	if q.Cue != "" {
		parts = append(parts, "cue: "+q.Cue)
	}
	return strings.Join(parts, " · ")
}

func mentionHover(m entity.Mention) string {
	switch {
	case m.Generic:
		return fmt.Sprintf("a kind of body: %s (%s)", m.Class, m.Kind)
	case m.Org == nil:
		return fmt.Sprintf("%s · not in the register · %s", m.Name(), m.Kind)
	}
	return fmt.Sprintf("%s · %s · %s", m.Org.Name, m.Org.Code, m.Kind)
}

// tally counts mentions per body, most mentioned first.
func tally(mentions []entity.Mention) []body {
	index := map[string]int{}
	var out []body
	for _, m := range mentions {
		b := body{Name: m.Name(), Kind: m.Kind.String()}
		switch {
		case m.Generic:
			b.Name = "any " + m.Class
		case m.Org != nil:
			b.Code = m.Org.RegisterCode()
		}
		i, ok := index[b.Name]
		if !ok {
			i = len(out)
			index[b.Name] = i
			out = append(out, b)
		}
		out[i].Mentions++
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions > out[j].Mentions })
	return out
}
