//go:build go1.24

package main

import (
	"sort"
	"time"

	"github.com/nhsnews/nhsnews/corpus"
	"github.com/nhsnews/nhsnews/entity"
	"github.com/nhsnews/nhsnews/quote"
)

// analyzer combines the three packages on one article. It holds only values
// that are safe for concurrent use, so one analyzer serves every worker.
type analyzer struct {
	parser corpus.Parser
	quotes *quote.Extractor
	bodies *entity.Matcher
}

func newAnalyzer() *analyzer {
	return &analyzer{quotes: new(quote.Extractor), bodies: entity.Default()}
}

// handle is the work done for one file: read and parse it, analyse the
// article and format its output, or the error that stopped it.
func (an *analyzer) handle(s source, f formatter) result {
	it := s.load(&an.parser)
	if it.err != nil {
		return result{out: f.failure(it.id, it.err), failed: true, id: it.id, err: it.err, size: it.size}
	}
	sc := getScratch()
	defer putScratch(sc)
	rec := an.analyze(it.article, sc)
	if it.warning != nil {
		rec.Warning = it.warning.Error()
	}
	return result{out: f.record(rec), id: it.id, err: it.warning, size: it.size}
}

// analyze builds the record of one article in sc, which must be empty (from
// getScratch); the record is valid until sc goes back to the pool. Quotes and
// entities are found in the article's own text, so their offsets are already
// offsets into the file.
func (an *analyzer) analyze(a *corpus.Article, sc *scratch) *record {
	text := string(a.Text)
	v := &sc.v
	r := &sc.rec
	r.ID = a.ID
	r.Title = v.text(a.Title.Text)
	r.Standfirst = v.text(a.Standfirst.Text)
	r.Byline = v.text(a.Byline.Text)
	if a.Decoded() {
		r.Encoding = a.Encoding.String()
	}
	r.Capped = a.Capped
	if !a.Date.IsZero() {
		r.Date = v.text(a.Date.Time.Format("2006-01-02"))
		r.DateText = v.text(a.Date.Text)
		r.DateSource = v.text(a.Date.Source.String())
		r.DateSpan = v.span(a.Date.Start, a.Date.End)
	}

	for _, p := range a.Paragraphs {
		out := paragraph{Kind: p.Kind.String(), Start: p.Start, End: p.End}
		if p.Kind == corpus.KindBoilerplate {
			out.Reason = p.Reason.String()
		}
		r.Paragraphs = append(r.Paragraphs, out)
		sc.zones = append(sc.zones, quote.Paragraph{Start: p.Start, End: p.End, Zone: quoteZone(p.Kind)})
	}
	for _, c := range a.Comments {
		r.Comments = append(r.Comments, comment{
			Start: c.Start, End: c.End, Author: v.text(c.Author), Place: v.text(c.Place),
		})
	}

	opts := entity.Options{Date: articleDate(a)}
	bodies := an.bodies.Find(text, opts)
	r.Entities = resize(r.Entities, len(bodies))
	for i, m := range bodies {
		r.Entities[i] = newMention(m, v)
	}
	quotes := an.quotes.ExtractParagraphs(text, sc.zones)
	r.Quotes = resize(r.Quotes, len(quotes))
	for i, q := range quotes {
		r.Quotes[i] = an.quotation(q, bodies, opts, v)
	}
	return r
}

// quoteZone tells the quote extractor how to treat a paragraph of the given
// kind: headlines and reader comments have kinds of their own, and site
// furniture is never searched.
func quoteZone(k corpus.Kind) quote.Zone {
	switch k {
	case corpus.KindTitle, corpus.KindStandfirst:
		return quote.ZoneHeadline
	case corpus.KindBody:
		return quote.ZoneBody
	case corpus.KindComment:
		return quote.ZoneComment
	default:
		return quote.ZoneSkip
	}
}

