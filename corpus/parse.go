package corpus

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"unicode/utf8"
)

// DefaultMaxSize is the input size limit of a [Parser] whose MaxSize is 0.
const DefaultMaxSize = 16 << 20

// Parser parses article files. The zero value is ready to use with the
// defaults; a Parser is never modified by parsing, so one value may be used
// by many goroutines at once.
type Parser struct {
	// MaxSize is the largest input accepted, in bytes; larger input gives an
	// error wrapping ErrTooLarge. 0 means DefaultMaxSize (16 MiB); a
	// negative value means no limit.
	MaxSize int
}

func (p *Parser) maxSize() int {
	switch {
	case p == nil || p.MaxSize == 0:
		return DefaultMaxSize
	case p.MaxSize < 0:
		return int(^uint(0) >> 1)
	}
	return p.MaxSize
}

// state is the scratch space of one parse; it is pooled between parses.
type state struct {
	lines []line
	words []word
	toks  []dtok

	hashA, hashB []uint32 // word hashes for nearDup
}

var statePool = sync.Pool{New: func() any { return new(state) }}

// Parse parses one article with the default [Parser]. See [Parser.Parse].
func Parse(data []byte) (*Article, error) {
	var p Parser
	return p.Parse(data)
}

// ParseReader reads one article from r with the default [Parser]. See
// [Parser.ParseReader].
func ParseReader(r io.Reader) (*Article, error) {
	var p Parser
	return p.ParseReader(r)
}

// ParseFile reads and parses the named file with the default [Parser]; the
// article's ID is the file's base name.
func ParseFile(name string) (*Article, error) {
	var p Parser
	return p.ParseFile(name)
}

// Parse parses one article. The returned Article's Text is data itself (not
// a copy; do not modify data while the article is in use), and every span in
// it is a byte offset into data.
//
// Parse is lenient: it never rewrites the text and always returns an article
// for input within MaxSize. When the input is not valid UTF-8 or contains a
// NUL byte it also returns a [*ParseError] (wrapping [ErrInvalidUTF8] or
// [ErrNUL]) that gives the first such position. Input larger than MaxSize
// returns a nil article and an error wrapping [ErrTooLarge].
func (p *Parser) Parse(data []byte) (*Article, error) {
	if limit := p.maxSize(); len(data) > limit {
		return nil, fmt.Errorf("corpus: input of %d bytes exceeds the limit of %d bytes: %w", len(data), limit, ErrTooLarge)
	}
	lex := lexicon()
	st := statePool.Get().(*state)
	defer statePool.Put(st)
	st.lines = st.lines[:0]
	splitLines(data, func(s, e, num int) {
		l := line{start: s, end: e, num: num}
		seg := data[s:e]
		analyze(&l, seg, lex, &st.words)
		l.reason = furniture(seg, st.words, &l)
		if e-s <= 100 && l.words <= 16 && hasDigit(seg) {
			st.toks = dateTokens(seg, lex, st.toks, 64)
			if m, ok := findDate(seg, st.toks, 0); ok {
				if k := dateLineKind(seg, st.toks, m); k > 0 {
					l.dateKind, l.dateStart, l.dateEnd = k, s+m.start, s+m.end
					l.dateYMD = int32(m.t.Year()*10000 + int(m.t.Month())*100 + m.t.Day())
					l.reason = ReasonNone
				}
			}
		}
		st.lines = append(st.lines, l)
	})
	a := &Article{Text: data, Paragraphs: make([]Paragraph, 0, len(st.lines))}
	st.classify(a, data, lex)
	return a, check(data)
}

// check returns a *ParseError for the first invalid UTF-8 sequence or NUL
// byte in data, or nil.
func check(data []byte) error {
	bad := -1
	var err error
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				bad, err = i, ErrInvalidUTF8
				break
			}
			i += size
		}
	}
	if k := bytes.IndexByte(data, 0); k >= 0 && (bad < 0 || k < bad) {
		bad, err = k, ErrNUL
	}
	if bad < 0 {
		return nil
	}
	line := 1 + bytes.Count(data[:bad], []byte("\n"))
	col := bad + 1
	if k := bytes.LastIndexByte(data[:bad], '\n'); k >= 0 {
		col = bad - k
	}
	return &ParseError{Line: line, Column: col, Offset: bad, Err: err}
}

// ParseReader reads all of r (at most MaxSize bytes) and parses it as
// [Parser.Parse] does. A read error is returned wrapped, with a nil article.
func (p *Parser) ParseReader(r io.Reader) (*Article, error) {
	limit := p.maxSize()
	lr := r
	if limit < int(^uint(0)>>1) {
		lr = io.LimitReader(r, int64(limit)+1)
	}
	data, err := io.ReadAll(lr)
	if err != nil {
		return nil, fmt.Errorf("corpus: read: %w", err)
	}
	if len(data) > limit {
		return nil, fmt.Errorf("corpus: input exceeds the limit of %d bytes: %w", limit, ErrTooLarge)
	}
	return p.Parse(data)
}

// ParseFile reads and parses the named file; the article's ID is the file's
// base name. Errors are returned as by [Parser.Parse], or wrapped from the
// file system.
func (p *Parser) ParseFile(name string) (*Article, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	a, err := p.ParseReader(f)
	if a != nil {
		a.ID = filepath.Base(name)
	}
	return a, err
}

func hasDigit(s []byte) bool {
	for _, c := range s {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}
