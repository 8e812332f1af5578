//go:build go1.24

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
	csDigit                        // (scanner only) it has a digit
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
	initial    bool   // the word starts the text, a sentence or a line
	prevRole   bool   // the word before is a role word ("leader"), then a comma
	nameStart  int32  // start of the capitalised words just before, or -1
}

// allLower reports whether the token has lower-case letters and no upper-case ones.
func (t *token) allLower() bool { return t.cs&(csUpper|csLower) == csLower }

// allUpper reports whether the token has upper-case letters and no lower-case ones.
func (t *token) allUpper() bool { return t.cs&(csUpper|csLower) == csUpper }

// capital reports whether the token starts with a capital letter or is not
// a word of letters ("&", digits).
func (t *token) capital() bool { return t.cs&csFirstUpper != 0 || t.cs&csLower == 0 }

// Byte classes of ASCII characters, for the scanner.
const (
	clHard  uint8 = iota // sentence or clause punctuation, quotation marks, brackets, control bytes
	clWord               // letter or digit
	clSpace              // space, tab, hyphen, apostrophe, slash
	clComma
	clDot
	clNL
	clCR
	clAmp
)

var byteClass, lowerByte = func() (cl [utf8.RuneSelf]uint8, lo [utf8.RuneSelf]byte) {
	for c := range cl {
		lo[c] = byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		cl[c] = clWord
	}
	for c := 'a'; c <= 'z'; c++ {
		cl[c], cl[c-'a'+'A'] = clWord, clWord
		lo[c-'a'+'A'] = byte(c)
	}
	for _, c := range " \t\f\v-'/" {
		cl[c] = clSpace
	}
	cl[','], cl['.'], cl['\n'], cl['\r'], cl['&'] = clComma, clDot, clNL, clCR, clAmp
	return
}()

// wordCase gives the case flag of an ASCII letter (csUpper, csLower) or
// csDigit for a digit, and 0 for every other byte.
var wordCase = func() (cs [256]byte) {
	for c := '0'; c <= '9'; c++ {
		cs[c] = csDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		cs[c], cs[c-'a'+'A'] = csLower, csUpper
	}
	return
}()

// scanner splits text into tokens. For each word it computes the hash of
// its lower-cased form; word() returns that form. It never fails: invalid
// UTF-8, NUL and control bytes are separators.
type scanner struct {
	s       string
	i       int
	buf     []byte
	ascii   bool   // the last word is ASCII: buf is filled lazily
	hash    uint32 // hashWord of the last word, when ASCII
	key     uint64 // its first eight bytes lower-cased, packed, when ASCII
	cs      uint8  // case flags of a word read by slowWord
	abbrev  bool   // the last word may be an abbreviation ("St") whose full stop is no boundary
	initial bool   // the next word starts a sentence or line
	start   int
}

func newScanner(s string, buf []byte) scanner {
	return scanner{s: s, buf: buf[:0], initial: true}
}

// shortSep returns the separator and the start of the next word when the
// separators at sc.i are ASCII punctuation, spaces and line breaks and
// marks of U+2000-U+203F, read as next reads them (a full stop after an
// abbreviation such as "St" is no boundary); start is 0 otherwise, and at
// the end of the text. (The commonest separator, one space, is tested
// before.)
func (sc *scanner) shortSep() (sep uint8, start int) {
	s, i := sc.s, sc.i
	abbrev := sc.abbrev
	newlines := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			if !isMark(s, i) {
				return 0, 0
			}
			sep, newlines = markSep(s[i+2], sep, newlines)
			abbrev = false
			i += 3
			continue
		}
		cl := byteClass[c]
		if cl == clWord || cl == clAmp {
			if newlines == 1 {
				sep |= sepNewline
			} else if newlines > 1 {
				sep |= sepHard
			}
			return sep, i
		}
		sep, newlines = asciiSep(s, i, cl, abbrev, sep, newlines)
		abbrev = false
		i++
	}
	return 0, 0
}

// skip moves the scanner past a word that needs no token, which ends at
// end.
func (sc *scanner) skip(end int) {
	sc.i = end
	sc.abbrev, sc.initial = false, false
}

// short completes t with the word that shortWord read at s[start:end],
// after separator sep, and moves the scanner past it.
func (sc *scanner) short(t *token, start, end int, sep, cs uint8, key uint64, h uint32) {
	t.start, t.end, t.cs = start, end, cs
	t.sep, t.sepAfter, t.id, t.initial = sep, 0, 0, sc.initial
	sc.start, sc.i = start, end
	sc.ascii, sc.hash, sc.key = true, h, key
	sc.abbrev = end-start <= 2 && cs&(csFirstUpper|csLower) == csFirstUpper|csLower
	sc.initial = false
}

