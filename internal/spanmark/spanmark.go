//go:build go1.24

// Package spanmark turns test sentences written with span markers into plain
// text and the byte offsets of the marked spans, so that exact-offset tests
// stay readable:
//
//	text, spans := spanmark.Parse(`⟨Dr Jones⟩ said: “⟦It is closing.⟧”`)
//	// text == `Dr Jones said: “It is closing.”`
//	// spans['⟨'] == [][2]int{{0, 8}}; spans['⟦'] == [][2]int{{17, 31}}
//
// Markers come in pairs: ⟦ ⟧ (a quotation's content), ⟨ ⟩ (a speaker), ⟪ ⟫
// (a cue) and ⦃ ⦄ (an entity or other span). Spans of one kind are listed in
// the order their opening markers appear; markers of different kinds may
// nest. This package is for tests only.
package spanmark

import (
	"fmt"
	"strings"
)

// pairs maps each opening marker to its closing marker.
var pairs = map[rune]rune{'⟦': '⟧', '⟨': '⟩', '⟪': '⟫', '⦃': '⦄'}

// Parse removes the markers from s and returns the plain text and, for each
// kind of marker (keyed by its opening rune), the [start, end) byte offsets of
// the marked spans in the plain text. It panics on unbalanced markers, which
// are a mistake in the test itself.
func Parse(s string) (string, map[rune][][2]int) {
	closers := make(map[rune]rune, len(pairs))
	for o, c := range pairs {
		closers[c] = o
	}
	var b strings.Builder
	spans := make(map[rune][][2]int)
	open := make(map[rune][]int) // opener -> stack of indexes into spans[opener]
	for _, r := range s {
		if _, ok := pairs[r]; ok {
			open[r] = append(open[r], len(spans[r]))
			spans[r] = append(spans[r], [2]int{b.Len(), -1})
			continue
		}
		if o, ok := closers[r]; ok {
			st := open[o]
			if len(st) == 0 {
				panic(fmt.Sprintf("spanmark: %q closes nothing in %q", r, s))
			}
			spans[o][st[len(st)-1]][1] = b.Len()
			open[o] = st[:len(st)-1]
			continue
		}
		b.WriteRune(r)
	}
	for o, st := range open {
		if len(st) > 0 {
			panic(fmt.Sprintf("spanmark: %q never closed in %q", o, s))
		}
	}
	return b.String(), spans
}
