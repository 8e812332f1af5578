//go:build go1.24

package quote

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPreScanFindsEveryWord checks that preScan never rules out a
// paragraph holding a word collectCandidates acts on: a cue or the first
// word of a multi-word cue makes it ask for the whole paragraph, and
// every plural role noun starts at one of the runs it returns.
func TestPreScanFindsEveryWord(t *testing.T) {
	lx := defaultLexicon()
	for n, text := range tokenizerInputs(t) {
		for _, p := range Paragraphs(text) {
			toks, _ := tokenize(nil, nil, lx, text, p.Start, p.End, nil, nil)
			whole, roles := lx.preScan(text, p.Start, p.End, nil)
			if whole {
				continue
			}
			for _, tk := range toks {
				if tk.kind != tkWord {
					continue
				}
				require.Zero(t, tk.cls&(wCue|wCueFirst), "input %d %q: got no cue from preScan, want the cue %q found",
					n, text, text[tk.start:tk.end])
				if tk.cls&wRole != 0 && strings.HasSuffix(text[tk.start:tk.end], "s") {
					require.Contains(t, roles, tk.start, "input %d %q: got runs %v, want the role noun %q among them",
						n, text, roles, text[tk.start:tk.end])
				}
			}
		}
	}
}

// TestGroupWindowsMatchesWhole checks that the groups read in windows
// are the candidates collectCandidates finds in the whole paragraph.
func TestGroupWindowsMatchesWhole(t *testing.T) {
	var e Extractor
	inputs := tokenizerInputs(t)
	// Role nouns at every distance from the paragraph's start and from
	// each other.
	words := []string{"the", "eight", "senior", "NHS", "managers", "nurses", "said", "vice-chairs", "x", "’", ",", "doctors’", "  "}
	for n := range 2000 {
		var sb strings.Builder
		for k := 0; k < 3+n%40; k++ {
			sb.WriteString(words[(n*7+k*k*3+k/3)%len(words)])
			sb.WriteByte(' ')
		}
		inputs = append(inputs, sb.String())
	}
	for n, text := range inputs {
		for _, p := range Paragraphs(text) {
			x := newExtraction(&e, text)
			whole, roles := x.lx.preScan(text, p.Start, p.End, nil)
			if whole {
				x.release()
				continue
			}
			pp := &para{Paragraph: p}
			x.groupWindows(pp, roles)
			got := slices.Clone(x.cands)
			x.cands = x.cands[:0]
			toks, hits := tokenize(nil, nil, x.lx, text, p.Start, p.End, nil, nil)
			x.collectCandidates(pp, toks, hits)
			require.Equal(t, slices.Clone(x.cands), got, "input %d %q: got groups from windows, want those of the whole paragraph", n, text)
			x.release()
		}
	}
}

// countWordsRef is countWords one byte or rune at a time.
func countWordsRef(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return min(n, limit)
}

func TestCountWords(t *testing.T) {
	for n, text := range tokenizerInputs(t) {
		for _, limit := range []int{0, 1, 3, maxCounted, 1 << 30} {
			for _, s := range []string{text, text[min(len(text), 3):], text[:len(text)/2]} {
				require.Equal(t, countWordsRef(s, limit), countWords(s, limit), "input %d %q, limit %d: got count, want the reference's", n, s, limit)
			}
		}
	}
}
