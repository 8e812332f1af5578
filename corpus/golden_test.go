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

// TestGoldenSeeds writes what the parser makes of each sample article to
// testdata/golden/NAME.json (go test ./corpus -update to rewrite). A diff in
// a golden file is a change of behaviour: review it like code.
func TestGoldenSeeds(t *testing.T) {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	type para struct {
		Line   int    `json:"line"`
		Kind   Kind   `json:"kind"`
		Reason Reason `json:"reason,omitempty"`
		Span
		Text string `json:"text"` // first 60 bytes, for the reader of the diff
	}
	type view struct {
		Title      Field     `json:"title"`
		Standfirst Field     `json:"standfirst"`
		Byline     Field     `json:"byline"`
		Date       Date      `json:"date"`
		Paragraphs []para    `json:"paragraphs"`
		Comments   []Comment `json:"comments"`
	}
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			a, err := Parse(data)
			require.NoError(t, err)
			v := view{Title: a.Title, Standfirst: a.Standfirst, Byline: a.Byline, Date: a.Date, Comments: a.Comments}
			for _, q := range a.Paragraphs {
				text := a.Slice(q.Span)
				if len(text) > 60 {
					text = strings.ToValidUTF8(text[:60], "") + "…"
				}
				v.Paragraphs = append(v.Paragraphs, para{q.Line, q.Kind, q.Reason, q.Span, text})
			}
			golden.CheckJSON(t, filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".json"), v)
		})
	}
}
