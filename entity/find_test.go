//go:build go1.24

package entity

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/internal/spanmark"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// describe renders mentions as "text/kind/code" (code "" for generics,
// "generic:label" for the class), for readable comparisons.
func describe(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		switch {
		case m.Generic:
			out = append(out, fmt.Sprintf("%s/%s/generic", m.Text, m.Kind))
		case m.Org != nil:
			out = append(out, fmt.Sprintf("%s/%s/%s", m.Text, m.Kind, m.Org.Code))
		default:
			out = append(out, fmt.Sprintf("%s/%s/?", m.Text, m.Kind))
		}
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string // ⦃...⦄ marks each expected mention
		date time.Time
		want []string // text/kind/code of each marked mention, in order
	}{
		{"PCT forms", "⦃Blackpool Primary Care Trust⦄, ⦃Blackpool PCT⦄ and ⦃NHS Blackpool⦄ met in 2010.", time.Time{},
			[]string{"Blackpool Primary Care Trust/pct/5HP", "Blackpool PCT/pct/5HP", "NHS Blackpool/pct/5HP"}},
		{"NHS Blackpool in 2015 is the CCG", "⦃NHS Blackpool⦄ said.", day(2015, 5, 1),
			[]string{"NHS Blackpool/ccg/00R"}},
		{"NHS Blackpool inferred from CCGs", "⦃NHS Blackpool⦄ and other ⦃CCGs⦄ said.", time.Time{},
			[]string{"NHS Blackpool/ccg/00R", "CCGs/ccg/generic"}},
		{"date never removes the only candidate", "⦃Blackpool PCT⦄ said.", day(2020, 1, 1),
			[]string{"Blackpool PCT/pct/5HP"}},
		{"care trust", "⦃Bexley NHS Care Trust⦄ and ⦃Bexley Care Trust⦄", time.Time{},
			[]string{"Bexley NHS Care Trust/care_trust/TAK", "Bexley Care Trust/care_trust/TAK"}},
		{"SHA forms", "⦃North East SHA⦄, ⦃NHS North East⦄, ⦃North East Strategic Health Authority⦄ in 2008", time.Time{},
			[]string{"North East SHA/sha/Q30", "NHS North East/sha/Q30", "North East Strategic Health Authority/sha/Q30"}},
		{"foundation trust forms", "⦃Blackpool Teaching Hospitals NHS Foundation Trust⦄ (⦃Blackpool Teaching Hospitals⦄)", time.Time{},
			[]string{"Blackpool Teaching Hospitals NHS Foundation Trust/foundation_trust/RXL", "Blackpool Teaching Hospitals/foundation_trust/RXL"}},
		{"apostrophes in names", "⦃Guy’s and St Thomas’ NHS Foundation Trust⦄ and ⦃Guy's and St Thomas' NHS Foundation Trust⦄", time.Time{},
			[]string{"Guy’s and St Thomas’ NHS Foundation Trust/foundation_trust/RJ1", "Guy's and St Thomas' NHS Foundation Trust/foundation_trust/RJ1"}},
		{"CCG forms", "⦃NHS Darlington CCG⦄, ⦃Darlington CCG⦄, ⦃NHS Darlington Clinical Commissioning Group⦄", time.Time{},
			[]string{"NHS Darlington CCG/ccg/00C", "Darlington CCG/ccg/00C", "NHS Darlington Clinical Commissioning Group/ccg/00C"}},
		{"ICB forms", "⦃NHS Cheshire and Merseyside Integrated Care Board⦄ and ⦃Cheshire and Merseyside ICB⦄", time.Time{},
			[]string{"NHS Cheshire and Merseyside Integrated Care Board/icb/QYG", "Cheshire and Merseyside ICB/icb/QYG"}},
		{"ICB brand", "⦃NHS Cheshire and Merseyside⦄ said", day(2023, 1, 1),
			[]string{"NHS Cheshire and Merseyside/icb/QYG"}},
		{"councils", "⦃Blackpool Council⦄, ⦃Southwark Council⦄, ⦃London Borough of Southwark⦄", time.Time{},
			[]string{"Blackpool Council/local_authority/E06000009", "Southwark Council/local_authority/E09000028", "London Borough of Southwark/local_authority/E09000028"}},
		{"place after a role", "Malcolm Hanney, deputy leader, ⦃Bath and North East Somerset⦄; and others", time.Time{},
			[]string{"Bath and North East Somerset/local_authority/E06000022"}},
		{"place alone is not a body", "Services in Blackpool and Hull, Kingston & Leicester.", time.Time{}, nil},
		{"national bodies", "⦃DH⦄, ⦃DoH⦄, ⦃CQC⦄, ⦃NICE⦄ and the ⦃NHS Confederation⦄", day(2010, 1, 1),
			[]string{"DH/national_body/hm-dh", "DoH/national_body/hm-dh", "CQC/regulator/hm-cqc", "NICE/national_body/hm-nice", "NHS Confederation/representative_body/hm-nhs-confederation"}},
		{"Department of Health by era", "the ⦃Department of Health⦄ in 2020", time.Time{},
			[]string{"Department of Health/national_body/hm-dhsc"}},
		{"possessive left out", "the ⦃Department of Health⦄’s guidance and the ⦃Department of Health⦄'s view", day(2010, 1, 1),
			[]string{"Department of Health/national_body/hm-dh", "Department of Health/national_body/hm-dh"}},
		{"line break inside a name", "the ⦃Department of\nHealth⦄ said", day(2010, 1, 1),
			[]string{"Department of\nHealth/national_body/hm-dh"}},
		{"CRLF and NBSP inside a name", "the ⦃Department\u00a0of\r\nHealth⦄ said", day(2010, 1, 1),
			[]string{"Department\u00a0of\r\nHealth/national_body/hm-dh"}},
		{"blank line breaks a name", "the Department of\n\nHealth said", day(2010, 1, 1), nil},
		{"case slips", "⦃PCTS⦄, ⦃Blackpool primary care trust⦄ and ⦃BLACKPOOL PCT⦄", time.Time{},
			[]string{"PCTS/pct/generic", "Blackpool primary care trust/pct/5HP", "BLACKPOOL PCT/pct/5HP"}},
		{"lower-case acronym is no mention", "nice work, dh and cqc", time.Time{}, nil},
		{"common words are not bodies", "We monitor it, and rebuild community trust; the NHS staff and Trust", time.Time{},
			[]string{}},
		{"one-word names need a capital", "⦃Monitor⦄ said it would monitor ⦃Unison⦄ and unison singing", time.Time{},
			[]string{"Monitor/regulator/hm-monitor", "Unison/representative_body/hm-unison"}},
		{"back-reference", "the ⦃NHS Alliance⦄ said. ⦃The Alliance⦄ wants more; ⦃the Alliance⦄’s chair agreed", time.Time{},
			[]string{"NHS Alliance/representative_body/hm-nhs-alliance", "The Alliance/representative_body/hm-nhs-alliance", "the Alliance/representative_body/hm-nhs-alliance"}},
		{"no back-reference without a body before", "the Alliance and the network", time.Time{}, nil},
		{"descriptive back-reference", "the ⦃PCT Network⦄ report. ⦃The network⦄ interviewed", time.Time{},
			[]string{"PCT Network/representative_body/hm-pct-network", "The network/representative_body/hm-pct-network"}},
		{"generics", "many ⦃PCTs⦄, ⦃strategic health authorities⦄, ⦃mental health trusts⦄, ⦃GP consortia⦄, ⦃consortia of GPs⦄, ⦃councils⦄ and ⦃local authority⦄ partnerships", time.Time{},
			[]string{"PCTs/pct/generic", "strategic health authorities/sha/generic", "mental health trusts/trust/generic", "GP consortia/other/generic", "consortia of GPs/other/generic", "councils/local_authority/generic", "local authority/local_authority/generic"}},
		{"longest match wins", "⦃New NHS Alliance⦄ and ⦃PCT Network⦄ director", time.Time{},
			[]string{"New NHS Alliance/representative_body/hm-new-nhs-alliance", "PCT Network/representative_body/hm-pct-network"}},
		{"unknown name is a name without a register entry", "⦃Hampshire Partnership NHS Foundation Trust⦄ and some ⦃NHS Foundation Trusts⦄", time.Time{},
			[]string{"Hampshire Partnership NHS Foundation Trust/foundation_trust/?", "NHS Foundation Trusts/foundation_trust/generic"}},
		{"unknown names of other kinds", "⦃Anytown and District PCT⦄ met ⦃Anytown CCG⦄. The ⦃Newtown Primary Care Trust⦄ said", time.Time{},
			[]string{"Anytown and District PCT/pct/?", "Anytown CCG/ccg/?", "Newtown Primary Care Trust/pct/?"}},
		{"a determiner does not start a name", "The ⦃NHS Trust⦄ said. Each ⦃PCT⦄ agreed", time.Time{},
			[]string{"NHS Trust/trust/generic", "PCT/pct/generic"}},
		{"ampersand for and", "⦃Redcar & Cleveland Borough Council⦄ and ⦃Redcar and Cleveland Borough Council⦄", time.Time{},
			[]string{"Redcar & Cleveland Borough Council/local_authority/E06000003", "Redcar and Cleveland Borough Council/local_authority/E06000003"}},
	}
	m := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := spanmark.Parse(tt.text)
			got := m.Find(text, Options{Date: tt.date})
			var gotSpans [][2]int
			for _, x := range got {
				gotSpans = append(gotSpans, [2]int{x.Start, x.End})
				assert.Equal(t, text[x.Start:x.End], x.Text, "got Text %q, want text[Start:End]", x.Text)
			}
			assert.Equal(t, spans['⦃'], gotSpans, "got spans %v, want %v (%v)", gotSpans, spans['⦃'], describe(got))
			if len(tt.want) > 0 || len(got) > 0 {
				assert.Equal(t, tt.want, describe(got), "got %v, want %v", describe(got), tt.want)
			}
		})
	}
}

