//go:build go1.24

package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// fileLines returns the lines of every file the globs match, in order.
func fileLines(t testing.TB, globs ...string) [][]byte {
	t.Helper()
	var lines [][]byte
	for _, glob := range globs {
		paths, err := filepath.Glob(glob)
		require.NoError(t, err)
		require.NotEmpty(t, paths, glob)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			lines = append(lines, bytes.Split(data, []byte("\n"))...)
		}
	}
	return lines
}
