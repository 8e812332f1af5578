//go:build go1.24

// Command annotate writes one self-contained HTML page that shows an article
// as the nhsnews packages read it: site furniture greyed out with the reason
// it was set aside, each quotation highlighted in its speaker's colour (with
// speaker, role and reporting verb on hover), each NHS body underlined (with
// its register name, code and kind on hover), and a side list of the
// speakers and bodies.
//
// Usage:
//
//	go run ./examples/annotate [FILE] > page.html
//
// With no FILE it annotates the first sample article bundled in the module.
// The page has inline CSS and no scripts; article text is always escaped.
package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/nhsnews/nhsnews"
	"github.com/nhsnews/nhsnews/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "annotate: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	if len(args) > 1 {
		return fmt.Errorf("usage: annotate [FILE] > page.html")
	}
	name, data, err := input(args)
	if err != nil {
		return err
	}
	a, err := corpus.Parse(data)
	if a == nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	a.ID = name
	return render(w, annotate(a))
}

// input reads the named file, or the first bundled sample when none is named.
func input(args []string) (string, []byte, error) {
	if len(args) == 1 {
		data, err := os.ReadFile(args[0])
		return filepath.Base(args[0]), data, err
	}
	names, err := fs.Glob(nhsnews.Samples(), "*.txt")
	if err != nil || len(names) == 0 {
		return "", nil, fmt.Errorf("no bundled samples: %v", err)
	}
	data, err := fs.ReadFile(nhsnews.Samples(), names[0])
	return names[0], data, err
}
