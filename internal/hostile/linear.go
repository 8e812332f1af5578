//go:build go1.24

package hostile

import (
	"testing"
	"time"
)

// Sizes returns the small and large input sizes for a linearity check:
// 1 MB and 16 MB, or a sixteenth of that under the race detector or -short,
// where everything runs many times slower.
func Sizes() (small, large int) {
	if raceEnabled || testing.Short() {
		return 64 << 10, 1 << 20
	}
	return 1 << 20, 16 << 20
}

// CheckLinear fails the test if work's cost per byte grows more than three
// times from the small input to the large one (a ratio, never an absolute
// time). Each size is timed several times and the fastest run is kept, and
// the whole measurement is repeated up to three times before failing: a busy
// machine (other packages' tests run alongside) makes one measurement
// unreliable, while a quadratic cost fails every time.
func CheckLinear(t *testing.T, in Input, work func([]byte)) {
	t.Helper()
	smallN, largeN := Sizes()
	small, large := in.Make(smallN), in.Make(largeN)
	if len(large) < 2*len(small) || len(small) == 0 {
		return // a shape with a fixed size: nothing to compare
	}
	// Very fast runs are dominated by timer granularity; give them a floor
	// in ns per byte.
	const floor = 0.05
	perByte := func(data []byte, runs int) float64 {
		best := time.Duration(1<<63 - 1)
		for range runs {
			start := time.Now()
			work(data)
			best = min(best, time.Since(start))
		}
		return max(float64(best)/float64(len(data)), floor)
	}
	perByte(small, 1) // warm up: lazily built tables, caches
	const tolerance = 3
	var s, l float64
	for range 3 {
		s, l = perByte(small, 5), perByte(large, 3)
		if l <= tolerance*s {
			return
		}
	}
	t.Errorf("%s: cost per byte grew %.1f× from %d to %d bytes (%.2f to %.2f ns/B); want at most %d×",
		in.Name, l/s, len(small), len(large), s, l, tolerance)
}
