//go:build go1.24

package corpus

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBinary(t *testing.T) {
	for _, c := range []struct {
		name   string
		in     []byte
		binary bool
	}{
		{"PNG", hostile.PNG(4096), true},
		{"PNG header only", hostile.PNG(0), true},
		{"GIF", []byte("GIF89a\x01\x00\x01\x00"), true},
		{"JPEG", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"), true},
		{"PDF", []byte("%PDF-1.4\n"), true},
		{"gzip", []byte("\x1F\x8B\x08\x00"), true},
		{"noise without a signature", hostile.PNG(4096)[8:], true},
		{"text", []byte(lfArticle), false},
		{"text with NUL bytes", bytes.Repeat([]byte("said: \x00“\x00quote\x00” \x00\n"), 50), false},
		{"text with invalid bytes", bytes.Repeat([]byte("\xfe said \xe2\x80 “x\xc3” \x80\n"), 50), false},
		{"short invalid", []byte("\xff\xff\xff"), false},
		{"UTF-16", hostile.UTF16LE(strings.Repeat(lfArticle, 3)), false},
		{"escape sequences", bytes.Repeat([]byte("\x1b[1mbold\x1b[0m\n"), 50), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse(c.in)
			if !c.binary {
				require.NotNil(t, a, "got err %v", err)
				assert.NotErrorIs(t, err, ErrBinary)
				return
			}
			assert.Nil(t, a, "binary data gives no article")
			require.ErrorIs(t, err, ErrBinary)
			assert.True(t, strings.HasPrefix(err.Error(), "corpus: binary data, not text: "), "got %q", err)
		})
	}
}
