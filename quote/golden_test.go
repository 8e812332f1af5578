//go:build go1.24

package quote

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/gold"
	"github.com/nhsnews/nhsnews/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestSeedGolden records the full output for each seed article in
// testdata/NAME.golden, so that any change of behaviour shows as a diff to
// review. Regenerate with: go test ./quote -run TestSeedGolden -update
func TestSeedGolden(t *testing.T) {
	files, err := gold.Load(gold.Dir)
	require.NoError(t, err)
	var e Extractor
	for _, f := range files {
		t.Run(f.File, func(t *testing.T) {
			text := string(f.Text)
			got := e.ExtractParagraphs(text, goldParagraphs(f))
			name := strings.TrimSuffix(f.File, ".txt") + ".golden"
			golden.CheckJSON(t, filepath.Join("testdata", name), got)
		})
	}
}
