//go:build go1.24

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
// text[Start:End]; the same output twice, and the same output when every
// word is read the general way (no plain words passed over, see
// skipPlain); Lookup never panics either.
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
		"But Abc NHS Trust said that it was fine", "Mr. Abc and Bcd of Cde NHS Trust\u00a0— said", "He said Abc’s and Bcd PCT,",
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
		if general := m.find(text, Options{}, false); !reflect.DeepEqual(got, general) {
			t.Fatalf("got %v passing over plain words, want %v as read the general way", describe(got), describe(general))
		}
		if mt, ok := m.Lookup(text, Options{}); ok && text[mt.Start:mt.End] != mt.Text {
			t.Fatalf("Lookup: got Text %q, want %q", mt.Text, text[mt.Start:mt.End])
		}
	})
}

// TestFindHostile runs Find on every hostile input shape, checks its
// invariants on each, and checks that its cost stays linear in their size.
func TestFindHostile(t *testing.T) {
	m := Default()
	for _, in := range hostile.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			text := string(in.Make(64 << 10))
			checkInvariants(t, text, m.Find(text, Options{}))
			hostile.CheckLinear(t, in, func(b []byte) { m.Find(string(b), Options{}) })
		})
	}
	t.Run("names without end", func(t *testing.T) {
		in := hostile.Input{Name: "names", Make: func(n int) []byte {
			return []byte(strings.Repeat("NHS Blackpool PCT Network the Alliance DH 2010 ", n/47+1)[:n])
		}}
		hostile.CheckLinear(t, in, func(b []byte) { m.Find(string(b), Options{}) })
	})
}
