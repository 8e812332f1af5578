//go:build go1.24

package quote

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// classOfRef, resolveNameRef and fieldsRef are classOf and resolveName as
// they were before their one-pass word scans, kept as the reference the
// faster ones must agree with.

func (x *extraction) classOfRef(m Span) entityClass {
	s := x.text[m.Start:m.End]
	var buf [16]string
	words := fieldsRef(s, &buf)
	if len(words) == 0 {
		return ecPerson
	}
	head := x.lower(strings.Trim(words[len(words)-1], ".,;:"))
	hc := x.lx.class(head)
	if hc&wNonPerson != 0 && hc&wRole == 0 {
		return ecThing
	}
	for _, w := range words {
		lc := x.lx.class(strings.Trim(w, ".,;:"))
		if lc&wOrg != 0 && isUpperStart(w) {
			return ecThing
		}
	}
	if hc&wRole != 0 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return ecGroup
	}
	if hc&wRole == 0 && len(words) > 1 && strings.HasSuffix(head, "s") && !isUpperStart(words[len(words)-1]) {
		return ecGroup // "sector leaders", "the signatories"
	}
	return ecPerson
}

func (x *extraction) resolveNameRef(m Span) string {
	s := x.text[m.Start:m.End]
	var buf [16]string
	words := fieldsRef(s, &buf)
	if len(words) == 0 {
		return s
	}
	if words[0] == "The" {
		s = x.concat("the", s[3:])
		words[0] = "the"
	}
	last := words[len(words)-1]
	// "the Alliance", "Dixon", "Mr Dixon": a fuller earlier name ending the same way.
	short := len(words) == 1 || (len(words) == 2 && (x.isDet(words[0]) || x.lx.class(strings.TrimSuffix(words[0], "."))&wHonorific != 0))
	if short && isUpperStart(last) {
		for i, n := x.candsBefore(m.Start)-1, 0; i >= 0 && n < maxLookBack; i, n = i-1, n+1 {
			c := x.cands[i]
			if n := len(c.name) - len(last); n > 1 && c.name[n-1] == ' ' && c.name[n:] == last {
				return c.name
			}
		}
	}
	// "the minister": the nearest earlier person whose role holds the word.
	if len(words) == 2 && words[0] == "the" && !isUpperStart(last) && x.lx.class(last)&wRole != 0 {
		for i, n := x.candsBefore(m.Start)-1, 0; i >= 0 && n < maxLookBack; i, n = i-1, n+1 {
			c := x.cands[i]
			if c.class == ecPerson && strings.Contains(strings.ToLower(c.role), last) {
				return c.name
			}
		}
	}
	if len(words) > 4 && x.lx.class(last)&wNonPerson != 0 && x.isDet(words[0]) {
		return x.concat("the ", strings.ToLower(last))
	}
	return s
}

func fieldsRef(s string, buf *[16]string) []string {
	out := buf[:0]
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		if len(out) == len(buf) {
			out[len(out)-1] = s[i:j] // keep the real last word last
		} else {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out
}

// TestMentionScansMatchReference checks classOf and resolveName against
// their references on mentions of every length up to twenty words, with
// the separators, capitals and punctuation their rules look at.
func TestMentionScansMatchReference(t *testing.T) {
	words := []string{"The", "the", "a", "Trust", "NHS", "report", "managers", "leaders", "Dr", "Mr.", "minister", "Dixon",
		"Alliance", "boss", "chairman,", "İTS", "Hill;", "of", "glass", "Chief", "Ms", "review.", ":", "nurses", "It"}
	seps := []string{" ", " ", " ", "\t", "  ", "\r\n"}
	r := rand.New(rand.NewSource(3))
	var sb strings.Builder
	var spans []Span
	for range 3000 {
		sb.WriteString(". ")
		start := sb.Len()
		n := 1 + r.Intn(20)
		for k := 0; k < n; k++ {
			if k > 0 {
				sb.WriteString(seps[r.Intn(len(seps))])
			}
			sb.WriteString(words[r.Intn(len(words))])
		}
		spans = append(spans, Span{start, sb.Len()})
	}
	x := newExtraction(&Extractor{}, sb.String())
	defer x.release()
	for k, m := range spans {
		if k%3 == 0 {
			x.addCandidate(m, Span{})
		}
		require.Equal(t, x.classOfRef(m), x.classOf(m), "classOf(%q)", x.text[m.Start:m.End])
		require.Equal(t, x.resolveNameRef(m), x.resolveName(m), "resolveName(%q)", x.text[m.Start:m.End])
	}
}
