//go:build go1.24

package spanmark

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		text  string
		spans map[rune][][2]int
	}{
		{"no markers", "plain", "plain", map[rune][][2]int{}},
		{
			"speaker and quote",
			"⟨Dr Jones⟩ said: “⟦It is closing.⟧”",
			"Dr Jones said: “It is closing.”",
			map[rune][][2]int{'⟨': {{0, 8}}, '⟦': {{18, 32}}},
		},
		{
			"two quotes in order",
			"“⟦A⟧,” he said, “⟦B⟧.”",
			"“A,” he said, “B.”",
			map[rune][][2]int{'⟦': {{3, 4}, {21, 22}}},
		},
		{
			"nested kinds",
			"⦃NHS ⟨Blackpool⟩⦄",
			"NHS Blackpool",
			map[rune][][2]int{'⦃': {{0, 13}}, '⟨': {{4, 13}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := Parse(tt.in)
			if text != tt.text {
				t.Errorf("got text %q, want %q", text, tt.text)
			}
			if !reflect.DeepEqual(spans, tt.spans) {
				t.Errorf("got spans %v, want %v", spans, tt.spans)
			}
		})
	}
}

func TestParsePanicsOnUnbalancedMarkers(t *testing.T) {
	for _, in := range []string{"⟦open", "close⟧"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Parse(%q) did not panic", in)
				}
			}()
			Parse(in)
		}()
	}
}
