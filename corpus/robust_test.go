//go:build go1.24

package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wantEncoding is the encoding the parser must recognise in hostile shapes.
var wantEncoding = map[string]Encoding{
	"UTF-16 with BOM":             EncodingUTF16LE,
	"double-encoded Windows-1252": EncodingDoubleUTF8,
	"UTF-8 BOM":                   EncodingUTF8,
	"no newline":                  EncodingUTF8,
	"invalid UTF-8":               EncodingUTF8,
}

// TestHostileInputs parses every hostile input shape: no panic, invariants
// hold, and the work per byte does not grow with the input.
func TestHostileInputs(t *testing.T) {
	p := Parser{MaxSize: -1}
	for _, in := range hostile.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			for _, n := range []int{0, 1, 7, 100, 4096} {
				data := in.Make(n)
				a, err := p.Parse(data)
				if in.Name == "PNG" {
					require.Nil(t, a, "binary data gives no article")
					require.ErrorIs(t, err, ErrBinary)
					continue
				}
				require.NotNil(t, a, "size %d: err %v", n, err)
				require.NoError(t, invariantErr(a), "size %d", n)
				require.NoError(t, encodingErr(a, data), "size %d", n)
				if want, ok := wantEncoding[in.Name]; ok && n >= 100 {
					assert.Equal(t, want, a.Encoding, "size %d: got encoding %v, want %v", n, a.Encoding, want)
				}
			}
			hostile.CheckLinear(t, in, func(b []byte) {
				if _, err := p.Parse(b); errors.Is(err, ErrTooLarge) {
					t.Fatal(err)
				}
			})
		})
	}
}

// TestInvalidByteEverywhere replaces each byte of a seed article in turn with
// an invalid one: offsets must stay valid and the error must point at it.
func TestInvalidByteEverywhere(t *testing.T) {
	data, err := os.ReadFile("../testdata/seeds/003_26e06ccecef669d1.txt")
	require.NoError(t, err)
	for i, b := range hostile.InvalidAtEveryPosition(data[:600]) {
		a, err := Parse(b)
		require.NotNil(t, a)
		require.NoError(t, invariantErr(a), "byte %d", i)
		var pe *ParseError
		require.ErrorAs(t, err, &pe, "byte %d", i)
		// The first invalid byte may be earlier when 0xFF cut a rune.
		assert.LessOrEqual(t, pe.Offset, i)
		assert.GreaterOrEqual(t, pe.Offset, i-3)
	}
}

// TestConcurrentUse shares one Parser between goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	var p Parser
	want := make([]*Article, len(paths))
	texts := make([][]byte, len(paths))
	for i, path := range paths {
		texts[i], err = os.ReadFile(path)
		require.NoError(t, err)
		want[i], err = p.Parse(texts[i])
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 20 {
				i := (g + k) % len(texts)
				a, err := p.Parse(texts[i])
				if err != nil || !reflect.DeepEqual(a, want[i]) {
					t.Errorf("goroutine %d: article %d differs (err %v)", g, i, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