func TestFindDateInferred(t *testing.T) {
	m := Default()
	got := m.Find("NHS Blackpool and the PCTs in 2011.", Options{})
	require.NotEmpty(t, got)
	assert.True(t, got[0].DateInferred, "got DateInferred false, want true")
	assert.Equal(t, 2, got[0].Candidates, "got %d candidates, want 2", got[0].Candidates)
	got = m.Find("NHS Blackpool and the PCTs in 2011.", Options{Date: day(2011, 1, 1)})
	require.NotEmpty(t, got)
	assert.False(t, got[0].DateInferred, "got DateInferred true with a date, want false")
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name   string
		date   time.Time
		want   string // code, or "" for no match
		wantTy MentionType
	}{
		{"NHS Alliance", time.Time{}, "hm-nhs-alliance", TypeName},
		{"DH", time.Time{}, "hm-dh", TypeAcronym},
		{"the DH", time.Time{}, "hm-dh", TypeAcronym},
		{"North East SHA", time.Time{}, "Q30", TypeName},
		{"  NHS Blackpool, ", day(2016, 1, 1), "00R", TypeName},
		{"Bath and North East Somerset", time.Time{}, "E06000022", TypeName},
		{"Department of Health’s", time.Time{}, "hm-dh", TypeName},
		{"“NHS Alliance”", time.Time{}, "hm-nhs-alliance", TypeName},
		{"PCTs", time.Time{}, "", TypeName},
		{"NHS Alliance and DH", time.Time{}, "", TypeName},
		{"Chairman of the NHS Alliance", time.Time{}, "", TypeName},
		{"", time.Time{}, "", TypeName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Default().Lookup(tt.name, Options{Date: tt.date})
			if tt.want == "" {
				assert.False(t, ok, "got %v, want no match", describe([]Mention{got}))
				return
			}
			require.True(t, ok, "got no match, want %s", tt.want)
			assert.Equal(t, tt.want, got.Org.Code, "got %s, want %s", got.Org.Code, tt.want)
			assert.Equal(t, tt.wantTy, got.Type, "got type %v, want %v", got.Type, tt.wantTy)
			assert.Equal(t, tt.name[got.Start:got.End], got.Text)
		})
	}
}

