//go:build go1.24

package main

import (
	"fmt"
	"iter"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

// numbered yields n items whose ids are their positions, counting how many
// have been produced but not yet emitted.
func numbered(n int, inFlight *atomic.Int64, peak *atomic.Int64) iter.Seq[item] {
	return func(yield func(item) bool) {
		for i := range n {
			if v := inFlight.Add(1); v > peak.Load() {
				peak.Store(v)
			}
			if !yield(item{id: fmt.Sprint(i)}) {
				return
			}
		}
	}
}

func TestProcessEmitsInInputOrderWithBoundedItemsInFlight(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			var inFlight, peak atomic.Int64
			var got []string
			// Not a multiple of batchSize: the last batch is short.
			const n = 2003
			process(numbered(n, &inFlight, &peak), workers, func(it item) result {
				// Uneven work, so that later items often finish first.
				for range (len(it.id) * 7919) % 13 {
					runtime.Gosched()
				}
				return result{id: it.id}
			}, func(r result) {
				got = append(got, r.id)
				inFlight.Add(-1)
			})
			assert.Len(t, got, n)
			for i, id := range got {
				if id != fmt.Sprint(i) {
					t.Fatalf("result %d is item %s: out of order", i, id)
				}
			}
			// One worker holds one item at a time. More hold up to 4×workers
			// batches, and the producer may fill one more batch while it
			// waits for a free slot.
			bound := int64(1)
			if workers > 1 {
				bound = int64(4*workers+1) * batchSize
			}
			assert.LessOrEqual(t, peak.Load(), bound, "items in flight")
		})
	}
}

func TestProcessWithNoItems(t *testing.T) {
	emitted := 0
	process(func(func(item) bool) {}, 4, func(item) result { return result{} }, func(result) { emitted++ })
	assert.Zero(t, emitted)
}
