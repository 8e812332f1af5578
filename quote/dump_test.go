//go:build go1.24

package quote

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// TestDump prints the quotations of the file named by QUOTE_DUMP as JSON;
// it is a debugging aid and skipped otherwise.
func TestDump(t *testing.T) {
	path := os.Getenv("QUOTE_DUMP")
	if path == "" {
		t.Skip("set QUOTE_DUMP=FILE to print its quotations")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var e Extractor
	for _, q := range e.Extract(string(data)) {
		b, _ := json.Marshal(q)
		fmt.Println(string(b))
	}
}
