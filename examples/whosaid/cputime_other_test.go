//go:build go1.24 && !unix

package main

import "time"

// cpuTime is not measured here; benchmarks then report no per-core rate.
func cpuTime() time.Duration { return 0 }
