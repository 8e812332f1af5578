//go:build go1.24

package corpus

import (
	"testing"

	"github.com/nhsnews/nhsnews/internal/spanmark"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindDate checks every recognised date form. ⦃ ⦄ mark the expected date
// text; want is "" when the line holds no date.
func TestFindDate(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"weekday day month year", "⦃Thursday 29 September 2016⦄ Instagram", "2016-09-29"},
		{"weekday comma", "⦃Wednesday, 15 February 2017⦄", "2017-02-15"},
		{"abbreviated month", "Updated ⦃15 Feb 2017⦄ 10:31 GMT", "2017-02-15"},
		{"abbreviated month with stop", "⦃15 Feb. 2017⦄", "2017-02-15"},
		{"sept", "⦃3 Sept 2015⦄", "2015-09-03"},
		{"ordinal", "Posted on ⦃3rd March 2011⦄", "2011-03-03"},
		{"ordinal of", "⦃Friday 1st of April 2016⦄", "2016-04-01"},
		{"month first", "⦃March 3, 2011⦄", "2011-03-03"},
		{"weekday month first", "⦃Thursday, March 3, 2011⦄", "2011-03-03"},
		{"ISO", "⦃2017-02-15⦄", "2017-02-15"},
		{"ISO with time", "⦃2017-02-15⦄T10:31:00Z", "2017-02-15"},
		{"ISO slashes", "⦃2017/02/15⦄", "2017-02-15"},
		{"day first numeric", "⦃15/02/2017⦄", "2017-02-15"},
		{"dotted numeric", "⦃15.02.2017⦄", "2017-02-15"},
		{"ambiguous numeric is day first", "⦃03/04/2017⦄", "2017-04-03"},
		{"month first only when forced", "⦃02/15/2017⦄", "2017-02-15"},
		{"NBSP inside", "⦃29\u00a0January\u00a02010⦄", "2010-01-29"},
		{"in brackets", "the NHS Alliance today (⦃29 January 2010⦄) warned.", "2010-01-29"},
		{"dashed", "⦃15-Feb-2017⦄", "2017-02-15"},
		{"month and year only", "by June 2011", ""},
		{"year only", "ahead of their abolition in 2013", ""},
		{"impossible day", "31 February 2017", ""},
		{"impossible numeric", "31/31/2017", ""},
		{"year out of range", "3 March 1066", ""},
		{"pager", "Page 2 of 5", ""},
		{"money and numbers", "£10bn of NHS spend, 200,000 staff", ""},
		{"version numbers", "version 1.2.3", ""},
		{"may the verb", "It may 3 2011", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, spans := spanmark.Parse(c.in)
			s := []byte(text)
			toks := dateTokens(s, lexicon(), nil, 4096)
			m, ok := findDate(s, toks, 0)
			if c.want == "" {
				assert.False(t, ok, "got date %q, want none", s[m.start:m.end])
				return
			}
			require.True(t, ok, "got no date, want %s", c.want)
			assert.Equal(t, c.want, m.t.Format("2006-01-02"), "got %v, want %s", m.t, c.want)
			want := spans['⦃'][0]
			assert.Equal(t, want, [2]int{m.start, m.end}, "got span %q, want %q", s[m.start:m.end], text[want[0]:want[1]])
		})
	}
}

// TestDateSources checks where the article's date is taken from.
func TestDateSources(t *testing.T) {
	const body = "The trust said on Monday that it expected the number of available beds to fall sharply, as flu cases rise.\n" +
		"Its chief executive said staff were working hard to keep wards open and thanked patients for their patience.\n"
	for _, c := range []struct {
		name, in string
		want     string
		text     string
		source   DateSource
		kind     Kind // kind of the line holding the date, when it is a line of its own
	}{
		{"dateline after byline", "Trust warns of winter bed shortage\nBy Jane Smith\nThursday 29 September 2016\n" + body,
			"2016-09-29", "Thursday 29 September 2016", DateLine, KindDateline},
		{"published label", "Trust warns of winter bed shortage\nPublished: 3 March 2011\n" + body,
			"2011-03-03", "3 March 2011", DateLine, KindDateline},
		{"ISO dateline", "Trust warns of winter bed shortage\n\n2017-02-15\n\n" + body,
			"2017-02-15", "2017-02-15", DateLine, KindDateline},
		{"header date among furniture", "This site is intended for health professionals only\nWednesday, 15 February 2017 Twitter Facebook\nShare |\n\nTrust warns of winter bed shortage\n\n" + body,
			"2017-02-15", "Wednesday, 15 February 2017", PageHeader, KindBoilerplate},
		{"date on the byline line", "Trust warns of winter bed shortage\nBy Jane Smith | 15/02/2017\n" + body,
			"2017-02-15", "15/02/2017", DateLine, KindByline},
		{"in text in brackets", "The trust today (29 January 2010) warned of a winter bed shortage across the county and beyond.\n" + body,
			"2010-01-29", "29 January 2010", InText, KindBody},
		{"in text after published", "The report, published 3 March 2011, found that many wards had closed during the winter months.\n" + body,
			"2011-03-03", "3 March 2011", InText, KindBody},
		{"event years are not dates", "PCTs will come together in clusters by June 2011, ahead of their abolition in 2013, the report said.\n" + body,
			"", "", NoDate, KindUnknown},
		{"event date in text is not a publication date", "The ward will close on 3 March 2011 unless the board finds new money for the nurses, managers said.\n" + body,
			"", "", NoDate, KindUnknown},
		{"published today", "The report, published today by the network, says the squeeze on spending is hurting joint working.\n" + body,
			"", "", NoDate, KindUnknown},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte(c.in))
			require.NoError(t, err)
			require.NoError(t, invariantErr(a))
			if c.want == "" {
				assert.True(t, a.Date.IsZero(), "got date %q, want none", a.Date.Text)
				return
			}
			assert.Equal(t, c.want, a.Date.Time.Format("2006-01-02"), "got %v, want %s", a.Date.Time, c.want)
			assert.Equal(t, c.text, a.Date.Text, "got %q, want %q", a.Date.Text, c.text)
			assert.Equal(t, c.source, a.Date.Source, "got source %v, want %v", a.Date.Source, c.source)
			var kind Kind
			for _, p := range a.Paragraphs {
				if p.Start <= a.Date.Start && a.Date.End <= p.End {
					kind = p.Kind
				}
			}
			assert.Equal(t, c.kind, kind, "got kind %v for the date's line, want %v", kind, c.kind)
		})
	}
}
