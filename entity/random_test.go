//go:build go1.24

package entity

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// spellings returns, independently of the matcher's own rules, the ways a
// journalist writes the body o, as the brief lists them.
func spellings(o *Org) []string {
	n := o.Name
	out := []string{n}
	cut := func(suffix string) (string, bool) {
		if strings.HasSuffix(n, suffix) && len(n) > len(suffix) {
			return strings.TrimSuffix(n, suffix), true
		}
		return "", false
	}
	switch o.Subkind {
	case "pct":
		if x, ok := cut(" Primary Care Trust"); ok {
			out = append(out, x+" PCT", "NHS "+strings.TrimSuffix(x, " Teaching"))
		}
	case "care_trust", "care_trust_plus":
		if x, ok := cut(" Care Trust"); ok {
			out = append(out, x+" NHS Care Trust")
		}
	case "sha":
		if x, ok := cut(" Strategic Health Authority"); ok {
			out = append(out, x+" SHA", "NHS "+x)
		}
	case "nhs_foundation_trust":
		if x, ok := cut(" NHS Foundation Trust"); ok {
			out = append(out, x+" Foundation Trust")
		}
	case "ccg":
		if x, ok := cut(" CCG"); ok {
			x = strings.TrimPrefix(x, "NHS ")
			out = append(out, x+" CCG", "NHS "+x+" Clinical Commissioning Group")
		}
	case "icb":
		if x, ok := cut(" Integrated Care Board"); ok {
			x = strings.TrimPrefix(x, "NHS ")
			out = append(out, x+" ICB", "NHS "+x+" ICB", "NHS "+x)
		}
	}
	if o.Kind == KindLocalAuthority {
		for _, p := range o.Places {
			out = append(out, p+" Council")
		}
	}
	for _, a := range o.Aliases {
		if strings.HasPrefix(a, "the ") || strings.Trim(a, "0123456789") == "" {
			continue // descriptive epithets ("the health watchdog"), numbers ("111")
		}
		out = append(out, a)
	}
	var keep []string
	for _, s := range out {
		if local(o) && !hasOrgWord(s) && (strings.Contains(s, " ") || upperCount(s) < 2) {
			continue // a place alone ("Kent and Medway", "Somerset") is a body only after a role
		}
		if !strings.Contains(s, "(") {
			keep = append(keep, s) // brackets are never crossed: "NHS England South (Wessex)"
		}
	}
	return keep
}

// normSpelling folds a spelling as the matcher compares them.
func normSpelling(s string) string {
	s = strings.ToLower(strings.NewReplacer("&", " and ", "’", " ", "'", " ", "-", " ", ",", " ", ".", " ", "/", " ").Replace(s))
	s = strings.TrimPrefix(strings.Join(strings.Fields(s), " "), "the ")
	return s
}

// testDate returns a date inside o's period, or the zero time if it has no
// bounds.
func testDate(o *Org) time.Time {
	switch {
	case !o.Opened.IsZero() && !o.Closed.IsZero():
		return o.Opened.Add(o.Closed.Sub(o.Opened) / 2)
	case !o.Opened.IsZero():
		return o.Opened.AddDate(0, 0, 1)
	case !o.Closed.IsZero():
		return o.Closed.AddDate(0, 0, -1)
	}
	return time.Time{}
}