// articleDate is the date to resolve NHS bodies at. A site header's date is
// often the day the page was viewed, not written, so it is not used: the
// entity matcher then infers the era from the text itself.
func articleDate(a *corpus.Article) (d time.Time) {
	if a.Date.IsZero() || a.Date.Source == corpus.PageHeader {
		return d
	}
	return a.Date.Time
}

// quotation converts a quote to the output form. The speaker's organisation
// is resolved through the register: the organisation the text gives for the
// speaker ("Dr Michael Dixon, NHS Alliance Chairman"), or else the body the
// speaker mention itself names ("a DH spokesperson", "the Alliance").
func (an *analyzer) quotation(q quote.Quote, bodies []entity.Mention, opts entity.Options, v *values) quotation {
	out := quotation{
		Kind:     q.Kind.String(),
		Text:     q.Text,
		Spans:    v.list(len(q.Spans)),
		Speaker:  v.text(q.Speaker),
		Role:     v.text(q.Role),
		Org:      v.text(q.Org),
		Cue:      v.text(q.Cue),
		Inferred: q.Inferred,
	}
	for i, s := range q.Spans {
		out.Spans[i] = span{s.Start, s.End}
	}
	out.SpeakerMention = v.quoteSpan(q.Mention, q.Speaker != "")
	out.RoleSpan = v.quoteSpan(q.RoleSpan, q.Role != "")
	out.OrgSpan = v.quoteSpan(q.OrgSpan, q.Org != "")
	out.CueSpan = v.quoteSpan(q.CueSpan, q.Cue != "")
	if q.Position != quote.NoPosition {
		out.Position = v.text(q.Position.String())
	}
	if m := an.speakerBody(q, bodies, opts); m != nil {
		out.Org = v.text(m.Org.Name)
		out.OrgCode = v.text(m.Org.RegisterCode())
		out.OrgSpan = v.span(m.Start, m.End)
	}
	return out
}

// speakerBody resolves the speaker's organisation through the register: the
// body found where the text gives the organisation ("Dr Michael Dixon, NHS
// Alliance Chairman"), else the organisation's name looked up on its own,
// else the body the speaker mention itself names ("a DH spokesperson", "the
// Alliance"). It returns nil when none resolves.
func (an *analyzer) speakerBody(q quote.Quote, bodies []entity.Mention, opts entity.Options) *entity.Mention {
	if m := bodyWithin(bodies, q.OrgSpan); m != nil {
		return m
	}
	if q.Org != "" {
		if m, ok := an.bodies.Lookup(q.Org, opts); ok && m.Org != nil {
			if q.OrgSpan.End > q.OrgSpan.Start {
				m.Start, m.End = q.OrgSpan.Start, q.OrgSpan.End
			}
			return &m
		}
	}
	return bodyWithin(bodies, q.Mention)
}

// bodyWithin returns the first specific body mention inside s, or nil.
// bodies are sorted by Start, as entity.Matcher.Find returns them.
func bodyWithin(bodies []entity.Mention, s quote.Span) *entity.Mention {
	if s.End <= s.Start {
		return nil
	}
	i := sort.Search(len(bodies), func(i int) bool { return bodies[i].Start >= s.Start })
	for ; i < len(bodies) && bodies[i].End <= s.End; i++ {
		if !bodies[i].Generic && bodies[i].Org != nil {
			return &bodies[i]
		}
	}
	return nil
}

func newMention(m entity.Mention, v *values) mention {
	out := mention{
		Text:         m.Text,
		Start:        m.Start,
		End:          m.End,
		Kind:         m.Kind.String(),
		Generic:      m.Generic,
		DateInferred: m.DateInferred,
		Class:        v.text(m.Class),
	}
	if !m.Generic {
		// A body the register lacks keeps its name as written and no code.
		out.Name = v.text(m.Name())
	}
	if m.Org != nil {
		out.Code = v.text(m.Org.RegisterCode())
	}
	return out
}
