//go:build go1.24

package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress shows files, megabytes and rate on a terminal. It writes nothing
// when its stream is not a terminal, so output redirected to a file or a pipe
// carries no progress lines.
type progress struct {
	w     io.Writer // nil when disabled
	start time.Time
	last  time.Time
	files int
	bytes int64
}

func newProgress(w io.Writer) *progress {
	p := &progress{start: time.Now()}
	if isTerminal(w) {
		p.w = w
	}
	return p
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func (p *progress) add(n int) {
	p.files++
	p.bytes += int64(n)
	if p.w == nil {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= 250*time.Millisecond {
		p.last = now
		p.print()
	}
}

func (p *progress) done() {
	if p.w != nil {
		p.print()
		fmt.Fprintln(p.w)
	}
}

func (p *progress) print() {
	mb := float64(p.bytes) / 1e6
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	fmt.Fprintf(p.w, "\r%d files, %.1f MB, %.1f MB/s", p.files, mb, rate)
}
