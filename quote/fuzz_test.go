//go:build go1.24

package quote

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
)

// nasty are inputs that have broken text tools before.
var nasty = []string{
	"",
	"\"",
	"“",
	"”",
	"''",
	"``",
	"'",
	"\ufeff“BOM first,” he said.",
	"Mr Cole said: “CRLF\r\n“second part.”\r\n",
	"CR only: “one\r“two”\r",
	"NUL \x00 “inside\x00 quote,” she said\x00.",
	"bad UTF-8 \xff\xfe “\xc3 broken\xe2\x80,” he said \xe2\x80",
	"“nested ‘single “double ‘again’ ” ’ ”",
	strings.Repeat("“", 3000),
	strings.Repeat("”", 3000),
	strings.Repeat("\"", 3001),
	strings.Repeat("'", 3001),
	strings.Repeat("‘a’ ", 2000),
	strings.Repeat("“a ‘b ", 2000) + strings.Repeat("’ ”", 2000),
	strings.Repeat("said ", 5000) + "“x,” said",
	"A\u00a0no-break\u00a0space “quote\u00a0here,” said\u00a0Mr\u00a0Cole.",
	"the nurses' union, people's, '90s, rock 'n' roll, It’s, patient’s",
	"“unclosed at the end",
	"He said: “",
	"“”",
	"“ ”",
	"« French » ‹ single › „ low ‟",
	"- Name, Place",
	"\"x\" - ",
}

func seedCorpus(f interface{ Add(...any) }) {
	for _, s := range nasty {
		if len(s) > 2048 {
			// Long inputs are tested in TestNastyInputs and TestLinearTime;
			// as fuzz seeds they only slow minimisation down.
			s = s[:2048]
		}
		f.Add(s)
	}
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
}

// FuzzExtract checks that no input panics and that every result keeps the
// offset contract: spans inside the input, ordered, on rune boundaries,
// Text equal to the joined spans, and the same result twice.
func FuzzExtract(f *testing.F) {
	seedCorpus(f)
	var e Extractor
	f.Fuzz(func(t *testing.T, text string) {
		got := e.Extract(text)
		if msg := invariantError(text, got); msg != "" {
			t.Fatalf("%s\ninput %q\ngot %+v", msg, text, got)
		}
		if again := e.Extract(text); !reflect.DeepEqual(got, again) {
			t.Fatalf("not deterministic on %q", text)
		}
		// Every paragraph as a headline, then as a comment: other code paths.
		paras := Paragraphs(text)
		for _, z := range []Zone{ZoneHeadline, ZoneComment} {
			for i := range paras {
				if i%2 == 0 {
					paras[i].Zone = z
				} else {
					paras[i].Zone = ZoneSkip
				}
			}
			if msg := invariantError(text, e.ExtractParagraphs(text, paras)); msg != "" {
				t.Fatalf("zone %s: %s\ninput %q", z, msg, text)
			}
		}
	})
}

func TestNastyInputs(t *testing.T) {
	var e Extractor
	for i, s := range nasty {
		got := e.Extract(s)
		if msg := invariantError(s, got); msg != "" {
			t.Errorf("nasty input %d: %s", i, msg)
		}
	}
}

// TestLinearTime checks that the work per byte does not grow with the input
// on pathological shapes of text (quotation marks that never close, marks
// nested deep, attribution cues without end) and on every hostile input
// shape, as a ratio between a small and a large input, never an absolute
// time.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test: skipped with -short")
	}
	patterns := map[string]string{
		"open marks":      "“a ",
		"straight marks":  "\"a ",
		"single marks":    "‘a ",
		"cues":            "“a,” he said, ",
		"one long line":   "word ",
		"many paragraphs": "“a\n",
		"CR-only lines":   "a “b\r",
		"nesting":         "“‘",
		"closed singles":  "‘a’ ",
		"closed doubles":  "“a” b ",
		"split quotes":    "“a,” he said, “b.” ",
	}
	inputs := hostile.Inputs()
	for name, p := range patterns {
		inputs = append(inputs, hostile.Input{Name: name, Make: func(n int) []byte {
			return []byte(strings.Repeat(p, n/len(p)+1)[:n])
		}})
	}
	var e Extractor
	for _, in := range inputs {
		t.Run(in.Name, func(t *testing.T) {
			hostile.CheckLinear(t, in, func(b []byte) { e.Extract(string(b)) })
		})
	}
}
