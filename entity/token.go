package entity

import (
	"unicode"
	"unicode/utf8"
)

// Separator flags: what lies between a token and the one before it.
const (
	sepSpace   uint8 = 1 << iota // spaces, hyphens, apostrophes, slashes
	sepComma                     // a comma
	sepNewline                   // one line break
	sepHard                      // sentence or clause punctuation, quotation marks, brackets, a blank line; or the start or end of the text
)

// Case flags of a token.
const (
	csFirstUpper uint8 = 1 << iota // the first letter is upper case
	csUpper                        // it has an upper-case letter
	csLower                        // it has a lower-case letter
	csDigits                       // it has digits only
)

// maxWord is the longest word, in bytes, looked up in the vocabulary.
const maxWord = 64

// token is one word of the text: a run of letters and digits, or "&" (which
// is read as "and").
type token struct {
	start, end int
	id         uint32 // vocabulary id; 0 when the word is in no pattern
	sep        uint8  // separator before the token
	sepAfter   uint8  // separator after the token (set when the next token is read)
	cs         uint8  // case flags
	prevCap    bool   // the word before is capitalised, not sentence-initial, and only spaces apart
}

// allLower reports whether the token has lower-case letters and no upper-case ones.
func (t *token) allLower() bool { return t.cs&(csUpper|csLower) == csLower }

// allUpper reports whether the token has upper-case letters and no lower-case ones.
func (t *token) allUpper() bool { return t.cs&(csUpper|csLower) == csUpper }

// capital reports whether the token starts with a capital letter or is not
// a word of letters ("&", digits).
func (t *token) capital() bool { return t.cs&csFirstUpper != 0 || t.cs&csLower == 0 }

var wordByte = func() (w [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		w[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		w[c] = true
		w[c-'a'+'A'] = true
	}
	return w
}()

// scanner splits text into tokens and folds each word to lower case in buf.
// It never fails: invalid UTF-8, NUL and control bytes are separators.
type scanner struct {
	s       string
	i       int
	buf     []byte
	abbrev  bool // the last word may be an abbreviation ("St") whose full stop is no boundary
	initial bool // the next word starts a sentence or line
	lastCap bool // the last word was capitalised and not sentence-initial
}

func newScanner(s string, buf []byte) scanner {
	return scanner{s: s, buf: buf[:0], initial: true}
}

// next reads the next token into t, with t.id unset; it returns false at the
// end of the text, with sep holding the separator after the last token.
func (sc *scanner) next(t *token) (ok bool, sep uint8) {
	s := sc.s
	newlines := 0
	for sc.i < len(s) {
		c := s[sc.i]
		if c < utf8.RuneSelf {
			if wordByte[c] || c == '&' {
				break
			}
			switch c {
			case ' ', '\t', '\f', '\v', '-', '\'', '/':
				sep |= sepSpace
			case '\n':
				newlines++
			case '\r':
				if sc.i+1 >= len(s) || s[sc.i+1] != '\n' {
					newlines++
				}
			case ',':
				sep |= sepComma
			case '.':
				if sc.abbrev {
					sep |= sepSpace
				} else {
					sep |= sepHard
				}
			default:
				sep |= sepHard
			}
			sc.abbrev = false
			sc.i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[sc.i:])
		if w > 1 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u2010' || r == '\u2011' || r == '\u00AD':
			sep |= sepSpace // apostrophes, hyphens, soft hyphen
		case r == '\u2028' || r == '\u2029':
			newlines += 2
		case w > 1 && unicode.IsSpace(r):
			sep |= sepSpace // NBSP, thin space, ...
		default:
			sep |= sepHard
		}
		sc.abbrev = false
		sc.i += w
	}
	if newlines == 1 {
		sep |= sepNewline
	} else if newlines > 1 {
		sep |= sepHard
	}
	if sc.i >= len(s) {
		return false, sep | sepHard
	}
	if sep&(sepHard|sepNewline) != 0 {
		sc.initial = true
	}
	t.start = sc.i
	t.sep = sep
	t.sepAfter = 0
	t.id = 0
	t.prevCap = sc.lastCap && sep&(sepHard|sepNewline|sepComma) == 0
	sc.buf = sc.buf[:0]
	var cs uint8
	if s[sc.i] == '&' {
		sc.i++
		sc.buf = append(sc.buf, "and"...)
		t.end, t.cs = sc.i, 0
		sc.abbrev, sc.lastCap, sc.initial = false, false, false
		return true, sep
	}
	first := true
	for sc.i < len(s) {
		c := s[sc.i]
		if c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			switch {
			case 'A' <= c && c <= 'Z':
				cs |= csUpper
				if first {
					cs |= csFirstUpper
				}
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z':
				cs |= csLower
			}
			if len(sc.buf) < maxWord+1 {
				sc.buf = append(sc.buf, c)
			}
			sc.i++
			first = false
			continue
		}
		r, w := utf8.DecodeRuneInString(s[sc.i:])
		if w == 1 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		if unicode.IsUpper(r) {
			cs |= csUpper
			if first {
				cs |= csFirstUpper
			}
		} else if unicode.IsLower(r) {
			cs |= csLower
		}
		if len(sc.buf) < maxWord+1 {
			sc.buf = utf8.AppendRune(sc.buf, unicode.ToLower(r))
		}
		sc.i += w
		first = false
	}
	if cs&(csUpper|csLower) == 0 {
		cs |= csDigits
	}
	t.end, t.cs = sc.i, cs
	n := t.end - t.start
	sc.abbrev = n <= 2 && cs&csFirstUpper != 0 && cs&csLower != 0
	sc.lastCap = cs&csFirstUpper != 0 && !sc.initial
	sc.initial = false
	return true, sep
}

// word returns the folded word of the last token, or nil when it is too
// long to be in any pattern.
func (sc *scanner) word() []byte {
	if len(sc.buf) > maxWord {
		return nil
	}
	return sc.buf
}

// year returns the token's value when it is a plausible year (four digits,
// 1900-2099), else 0.
func year(s string, t *token) int {
	if t.cs != csDigits || t.end-t.start != 4 {
		return 0
	}
	y := 0
	for i := t.start; i < t.end; i++ {
		y = y*10 + int(s[i]-'0')
	}
	if y < 1900 || y > 2099 {
		return 0
	}
	return y
}
