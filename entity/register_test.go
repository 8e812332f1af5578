//go:build go1.24

package entity

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbeddedRegisterWellFormed checks the generated register: header,
// unique (code, opened), trimmed fields, valid UTF-8, known kinds, dates
// that parse, and periods of one code that do not overlap.
func TestEmbeddedRegisterWellFormed(t *testing.T) {
	require.True(t, utf8.Valid(registerTSV), "register is not valid UTF-8")
	head := string(registerTSV[:min(len(registerTSV), 2000)])
	for _, want := range []string{"DO NOT EDIT", "Open Government Licence v3.0", "Organisation Data Service"} {
		assert.Contains(t, head, want, "got header without %q", want)
	}
	lines := strings.Split(strings.TrimSuffix(string(registerTSV), "\n"), "\n")
	header := -1
	for i, l := range lines {
		if !strings.HasPrefix(l, "#") {
			header = i
			break
		}
	}
	require.GreaterOrEqual(t, header, 0)
	cols := strings.Split(lines[header], "\t")
	for i, l := range lines[header+1:] {
		f := strings.Split(l, "\t")
		require.Len(t, f, len(cols), "line %d: got %d fields, want %d", header+i+2, len(f), len(cols))
		for j, v := range f {
			for _, part := range strings.Split(v, "|") {
				assert.Equal(t, strings.TrimSpace(part), part, "line %d column %s: got untrimmed %q", header+i+2, cols[j], part)
			}
		}
		_, ok := ParseKind(f[2])
		assert.True(t, ok, "line %d: got unknown kind %q", header+i+2, f[2])
		kinds := f[2]
		if k, ok := KindOf(f[3]); !ok || k.String() != kinds {
			t.Errorf("line %d: subkind %q maps to %v, want %s", header+i+2, f[3], k, kinds)
		}
	}
	orgs, err := ParseRegister(bytes.NewReader(registerTSV))
	require.NoError(t, err)
	assert.Greater(t, len(orgs), 1300, "got %d entries, want the full register", len(orgs))
	byCode := map[string][]*Org{}
	for i := range orgs {
		o := &orgs[i]
		for _, p := range byCode[o.Code] {
			assert.False(t, p.Opened.Equal(o.Opened), "got duplicate (code, opened) %s %v", o.Code, o.Opened)
			overlap := (p.Closed.IsZero() || !o.Opened.After(p.Closed)) && (o.Closed.IsZero() || !p.Opened.After(o.Closed))
			assert.False(t, overlap, "got overlapping periods for code %s", o.Code)
		}
		byCode[o.Code] = append(byCode[o.Code], o)
		if !o.Closed.IsZero() {
			assert.False(t, o.Closed.Before(o.Opened), "%s: closed %v before opened %v", o.Code, o.Closed, o.Opened)
		}
	}
}

func TestParseRegister(t *testing.T) {
	const good = "# comment\n\ncode\tname\tkind\topened\tclosed\taliases\n" +
		"X1\tFoo Primary Care Trust\tpct\t2002\t2013-03\tFoo PCT|NHS Foo\n" +
		"X2\tBar NHS Trust\tnhs_trust\t\t\t\r\n"
	orgs, err := ParseRegister(iotest.OneByteReader(strings.NewReader(good)))
	require.NoError(t, err)
	require.Len(t, orgs, 2)
	assert.Equal(t, time.Date(2002, 1, 1, 0, 0, 0, 0, time.UTC), orgs[0].Opened)
	assert.Equal(t, time.Date(2013, 3, 31, 0, 0, 0, 0, time.UTC), orgs[0].Closed)
	assert.Equal(t, []string{"Foo PCT", "NHS Foo"}, orgs[0].Aliases)
	assert.Equal(t, KindTrust, orgs[1].Kind)
	assert.Equal(t, "nhs_trust", orgs[1].Subkind)

	bad := []struct{ name, text string }{
		{"no header", "# only comments\n"},
		{"missing column", "code\tname\nX\tY\n"},
		{"unknown kind", "code\tname\tkind\nX\tY\tspaceship\n"},
		{"bad date", "code\tname\tkind\topened\nX\tY\tpct\t2002-13-01\n"},
		{"empty code", "code\tname\tkind\n\tY\tpct\n"},
		{"invalid UTF-8", "code\tname\tkind\nX\t\xff\tpct\n"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRegister(strings.NewReader(tt.text))
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "entity: "), "got %q, want the entity: prefix", err)
		})
	}
	_, err = ParseRegister(iotest.ErrReader(errors.New("boom")))
	assert.ErrorContains(t, err, "boom")
	var pe *ParseError
	_, err = ParseRegister(strings.NewReader("code\tname\tkind\nX\tY\tspaceship\n"))
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 2, pe.Line, "got line %d, want 2", pe.Line)
}

func TestWriteRegisterRoundTrip(t *testing.T) {
	orgs := Register()
	var b bytes.Buffer
	require.NoError(t, WriteRegister(&b, orgs))
	back, err := ParseRegister(&b)
	require.NoError(t, err)
	assert.Equal(t, orgs, back)
	assert.Error(t, WriteRegister(&b, []Org{{Code: "X", Name: "a\tb"}}))
}

// TestNewMatcherOwnRegister builds a matcher from a user's register with
// official names only and checks the derived spellings.
func TestNewMatcherOwnRegister(t *testing.T) {
	_, err := NewMatcher(nil)
	assert.Error(t, err)
	_, err = NewMatcher([]Org{{Code: "X"}})
	assert.Error(t, err)
	m, err := NewMatcher([]Org{
		{Code: "Z1", Name: "Gotham Primary Care Trust", Kind: KindPCT},
		{Code: "Z2", Name: "Gotham General Hospitals NHS Foundation Trust", Kind: KindFoundationTrust},
		{Code: "Z3", Name: "Gotham City Council", Kind: KindLocalAuthority, Places: []string{"Gotham"}},
	})
	require.NoError(t, err)
	got := describe(m.Find("NHS Gotham, Gotham PCT, Gotham General Hospitals and Gotham Council; leader, Gotham.", Options{}))
	assert.Equal(t, []string{"NHS Gotham/pct/Z1", "Gotham PCT/pct/Z1", "Gotham General Hospitals/foundation_trust/Z2",
		"Gotham Council/local_authority/Z3", "Gotham/local_authority/Z3"}, got)
}

// TestDefaultBuildTime checks that building the default matcher (parsing the
// embedded register and compiling the automaton) stays under 50 ms; the
// best of a few runs is taken to shed noise from other processes.
func TestDefaultBuildTime(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing is meaningless under -race or -short")
	}
	best := time.Hour
	for range 5 {
		start := time.Now()
		_, err := buildDefault()
		require.NoError(t, err)
		best = min(best, time.Since(start))
	}
	t.Logf("building the default matcher took %v", best)
	assert.Less(t, best, 50*time.Millisecond, "got %v, want under 50ms", best)
}
