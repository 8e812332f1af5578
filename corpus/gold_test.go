//go:build go1.24

package corpus

import (
	"fmt"
	"testing"

	"github.com/nhsnews/nhsnews/internal/gold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nonSpace returns the offsets of the non-space bytes of text inside spans,
// as the gold scorer counts body text.
func nonSpace(text []byte, spans []Span) map[int]bool {
	out := make(map[int]bool)
	for _, s := range spans {
		for i := s.Start; i < s.End && i < len(text); i++ {
			switch text[i] {
			case ' ', '\t', '\r', '\n':
			default:
				out[i] = true
			}
		}
	}
	return out
}

func checkField(t *testing.T, name string, got Field, want *string, span *gold.Span) bool {
	t.Helper()
	if want == nil {
		return assert.True(t, got.IsZero(), "%s: got %q, want none", name, got.Text)
	}
	ok := assert.Equal(t, *want, got.Text, "%s: got %q, want %q", name, got.Text, *want)
	if span != nil {
		ok = assert.Equal(t, Span{span.Start, span.End}, got.Span, "%s span") && ok
	}
	return ok
}

// TestGoldSeeds scores the parser against the hand-made gold of the five
// sample articles and prints the scores (go test -v -run TestGoldSeeds).
func TestGoldSeeds(t *testing.T) {
	files, err := gold.Load(gold.Dir)
	require.NoError(t, err)
	var (
		body                                 gold.PRF
		fieldsOK, fields, commentsOK, cTotal int
	)
	for _, f := range files {
		t.Run(f.File, func(t *testing.T) {
			a, err := Parse(f.Text)
			require.NoError(t, err)
			g := f.Article
			for _, c := range []struct {
				name string
				got  Field
				want *string
				span *gold.Span
			}{
				{"title", a.Title, g.Title, g.TitleSpan},
				{"standfirst", a.Standfirst, g.Standfirst, g.StandfirstSpan},
				{"byline", a.Byline, g.Byline, g.BylineSpan},
			} {
				fields++
				if checkField(t, c.name, c.got, c.want, c.span) {
					fieldsOK++
				}
			}
			fields++
			if g.Date == nil {
				if assert.True(t, a.Date.IsZero(), "date: got %v, want none", a.Date.Text) {
					fieldsOK++
				}
			} else {
				ok := assert.Equal(t, *g.Date, a.Date.Time.Format("2006-01-02"), "date")
				ok = assert.Equal(t, *g.DateText, a.Date.Text, "date text") && ok
				ok = assert.Equal(t, Span{g.DateSpan.Start, g.DateSpan.End}, a.Date.Span, "date span") && ok
				wantSource := map[string]DateSource{"dateline": DateLine, "page_header": PageHeader, "inline_body": InText}[*g.DateKind]
				ok = assert.Equal(t, wantSource, a.Date.Source, "date source: got %v, want %v", a.Date.Source, wantSource) && ok
				if ok {
					fieldsOK++
				}
			}

			var gs, ps []Span
			for _, b := range g.Body {
				gs = append(gs, Span{b.Start, b.End})
			}
			for p := range a.Body() {
				ps = append(ps, p.Span)
			}
			gb, pb := nonSpace(f.Text, gs), nonSpace(f.Text, ps)
			var s gold.PRF
			s.Gold, s.Predicted = len(gb), len(pb)
			for i := range pb {
				if gb[i] {
					s.TP++
				}
			}
			body.TP += s.TP
			body.Gold += s.Gold
			body.Predicted += s.Predicted
			assert.GreaterOrEqual(t, s.Precision(), 0.98, "body precision: %v", s)
			assert.GreaterOrEqual(t, s.Recall(), 0.98, "body recall: %v", s)

			for _, gc := range g.Comments {
				cTotal++
				found := false
				for _, c := range a.Comments {
					if c.Start < gc.End && c.End > gc.Start && gold.SameSpeaker(c.Author, gc.Author) {
						found = true
					}
				}
				if assert.True(t, found, "comment by %s not found", gc.Author) {
					commentsOK++
				}
			}
			reasons := map[string]Reason{
				"disclaimer": ReasonDisclaimer, "header_date_social": ReasonHeaderDate, "share_widget": ReasonShareWidget,
				"duplicate_title": ReasonDuplicateTitle, "comments_header": ReasonCommentsHeader, "ads": ReasonAdvertising,
				"exit_notice": ReasonExitNotice, "engagement_prompt": ReasonEngagementPrompt, "signup_prompt": ReasonSignUp,
				"related_links": ReasonRelatedLinks, "related_link": ReasonRelatedLinks, "pager": ReasonPager,
				"currently_reading_label": ReasonReadingLabel, "comments_status": ReasonCommentsStatus,
				"footer_registration": ReasonFooter, "pull_quote": ReasonPullQuote,
			}
			byLine := make(map[int]Paragraph)
			for _, p := range a.Paragraphs {
				byLine[p.Line] = p
			}
			for _, b := range g.Boilerplate {
				p := byLine[b.Line]
				want, known := reasons[b.Type]
				require.True(t, known, "gold type %q has no reason", b.Type)
				assert.Equal(t, KindBoilerplate, p.Kind, "line %d kind: got %v, want boilerplate", b.Line, p.Kind)
				assert.Equal(t, want, p.Reason, "line %d reason: got %v, want %v", b.Line, p.Reason, want)
			}
			// No comment the gold does not have.
			assert.Len(t, a.Comments, len(g.Comments), "comments")
		})
	}
	report := fmt.Sprintf("corpus gold: fields %d/%d exact; body %v; comments %d/%d with author",
		fieldsOK, fields, body, commentsOK, cTotal)
	t.Log(report)
	fmt.Println(report)
	assert.GreaterOrEqual(t, body.Precision(), 0.98)
	assert.GreaterOrEqual(t, body.Recall(), 0.98)
}
