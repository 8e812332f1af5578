//go:build go1.24

package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/gold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldParagraphs builds the paragraphs of a seed article with the zones its
// gold gives: title and standfirst are headlines, reader comments are
// comments, everything but the body is skipped.
func goldParagraphs(f gold.File) []Paragraph {
	text := string(f.Text)
	zone := map[int]Zone{}
	a := f.Article
	for _, sp := range []*gold.Span{a.TitleSpan, a.StandfirstSpan} {
		if sp != nil {
			zone[lineStart(text, sp.Start)] = ZoneHeadline
		}
	}
	for _, c := range a.Comments {
		zone[lineStart(text, c.Raw.Start)] = ZoneComment
	}
	body := map[int]bool{}
	for _, b := range a.Body {
		body[b.Start] = true
	}
	paras := Paragraphs(text)
	for i := range paras {
		z, ok := zone[paras[i].Start]
		switch {
		case ok:
			paras[i].Zone = z
		case body[paras[i].Start]:
			paras[i].Zone = ZoneBody
		default:
			paras[i].Zone = ZoneSkip
		}
	}
	return paras
}

func lineStart(text string, off int) int {
	return strings.LastIndexByte(text[:off], '\n') + 1
}

// seedScore scores predicted quotations against the gold as score.py does.
type seedScore struct {
	prf             gold.PRF
	kindOK, spkOK   int
	spkN            int
	scareOK, scareN int
	indTP, indN     int
	indPred         int
	notes           []string
}

func covered(spans []Span) map[int]bool {
	m := map[int]bool{}
	for _, s := range spans {
		for i := s.Start; i < s.End; i++ {
			m[i] = true
		}
	}
	return m
}

func overlap(a, b map[int]bool) int {
	n := 0
	for i := range a {
		if b[i] {
			n++
		}
	}
	return n
}

func scoreSeed(f gold.File, got []Quote, sc *seedScore) {
	var pq []Quote
	for _, q := range got {
		if q.Kind != Scare && q.Kind != Indirect {
			pq = append(pq, q)
		}
	}
	sc.prf.Predicted += len(pq)
	used := map[int]bool{}
	for _, g := range f.Quotes {
		var gs []Span
		for _, s := range g.Spans() {
			gs = append(gs, Span{s.Start, s.End})
		}
		gc := covered(gs)
		if g.Kind == "scare" {
			sc.scareN++
			bad := false
			for _, q := range got {
				if q.Kind == Scare || q.Kind == Indirect {
					continue
				}
				pc := covered(q.Spans)
				ov := overlap(pc, gc)
				if float64(ov) >= 0.9*float64(len(gc)) && float64(ov) >= 0.5*float64(max(1, len(pc))) {
					bad = true
					sc.notes = append(sc.notes, fmt.Sprintf("%s: scare %q reported as %s", f.File, g.Text, q.Kind))
				}
			}
			if !bad {
				sc.scareOK++
			}
			continue
		}
		sc.prf.Gold++
		best, bi := -1, -1
		for i, q := range pq {
			if used[i] {
				continue
			}
			pc := covered(q.Spans)
			ov := overlap(pc, gc)
			if float64(ov) >= 0.9*float64(len(gc)) && float64(ov) >= 0.5*float64(max(1, len(pc))) && ov > best {
				best, bi = ov, i
			}
		}
		if bi < 0 {
			sc.notes = append(sc.notes, fmt.Sprintf("%s: missed %s %.50q", f.File, g.Kind, g.Text))
			continue
		}
		used[bi] = true
		q := pq[bi]
		sc.prf.TP++
		if q.Kind.String() == g.Kind {
			sc.kindOK++
		} else {
			sc.notes = append(sc.notes, fmt.Sprintf("%s: %.40q kind %s, want %s", f.File, g.Text, q.Kind, g.Kind))
		}
		if g.Speaker != nil && g.SpeakerMention != nil {
			sc.spkN++
			if gold.SameSpeaker(q.Speaker, *g.Speaker, *g.SpeakerMention) {
				sc.spkOK++
			} else {
				sc.notes = append(sc.notes, fmt.Sprintf("%s: %.40q speaker %q, want %q", f.File, g.Text, q.Speaker, *g.Speaker))
			}
		}
	}
	for i, q := range pq {
		if !used[i] {
			sc.notes = append(sc.notes, fmt.Sprintf("%s: extra %s %.50q", f.File, q.Kind, q.Text))
		}
	}
	// Indirect speech, informational as in score.py: a non-optional gold
	// instance is found when an indirect prediction covers half of it.
	var ind []Quote
	for _, q := range got {
		if q.Kind == Indirect {
			ind = append(ind, q)
		}
	}
	sc.indPred += len(ind)
	for _, g := range f.Indirect {
		if g.Optional {
			continue
		}
		sc.indN++
		gc := covered([]Span{{g.Start, g.End}})
		found := false
		for _, q := range ind {
			if float64(overlap(covered(q.Spans), gc)) >= 0.5*float64(len(gc)) {
				found = true
			}
		}
		if found {
			sc.indTP++
		} else {
			sc.notes = append(sc.notes, fmt.Sprintf("%s: indirect not found %.50q", f.File, g.Text))
		}
	}
}

// TestSeedGold scores extraction on the five seed articles against their
// gold, as ../shared/gold/score.py does, and prints the figures.
func TestSeedGold(t *testing.T) {
	files, err := gold.Load(gold.Dir)
	require.NoError(t, err)
	var e Extractor
	var sc seedScore
	for _, f := range files {
		text := string(f.Text)
		got := e.ExtractParagraphs(text, goldParagraphs(f))
		checkInvariants(t, text, got)
		scoreSeed(f, got, &sc)
	}
	for _, n := range sc.notes {
		t.Log(n)
	}
	kindAcc := float64(sc.kindOK) / float64(max(1, sc.prf.TP))
	spkAcc := float64(sc.spkOK) / float64(max(1, sc.spkN))
	t.Logf("seed quotes: %s kind_acc=%.3f speaker_acc=%.3f (%d/%d) scare_ok=%d/%d",
		sc.prf, kindAcc, spkAcc, sc.spkOK, sc.spkN, sc.scareOK, sc.scareN)
	fmt.Printf("seed quotes: %s kind_acc=%.3f speaker_acc=%.3f scare_ok=%d/%d\n",
		sc.prf, kindAcc, spkAcc, sc.scareOK, sc.scareN)
	fmt.Printf("seed indirect (informational): found %d/%d, predicted %d\n", sc.indTP, sc.indN, sc.indPred)
	// Known misses are counted against these thresholds.
	assert.GreaterOrEqual(t, sc.prf.F1(), 0.95, "quote F1")
	assert.GreaterOrEqual(t, kindAcc, 0.95, "kind accuracy")
	assert.GreaterOrEqual(t, spkAcc, 0.95, "speaker accuracy")
	assert.Equal(t, sc.scareN, sc.scareOK, "scare quotes reported as speech")
}
