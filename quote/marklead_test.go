//go:build go1.24

package quote

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestLeadFinder checks leadFinder against a byte-by-byte search, on
// random texts rich in lead bytes, for every starting position.
func TestLeadFinder(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte{'a', ' ', '"', '\'', '`', 0xC2, 0xE2, 0x80, 0x9C}
	for n := 0; n < 200; n++ {
		b := make([]byte, r.Intn(60))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		text := string(b)
		end := len(text) - r.Intn(len(text)+1)/2
		var f leadFinder
		f.reset(text, end)
		for i := 0; i <= end; i += 1 + r.Intn(3) {
			want := end
			for k := i; k < end; k++ {
				if bytes.IndexByte(leadBytes[:], text[k]) >= 0 {
					want = k
					break
				}
			}
			require.Equal(t, want, f.find(i), "find(%d) in %q (end %d)", i, text, end)
		}
	}
}
