//go:build go1.24

package entity

import (
	"math/bits"
	"unicode/utf8"
)

// Passing over plain words. Most words of running text change nothing
// that Find keeps: read where no run of known words is open, a word in
// small letters that is in no spelling, or that can begin none and is no
// role word, only ends the streak of capitalised words before it (a
// connector such as "and" keeps it open), and a capitalised word that can
// begin no spelling only starts or lengthens that streak. Find passes over
// a stretch of such plain words with one loop that, per word, finds its
// end eight bytes at a time, hashes it and tests one filter, with no token
// built; see state.skipPlain. Its answers are checked against the general
// path, which reads every word (TestPlainWordsChangeNothing, FuzzFind).

// quietSep marks the bytes that may separate two plain words: ASCII bytes
// that are neither a letter, a digit nor "&" (which is a token).
var quietSep = func() (q [256]bool) {
	for c := range utf8.RuneSelf {
		q[c] = wordCase[c] == 0 && c != '&'
	}
	return
}()

// wordEnd marks the ASCII bytes that end a word: those that are neither a
// letter nor a digit.
var wordEnd = func() (q [256]bool) {
	for c := range utf8.RuneSelf {
		q[c] = wordCase[c] == 0
	}
	return
}()

// lowers8 returns, for the eight bytes of x, the high bit of each byte set
// where that byte is an ASCII small letter, and every other bit clear.
// Each byte is tested with its high bit set first, so that no subtraction
// borrows from the next byte.
func lowers8(x uint64) uint64 {
	g := x | highs
	return ((g - 'a'*ones) &^ (g - ('z'+1)*ones)) &^ x & highs
}

// capWord reads the ASCII word that starts w when it has one to fifteen
// letters within w's first sixteen bytes, the first a capital, and is
// followed by an ASCII byte that is no letter or digit or by a mark of
// U+2000-U+203F. It returns the word's length, its first eight bytes
// lower-cased and packed, and the hash of its lower-cased form (see
// shortWord); n is 0 when no such word starts w. w must have at least
// sixteen bytes.
func capWord(w string) (n int, key uint64, h uint32) {
	if c := w[0]; c < 'A' || c > 'Z' {
		return 0, 0, 0
	}
	end, _, key, h := shortWord(w, 0)
	if end < 0 {
		return 0, 0, 0
	}
	return end, key, h
}

