//go:build go1.24

package corpus_test

import (
	"fmt"
	"sync"
	"testing/fstest"

	"github.com/nhsnews/nhsnews/corpus"
)

// Files and ParseFS split a walk in two, so that the files are parsed in
// parallel: here by three goroutines, with the results printed in file-name
// order.
func ExampleFiles() {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Trust warns of winter bed shortage\n\nThe trust said that it expected the number of beds to fall sharply.")},
		"b.txt": {Data: []byte("Hospital opens new cancer centre\n\nThe centre will treat patients from across the county from next spring.")},
		"c.txt": {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
	}
	var names []string
	for name, err := range corpus.Files(fsys, ".") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		names = append(names, name)
	}

	var p corpus.Parser // safe for concurrent use
	lines := make([]string, len(names))
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(names); i += 3 {
				a, err := p.ParseFS(fsys, names[i])
				if err != nil {
					lines[i] = "error: " + err.Error()
					continue
				}
				lines[i] = fmt.Sprintf("%s: %q", a.ID, a.Title.Text)
			}
		}()
	}
	wg.Wait()
	for _, line := range lines {
		fmt.Println(line)
	}
	// Output:
	// a.txt: "Trust warns of winter bed shortage"
	// b.txt: "Hospital opens new cancer centre"
	// error: corpus: c.txt: binary data, not text: a PNG image
}
