//go:build go1.24

package nhsnews_test

import (
	"io/fs"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews"
)

func TestSamplesHoldsTheSeedArticles(t *testing.T) {
	names, err := fs.Glob(nhsnews.Samples(), "*.txt")
	require.NoError(t, err)
	require.Len(t, names, 5)
	for _, name := range names {
		data, err := fs.ReadFile(nhsnews.Samples(), name)
		require.NoError(t, err)
		assert.NotEmpty(t, data, name)
	}
}