func TestMentionJSON(t *testing.T) {
	ms := Default().Find("NHS Blackpool, DH and PCTs in 2010", Options{})
	require.Len(t, ms, 3)
	var got []string
	for _, m := range ms {
		b, err := m.MarshalJSON()
		require.NoError(t, err)
		got = append(got, string(b))
	}
	want := []string{
		`{"text":"NHS Blackpool","start":0,"end":13,"name":"Blackpool Primary Care Trust","code":"5HP","kind":"pct","generic":false,"type":"name","candidates":2,"date_inferred":true}`,
		`{"text":"DH","start":15,"end":17,"name":"Department of Health","code":null,"kind":"national_body","generic":false,"type":"acronym","candidates":1}`,
		`{"text":"PCTs","start":22,"end":26,"name":"primary care trust","code":null,"kind":"pct","generic":true,"type":"generic"}`,
	}
	assert.Equal(t, want, got)
}

// TestFindConcurrent shares one matcher across goroutines; run with -race.
func TestFindConcurrent(t *testing.T) {
	m := Default()
	text := seedCorpus(t, 64<<10)
	want := m.Find(text, Options{})
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			opt := Options{}
			if g%2 == 1 {
				opt.Date = day(2010, 1, 1)
			}
			for range 3 {
				got := m.Find(text, opt)
				if g%2 == 0 {
					assert.Equal(t, len(want), len(got), "got %d mentions, want %d", len(got), len(want))
				}
				m.Lookup("NHS Alliance", opt)
			}
		}()
	}
	wg.Wait()
}

