//go:build go1.24

package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/entity"
)

// TestRegisterUpToDate regenerates the register in memory and compares it
// with the committed data/register.tsv: run `go generate ./entity` when it
// fails.
func TestRegisterUpToDate(t *testing.T) {
	got, err := generate("../../data/source")
	require.NoError(t, err)
	want, err := os.ReadFile("../../data/register.tsv")
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("data/register.tsv is stale (run go generate ./entity): line %d: got %q, want %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("data/register.tsv is stale (run go generate ./entity): got %d lines, want %d", len(gl), len(wl))
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := generate("../../data/source")
	require.NoError(t, err)
	b, err := generate("../../data/source")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(a, b), "got different output from two runs")
}

// TestKindsAgreeWithPackage checks that the generator maps every source
// kind as entity.KindOf does.
func TestKindsAgreeWithPackage(t *testing.T) {
	for sub, want := range kinds {
		t.Run(sub, func(t *testing.T) {
			k, ok := entity.KindOf(sub)
			require.True(t, ok, "got unknown subkind %q, want known", sub)
			assert.Equal(t, want, k.String(), "got %s, want %s", k, want)
		})
	}
}

func TestGenerateMissingSource(t *testing.T) {
	_, err := generate(t.TempDir())
	assert.Error(t, err, "got no error for a folder without sources")
}
