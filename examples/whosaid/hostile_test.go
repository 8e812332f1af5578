//go:build go1.24

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/internal/hostile"
)

// hostileFolder writes the sample articles and every hostile input shape
// into a temporary folder and returns its path.
func hostileFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	paths, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	require.NoError(t, err)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644))
	}
	for i, in := range hostile.Inputs() {
		name := fmt.Sprintf("hostile-%02d-%s.txt", i, strings.ReplaceAll(in.Name, " ", "-"))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), in.Make(16<<10), 0o644))
	}
	return dir
}

// TestHostileFolder runs whosaid over the samples mixed with hostile files:
// every file gives one line of valid JSON, and the output is the same on
// every run and for any number of workers.
func TestHostileFolder(t *testing.T) {
	dir := hostileFolder(t)
	first, _, code := whosaid(t, "-format", "jsonl", "-workers", "1", dir)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)

	lines := 0
	sc := bufio.NewScanner(strings.NewReader(first))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		lines++
		var obj map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &obj), "line %d is not JSON", lines)
		assert.NotEmpty(t, obj["id"], "line %d has no id", lines)
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, len(entries), lines, "one line per file")

	again, _, code2 := whosaid(t, "-format", "jsonl", "-workers", "1", dir)
	assert.Equal(t, code, code2)
	assert.True(t, first == again, "a second run gave different output")

	eight, _, code8 := whosaid(t, "-format", "jsonl", "-workers", "8", dir)
	assert.Equal(t, code, code8)
	assert.True(t, first == eight, "-workers 8 gave different output from -workers 1")

	assert.Contains(t, first, `"encoding":"utf-16le"`, "the UTF-16 file says its offsets are into decoded text")
	assert.Contains(t, first, `"encoding":"utf-8-double-encoded"`, "the repaired file says so")

	for _, format := range []string{"text", "csv"} {
		_, _, c := whosaid(t, "-format", format, dir)
		assert.Equal(t, code, c, "format %s", format)
	}
}
