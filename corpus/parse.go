//go:build go1.24

package corpus

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"unicode/utf8"
)

// DefaultMaxSize is the input size limit of a [Parser] whose MaxSize is 0.
const DefaultMaxSize = 16 << 20

// DefaultMaxLines is the number of lines a [Parser] whose MaxLines is 0
// classifies one by one. Real articles have a few hundred.
const DefaultMaxLines = 10000

// Parser parses article files. The zero value is ready to use with the
// defaults; a Parser is never modified by parsing, so one value may be used
// by many goroutines at once.
type Parser struct {
	// MaxSize is the largest input accepted, in bytes; larger input gives an
	// error wrapping ErrTooLarge, and ParseReader, ParseFile and Walk never
	// read more than MaxSize+1 bytes of a file. 0 means DefaultMaxSize
	// (16 MiB); a negative value means no limit.
	MaxSize int

	// MaxLines is the number of non-blank lines classified one by one. The
	// text after them is given as one last Paragraph of KindBody, not
	// classified, and Article.Capped is set: this keeps the memory a parse
	// needs under a small multiple of the input size whatever the input
	// (a file of millions of one-letter lines is not an article). 0 means
	// DefaultMaxLines; a negative value means no limit.
	MaxLines int
}

const maxInt = int(^uint(0) >> 1)

func (p *Parser) maxSize() int {
	switch {
	case p == nil || p.MaxSize == 0:
		return DefaultMaxSize
	case p.MaxSize < 0:
		return maxInt
	}
	return p.MaxSize
}

func (p *Parser) maxLines() int {
	switch {
	case p == nil || p.MaxLines == 0:
		return DefaultMaxLines
	case p.MaxLines < 0:
		return maxInt
	}
	return p.MaxLines
}

// tooLarge returns the error for input of n bytes (-1: more than limit).
func tooLarge(n int64, limit int) error {
	if n < 0 {
		return fmt.Errorf("corpus: %w: more than the limit of %d bytes", ErrTooLarge, limit)
	}
	return fmt.Errorf("corpus: %w: %d bytes, more than the limit of %d", ErrTooLarge, n, limit)
}

