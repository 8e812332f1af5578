//go:build go1.24

package quote

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// polnearGold is one line of the PolNeAR conversion's gold.jsonl.
type polnearGold struct {
	File           string   `json:"file"`
	Split          string   `json:"split"`
	Kind           string   `json:"kind"`
	Text           string   `json:"text"`
	Spans          [][2]int `json:"spans"`
	Source         string   `json:"source"`
	SpeakerMention []int    `json:"speaker_mention"`
}

// alnumSet is the set of letter and digit bytes (and bytes >= 0xC0) that
// spans cover, as a bitset: the unit of the PolNeAR scorer's Dice.
func alnumSet(data []byte, spans []Span) []uint64 {
	set := make([]uint64, (len(data)+63)/64)
	for _, s := range spans {
		for i := max(0, s.Start); i < min(s.End, len(data)); i++ {
			c := data[i]
			if '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c >= 0xC0 {
				set[i/64] |= 1 << (i % 64)
			}
		}
	}
	return set
}

func popcount(s []uint64) int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}

func dice(a, b []uint64) float64 {
	na, nb := popcount(a), popcount(b)
	if na+nb == 0 {
		return 0
	}
	inter := 0
	for i := range a {
		inter += bits.OnesCount64(a[i] & b[i])
	}
	return 2 * float64(inter) / float64(na+nb)
}

// TestPolNeAR scores Extract on the PolNeAR train split exactly as its
// score.py does. It reads the corpus named by NHSNEWS_POLNEAR (never part
// of this module) and is skipped without it; it never runs in CI.
// NHSNEWS_POLNEAR_DETAILS=FILE writes the misses and extras to FILE.
func TestPolNeAR(t *testing.T) {
	dir := os.Getenv("NHSNEWS_POLNEAR")
	if dir == "" {
		t.Skip("set NHSNEWS_POLNEAR to the polnear-train folder to score on it")
	}
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	golds := map[string][]polnearGold{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var g polnearGold
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		if g.Split == "train" {
			golds[g.File] = append(golds[g.File], g)
		}
	}
	require.NoError(t, sc.Err())
	var details *os.File
	if p := os.Getenv("NHSNEWS_POLNEAR_DETAILS"); p != "" {
		details, err = os.Create(p)
		require.NoError(t, err)
		defer details.Close()
	}
	names := make([]string, 0, len(golds))
	for n := range golds {
		names = append(names, n)
	}
	slices.Sort(names)
	var dump *json.Encoder
	if p := os.Getenv("NHSNEWS_POLNEAR_DUMP"); p != "" {
		df, err := os.Create(p)
		require.NoError(t, err)
		defer df.Close()
		dump = json.NewEncoder(df)
	}
	// NHSNEWS_POLNEAR_TITLE=1 reads the first line as a headline, as a
	// pipeline that knows the article's title would.
	titleZone := os.Getenv("NHSNEWS_POLNEAR_TITLE") != ""
	var e Extractor
	var nGold, nPred, tp, anyTP, spkN, spkOK int
	type cand struct {
		d    float64
		i, j int
	}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, "articles", name))
		require.NoError(t, err)
		text := string(data)
		paras := Paragraphs(text)
		if titleZone && len(paras) > 0 {
			paras[0].Zone = ZoneHeadline // the articles open with their headline
		}
		got := e.ExtractParagraphs(text, paras)
		checkInvariants(t, text, got)
		if dump != nil {
			require.NoError(t, dump.Encode(map[string]any{"id": name, "quotes": append([]Quote{}, got...)}))
		}
		var pq []Quote
		for _, q := range got {
			if q.Kind != Scare && q.Kind != Indirect {
				pq = append(pq, q)
			}
		}
		var gd []polnearGold
		for _, g := range golds[name] {
			if g.Kind == "direct" {
				gd = append(gd, g)
			}
		}
		nGold += len(gd)
		pset := make([][]uint64, len(pq))
		for j, q := range pq {
			pset[j] = alnumSet(data, q.Spans)
			if q.Kind == Direct {
				nPred++
			}
		}
		gset := make([][]uint64, len(gd))
		for i, g := range gd {
			var sp []Span
			for _, s := range g.Spans {
				sp = append(sp, Span{s[0], s[1]})
			}
			gset[i] = alnumSet(data, sp)
		}
		match := func(directOnly bool) (map[int]int, int) {
			var cs []cand
			for i := range gd {
				for j := range pq {
					if directOnly && pq[j].Kind != Direct {
						continue
					}
					cs = append(cs, cand{dice(gset[i], pset[j]), i, j})
				}
			}
			slices.SortStableFunc(cs, func(a, b cand) int {
				switch {
				case a.d > b.d:
					return -1
				case a.d < b.d:
					return 1
				case a.i != b.i:
					return b.i - a.i
				}
				return b.j - a.j
			})
			ug, up := map[int]int{}, map[int]bool{}
			n := 0
			for _, c := range cs {
				if c.d < 0.5 {
					break
				}
				if _, ok := ug[c.i]; ok || up[c.j] {
					continue
				}
				ug[c.i] = c.j
				up[c.j] = true
				n++
			}
			return ug, n
		}
		ug, n := match(true)
		tp += n
		for i, j := range ug {
			g := gd[i]
			if len(g.SpeakerMention) != 2 {
				continue
			}
			spkN++
			m := pq[j].Mention
			if !m.IsZero() && m.Start < g.SpeakerMention[1] && m.End > g.SpeakerMention[0] {
				spkOK++
			} else if details != nil {
				fmt.Fprintf(details, "%s: speaker %q want %q: %.60q\n", name, pq[j].Speaker, g.Source, g.Text)
			}
		}
		if details != nil {
			used := map[int]bool{}
			for i, g := range gd {
				if j, ok := ug[i]; ok {
					used[j] = true
					continue
				}
				fmt.Fprintf(details, "%s: missed direct %.80q\n", name, g.Text)
			}
			for j, q := range pq {
				if q.Kind == Direct && !used[j] {
					fmt.Fprintf(details, "%s: extra direct %.80q\n", name, q.Text)
				}
			}
		}
		_, n = match(false)
		anyTP += n
	}
	p := float64(tp) / float64(max(1, nPred))
	r := float64(tp) / float64(max(1, nGold))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	fmt.Printf("polnear train: articles=%d direct_gold=%d direct_pred=%d matched=%d\n", len(golds), nGold, nPred, tp)
	fmt.Printf("polnear train: direct_P=%.3f direct_R=%.3f direct_F1=%.3f any_kind_R=%.3f speaker_mention_acc=%.3f\n",
		p, r, f1, float64(anyTP)/float64(max(1, nGold)), float64(spkOK)/float64(max(1, spkN)))
}
