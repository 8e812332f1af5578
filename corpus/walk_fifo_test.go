//go:build go1.24 && unix

package corpus

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWalkNamedPipe checks that a named pipe called like an article is
// reported, not opened (opening it would wait for a writer for ever).
func TestWalkNamedPipe(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(lfArticle), 0o644))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan []walkStep, 1)
	go func() { done <- walkAll(t, os.DirFS(dir)) }()
	select {
	case steps := <-done:
		require.Len(t, steps, 2)
		assert.Equal(t, "a.txt", steps[0].ID)
		assert.Equal(t, "pipe.txt", steps[1].ErrPath)
		assert.ErrorIs(t, steps[1].Err, ErrNotFile)
	case <-time.After(20 * time.Second):
		t.Fatal("the walk hangs on a named pipe")
	}
}
