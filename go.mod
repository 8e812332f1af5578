module github.com/nhsnews/nhsnews

// The go line stays below 1.17 so that go.mod lists testify alone: from go
// 1.17 on, go.mod must also list every module testify itself requires. Each
// Go file sets its own language version with a "//go:build go1.24" line
// (.ci/run checks that every file has one), and the godebug line keeps the
// run-time defaults of Go 1.24.
go 1.16

require github.com/stretchr/testify v1.11.1

godebug default=go1.24
