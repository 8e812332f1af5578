//go:build go1.24

package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/internal/golden"
)

// TestGoldenSeeds records Find's output on the seed articles (no date given)
// in testdata/NAME.golden; regenerate with go test ./entity -update and
// review the diff like code.
func TestGoldenSeeds(t *testing.T) {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	m := Default()
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(p)
			require.NoError(t, err)
			ms := m.Find(string(text), Options{})
			if ms == nil {
				ms = []Mention{}
			}
			golden.CheckJSON(t, filepath.Join("testdata", name+".golden"), ms)
		})
	}
}
