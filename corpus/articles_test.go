//go:build go1.24

package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGoldenArticles parses the articles written for this package in
// testdata/articles (styles the seeds do not show) and compares a readable
// summary with testdata/articles/NAME.golden (go test ./corpus -update).
func TestGoldenArticles(t *testing.T) {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			a, err := Parse(data)
			require.NoError(t, err)
			require.NoError(t, invariantErr(a))
			var b strings.Builder
			b.WriteString("title:      " + a.Title.Text + "\n")
			b.WriteString("standfirst: " + a.Standfirst.Text + "\n")
			b.WriteString("byline:     " + a.Byline.Text + "\n")
			if !a.Date.IsZero() {
				b.WriteString("date:       " + a.Date.Time.Format("2006-01-02") + " " + a.Date.Source.String() + " " + a.Date.Text + "\n")
			}
			for _, q := range a.Paragraphs {
				text := a.Slice(q.Span)
				if len(text) > 50 {
					text = strings.ToValidUTF8(text[:50], "") + "…"
				}
				label := q.Kind.String()
				if q.Reason != ReasonNone {
					label += "/" + q.Reason.String()
				}
				b.WriteString(strings.Repeat(" ", 3-len(itoa(q.Line))) + itoa(q.Line) + " " + label +
					strings.Repeat(" ", max(1, 30-len(label))) + text + "\n")
			}
			for _, c := range a.Comments {
				b.WriteString("comment: " + c.Author + " | " + c.Place + " | " + a.Slice(c.Span) + "\n")
			}
			golden.Check(t, strings.TrimSuffix(p, ".txt")+".golden", []byte(b.String()))
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}
