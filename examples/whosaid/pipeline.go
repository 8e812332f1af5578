package main

import (
	"iter"
	"sync"
)

// result is one input's formatted output, in input order.
type result struct {
	seq    int
	out    []byte
	failed bool
	id     string
	err    error
	size   int
}

// process runs work on every input with the given number of workers and
// calls emit with the results in input order (with one worker, all in the
// calling goroutine). At most 4×workers inputs are
// in flight at once (taken but not yet emitted), so memory stays flat
// however many files there are: listing runs ahead only that far, and each
// worker reads and parses one file at a time.
func process[T any](inputs iter.Seq[T], workers int, work func(T) result, emit func(result)) {
	if workers <= 1 {
		// One worker needs no goroutines: handing each file between
		// them would cost more than it saves.
		for in := range inputs {
			emit(work(in))
		}
		return
	}
	type job struct {
		seq int
		in  T
	}
	jobs := make(chan job, workers)
	results := make(chan result, workers)
	slots := make(chan struct{}, 4*workers) // released once a result is emitted

	go func() {
		defer close(jobs)
		seq := 0
		for in := range inputs {
			slots <- struct{}{}
			jobs <- job{seq, in}
			seq++
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := work(j.in)
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
