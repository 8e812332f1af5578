//go:build go1.24

package quote

import (
	"strings"
	"sync"
	"testing"

	"github.com/nhsnews/nhsnews/internal/spanmark"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is one expected quotation: its kind, its speaker ("" for none) and
// its position. Its content spans are the ⟦…⟧ markers of the test text, in
// order (a quotation over several parts takes several markers: parts says
// how many), its mention the ⟨…⟩ markers, its cue the ⟪…⟫ markers, each in
// the order of the quotations that have one.
type want struct {
	kind     Kind
	speaker  string
	position Position
	parts    int
}

func TestExtractShapes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{
			"name role said colon",
			"⟨Dr Jane Hill⟩, chair of the Example Trust, ⟪said⟫: “⟦We will open the ward in May.⟧”",
			[]want{{Direct, "Dr Jane Hill", Before, 1}},
		},
		{
			"speaker after",
			"“⟦The ward will open in May,⟧” ⟨Dr Jane Hill⟩ ⟪said⟫.",
			[]want{{Direct, "Dr Jane Hill", After, 1}},
		},
		{
			"inverted speaker after",
			"“⟦The ward will open in May,⟧” ⟪said⟫ ⟨a trust spokesperson⟩.",
			[]want{{Direct, "a trust spokesperson", After, 1}},
		},
		{
			"inverted with role first",
			"“⟦We are proud of our staff,⟧” ⟪comments⟫ chief executive, ⟨Sam Patel⟩.",
			[]want{{Direct, "Sam Patel", After, 1}},
		},
		{
			"split quotation is one quotation",
			"“⟦The ward is full,⟧” ⟨Dr Hill⟩ ⟪said⟫, “⟦and we have no more beds.⟧”",
			[]want{{Direct, "Dr Hill", Middle, 2}},
		},
		{
			"split quotation across a full stop",
			"“⟦The ward is full,⟧” ⟨Dr Hill⟩ ⟪said⟫ on Monday. “⟦We have no more beds.⟧”",
			[]want{{Direct, "Dr Hill", Middle, 2}},
		},
		{
			"role before name",
			"Trust director ⟨Sam Patel⟩ ⟪said⟫: “⟦Staff have worked miracles.⟧”",
			[]want{{Direct, "Sam Patel", Before, 1}},
		},
		{
			"according to",
			"⟪According to⟫ ⟨the audit⟩, “⟦Waiting lists have doubled since 2019.⟧”",
			[]want{{Direct, "the audit", Before, 1}},
		},
		{
			"told someone",
			"⟨Ms Okafor⟩ ⟪told⟫ the committee: “⟦We were never consulted about the closure.⟧”",
			[]want{{Direct, "Ms Okafor", Before, 1}},
		},
		{
			"description between name and verb",
			"⟨Tom Reed⟩, a nurse at the hospital who has worked there for ten years, ⟪said⟫: “⟦Morale is at rock bottom.⟧”",
			[]want{{Direct, "Tom Reed", Before, 1}},
		},
		{
			"document speaker",
			"⟨The report⟩ ⟪says⟫: “⟦Most trusts missed their targets.⟧”",
			[]want{{Direct, "the report", Before, 1}},
		},
		{
			"partial quotation",
			"⟨The union⟩ ⟪says⟫ the plans are “⟦deeply worrying⟧” for its members.",
			[]want{{Partial, "the union", Before, 1}},
		},
		{
			"scare quote modifying a noun",
			"The board backed a “⟦one size fits all⟧” model for the county.",
			[]want{{Scare, "", NoPosition, 1}},
		},
		{
			"pronoun skips the wrong kind",
			"Dr Ann Lee ⟪said⟫ the report was late. The report ⟪says⟫ costs will rise.\n“⟦Nobody told us anything,⟧” ⟨she⟩ ⟪added⟫.",
			[]want{{Direct, "Dr Ann Lee", After, 1}},
		},
		{
			"it refers to a document",
			"Mr Jones ⟪said⟫ he was angry.\n“⟦Costs will rise by a third,⟧” ⟨it⟩ ⟪says⟫.",
			[]want{{Direct, "it", After, 1}}, // no document before: "it" stays as written
		},
		{
			"two speakers in one paragraph",
			"“⟦We are ready,⟧” ⟨Mr Cole⟩ ⟪said⟫. But ⟨Ms Diaz⟩ ⟪said⟫: “⟦We are not.⟧”",
			[]want{{Direct, "Mr Cole", After, 1}, {Direct, "Ms Diaz", Before, 1}},
		},
		{
			"separate paragraph after a colon",
			"⟨Ella Stone⟩, the trust's chair, ⟪said⟫:\n“⟦We have listened to patients.⟧”",
			[]want{{Direct, "Ella Stone", SeparateParagraph, 1}},
		},
		{
			"multi-paragraph quotation",
			"⟨Ella Stone⟩ ⟪said⟫: “⟦We have listened to patients.⟧\n“⟦And we will keep listening.⟧”",
			[]want{{Direct, "Ella Stone", Before, 2}},
		},
		{
			"continuation paragraph",
			"“⟦We are ready,⟧” ⟨Mr Cole⟩ ⟪said⟫.\n“⟦The staff are ready too.⟧”",
			[]want{{Direct, "Mr Cole", After, 1}, {Direct, "Mr Cole", Continuation, 1}},
		},
		{
			"unattributed quotation then added",
			"“⟦The plan is flawed from the start.⟧”\n“⟦It must be withdrawn,⟧” ⟨the letter⟩ ⟪added⟫.",
			[]want{{Direct, "the letter", NoPosition, 1}, {Direct, "the letter", After, 1}},
		},
		{
			"quote never closed at the end of the article",
			"⟨Mr Cole⟩ ⟪said⟫: “⟦We will fight this all the way⟧",
			[]want{{Direct, "Mr Cole", Before, 1}},
		},
		{
			"quotes inside quotes",
			"⟨Ms Diaz⟩ ⟪said⟫: “⟦They call it ‘⟦reform⟧’ but it is a cut.⟧”",
			[]want{{Direct, "Ms Diaz", Before, 1}, {Scare, "", NoPosition, 1}},
		},
		{
			"apostrophes at word ends are not marks",
			"The nurses' union and the patients’ forum met. ⟨Its chair⟩ ⟪said⟫: “⟦It’s the ’90s all over again, rock 'n' roll.⟧”",
			[]want{{Direct, "Its chair", Before, 1}},
		},
		{
			"straight double quotes",
			"⟨Mr Cole⟩ ⟪said⟫: \"⟦We are ready for winter.⟧\"",
			[]want{{Direct, "Mr Cole", Before, 1}},
		},
		{
			"straight single quotes nested",
			"\"⟦These are '⟦hot-beds⟧' of innovation,⟧\" ⟨Mr Cole⟩ ⟪said⟫.",
			[]want{{Direct, "Mr Cole", After, 1}, {Scare, "", NoPosition, 1}},
		},
		{
			"newswire two apostrophes",
			"''⟦We are ready for winter,⟧'' ⟨Mr. Cole⟩ ⟪said⟫.",
			[]want{{Direct, "Mr. Cole", After, 1}},
		},
		{
			"backticks and apostrophes",
			"``⟦We are ready for winter,⟧'' ⟨Mr. Cole⟩ ⟪said⟫.",
			[]want{{Direct, "Mr. Cole", After, 1}},
		},
		{
			"guillemets",
			"⟨Mme Roux⟩ ⟪said⟫: «⟦We are ready for winter.⟧»",
			[]want{{Direct, "Mme Roux", Before, 1}},
		},
		{
			"single quotes as speech marks",
			"'⟦We are ready for winter,⟧' ⟨Mr Cole⟩ ⟪said⟫.",
			[]want{{Direct, "Mr Cole", After, 1}},
		},
		{
			"unclosed single mark is dropped",
			"The board called it ‘the plan and moved on.",
			nil,
		},
		{
			"unclosed double mark closes at the paragraph end",
			"⟨Mr Cole⟩ ⟪said⟫: “⟦We will fight this⟧\nThe board met on Monday.",
			[]want{{Direct, "Mr Cole", Before, 1}},
		},
		{
			"headline style name and colon",
			"⟨Jane Hill⟩⟪:⟫ ‘⟦We are not ready for winter⟧’",
			[]want{{Direct, "Jane Hill", Before, 1}},
		},
		{
			"no attribution in reach",
			"“⟦Nobody knows what happens next.⟧”",
			[]want{{Direct, "", NoPosition, 1}},
		},
	}
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := spanmark.Parse(tt.in)
			all := e.Extract(text)
			checkInvariants(t, text, all)
			got := withoutIndirect(all)
			require.Len(t, got, len(tt.want), "got %d quotations, want %d: %+v", len(got), len(tt.want), got)
			content, mentions, cues := spans['⟦'], spans['⟨'], spans['⟪']
			// Contents are listed by opening marker, so nested contents come
			// before the rest of their parent's parts; sort by quotation.
			ci, mi, ki := 0, 0, 0
			_ = ci
			for i, w := range tt.want {
				q := got[i]
				assert.Equal(t, w.kind, q.Kind, "quotation %d kind: got %s, want %s", i, q.Kind, w.kind)
				assert.Equal(t, w.speaker, q.Speaker, "quotation %d speaker", i)
				assert.Equal(t, w.position, q.Position, "quotation %d position: got %s, want %s", i, q.Position, w.position)
				assert.Len(t, q.Spans, w.parts, "quotation %d parts", i)
				for _, s := range q.Spans {
					assert.True(t, containsSpan(content, s), "quotation %d span %v (%q) is not a marked content span %v", i, s, text[s.Start:s.End], content)
				}
				if w.speaker != "" || (w.kind != Scare && !q.Mention.IsZero()) {
					if q.Position != Continuation && q.Position != NoPosition && mi < len(mentions) {
						m := mentions[mi]
						assert.Equal(t, Span{m[0], m[1]}, q.Mention, "quotation %d mention: got %q", i, text[q.Mention.Start:q.Mention.End])
						mi++
					}
				}
				if q.Cue != "" && ki < len(cues) {
					// Skip cues of sentences that carry no quotation.
					for ki < len(cues) && (Span{cues[ki][0], cues[ki][1]}) != q.CueSpan && cues[ki][0] < q.CueSpan.Start {
						ki++
					}
					require.Less(t, ki, len(cues), "quotation %d cue %q is not marked", i, q.Cue)
					assert.Equal(t, Span{cues[ki][0], cues[ki][1]}, q.CueSpan, "quotation %d cue", i)
					ki++
				}
			}
		})
	}
}

