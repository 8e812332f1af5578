package entity

//go:generate go run ./internal/gen -src data/source -out data/register.tsv