// skipPlain passes over the plain words after sc.i and updates the streak
// of capitalised words as token and context would; the caller calls it
// only where no run is open. A word is plain when it has a shape that
// lowerWord (the tests' reference) or capWord reads and:
//
//   - it is in small letters, no streak is open, no spelling that lets its
//     first word be so written begins with it, and it is neither "the"
//     (which may begin a back-reference) nor a role word (its hash is not
//     in wakeFilter). Such a word can begin nothing and is dropped;
//   - or it is in small letters, no streak is open, it is no spelling by
//     itself and no role word (its hash is not in aloneFilter), and either
//     the next word is in small letters and in no spelling (both are
//     dropped), or no such spelling goes on with the next word (pairFilter)
//     and, after "the", the next word heads no back-reference (headFilter):
//     the run it would begin matches nothing at it ("the", "primary"); the
//     next word is then passed over too if it wakes nothing either;
//   - or it is in small letters and a streak is open (see streakStep): it
//     is in no spelling (its hash is not in lowerFilter), or it can begin
//     no spelling or back-reference and is no role word (capWakeFilter), and
//     ends the streak; or it is a connector ("and", "of") that begins no
//     spelling, which goes on with the streak after soft separators;
//   - or it starts with a capital and can begin no spelling or
//     back-reference and is no role word (it is outside the vocabulary, or
//     not in capWakeFilter): after soft separators (sepFlags) it lengthens
//     the streak, after others it begins one, as context would, but for a
//     determiner that begins a sentence or line ("But", "This"), which
//     begins none (see capStep);
//   - or it is a number (digitStep) outside the vocabulary and no year: it
//     ends the streak.
//
// The separators between plain words may be any ASCII punctuation, space
// or control byte, no-break spaces and marks of U+2000-U+203F ("’", "—"):
// none matters to a word in small letters but a connector, and sepFlags
// tells how they bear on a capitalised word. A full stop after an
// abbreviation ("Mr", "St") is no boundary: the word after it is left to
// the general path.
//
// The loop reads the words in small letters itself (as lowerWord, the
// reference in the tests, reads them, written out); capStep, streakStep and
// lowerStep tell the less common plain words.
func (st *state) skipPlain(sc *scanner) {
	v := &st.m.vocab
	s := st.text
	i := sc.i // the end of the last word passed over
	j := i    // where the separators before the next word start
	p := plainState{streak: st.streak, streakN: st.streakN, abbrevEnd: -1}
	if sc.abbrev {
		p.abbrevEnd = i
	}
words:
	for {
		if j < len(s) && s[j] == ' ' {
			j++ // the commonest separator
		} else {
			j += quietSeps(s[j:])
		}
	word: // where the next word starts at j
		if j < 0 || j > len(s)-16 {
			// (j is never negative: testing it lets the compiler drop the
			// bounds checks of the loads below.)
			break
		}
		x := load8(s, j)
		other := lowers8(x) ^ highs
		if other&0x80 != 0 {
			// No small letter: a capitalised word, if plain, starts or
			// lengthens the streak.
			var k int
			switch c := s[j]; {
			case c-'A' < 26:
				k = st.capStep(sc, i, j, x, &p)
			case c-'0' < 10:
				if k = st.digitStep(s, j); k >= 0 {
					p.streak = -1
				}
			default:
				// More separators after a space (" — ", " (").
				if n := quietSeps(s[j:]); n > 0 {
					j += n
					continue
				}
				break words
			}
			if k < 0 {
				break
			}
			i, j = k, k
			continue
		}
		var n int     // the length of the word
		var hh uint64 // its running hash
		var next byte // the byte after it
		if other != 0 {
			shift := uint(bits.TrailingZeros64(other)) &^ 7 // eight times the length
			n, hh, next = int(shift>>3), x&(1<<shift-1), byte(x>>shift)
		} else {
			x2 := load8(s, j+8)
			other2 := lowers8(x2) ^ highs
			if other2 == 0 {
				break // sixteen small letters or more
			}
			shift := uint(bits.TrailingZeros64(other2)) &^ 7
			n, hh, next = 8+int(shift>>3), x, byte(x2>>shift)
			if shift > 0 {
				hh = mixChunk(hh, x2&(1<<shift-1))
			}
		}
		// The byte after the word must end it: a capital or digit goes
		// on with the word, and so may a non-ASCII letter.
		if !wordEnd[next] && !isMark(s, j+n) {
			break
		}
		h := finishHash(hh)
		switch {
		case p.streak >= 0:
			if v.mayMatterLower(h) {
				k := st.streakStep(i, j, n, hh, h, &p)
				if k < 0 {
					break words
				}
				i, j = k, k
				continue
			}
			p.streak = -1 // it ends the streak
		case v.mayWake(h):
			k := st.lowerStep(s, j, n, h)
			if k < 0 {
				break words
			}
			i, j = k, k
			continue
		}
		i = j + n
		if next == ' ' {
			// The commonest separator, known already: no need to read it
			// again.
			j = i + 1
			goto word
		}
		j = i
	}
	if i > sc.i {
		sc.skip(i)
		sc.abbrev = i == p.abbrevEnd
		st.prevIsRole = false
		st.streak, st.streakN = p.streak, p.streakN
	}
}

// plainState is the streak of capitalised words that skipPlain keeps
// while it passes over plain words, and where the last abbreviation it
// passed over ends (-1: none).
type plainState struct {
	streak, streakN int
	abbrevEnd       int
}

// capStep returns the end of the capitalised word at s[j], after the
// separators s[i:j], when it is plain (see skipPlain), with the streak in p
// started or lengthened as context would; or -1. x holds the word's first
// eight bytes; s[j:] has at least sixteen bytes.
func (st *state) capStep(sc *scanner, i, j int, x uint64, p *plainState) int {
	v, s := &st.m.vocab, st.text
	// The commonest shape, a capital and small letters, is read as a word
	// in small letters once the capital is folded.
	var n int
	var key uint64
	var h uint32
	lx := x | 0x20
	if other := lowers8(lx) ^ highs; other&0x80 == 0 && other != 0 {
		shift := uint(bits.TrailingZeros64(other)) &^ 7
		n = int(shift >> 3)
		if !wordEnd[byte(x>>shift)] && !isMark(s, j+n) {
			return -1
		}
		key = lx & (1<<shift - 1)
		h = finishHash(key)
	} else {
		n, key, h = capWord(s[j:])
		if n == 0 {
			return -1
		}
	}
	inVocab := v.mayHold(h)
	if inVocab && v.mayCapWake(h) {
		// It may begin a spelling or back-reference, or is a role word;
		// but if it is no spelling by itself and no role word, a word in
		// small letters in no spelling after it ends the run it would
		// begin, with no match, and the streak: "The government",
		// "National figures". Both are plain.
		if !v.mayAlone(h) {
			if k := st.plainAfter(j + n); k >= 0 {
				p.streak = -1
				return k
			}
		}
		return -1
	}
	sep := sepSpace // the commonest separator, one space, told without a call
	if j != i+1 || s[i] != ' ' || i == sc.i && sc.initial {
		var ok bool
		if sep, ok = st.sepBefore(sc, i, j, p); !ok {
			return -1
		}
	}
	soft := sep&(sepHard|sepNewline|sepComma) == 0
	if inVocab {
		// Where a sentence or line begins, a determiner ("But", "This")
		// begins no streak (see context).
		if sep&(sepHard|sepNewline) != 0 {
			if _, wf := v.findASCII(s, j, j+n, key, h); wf&wDeterminer != 0 {
				p.streak = -1
				return j + n
			}
		}
	}
	if !soft {
		p.streak = -1
	}
	if p.streak < 0 {
		p.streak, p.streakN = j, 0
	}
	p.streakN++
	if p.streakN > maxNameWords {
		p.streak = -1
	}
	st.streakConn = false
	if n == 2 && s[j+1]-'a' < 26 {
		p.abbrevEnd = j + n // "Mr", "St": see scanner.short
	}
	return j + n
}

