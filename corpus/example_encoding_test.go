//go:build go1.24

package corpus_test

import (
	"errors"
	"fmt"

	"github.com/nhsnews/nhsnews/corpus"
)

// A file double-encoded as Windows-1252 is repaired: spans are offsets into
// the repaired Text.
func ExampleArticle_Encoding() {
	text := []byte("Trust warns of bed shortage\n\nThe trustâ€™s chief executive said: â€œWe are doing all we can.â€\u009d")
	a, err := corpus.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Encoding, a.Decoded())
	for p := range a.Body() {
		fmt.Println(a.Slice(p.Span))
	}
	// Output:
	// utf-8-double-encoded true
	// The trust’s chief executive said: “We are doing all we can.”
}

// Binary data gives no article.
func ExampleParse_binary() {
	_, err := corpus.Parse([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	fmt.Println(errors.Is(err, corpus.ErrBinary), err)
	// Output:
	// true corpus: binary data, not text: a PNG image
}

// UTF-16 without a byte order mark is recognised by its NUL bytes at every
// other position and decoded: spans are offsets into the decoded Text.
func ExampleParse_utf16WithoutBOM() {
	var text []byte
	for _, c := range "Trust warns of bed shortage\n\nThe trust said it was doing all it could to keep wards open." {
		text = append(text, byte(c), 0) // little endian, ASCII only
	}
	a, err := corpus.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Encoding, len(text), len(a.Text))
	fmt.Printf("%q %v\n", a.Title.Text, a.Title.Span)
	// Output:
	// utf-16le 178 89
	// "Trust warns of bed shortage" {0 27}
}
