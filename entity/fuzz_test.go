package entity

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
)

// FuzzFind checks Find's invariants on any input: no panic; mentions inside
// the text, ordered, non-overlapping, on rune boundaries, with Text equal to
// text[Start:End]; the same output twice; Lookup never panics either.
func FuzzFind(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "\x00", "\xff", "\uFEFF", "NHS Blackpool’s", "the Department of\nHealth", "deputy leader, Bath and North East Somerset;",
		"the NHS Alliance. The Alliance", "St. Helens Council", "Redcar & Cleveland Council", "PCTS, pcts, Pcts",
		strings.Repeat("“", 100), "NHS\u00a0Blackpool\r\n", "Ünïcödé NHS Trust", string(hostile.Sample()),
	} {
		f.Add(s)
	}
	m := Default()
	f.Fuzz(func(t *testing.T, text string) {
		got := m.Find(text, Options{})
		checkInvariants(t, text, got)
		if again := m.Find(text, Options{}); !reflect.DeepEqual(got, again) {
			t.Fatalf("got different mentions on a second call")
		}
		if mt, ok := m.Lookup(text, Options{}); ok && text[mt.Start:mt.End] != mt.Text {
			t.Fatalf("Lookup: got Text %q, want %q", mt.Text, text[mt.Start:mt.End])
		}
	})
}

// TestFindHostile runs Find on the hostile inputs, checks its invariants on
// each and, on the shapes that stress the matcher (long runs of words and
// of capitalised words, no line breaks, invalid UTF-8), that its cost stays
// linear in their size.
func TestFindHostile(t *testing.T) {
	m := Default()
	timed := map[string]bool{"no newline": true, "many capitalised words": true, "invalid UTF-8": true,
		"long words": true, "unbalanced opening marks with words": true}
	for _, in := range hostile.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			text := string(in.Make(64 << 10))
			checkInvariants(t, text, m.Find(text, Options{}))
			if timed[in.Name] {
				hostile.CheckLinear(t, in, func(b []byte) { m.Find(string(b), Options{}) })
			}
		})
	}
	t.Run("names without end", func(t *testing.T) {
		in := hostile.Input{Name: "names", Make: func(n int) []byte {
			return []byte(strings.Repeat("NHS Blackpool PCT Network the Alliance DH 2010 ", n/47+1)[:n])
		}}
		hostile.CheckLinear(t, in, func(b []byte) { m.Find(string(b), Options{}) })
	})
}
