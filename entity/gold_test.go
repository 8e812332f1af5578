//go:build go1.24

package entity

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/internal/gold"
)

var normRE = regexp.MustCompile(`[a-z0-9]+`)

// normName is the gold scorer's name normalisation: lower-case words
// without articles and honorifics.
func normName(s string) string {
	var out []string
	for _, w := range normRE.FindAllString(strings.ToLower(s), -1) {
		switch w {
		case "a", "an", "the", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame",
			"lord", "lady", "baroness", "cllr", "councillor", "rev":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// goldKind maps the gold's kind words onto the contract's, as the scorer does.
func goldKind(k string) string {
	switch k {
	case "other_health_body":
		return "other"
	case "care_trust_plus":
		return "care_trust"
	}
	return k
}

type goldScore struct {
	mentions gold.PRF // exact span (the scorer's entity P/R/F1)
	strict   gold.PRF // exact span and right kind
	kindOK   int
	linkN    int
	linkOK   int
	misses   []string
}

// scoreGold scores Default().Find against the seed gold exactly as
// ../shared/gold/score.py scores whosaid's entities: optional gold mentions
// neither count for nor against (a prediction with an optional mention's
// exact span is ignored); a generic gold mention needs a generic prediction
// of its class kind; links are checked with seed-links.json.
func scoreGold(t *testing.T, useDate bool) goldScore {
	t.Helper()
	files, err := gold.Load(gold.Dir)
	require.NoError(t, err)
	links, err := gold.Links(gold.Dir)
	require.NoError(t, err)
	m := Default()
	var s goldScore
	for _, f := range files {
		var opt Options
		if useDate && f.Article.Date != nil {
			opt.Date, err = time.Parse("2006-01-02", *f.Article.Date)
			require.NoError(t, err)
		}
		pred := m.Find(string(f.Text), opt)
		optional := map[[2]int]bool{}
		for _, e := range f.Entities {
			if e.Optional {
				optional[[2]int{e.Start, e.End}] = true
			}
		}
		byspan := map[[2]int]Mention{}
		for _, p := range pred {
			key := [2]int{p.Start, p.End}
			if optional[key] {
				continue
			}
			byspan[key] = p
			s.mentions.Predicted++
			s.strict.Predicted++
		}
		for _, e := range f.Entities {
			if e.Optional {
				continue
			}
			s.mentions.Gold++
			s.strict.Gold++
			key := [2]int{e.Start, e.End}
			p, ok := byspan[key]
			if !ok {
				s.misses = append(s.misses, f.File+": missed "+e.Text)
				continue
			}
			delete(byspan, key)
			s.mentions.TP++
			var kindOK bool
			if e.Kind == "generic" {
				kindOK = p.Generic && p.Kind.String() == goldKind(e.ClassKind)
			} else {
				kindOK = !p.Generic && p.Kind.String() == goldKind(e.Kind)
			}
			if kindOK {
				s.kindOK++
				s.strict.TP++
			} else {
				s.misses = append(s.misses, f.File+": wrong kind "+e.Text+" "+p.Kind.String())
			}
			if l, ok := links[e.Canonical]; ok && e.Kind != "generic" {
				s.linkN++
				linked := false
				if p.Org != nil {
					for _, c := range l.Codes {
						linked = linked || p.Org.Code == c
					}
					for _, n := range l.Names {
						linked = linked || normName(p.Org.Name) == normName(n)
					}
				}
				if linked {
					s.linkOK++
				} else {
					s.misses = append(s.misses, f.File+": wrong link "+e.Text+" -> "+p.Name())
				}
			}
		}
		for key, p := range byspan {
			s.misses = append(s.misses, fmt.Sprintf("%s: extra %q at %v", f.File, p.Text, key))
		}
	}
	return s
}

func TestGoldSeeds(t *testing.T) {
	for _, tc := range []struct {
		name    string
		useDate bool
	}{{"no date", false}, {"gold date", true}} {
		t.Run(tc.name, func(t *testing.T) {
			s := scoreGold(t, tc.useDate)
			kindAcc := float64(s.kindOK) / float64(max(1, s.mentions.TP))
			linkAcc := float64(s.linkOK) / float64(max(1, s.linkN))
			t.Logf("entity mentions (exact span):          %v", s.mentions)
			t.Logf("entity mentions (exact span and kind): %v", s.strict)
			t.Logf("kind accuracy %.3f (%d/%d), linked to the right register entry %.3f (%d/%d)",
				kindAcc, s.kindOK, s.mentions.TP, linkAcc, s.linkOK, s.linkN)
			for _, m := range s.misses {
				t.Log("  " + m)
			}
			assert.GreaterOrEqual(t, s.strict.F1(), 1.0, "got F1 %.3f, want 1.0", s.strict.F1())
			assert.GreaterOrEqual(t, linkAcc, 1.0, "got link accuracy %.3f, want 1.0", linkAcc)
		})
	}
}
