//go:build go1.24 && !race

package corpus

// raceEnabled is true in tests built with the race detector.
const raceEnabled = false
