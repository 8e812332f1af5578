//go:build go1.24 && race

package hostile

const raceEnabled = true