// next reads the next token, of any shape, into t, with t.id unset; it
// returns false at the end of the text, with sep holding the separator
// after the last token. (Find reads the commonest shapes itself, with
// shortSep and shortWord.)
func (sc *scanner) next(t *token) (ok bool, sep uint8) {
	s := sc.s
	i := sc.i
	newlines := 0
	abbrev := sc.abbrev
	if i+1 < len(s) && s[i] == ' ' && wordCase[s[i+1]] != 0 {
		// The common case: one space between two words.
		sep, abbrev = sepSpace, false
		i++
	}
seps:
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			cl := byteClass[c]
			if cl == clWord || cl == clAmp {
				break seps
			}
			sep, newlines = asciiSep(s, i, cl, abbrev, sep, newlines)
			abbrev = false
			i++
			continue
		}
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 {
			// U+2000-U+203F: spaces, dashes, curly quotation marks,
			// without decoding.
			sep, newlines = markSep(s[i+2], sep, newlines)
			abbrev = false
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
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
		abbrev = false
		i += w
	}
	if newlines == 1 {
		sep |= sepNewline
	} else if newlines > 1 {
		sep |= sepHard
	}
	if i >= len(s) {
		sc.i = i
		return false, sep | sepHard
	}
	if sep&(sepHard|sepNewline) != 0 {
		sc.initial = true
	}
	t.start = i
	t.sep = sep
	t.sepAfter = 0
	t.id = 0
	t.initial = sc.initial
	sc.start = i
	if s[i] == '&' {
		sc.i = i + 1
		sc.ascii = false
		sc.buf = append(sc.buf[:0], "and"...)
		t.end, t.cs = sc.i, 0
		sc.abbrev, sc.initial = false, false
		return true, sep
	}
	if end, cs, key, h := shortWord(s, i); end >= 0 {
		sc.short(t, i, end, sep, cs, key, h)
		return true, sep
	}
	if c := s[i]; c < utf8.RuneSelf {
		if end, cs, key, h, ok := asciiWord(s, i); ok {
			if 'A' <= c && c <= 'Z' {
				cs |= csFirstUpper
			}
			sc.ascii, sc.hash, sc.key = true, h, key
			return sc.endWord(t, end, cs), sep
		}
	}
	return sc.endWord(t, sc.slowWord(t.start), sc.cs), sep
}

// slowWord reads the word that starts at s[i] rune by rune, leaving its
// case flags in sc.cs and its lower-cased form in sc.buf (up to maxWord
// bytes and a rune); it returns the word's end.
func (sc *scanner) slowWord(i int) int {
	s := sc.s
	start := i
	var cs uint8
	if c := s[i]; 'A' <= c && c <= 'Z' {
		cs |= csFirstUpper
	}
	sc.buf = sc.buf[:0]
	for {
		for i < len(s) {
			c := s[i]
			f := wordCase[c]
			if f == 0 {
				break
			}
			cs |= f
			if len(sc.buf) <= maxWord {
				sc.buf = append(sc.buf, lowerByte[c])
			}
			i++
		}
		if i >= len(s) || s[i] < utf8.RuneSelf {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		if i == start && unicode.IsUpper(r) {
			cs |= csFirstUpper
		}
		if unicode.IsUpper(r) {
			cs |= csUpper
		} else if unicode.IsLower(r) {
			cs |= csLower
		}
		if len(sc.buf) <= maxWord {
			sc.buf = utf8.AppendRune(sc.buf, unicode.ToLower(r))
		}
		i += w
	}
	sc.ascii = false
	sc.cs = cs
	return i
}

// endWord completes token t, which ends at end with case flags cs (csDigit
// among them when it has a digit), and moves the scanner past it.
func (sc *scanner) endWord(t *token, end int, cs uint8) bool {
	cs &^= csDigit
	if cs&(csUpper|csLower) == 0 {
		cs |= csDigits
	}
	sc.i = end
	t.end, t.cs = end, cs
	n := t.end - t.start
	sc.abbrev = n <= 2 && cs&csFirstUpper != 0 && cs&csLower != 0
	sc.initial = false
	return true
}

// startsLetter reports whether s starts with a non-ASCII letter or digit.
func startsLetter(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	return w > 1 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// word returns the lower-cased form of the last word, or nil when it is too
// long to be in any pattern. The slice is reused by the next call.
func (sc *scanner) word() []byte {
	if sc.ascii {
		w := sc.s[sc.start:sc.i]
		if len(w) > maxWord {
			return nil
		}
		sc.buf = sc.buf[:0]
		for k := 0; k < len(w); k++ {
			sc.buf = append(sc.buf, lowerByte[w[k]])
		}
		return sc.buf
	}
	if len(sc.buf) > maxWord {
		return nil
	}
	return sc.buf
}

// lookup returns the vocabulary id of the last word, or 0, and the word's
// flags (wRole, wDeterminer) when it is ASCII.
func (sc *scanner) lookup(v *vocabulary) (uint32, uint8) {
	if sc.ascii {
		return v.findASCII(sc.s, sc.start, sc.i, sc.key, sc.hash)
	}
	if len(sc.buf) > maxWord {
		return 0, 0
	}
	return v.ids[string(sc.buf)], 0
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

// asciiSep adds what the ASCII byte s[i], of class cl (no word byte), adds to
// a separator: its kind to sep, a line break to newlines. A full stop after
// an abbreviation counts as a space. Both readers of separators, next and
// shortSep, take it from here.
func asciiSep(s string, i int, cl uint8, abbrev bool, sep uint8, newlines int) (uint8, int) {
	switch cl {
	case clSpace:
		sep |= sepSpace
	case clNL:
		newlines++
	case clCR:
		if i+1 >= len(s) || s[i+1] != '\n' { // CRLF counts once, at its LF
			newlines++
		}
	case clComma:
		sep |= sepComma
	case clDot:
		if abbrev {
			sep |= sepSpace
		} else {
			sep |= sepHard
		}
	default:
		sep |= sepHard
	}
	return sep, newlines
}

// markSep adds what a character of U+2000-U+203F, whose last UTF-8 byte is
// d, adds to a separator: spaces, hyphens, single quotation marks and
// apostrophes are spaces; line and paragraph separators are two line breaks;
// zero-width characters are nothing; dashes, double quotation marks, bullets
// and the ellipsis are hard.
func markSep(d byte, sep uint8, newlines int) (uint8, int) {
	switch {
	case d <= 0x8A || d == 0x90 || d == 0x91 || d == 0x98 || d == 0x99 || d == 0xAF:
		sep |= sepSpace
	case d == 0xA8 || d == 0xA9:
		newlines += 2
	case d >= 0x8B && d <= 0x8F:
	default:
		sep |= sepHard
	}
	return sep, newlines
}
