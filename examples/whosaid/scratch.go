//go:build go1.24

package main

import (
	"slices"
	"sync"

	"github.com/nhsnews/nhsnews/quote"
)

// scratch is the memory one article's record is built in. A record is
// written out before the worker builds the next, so each worker reuses a
// scratch from file to file, through a pool, and a run of thousands of files
// allocates only a few of them.
type scratch struct {
	rec   record
	zones []quote.Paragraph
	v     values
}

// scratches holds the scratch of every worker between two files.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxKept is the most values, paragraphs, quotations or entity mentions a
// scratch may hold and still go back to the pool: one huge article should not
// pin its memory for the rest of the run.
const maxKept = 1 << 12

// getScratch returns an empty scratch.
func getScratch() *scratch {
	s := scratches.Get().(*scratch)
	s.reset()
	return s
}

// reset empties s for the next record, keeping its memory.
func (s *scratch) reset() {
	s.v.reset()
	r := &s.rec
	*r = record{
		Paragraphs: emptied(r.Paragraphs),
		Comments:   emptied(r.Comments),
		Quotes:     emptied(r.Quotes),
		Entities:   emptied(r.Entities),
	}
	s.zones = s.zones[:0]
}

// putScratch returns s to the pool once its record is written. Every pointer
// into it is invalid from then on.
func putScratch(s *scratch) {
	r := &s.rec
	if max(cap(s.v.texts), cap(s.v.spans), cap(s.zones), cap(r.Paragraphs),
		cap(r.Comments), cap(r.Quotes), cap(r.Entities)) <= maxKept {
		scratches.Put(s)
	}
}

// emptied returns s with length 0, keeping its array. It is never nil, so
// that an empty list is written as [] by any encoder.
func emptied[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s[:0]
}

// resize returns s with length n, reusing its array when it is large enough.
// The elements are left as they were: the caller sets every one.
func resize[S ~[]E, E any](s S, n int) S {
	return slices.Grow(emptied(s), n)[:n]
}
