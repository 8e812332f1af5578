//go:build go1.24

package entity

//go:generate go run ./internal/gen -src data/source -out data/register.tsv
