//go:build go1.24 && !race

package entity

const raceEnabled = false