// withoutIndirect drops reported speech, re-pointing Nested indexes.
func withoutIndirect(qs []Quote) []Quote {
	var out []Quote
	idx := make([]int, len(qs))
	for i, q := range qs {
		idx[i] = len(out)
		if q.Kind != Indirect {
			out = append(out, q)
		}
	}
	for i := range out {
		if out[i].Nested >= 0 {
			out[i].Nested = idx[out[i].Nested]
		}
	}
	return out
}

func TestExtractIndirect(t *testing.T) {
	tests := []struct {
		name, in string
		speaker  string
		position Position
	}{
		{"said that", "⟨Dr Jane Hill⟩ ⟪said⟫ that ⟦the ward would reopen in May⟧.", "Dr Jane Hill", Before},
		{"told someone that", "⟨The minister⟩ ⟪told⟫ MPs that ⟦waiting lists were falling⟧.", "the minister", Before},
		{"says a clause", "⟨The report⟩ ⟪says⟫ ⟦most trusts missed their targets⟧.", "the report", Before},
		{"clause then speaker", "⟦Most trusts missed their targets⟧, ⟨the report⟩ ⟪says⟫.", "the report", After},
		{"clause then inverted speaker", "⟦Most trusts missed their targets⟧, ⟪warned⟫ ⟨the watchdog⟩.", "the watchdog", After},
	}
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := spanmark.Parse(tt.in)
			got := e.Extract(text)
			checkInvariants(t, text, got)
			require.Len(t, got, 1, "%+v", got)
			q := got[0]
			assert.Equal(t, Indirect, q.Kind, "got kind %s", q.Kind)
			assert.Equal(t, []Span{{spans['⟦'][0][0], spans['⟦'][0][1]}}, q.Spans)
			assert.Equal(t, Span{spans['⟨'][0][0], spans['⟨'][0][1]}, q.Mention)
			assert.Equal(t, Span{spans['⟪'][0][0], spans['⟪'][0][1]}, q.CueSpan)
			assert.Equal(t, tt.speaker, q.Speaker)
			assert.Equal(t, tt.position, q.Position)
		})
	}
	t.Run("skipped on request", func(t *testing.T) {
		skip := Extractor{SkipIndirect: true}
		assert.Empty(t, skip.Extract("Dr Jane Hill said that the ward would reopen in May."))
	})
	t.Run("no clause", func(t *testing.T) {
		for _, s := range []string{"Mr Cole said.", "Mr Cole said on Monday.", "“We are ready,” Mr Cole said."} {
			for _, q := range e.Extract(s) {
				assert.NotEqual(t, Indirect, q.Kind, "in %q got indirect %q", s, q.Text)
			}
		}
	})
}

