//go:build go1.24

package corpus

import (
	"bytes"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestMemoryPerByte parses inputs of the largest size accepted by default
// and fails when a parse allocates more than three times the input (the
// input itself not counted for Parse; counted, as it is read, for
// ParseReader, which needs up to twice the input more for a stream of
// unknown size). Under the race detector only Parse is measured.
func TestMemoryPerByte(t *testing.T) {
	if testing.Short() {
		t.Skip("16 MB inputs")
	}
	const size = DefaultMaxSize
	sentences := strings.Repeat(para1+"\n", size/(len(para1)+1))
	for _, c := range []struct {
		name string
		in   []byte
	}{
		{"one-letter lines", bytes.Repeat([]byte("a\n"), size/2)},
		{"no newline", bytes.Repeat([]byte("a"), size)},
		{"no newline, words", hostile.Inputs()[0].Make(size)},
		{"sentence lines", []byte(sentences)},
		{"blank lines", bytes.Repeat([]byte("\n"), size)},
		{"UTF-16", bytes.Repeat(hostile.UTF16LE(para1+"\n"), size/(2*len(para1)+4))},
		{"double-encoded", bytes.Repeat([]byte(hostile.Mojibake("“"+para1+"” café\n")), size/(len(para1)+32))},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.LessOrEqual(t, len(c.in), size)
			var p Parser
			var err error
			got := allocated(func() { _, err = p.Parse(c.in) })
			require.NoError(t, err)
			assert.LessOrEqual(t, got, uint64(3*len(c.in)), "Parse: got %d bytes allocated (%.2f per input byte), want at most 3 per byte",
				got, float64(got)/float64(len(c.in)))
			t.Logf("Parse: %.3f bytes allocated per input byte", float64(got)/float64(len(c.in)))
			if raceEnabled {
				return // slow under the race detector; Parse is the part that matters
			}
			for _, r := range []struct {
				name  string
				bound float64
				r     io.Reader
			}{
				{"ParseReader, size known", 3, bytes.NewReader(c.in)},
				{"ParseReader, size unknown", 3.5, struct{ io.Reader }{bytes.NewReader(c.in)}},
			} {
				got = allocated(func() { _, err = p.ParseReader(r.r) })
				require.NoError(t, err)
				perByte := float64(got) / float64(len(c.in))
				assert.LessOrEqual(t, perByte, r.bound, "%s: got %d bytes allocated (%.2f per input byte), want at most %.1f per byte",
					r.name, got, perByte, r.bound)
				t.Logf("%s: %.3f bytes allocated per input byte", r.name, perByte)
			}
		})
	}
}
