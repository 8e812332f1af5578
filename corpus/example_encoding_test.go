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
