//go:build go1.24

package nhsnews

import (
	"embed"
	"io/fs"
)

//go:embed testdata/seeds/*.txt
var samples embed.FS

// Samples returns the sample articles bundled with the module: five real
// scraped articles about the NHS, as UTF-8 text files at the root of the
// returned file system, named NNN_HASH.txt. The examples run on them when they
// are given no path.
//
// The returned file system is read-only and safe for concurrent use.
func Samples() fs.FS {
	sub, err := fs.Sub(samples, "testdata/seeds")
	if err != nil {
		// fs.Sub fails only on an invalid path, and this one is a constant.
		panic(err)
	}
	return sub
}