// sepBefore returns the separator flags of s[i:j], between the last word
// passed over (or sc.i) and the next, as the scanner gives them; hard at
// the start of the text. ok is false after an abbreviation, where a full
// stop is no boundary and the general path reads the separators.
func (st *state) sepBefore(sc *scanner, i, j int, p *plainState) (sep uint8, ok bool) {
	s := st.text
	if i == sc.i && sc.initial {
		return sepHard, true // the start of the text
	}
	if j == i+1 && s[i] == ' ' {
		return sepSpace, true // the commonest separator
	}
	if i == p.abbrevEnd {
		return 0, false
	}
	if j == i+2 && s[i+1] == ' ' {
		// The next commonest: a comma or full stop and a space.
		switch s[i] {
		case ',':
			return sepComma | sepSpace, true
		case '.':
			return sepHard | sepSpace, true
		}
	}
	return sepFlags(s[i:j]), true
}

// streakStep returns the end of the word in small letters s[j:j+n], after
// the separators s[i:j], when it is plain (see skipPlain) though it may be
// in the vocabulary, a streak being open; or -1. hh and h are the word's
// running hash and hash. A connector that begins no spelling ("and",
// "of") goes on with the streak after soft separators and ends it after
// others, as context does; a word that can begin no spelling or
// back-reference and is no role word ends it.
func (st *state) streakStep(i, j, n int, hh uint64, h uint32, p *plainState) int {
	v, s := &st.m.vocab, st.text
	if n <= 8 && v.isConnector(hh) {
		single := j == i+1 && s[i] == ' '
		if i == p.abbrevEnd && !single {
			return -1
		}
		if single || sepFlags(s[i:j])&(sepHard|sepNewline|sepComma) == 0 {
			st.streakConn = true
		} else {
			p.streak = -1
		}
		return j + n
	}
	if v.mayCapWake(h) {
		return -1
	}
	p.streak = -1
	return j + n
}

// sepFlags returns the separator flags the scanner gives the separators s
// (as quietSeps reads them), no abbreviation before them.
func sepFlags(s string) uint8 {
	var sep uint8
	newlines := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			sep, newlines = asciiSep(s, i, byteClass[c], false, sep, newlines)
		case c == 0xC2: // a no-break space (see quietSeps)
			sep |= sepSpace
			i++
		default: // a mark of U+2000-U+203F, three bytes
			sep, newlines = markSep(s[i+2], sep, newlines)
			i += 2
		}
	}
	if newlines == 1 {
		sep |= sepNewline
	} else if newlines > 1 {
		sep |= sepHard
	}
	return sep
}

// digitStep returns the end of the number at s[j] when it is plain (see
// skipPlain): up to seven digits followed by an ASCII byte that is no letter
// or digit or by a mark of U+2000-U+203F, no year (which is era evidence)
// and outside the vocabulary. Such a number ends the streak. It returns -1
// otherwise. s[j:] has at least sixteen bytes.
func (st *state) digitStep(s string, j int) int {
	x := load8(s, j)
	_, digit := classify8(x)
	other := digit ^ highs
	if other == 0 {
		return -1 // eight digits or more
	}
	shift := uint(bits.TrailingZeros64(other)) &^ 7 // eight times the length
	n := int(shift >> 3)
	if !wordEnd[byte(x>>shift)] && !isMark(s, j+n) {
		return -1
	}
	if n == 4 && year(s, &token{start: j, end: j + 4, cs: csDigits}) != 0 {
		return -1
	}
	if st.m.vocab.mayHold(finishHash(x & (1<<shift - 1))) {
		return -1
	}
	return j + n
}