// state is the scratch space of one parse; it is pooled between parses.
type state struct {
	lines []line
	words []word
	toks  []dtok
	kept  []word // the words of the first lines that may be bylines (see keepWords)

	prev []class // classifyBody's scratch space

	hashA, hashB []uint32 // word hashes for nearDup

	comments []Comment // the comments found, texts not yet filled in
	buf      []byte    // the texts of an article's fields, before they become one string
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
// a copy; do not modify data while the article is in use) unless data had to
// be decoded (see [Article.Encoding]), and every span in it is a byte offset
// into Text.
//
// Parse is lenient: it always returns an article for text within MaxSize.
// When the text is not valid UTF-8 or contains a NUL byte it also returns a
// [*ParseError] (wrapping [ErrInvalidUTF8] or [ErrNUL]) that gives the first
// such position in Text. Input larger than MaxSize returns a nil article and
// an error wrapping [ErrTooLarge]; binary data (an image, an archive) a nil
// article and an error wrapping [ErrBinary].
func (p *Parser) Parse(data []byte) (*Article, error) {
	return p.parse(data, true)
}

// parse is Parse; with lazy unset, every line's words are counted as it is
// read (no line is lazy, see lazyLine), as the tests compare.
func (p *Parser) parse(data []byte, lazy bool) (*Article, error) {
	if limit := p.maxSize(); len(data) > limit {
		return nil, tooLarge(int64(len(data)), limit)
	}
	if what := binaryKind(data); what != "" {
		return nil, fmt.Errorf("corpus: %w: %s", ErrBinary, what)
	}
	nul := bytes.IndexByte(data, 0) // for the UTF-16 sniff, and the error when text is data
	text, enc := decode(data, nul)
	lex := lexicon()
	st := statePool.Get().(*state)
	defer st.release()
	st.lines = st.lines[:0]
	st.kept = st.kept[:0]
	maxLines := p.maxLines()
	rest, restNum := -1, 0 // start and line number of the unclassified rest
	splitLines(text, func(s, e, num int) bool {
		if len(st.lines) == maxLines {
			rest, restNum = s, num
			return false
		}
		l := line{start: s, end: e, num: num}
		seg := text[s:e]
		analyzeLine(&l, seg, lex, &st.words, lazy)
		st.keepWords(&l)
		l.reason = furniture(seg, st.words, &l)
		if e-s <= 100 && l.words <= 16 && hasYearDigits(seg) {
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
		return true
	})
	a := &Article{Text: text, Encoding: enc, Paragraphs: make([]Paragraph, 0, len(st.lines)+1)}
	st.classify(a, text, lex)
	if rest >= 0 {
		a.Capped = true
		a.Paragraphs = append(a.Paragraphs, Paragraph{Kind: KindBody, Span: Span{rest, trimEnd(text, rest)}, Line: restNum})
	}
	if enc != EncodingUTF8 {
		nul = bytes.IndexByte(text, 0)
	}
	return a, check(text, nul)
}

// maxPooledLines is the most line records a pooled state keeps between
// parses: one huge file does not pin its scratch space for good.
const maxPooledLines = 1 << 14

// release returns st to the pool.
func (st *state) release() {
	if cap(st.lines) > maxPooledLines {
		st.lines, st.prev = nil, nil
	}
	statePool.Put(st)
}

// check returns a *ParseError for the first invalid UTF-8 sequence or NUL
// byte in data, or nil; nul is the offset of the first NUL byte (-1 for
// none).
func check(data []byte, nul int) error {
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
	if nul >= 0 && (bad < 0 || nul < bad) {
		bad, err = nul, ErrNUL
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

// ParseReader reads all of r and parses it as [Parser.Parse] does. It reads
// at most MaxSize+1 bytes: a longer stream gives an error wrapping
// [ErrTooLarge] and is not read further. When r tells its size (a Len or
// Stat method, as *bytes.Reader and *os.File have) the input is read into
// one buffer of that size; otherwise the buffers read into take up to twice
// the input. A read error is returned wrapped, with a nil article.
func (p *Parser) ParseReader(r io.Reader) (*Article, error) {
	size := int64(-1)
	switch r := r.(type) {
	case interface{ Len() int }:
		size = int64(r.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if info, err := r.Stat(); err == nil && info.Mode().IsRegular() {
			size = info.Size()
		}
	}
	data, err := p.read(r, size)
	if err != nil {
		return nil, err
	}
	return p.Parse(data)
}

// read reads r to its end, at most MaxSize+1 bytes; size is the expected
// size (a file's), or -1 when unknown. A wrong size costs only memory.
func (p *Parser) read(r io.Reader, size int64) ([]byte, error) {
	limit := p.maxSize()
	if size > int64(limit) {
		return nil, tooLarge(size, limit)
	}
	if limit < maxInt {
		r = io.LimitReader(r, int64(limit)+1)
	}
	// A known size is read into one buffer; otherwise the buffer doubles,
	// so that all the buffers together take about twice the input.
	var buf []byte
	if size >= 0 {
		buf = make([]byte, 0, size)
	} else {
		buf = make([]byte, 0, 4096)
	}
	for {
		if len(buf) == cap(buf) {
			// Full: one more byte tells the end from more input before
			// the buffer grows.
			var one [1]byte
			n, err := io.ReadFull(r, one[:])
			if n == 0 {
				if err == io.EOF {
					return buf, nil
				}
				return nil, fmt.Errorf("corpus: read: %w", err)
			}
			if len(buf) == limit {
				return nil, tooLarge(-1, limit)
			}
			newCap := max(2*cap(buf), 4096)
			if limit < maxInt {
				newCap = min(newCap, limit+1)
			}
			grown := make([]byte, len(buf), newCap)
			copy(grown, buf)
			buf = append(grown, one[0])
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if len(buf) > limit {
			return nil, tooLarge(-1, limit)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("corpus: read: %w", err)
		}
	}
}

// ParseFile reads and parses the named file; the article's ID is the file's
// base name. Every error is a [*FileError] naming the file (with the
// best-effort article in it when there is one), wrapping the errors of
// [Parser.Parse], [ErrNotFile] for a folder, a named pipe or a device, or
// the file system's error.
func (p *Parser) ParseFile(name string) (*Article, error) {
	a, err := p.parseFile(name)
	if err != nil {
		return a, &FileError{Path: name, Article: a, Err: err}
	}
	return a, nil
}

func (p *Parser) parseFile(name string) (*Article, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := p.checkInfo(info); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return p.parseOpened(f, info.Size(), filepath.Base(name))
}

// checkInfo returns an error for a file that is not a regular file or is
// too large, before it is opened (opening a named pipe would block).
func (p *Parser) checkInfo(info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		what := "a folder"
		if !info.IsDir() {
			what = "type " + info.Mode().Type().String()
		}
		return fmt.Errorf("corpus: %w: %s", ErrNotFile, what)
	}
	if limit := p.maxSize(); info.Size() > int64(limit) {
		return tooLarge(info.Size(), limit)
	}
	return nil
}

// parseOpened reads and parses an open file of the given size (-1 when
// unknown) and names the article id.
func (p *Parser) parseOpened(r io.Reader, size int64, id string) (*Article, error) {
	data, err := p.read(r, size)
	if err != nil {
		return nil, err
	}
	a, err := p.Parse(data)
	if a != nil {
		a.ID = id
	}
	return a, err
}
