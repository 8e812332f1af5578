//go:build go1.24

package main

import (
	"iter"
	"sync"
)

// result is one input's formatted output.
type result struct {
	out    []byte
	failed bool
	id     string
	err    error
	size   int
}

// batchSize is how many consecutive inputs a worker takes at once. Files
// are small (a news article is a few kilobytes), and handing each between
// goroutines on its own costs a wake-up of one by another every time.
const batchSize = 16

// process runs work on every input with the given number of workers and
// calls emit with the results in input order. One worker runs everything in
// the calling goroutine. More take batches of up to batchSize consecutive
// inputs; at most 4×workers batches are in flight at once (taken but not yet
// emitted), so memory stays flat however many files there are: listing runs
// ahead only that far, and each worker reads and parses one file at a time.
func process[T any](inputs iter.Seq[T], workers int, work func(T) result, emit func(result)) {
	if workers <= 1 {
		for in := range inputs {
			emit(work(in))
		}
		return
	}
	type job struct {
		seq int
		ins []T
	}
	type done struct {
		seq int
		out []result
	}
	jobs := make(chan job, workers)
	results := make(chan done, workers)
	slots := make(chan struct{}, 4*workers) // released once a batch is emitted

	go func() {
		defer close(jobs)
		seq := 0
		var ins []T
		send := func() {
			slots <- struct{}{}
			jobs <- job{seq, ins}
			seq++
			ins = nil
		}
		for in := range inputs {
			ins = append(ins, in)
			if len(ins) == batchSize {
				send()
			}
		}
		if len(ins) > 0 {
			send()
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out := make([]result, len(j.ins))
				for i, in := range j.ins {
					out[i] = work(in)
				}
				results <- done{j.seq, out}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := make(map[int][]result)
	next := 0
	for d := range results {
		pending[d.seq] = d.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			for _, r := range out {
				emit(r)
			}
			<-slots
			next++
		}
	}
}
