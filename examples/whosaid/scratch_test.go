//go:build go1.24

package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/corpus"
)

// TestReusedScratchWritesWhatAFreshOneWrites builds every seed's record in
// one scratch after another, in both orders, so that each record is built
// over the leftovers of a larger and of a smaller one, and compares it with
// the record built in a scratch of its own.
func TestReusedScratchWritesWhatAFreshOneWrites(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	an := newAnalyzer()
	var articles []*corpus.Article
	fresh := map[*corpus.Article]string{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		a, _ := corpus.Parse(data)
		require.NotNil(t, a)
		articles = append(articles, a)
		fresh[a] = string(appendRecord(nil, an.analyze(a, new(scratch))))
	}
	reused := new(scratch)
	backwards := slices.Clone(articles)
	slices.Reverse(backwards)
	for _, order := range [][]*corpus.Article{articles, backwards} {
		for _, a := range order {
			reused.reset()
			got := string(appendRecord(nil, an.analyze(a, reused)))
			assert.Equal(t, fresh[a], got)
		}
	}
}

func TestEmptyScratchWritesEmptyListsAsArrays(t *testing.T) {
	a, _ := corpus.Parse(nil)
	require.NotNil(t, a)
	r := newAnalyzer().analyze(a, getScratch())
	assert.Equal(t, string(reference(t, r)), string(appendRecord(nil, r)))
}
