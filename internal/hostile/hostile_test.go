//go:build go1.24

package hostile

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestInputsHaveTheRequestedSize(t *testing.T) {
	for _, in := range Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			b := in.Make(4096)
			if in.Name == "empty" {
				assert.Empty(t, b)
				return
			}
			assert.InDelta(t, 4096, len(b), 4096, "got %d bytes", len(b))
		})
	}
}

func TestMojibakeDoubleEncodesCurlyQuotes(t *testing.T) {
	assert.Equal(t, "â€œxâ€\u009d", Mojibake("“x”"))
}

func TestUTF16LEHasABOM(t *testing.T) {
	b := UTF16LE("a“")
	assert.Equal(t, []byte{0xFF, 0xFE, 'a', 0, 0x1C, 0x20}, b)
}

func TestInvalidAtEveryPosition(t *testing.T) {
	got := InvalidAtEveryPosition([]byte("ab"))
	assert.Equal(t, [][]byte{[]byte("\xffb"), []byte("a\xff")}, got)
	for _, b := range got {
		assert.False(t, utf8.Valid(b))
	}
}

func TestCheckLinearAcceptsLinearWork(t *testing.T) {
	CheckLinear(t, Inputs()[0], func(b []byte) { bytes.Count(b, []byte("said")) })
}
