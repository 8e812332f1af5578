//go:build go1.24

package entity

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nhsnews/nhsnews/internal/hostile"
)

// FuzzParseRegister checks ParseRegister on any input: no panic; an error is
// a *ParseError naming a line inside the input, whose message renders; a
// register that parses writes back and parses again to the same entries.
func FuzzParseRegister(f *testing.F) {
	head := "code\tname\tkind\topened\tclosed\taliases\n"
	for _, s := range []string{
		"",
		head,
		head + "5HP\tBlackpool Primary Care Trust\tpct\t2006-10-01\t2013-03-31\tBlackpool PCT|NHS Blackpool\n",
		head + "X\tY\tnot-a-kind\t\t\t\n",
		head + "X\tY\tpct\t2010-13-45\t\t\n",
		"# comment only\n\n",
		"code\tname\n1\t2\n",
		head + "\xff\t\x00\tpct\t2010\t2011-02\t|||\n",
		strings.Repeat("\t", 100),
	} {
		f.Add([]byte(s))
	}
	f.Add(registerTSV[:min(len(registerTSV), 4096)])
	f.Fuzz(func(t *testing.T, data []byte) {
		orgs, err := ParseRegister(bytes.NewReader(data))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				return // a reader error, not a malformed line
			}
			if pe.Line < 0 || pe.Line > bytes.Count(data, []byte("\n"))+1 {
				t.Fatalf("error names line %d of a %d-line input", pe.Line, bytes.Count(data, []byte("\n"))+1)
			}
			if pe.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		var out bytes.Buffer
		if err := WriteRegister(&out, orgs); err != nil {
			return // values WriteRegister cannot represent (tabs, newlines in a field)
		}
		again, err := ParseRegister(&out)
		if err != nil {
			t.Fatalf("written register does not parse: %v", err)
		}
		if len(again) != len(orgs) {
			t.Fatalf("got %d entries back, want %d", len(again), len(orgs))
		}
	})
}

// TestFindWithAnInvalidByteAtEveryPosition replaces each byte of a short
// article in turn with an invalid UTF-8 byte: Find must keep its invariants
// every time.
func TestFindWithAnInvalidByteAtEveryPosition(t *testing.T) {
	m := Default()
	article := hostile.Sample()
	for i, text := range hostile.InvalidAtEveryPosition(article) {
		if utf8.Valid(text) {
			t.Fatalf("position %d: text still valid", i)
		}
		checkInvariants(t, string(text), m.Find(string(text), Options{}))
	}
}