func containsSpan(marked [][2]int, s Span) bool {
	for _, m := range marked {
		if m[0] == s.Start && m[1] == s.End {
			return true
		}
	}
	return false
}

func TestExtractRoleAndOrg(t *testing.T) {
	tests := []struct {
		name, in, role, org string
	}{
		{"role after name", "Dr Michael Dixon, NHS Alliance Chairman, said: “We are ready.”", "NHS Alliance Chairman", "NHS Alliance"},
		{"role of org", "Yvonne Ray, joint vice-chair of the NHS Alliance, added: “We are ready.”", "joint vice-chair of the NHS Alliance", "NHS Alliance"},
		{"org in a spokesperson", "“We are ready,” said a DH spokesperson.", "", "DH"},
		{"role before name", "PCT Network director David Stout said: “We are ready.”", "PCT Network director", "PCT Network"},
	}
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Extract(tt.in)
			require.Len(t, got, 1)
			assert.Equal(t, tt.role, got[0].Role, "role")
			assert.Equal(t, tt.org, got[0].Org, "org")
		})
	}
}

func TestExtractZones(t *testing.T) {
	text := "Plan ‘too top down’, says alliance\n" +
		"Share | Tweet “this”\n" +
		"The Alliance said: “Plans are too top down and will fail.\n" +
		"Read more: “Winter crisis”\n" +
		"“Patients deserve better.”\n" +
		"\"A good plan overall and well overdue\" - Jane Roe, Leeds"
	paras := Paragraphs(text)
	require.Len(t, paras, 6)
	paras[0].Zone = ZoneHeadline
	paras[1].Zone = ZoneSkip
	paras[3].Zone = ZoneSkip
	paras[5].Zone = ZoneComment
	var e Extractor
	all := e.ExtractParagraphs(text, paras)
	checkInvariants(t, text, all)
	got := withoutIndirect(all)
	require.Len(t, got, 3, "%+v", got)
	assert.Equal(t, Headline, got[0].Kind)
	assert.Equal(t, "alliance", got[0].Speaker)
	assert.Equal(t, Direct, got[1].Kind)
	assert.Len(t, got[1].Spans, 2, "the skipped line does not break the quotation")
	assert.Equal(t, "the Alliance", got[1].Speaker)
	assert.Equal(t, Comment, got[2].Kind)
	assert.Equal(t, "Jane Roe", got[2].Speaker)
}

