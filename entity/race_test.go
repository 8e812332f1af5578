//go:build race

package entity

const raceEnabled = true