// checkInvariants asserts what must hold of Find's output for any input.
func checkInvariants(t testing.TB, text string, ms []Mention) {
	t.Helper()
	// Rune boundaries as a range loop decodes them: an invalid byte is a
	// rune of its own.
	boundary := make(map[int]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	prevEnd := 0
	for i, m := range ms {
		if m.Start < prevEnd || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("mention %d [%d,%d) out of order or bounds (previous end %d, len %d)", i, m.Start, m.End, prevEnd, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d: got Text %q, want %q", i, m.Text, text[m.Start:m.End])
		}
		if !boundary[m.Start] || !boundary[m.End] {
			t.Fatalf("mention %d [%d,%d) not on rune boundaries", i, m.Start, m.End)
		}
		if m.Generic && m.Org != nil || m.Org == nil && !m.Generic && (m.Type != TypeName || m.Candidates != 0) {
			t.Fatalf("mention %d %q: Generic %v, Org %v, Type %v, Candidates %d", i, m.Text, m.Generic, m.Org, m.Type, m.Candidates)
		}
		prevEnd = m.End
	}
}

func TestFindNastyInput(t *testing.T) {
	long := strings.Repeat("NHS Blackpool ", 1<<12)
	for _, text := range []string{
		"", "\x00", "\xff\xfe", "\uFEFFNHS Blackpool", "NHS\x00Blackpool", "NHS\xffBlackpool PCT",
		"the the the the", "the Alliance", strings.Repeat("“", 5000), long, strings.Repeat("a", 1<<20),
		"NHS Blackpool\r\nPCT", "\r\r\r", strings.Repeat("PCT Network. The network ", 100),
		"Ünïcödé Trust and ÅBC NHS Foundation Trust", strings.Repeat("x,", 3000) + "leader, Blackpool",
	} {
		ms := Default().Find(text, Options{})
		checkInvariants(t, text, ms)
	}
}