// TestRandomRegisterEntries picks register entries with a fixed seed,
// writes each spelling of each inside a sentence and checks that Find
// reports exactly that span resolved to that entry. A spelling that another
// body open on the same date shares is a known collision and is skipped
// (counted); the share resolved must stay above 0.99. Place names alone and names
// with brackets are left out: they are matched only in context, or never.
func TestRandomRegisterEntries(t *testing.T) {
	m := Default()
	orgs := m.Orgs()
	owners := map[string][]int{}
	for i := range orgs {
		for _, s := range spellings(&orgs[i]) {
			k := normSpelling(s)
			owners[k] = append(owners[k], i)
		}
	}
	templates := []string{
		"On Tuesday %s said it would review the plans.",
		"A spokesperson for %s declined to comment.",
		"Figures from %s’s annual report were published",
		"“We agree,” said the chief executive of %s, adding more.",
		"The letter, from %s\nand others, was signed",
	}
	rng := rand.New(rand.NewPCG(2026, 11))
	const picks = 400
	var tried, ok, collisions int
	var failures []string
	for range picks {
		i := rng.IntN(len(orgs))
		o := &orgs[i]
		date := testDate(o)
		for _, s := range spellings(o) {
			clash := ""
			for _, j := range owners[normSpelling(s)] {
				p := &orgs[j]
				if p.Code != o.Code && (date.IsZero() || p.OpenAt(date)) {
					clash = p.Code
				}
			}
			if clash != "" {
				collisions++ // e.g. two CCG codes named "NHS Herefordshire CCG"
				continue
			}
			tried++
			tmpl := templates[rng.IntN(len(templates))]
			text := fmt.Sprintf(tmpl, s)
			start := strings.Index(text, s)
			got := m.Find(text, Options{Date: date})
			found := false
			for _, x := range got {
				if x.Start == start && x.End == start+len(s) && x.Org != nil && x.Org.Code == o.Code {
					found = true
				}
			}
			if found {
				ok++
			} else {
				failures = append(failures, fmt.Sprintf("%s %q in %q: got %v", o.Code, s, text, describe(got)))
			}
		}
	}
	share := float64(ok) / float64(max(tried, 1))
	t.Logf("random register entries: %d spellings resolved of %d tried (%.3f); %d skipped as collisions", ok, tried, share, collisions)
	for _, f := range failures {
		t.Log("  " + f)
	}
	assert.GreaterOrEqual(t, share, 0.99, "got share %.3f, want at least 0.99", share)
}

// TestDateChoosesAmongNamesakes takes every spelling shared by bodies of
// different periods ("NHS Blackpool": the PCT, then the CCG) and checks that
// a date inside each body's period resolves the spelling to that body, and
// that without a date, the year written in the sentence mostly does too.
func TestDateChoosesAmongNamesakes(t *testing.T) {
	m := Default()
	orgs := m.Orgs()
	owners := map[string][]int{}
	surface := map[string]string{}
	for i := range orgs {
		for _, s := range spellings(&orgs[i]) {
			k := normSpelling(s)
			if !slices.Contains(owners[k], i) {
				owners[k] = append(owners[k], i)
			}
			surface[k] = s
		}
	}
	keys := slices.Sorted(maps.Keys(owners))
	var tried, ok, inferred, yearless int
	var failures []string
	for _, k := range keys {
		idx := owners[k]
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			o := &orgs[i]
			date := testDate(o)
			alone := !date.IsZero()
			for _, j := range idx {
				if j != i && orgs[j].Code != o.Code && orgs[j].OpenAt(date) {
					alone = false // open at the same time: no date can choose
				}
			}
			if !alone {
				continue
			}
			tried++
			s := surface[k]
			got := m.Find("We heard from "+s+" today.", Options{Date: date})
			if len(got) == 1 && got[0].Org != nil && got[0].Org.Code == o.Code {
				ok++
			} else {
				failures = append(failures, fmt.Sprintf("%q on %s: got %v, want %s", s, date.Format("2006-01-02"), describe(got), o.Code))
			}
			// Without a date, a year in the text tells the era: one that
			// lies wholly in this body's period and in no namesake's.
			year := 0
			for y := 1990; y <= 2030 && year == 0; y++ {
				jan, dec := day(y, 1, 1), day(y, 12, 31)
				if !o.OpenAt(jan) || !o.OpenAt(dec) {
					continue
				}
				clear := true
				for _, j := range idx {
					p := &orgs[j]
					overlaps := (p.Opened.IsZero() || !p.Opened.After(dec)) && (p.Closed.IsZero() || !p.Closed.Before(jan))
					if j != i && p.Code != o.Code && overlaps {
						clear = false
					}
				}
				if clear {
					year = y
				}
			}
			if year == 0 {
				yearless++
				continue
			}
			text := fmt.Sprintf("In %d we heard from %s.", year, s)
			got = m.Find(text, Options{})
			if n := len(got); n > 0 && got[n-1].Org != nil && got[n-1].Org.Code == o.Code && got[n-1].DateInferred {
				inferred++
			} else {
				failures = append(failures, fmt.Sprintf("%q: got %v, want %s inferred", text, describe(got), o.Code))
			}
		}
	}
	t.Logf("namesakes told apart by date: %d of %d; by a year in the text: %d of %d (%d with no year of their own)",
		ok, tried, inferred, tried-yearless, yearless)
	for _, f := range failures {
		t.Log("  " + f)
	}
	assert.Greater(t, tried, 50, "got %d namesakes, want many", tried)
	assert.Equal(t, tried, ok, "got %d of %d resolved by date", ok, tried)
	assert.Equal(t, tried-yearless, inferred, "got %d of %d resolved by the year", inferred, tried-yearless)
}