// lowerStep returns the end of the plain words that start with the word
// in small letters s[j:j+n], of hash h, when the word is plain (see
// skipPlain) though it is in wakeFilter (no streak is open); or -1.
func (st *state) lowerStep(s string, j, n int, h uint32) int {
	v := &st.m.vocab
	if v.mayAlone(h) {
		return -1
	}
	// A word that begins spellings of several words only ("the",
	// "primary"): plain when the next word is in small letters and in no
	// spelling, which it then skips too, or when no such spelling goes on
	// with the next word (and, after "the", that word heads no
	// back-reference).
	k := j + n
	if s[k] == ' ' {
		k++ // the commonest separator
	} else {
		k += quietSeps(s[k:])
	}
	if k < 0 || k > len(s)-16 {
		return -1 // (k is never negative: see skipPlain)
	}
	// Whether the word may be "the", which may begin a back-reference: a
	// word of the same hash is taken for it, which only makes the test
	// below stricter.
	isThe := h == theHash
	if x := load8(s, k); lowers8(x)&0x80 != 0 {
		// The next word is in small letters: read as skipPlain reads
		// words, without a call.
		other := lowers8(x) ^ highs
		var n2 int     // the length of the word
		var hh2 uint64 // its running hash
		var next byte  // the byte after it
		if other != 0 {
			shift := uint(bits.TrailingZeros64(other)) &^ 7
			n2, hh2, next = int(shift>>3), x&(1<<shift-1), byte(x>>shift)
		} else {
			x2 := load8(s, k+8)
			other2 := lowers8(x2) ^ highs
			if other2 == 0 {
				return -1 // sixteen small letters or more
			}
			shift := uint(bits.TrailingZeros64(other2)) &^ 7
			n2, hh2, next = 8+int(shift>>3), x, byte(x2>>shift)
			if shift > 0 {
				hh2 = mixChunk(hh2, x2&(1<<shift-1))
			}
		}
		if !wordEnd[next] && !isMark(s, k+n2) {
			return -1
		}
		h2 := finishHash(hh2)
		switch {
		case !v.mayMatterLower(h2):
			return k + n2
		case !v.mayPair(h, h2) && !(isThe && v.mayHead(h2, true)):
			if !v.mayWake(h2) {
				return k + n2 // the next word is plain too
			}
			return j + n
		}
		return -1
	}
	if n2, _, h2 := capWord(s[k:]); n2 > 0 && !v.mayPair(h, h2) && !(isThe && v.mayHead(h2, false)) {
		return j + n
	}
	return -1
}

// lowerAt reads the word of small ASCII letters at s[k] as skipPlain
// reads words (see lowerWord): it returns the word's length and running
// hash, and n 0 when no such word is there. s[k:] has at least sixteen
// bytes.
func lowerAt(s string, k int) (n int, hh uint64) {
	x := load8(s, k)
	other := lowers8(x) ^ highs
	if other&0x80 != 0 {
		return 0, 0
	}
	var next byte
	if other != 0 {
		shift := uint(bits.TrailingZeros64(other)) &^ 7
		n, hh, next = int(shift>>3), x&(1<<shift-1), byte(x>>shift)
	} else {
		x2 := load8(s, k+8)
		other2 := lowers8(x2) ^ highs
		if other2 == 0 {
			return 0, 0 // sixteen small letters or more
		}
		shift := uint(bits.TrailingZeros64(other2)) &^ 7
		n, hh, next = 8+int(shift>>3), x, byte(x2>>shift)
		if shift > 0 {
			hh = mixChunk(hh, x2&(1<<shift-1))
		}
	}
	if !wordEnd[next] && !isMark(s, k+n) {
		return 0, 0
	}
	return n, hh
}

// plainAfter returns the end of the word after the separators at s[e],
// when it is a word in small letters (as skipPlain reads them) in no
// spelling (its hash is not in lowerFilter); or -1.
func (st *state) plainAfter(e int) int {
	s := st.text
	k := e
	if k < len(s) && s[k] == ' ' {
		k++ // the commonest separator
	} else {
		k += quietSeps(s[k:])
	}
	if k < 0 || k > len(s)-16 {
		return -1 // (k is never negative: see skipPlain)
	}
	n, hh := lowerAt(s, k)
	if n == 0 || st.m.vocab.mayMatterLower(finishHash(hh)) {
		return -1
	}
	return k + n
}

// theHash is the hash of "the" (as hashWord makes it: finishHash of the
// word packed, computed here as a constant).
const theHash = uint32((('t' | 'h'<<8 | 'e'<<16) * hashMul & (1<<64 - 1)) >> 32)

// quietSeps returns the length of the separators that start s: ASCII
// bytes that are no letter, digit or "&", no-break spaces (U+00A0) and
// marks of U+2000-U+203F.
func quietSeps(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case quietSep[s[i]]:
			i++
		case isMark(s, i):
			i += 3
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// isMark reports whether s[i:] starts with the lead bytes of U+2000-U+203F
// (spaces, dashes, quotation marks: no letters), which the scanner reads
// as three bytes of separator without decoding them.
func isMark(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80
}
