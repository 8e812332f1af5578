//go:build go1.24

package corpus

import (
	"errors"
	"fmt"
)

// ErrTooLarge is returned (wrapped) when the input is larger than
// [Parser.MaxSize].
var ErrTooLarge = errors.New("input too large")

// ErrBinary is returned (wrapped) when the input is binary data such as an
// image rather than text. No article is returned with it: a parse of binary
// data would be noise.
var ErrBinary = errors.New("binary data, not text")

// ErrNotFile is returned (wrapped in a [*FileError]) by [Parser.Walk] for a
// name with the article extension that is not a regular file: a symbolic
// link to a folder, a named pipe, a device.
var ErrNotFile = errors.New("not a regular file")

// ErrInvalidUTF8 is returned (wrapped in a [*ParseError]) when the input is
// not valid UTF-8. The article is still parsed: offsets stay valid because the
// text is never rewritten.
var ErrInvalidUTF8 = errors.New("invalid UTF-8")

// ErrNUL is returned (wrapped in a [*ParseError]) when the input contains a
// NUL byte, a sign of binary data. The article is still parsed.
var ErrNUL = errors.New("NUL byte in text")

// ParseError reports a problem in the input at a position. Line and Column
// are 1-based (Column counts bytes); Offset is the byte offset from the
// start of the input. Parse returns it together with a best-effort article.
type ParseError struct {
	Line, Column, Offset int
	Err                  error
}

// Error returns "corpus: line L, column C (byte O): message".
func (e *ParseError) Error() string {
	return fmt.Sprintf("corpus: line %d, column %d (byte %d): %v", e.Line, e.Column, e.Offset, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// FileError is the error Walk yields, and ParseFile returns, for one file
// (or folder) that could not be read or parsed cleanly. Path is the file's
// path in the walked file system (ParseFile: the name it was given); Err is
// the cause, e.g. [ErrTooLarge], [ErrBinary], [ErrNotFile], a
// [*ParseError] or a file system error.
// When the file was read but its content is faulty (e.g. [ErrInvalidUTF8]),
// Article holds the best-effort result; otherwise it is nil.
type FileError struct {
	Path    string
	Article *Article
	Err     error
}

// Error returns "corpus: PATH: message".
func (e *FileError) Error() string {
	msg := e.Err.Error()
	const prefix = "corpus: "
	if len(msg) >= len(prefix) && msg[:len(prefix)] == prefix {
		msg = msg[len(prefix):]
	}
	return prefix + e.Path + ": " + msg
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }
