package main

import (
	"iter"
	"sync"
)

// result is one item's formatted output, in input order.
type result struct {
	seq    int
	out    []byte
	failed bool
	id     string
	err    error
	size   int
}

// process runs work on every item with the given number of workers and calls
// emit with the results in input order. At most 4×workers items are in flight
// at once, so memory stays flat however many files there are.
func process(items iter.Seq[item], workers int, work func(item) result, emit func(result)) {
	workers = max(workers, 1)
	type job struct {
		seq int
		it  item
	}
	jobs := make(chan job)
	results := make(chan result)
	slots := make(chan struct{}, 4*workers) // released once a result is emitted

	go func() {
		defer close(jobs)
		seq := 0
		for it := range items {
			slots <- struct{}{}
			jobs <- job{seq, it}
			seq++
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := work(j.it)
				r.seq = j.seq
				results <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := make(map[int]result)
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(r)
			<-slots
			next++
		}
	}
}
