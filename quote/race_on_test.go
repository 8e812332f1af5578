//go:build race

package quote

// raceEnabled is true when tests run with the race detector, which makes
// timing tests meaningless.
const raceEnabled = true
