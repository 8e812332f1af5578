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

// hashWord hashes an ASCII word of letters and digits as the scanner does
// while reading it, folding case (c|0x20 lower-cases a letter and keeps a
// digit).
func hashWord(w string) uint32 {
	h := uint32(0)
	for i := 0; i < len(w); i++ {
		h = h*31 + uint32(w[i]|0x20)
	}
	return h
}

// bloomBits are the two filter bits of a word hash: a cheap test that
// rejects almost every word outside the vocabulary before the table probe.
func bloomBits(h uint32) (uint32, uint32) {
	x := h * 0x9E3779B1
	return x >> 16, (x >> 3) & 0xFFFF
}

// scanner splits text into tokens. For each word it computes the hash of
// its lower-cased form; word() returns that form. It never fails: invalid
// UTF-8, NUL and control bytes are separators.
type scanner struct {
	s       string
	i       int
	buf     []byte
	ascii   bool   // the last word is ASCII: buf is filled lazily
	hash    uint32 // hashWord of the last word, when ASCII
	abbrev  bool   // the last word may be an abbreviation ("St") whose full stop is no boundary
	initial bool   // the next word starts a sentence or line
	start   int
}

func newScanner(s string, buf []byte) scanner {
	return scanner{s: s, buf: buf[:0], initial: true}
}

// next reads the next token into t, with t.id unset; it returns false at the
// end of the text, with sep holding the separator after the last token.
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
			switch byteClass[c] {
			case clWord, clAmp:
				break seps
			case clSpace:
				sep |= sepSpace
			case clNL:
				newlines++
			case clCR:
				if i+1 >= len(s) || s[i+1] != '\n' {
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
			abbrev = false
			i++
			continue
		}
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 {
			// U+2000-U+203F: spaces, dashes, curly quotation marks,
			// without decoding.
			switch d := s[i+2]; {
			case d <= 0x8A || d == 0x90 || d == 0x91 || d == 0x98 || d == 0x99 || d == 0xAF:
				sep |= sepSpace // spaces, hyphens, single quotation marks and apostrophes
			case d == 0xA8 || d == 0xA9:
				newlines += 2
			case d >= 0x8B && d <= 0x8F:
				// zero-width characters: no separator at all
			default:
				sep |= sepHard // dashes, double quotation marks, bullets, ellipsis
			}
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
	var cs uint8
	if c := s[i]; 'A' <= c && c <= 'Z' {
		cs |= csFirstUpper
	}
	ascii := true
	h := uint32(0)
	for {
		// Fast path: ASCII letters and digits.
		if ascii {
			for i < len(s) {
				c := s[i]
				f := wordCase[c]
				if f == 0 {
					break
				}
				cs |= f
				h = h*31 + uint32(c|0x20)
				i++
			}
		} else {
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
		}
		if i >= len(s) || s[i] < utf8.RuneSelf {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		if ascii {
			ascii = false
			sc.buf = sc.buf[:0]
			for k := t.start; k < i; k++ {
				sc.buf = append(sc.buf, lowerByte[s[k]])
			}
		}
		if i == t.start && unicode.IsUpper(r) {
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
	cs &^= csDigit
	if cs&(csUpper|csLower) == 0 {
		cs |= csDigits
	}
	sc.i = i
	sc.ascii = ascii
	sc.hash = h
	t.end, t.cs = i, cs
	n := t.end - t.start
	sc.abbrev = n <= 2 && cs&csFirstUpper != 0 && cs&csLower != 0
	sc.initial = false
	return true, sep
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

// lookup returns the vocabulary id of the last word, or 0.
func (sc *scanner) lookup(v *vocabulary) uint32 {
	if sc.ascii {
		w := sc.s[sc.start:sc.i]
		if len(w) > maxWord {
			return 0
		}
		h := sc.hash
		b1, b2 := bloomBits(h)
		if v.filter[b1>>6]&(1<<(b1&63)) == 0 || v.filter[b2>>6]&(1<<(b2&63)) == 0 {
			return 0
		}
		x := h * 0x85EBCA6B
		for k := (x ^ x>>15) & v.mask; ; k = (k + 1) & v.mask {
			sl := v.slots[k]
			if sl.id == 0 {
				return 0
			}
			if sl.hash == h && equalLower(v.words[sl.id], w) {
				return sl.id
			}
		}
	}
	if len(sc.buf) > maxWord {
		return 0
	}
	return v.ids[string(sc.buf)]
}

// equalLower reports whether the ASCII word w lower-cased equals lw.
func equalLower(lw, w string) bool {
	if len(lw) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerByte[w[k]] != lw[k] {
			return false
		}
	}
	return true
}

// vocabulary maps the lower-cased words of the patterns to ids (from 1): an
// open-addressing table keyed by the scanner's hash, and a map for the rare
// non-ASCII words.
type vocabulary struct {
	ids    map[string]uint32
	words  []string // id -> word; words[0] is unused
	slots  []vslot
	mask   uint32
	filter [1 << 16 / 64]uint64 // bloomBits of the ASCII words
}

type vslot struct{ hash, id uint32 }

// seal builds the hash table; call it after the last word is added.
func (v *vocabulary) seal() {
	size := uint32(64)
	for size < uint32(len(v.words))*4 {
		size *= 2
	}
	v.slots = make([]vslot, size)
	v.mask = size - 1
	for id := 1; id < len(v.words); id++ {
		w := v.words[id]
		if !isASCIIWord(w) {
			continue // found through ids
		}
		h := hashWord(w)
		b1, b2 := bloomBits(h)
		v.filter[b1>>6] |= 1 << (b1 & 63)
		v.filter[b2>>6] |= 1 << (b2 & 63)
		x := h * 0x85EBCA6B
		k := (x ^ x>>15) & v.mask
		for v.slots[k].id != 0 {
			k = (k + 1) & v.mask
		}
		v.slots[k] = vslot{h, uint32(id)}
	}
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

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if wordCase[w[i]] == 0 {
			return false
		}
	}
	return w != ""
}
