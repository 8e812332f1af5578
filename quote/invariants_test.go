//go:build go1.24

package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkInvariants fails t unless every quotation of got keeps the offset
// contract with text.
func checkInvariants(t testing.TB, text string, got []Quote) {
	t.Helper()
	if err := invariantError(text, got); err != "" {
		t.Fatal(err)
	}
}

func invariantError(text string, got []Quote) string {
	// Rune boundaries as decoding from the start finds them: an invalid
	// byte is a rune of its own.
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	boundary[len(text)] = true
	onRune := func(i int) bool { return i >= 0 && i <= len(text) && boundary[i] }
	inBounds := func(s Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) }
	prev := -1
	for i, q := range got {
		if len(q.Spans) == 0 {
			return "quote without spans"
		}
		if q.Spans[0].Start < prev {
			return "quotes not sorted by first span"
		}
		prev = q.Spans[0].Start
		var parts []string
		last := -1
		for _, s := range q.Spans {
			if !inBounds(s) || !onRune(s.Start) || !onRune(s.End) {
				return "span out of bounds or off a rune boundary"
			}
			if s.Start < last {
				return "spans overlap or out of order"
			}
			last = s.End
			parts = append(parts, text[s.Start:s.End])
		}
		if strings.Join(parts, " ") != q.Text {
			return "Text is not the joined spans"
		}
		for _, s := range append(append([]Span{}, q.Marks...), q.Mention, q.CueSpan, q.RoleSpan, q.OrgSpan) {
			if !inBounds(s) || (!s.IsZero() && (!onRune(s.Start) || !onRune(s.End))) {
				return "mark, mention, cue, role or org span out of bounds"
			}
		}
		if !q.CueSpan.IsZero() && text[q.CueSpan.Start:q.CueSpan.End] != q.Cue {
			return "Cue is not the text at CueSpan"
		}
		if !q.RoleSpan.IsZero() && text[q.RoleSpan.Start:q.RoleSpan.End] != q.Role {
			return "Role is not the text at RoleSpan"
		}
		if !q.OrgSpan.IsZero() && text[q.OrgSpan.Start:q.OrgSpan.End] != q.Org {
			return "Org is not the text at OrgSpan"
		}
		if q.Kind == Scare && (q.Speaker != "" || !q.Mention.IsZero()) {
			return "scare quote with a speaker"
		}
		if q.Nested >= len(got) || q.Nested == i || q.Nested < -1 {
			return "bad Nested index"
		}
	}
	return ""
}
