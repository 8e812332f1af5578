//go:build go1.24

package main

import (
	"sort"
	"strconv"

	"github.com/nhsnews/nhsnews/corpus"
	"github.com/nhsnews/nhsnews/entity"
	"github.com/nhsnews/nhsnews/quote"
)

// tally accumulates counts over articles. Only counts are kept, never the
// articles, so memory does not grow with the size of the folder.
type tally struct {
	extractor quote.Extractor
	matcher   *entity.Matcher
	articles  int
	bodies    map[string]*bodyCount // by key: register code, or kind for generic mentions
}

type bodyCount struct {
	Name     string
	Code     string
	Kind     string
	Generic  bool
	Mentions int
	Articles int
	Years    map[string]int
	Speakers map[string]int
}

// row is one body's line of output.
type row struct {
	bodyCount
	TopSpeakers []speakerCount
}

type speakerCount struct {
	Name   string
	Quotes int
}

func newTally() *tally {
	return &tally{matcher: entity.Default(), bodies: map[string]*bodyCount{}}
}

func (t *tally) add(a *corpus.Article) {
	t.articles++
	text := string(a.Text)
	opts := entity.Options{}
	if !a.Date.IsZero() && a.Date.Source != corpus.PageHeader {
		opts.Date = a.Date.Time
	}
	year := "unknown"
	if !a.Date.IsZero() {
		year = strconv.Itoa(a.Date.Time.Year())
	}

	seen := map[string]bool{}
	for _, m := range t.matcher.Find(text, opts) {
		b := t.body(m)
		b.Mentions++
		if !seen[b.key()] {
			seen[b.key()] = true
			b.Articles++
			b.Years[year]++
		}
	}

	zones := make([]quote.Paragraph, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		zones[i] = quote.Paragraph{Start: p.Start, End: p.End, Zone: quote.ZoneSkip}
		if p.Kind == corpus.KindBody {
			zones[i].Zone = quote.ZoneBody
		}
	}
	for _, q := range t.extractor.ExtractParagraphs(text, zones) {
		if q.Speaker == "" || q.Kind == quote.Scare {
			continue
		}
		org := q.Org
		if org == "" {
			org = q.Speaker // a body may speak for itself
		}
		m, ok := t.matcher.Lookup(org, opts)
		if !ok || m.Org == nil {
			continue
		}
		t.body(m).Speakers[q.Speaker]++
	}
}

func (b *bodyCount) key() string {
	if b.Generic {
		return "generic:" + b.Name
	}
	return b.Code + "|" + b.Name
}

// body returns the counter for the body a mention resolves to.
func (t *tally) body(m entity.Mention) *bodyCount {
	b := bodyCount{Name: m.Name(), Kind: m.Kind.String(), Generic: m.Generic}
	switch {
	case m.Generic:
		b.Name = "(any " + m.Class + ")"
	case m.Org != nil:
		b.Code = m.Org.RegisterCode()
	}
	if have, ok := t.bodies[b.key()]; ok {
		return have
	}
	b.Years = map[string]int{}
	b.Speakers = map[string]int{}
	t.bodies[b.key()] = &b
	return &b
}

// rows returns the bodies, most mentioned first, each with its top speakers.
func (t *tally) rows(top int) []row {
	out := make([]row, 0, len(t.bodies))
	for _, b := range t.bodies {
		r := row{bodyCount: *b}
		for name, n := range b.Speakers {
			r.TopSpeakers = append(r.TopSpeakers, speakerCount{name, n})
		}
		sort.Slice(r.TopSpeakers, func(i, j int) bool {
			a, c := r.TopSpeakers[i], r.TopSpeakers[j]
			return a.Quotes > c.Quotes || a.Quotes == c.Quotes && a.Name < c.Name
		})
		if len(r.TopSpeakers) > top {
			r.TopSpeakers = r.TopSpeakers[:top]
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.key() < b.key()
	})
	return out
}
