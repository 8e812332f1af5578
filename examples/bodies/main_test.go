//go:build go1.24

package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func bodies(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func TestCSVCountsMentionsAndArticles(t *testing.T) {
	out, stderr, code := bodies(t, "-csv")
	require.Equal(t, 0, code, stderr)
	rows, err := csv.NewReader(bytes.NewBufferString(out)).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 1)
	assert.Equal(t, []string{"name", "code", "kind", "generic", "mentions", "articles", "years", "top_speakers"}, rows[0])

	byName := map[string][]string{}
	prev := 1 << 30
	for _, r := range rows[1:] {
		byName[r[0]] = r
		mentions, err := strconv.Atoi(r[4])
		require.NoError(t, err)
		articles, err := strconv.Atoi(r[5])
		require.NoError(t, err)
		assert.LessOrEqual(t, articles, mentions, "%s: more articles than mentions", r[0])
		assert.LessOrEqual(t, mentions, prev, "rows are not sorted by mentions")
		prev = mentions
	}
	// The Department of Health is named in three of the five samples, and
	// "a DH spokesperson" speaks for it.
	dh := byName["Department of Health"]
	require.NotNil(t, dh, "no row for the Department of Health")
	assert.Equal(t, "3", dh[5])
	assert.Contains(t, dh[7], "a DH spokesperson")
}

func TestTableOnAFolderWithABadFile(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../testdata/seeds/002_e7e95ca66bf86d20.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), data, 0o644))
	require.NoError(t, os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "b.txt")))

	out, stderr, code := bodies(t, dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "b.txt")
	assert.Contains(t, out, "1 articles")
	assert.Contains(t, out, "Blackpool Primary Care Trust")
}
