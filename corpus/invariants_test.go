//go:build go1.24

package corpus

import (
	"fmt"
	"unicode/utf8"
)

// invariantErr checks the promises every parsed article keeps and returns
// the first broken one: spans inside Text and ordered, paragraph spans on
// rune boundaries (for valid UTF-8 input), Field.Text == Text[span].
func invariantErr(a *Article) error {
	n := len(a.Text)
	in := func(s Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	field := func(name string, f Field) error {
		if f.IsZero() {
			return nil
		}
		if !in(f.Span) {
			return fmt.Errorf("%s span %v outside text of %d bytes", name, f.Span, n)
		}
		if got := string(a.Text[f.Start:f.End]); got != f.Text {
			return fmt.Errorf("%s: text at span %q, want %q", name, got, f.Text)
		}
		if f.Start == f.End {
			return fmt.Errorf("%s: empty span %v with text %q", name, f.Span, f.Text)
		}
		if utf8.Valid(a.Text) && !utf8.ValidString(f.Text) {
			return fmt.Errorf("%s: span %v not on rune boundaries", name, f.Span)
		}
		return nil
	}
	for _, f := range []struct {
		name string
		f    Field
	}{{"title", a.Title}, {"standfirst", a.Standfirst}, {"byline", a.Byline},
		{"date", Field{Text: a.Date.Text, Span: a.Date.Span}}} {
		if err := field(f.name, f.f); err != nil {
			return err
		}
	}
	if a.Date.IsZero() != (a.Date.Source == NoDate) || a.Date.IsZero() != (a.Date.Text == "") {
		return fmt.Errorf("date %+v: time, text and source disagree", a.Date)
	}
	valid := utf8.Valid(a.Text)
	prevEnd, prevLine := 0, 0
	for _, p := range a.Paragraphs {
		if !in(p.Span) || p.Start >= p.End {
			return fmt.Errorf("paragraph %+v outside text or empty", p)
		}
		if p.Start < prevEnd || p.Line <= prevLine {
			return fmt.Errorf("paragraph %+v out of order", p)
		}
		prevEnd, prevLine = p.End, p.Line
		if p.Kind < KindTitle || p.Kind > KindBoilerplate {
			return fmt.Errorf("paragraph %+v has no kind", p)
		}
		if (p.Kind == KindBoilerplate) != (p.Reason != ReasonNone) {
			return fmt.Errorf("paragraph %+v: reason only for boilerplate, and always", p)
		}
		if valid && !utf8.Valid(a.Text[p.Start:p.End]) {
			return fmt.Errorf("paragraph %+v not on rune boundaries", p)
		}
	}
	prevEnd = 0
	for _, c := range a.Comments {
		if !in(c.Span) || !in(c.Raw) || c.Start < c.Raw.Start || c.End > c.Raw.End || c.Raw.Start < prevEnd {
			return fmt.Errorf("comment %+v: spans out of bounds or order", c)
		}
		prevEnd = c.Raw.End
		if err := field("comment author", Field{Text: c.Author, Span: c.AuthorSpan}); err != nil {
			return err
		}
		if err := field("comment place", Field{Text: c.Place, Span: c.PlaceSpan}); err != nil {
			return err
		}
		if valid && !utf8.Valid(a.Text[c.Start:c.End]) {
			return fmt.Errorf("comment %+v not on rune boundaries", c)
		}
	}
	return nil
}

// encodingErr checks that Text is the input itself when Encoding says so,
// and valid UTF-8 when it was decoded (repaired double encoding keeps the
// input's invalid bytes, a character cut by the end of the file).
func encodingErr(a *Article, data []byte) error {
	if !a.Decoded() {
		if len(a.Text) != len(data) || len(data) > 0 && &a.Text[0] != &data[0] {
			return fmt.Errorf("encoding %v: Text is not the input", a.Encoding)
		}
		return nil
	}
	if !utf8.Valid(a.Text) && (a.Encoding != EncodingDoubleUTF8 || utf8.Valid(data)) {
		return fmt.Errorf("encoding %v: decoded text is not valid UTF-8", a.Encoding)
	}
	return nil
}
