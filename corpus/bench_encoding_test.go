//go:build go1.24

package corpus

import (
	"bytes"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
)

// BenchmarkParseEncodings parses the benchmark corpus as UTF-16 and as
// double-encoded UTF-8: decoding costs on top of the parse.
func BenchmarkParseEncodings(b *testing.B) {
	docs := benchCorpus(b, 4<<20)
	for _, c := range []struct {
		name string
		enc  func([]byte) []byte
	}{
		{"utf-8", func(d []byte) []byte { return d }},
		{"utf-16le", func(d []byte) []byte { return hostile.UTF16LE(string(d)) }},
		{"utf-16le-no-bom", func(d []byte) []byte { return hostile.UTF16LE(string(d))[2:] }},
		{"double-encoded", func(d []byte) []byte { return []byte(hostile.Mojibake(string(d))) }},
	} {
		var in [][]byte
		total := 0
		for _, d := range docs {
			e := c.enc(bytes.Clone(d))
			in = append(in, e)
			total += len(e)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range in {
					if _, err := Parse(d); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