func TestExtractLineEnds(t *testing.T) {
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		t.Run(strings.NewReplacer("\r", "CR", "\n", "LF").Replace(nl), func(t *testing.T) {
			text := "\ufeffMr Cole said: “We will fight" + nl + nl + "“every step of the way.”" + nl
			var e Extractor
			got := e.Extract(text)
			checkInvariants(t, text, got)
			require.Len(t, got, 1)
			assert.Len(t, got[0].Spans, 2)
			assert.Equal(t, "We will fight every step of the way.", got[0].Text)
			assert.Equal(t, "Mr Cole", got[0].Speaker)
		})
	}
}

func TestExtractorConcurrentUse(t *testing.T) {
	text := "Dr Jane Hill said: “We are ready.”\n“It will not be easy,” she added."
	var e Extractor
	want := e.Extract(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got := e.Extract(text)
				assert.Equal(t, want, got)
			}
		}()
	}
	wg.Wait()
}

func TestExtraCues(t *testing.T) {
	text := "“We are ready,” Mr Cole grumbled."
	var plain Extractor
	require.Len(t, plain.Extract(text), 1)
	assert.Empty(t, plain.Extract(text)[0].Speaker, "without the extra cue")
	e := Extractor{ExtraCues: []string{"grumbled"}}
	got := withoutIndirect(e.Extract(text))
	require.Len(t, got, 1)
	assert.Equal(t, "Mr Cole", got[0].Speaker)
	assert.Equal(t, "grumbled", got[0].Cue)
}
