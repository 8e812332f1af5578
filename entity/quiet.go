//go:build go1.24

package entity

import (
	"math/bits"
	"unicode/utf8"
)

// Passing over plain words. Most words of running text change nothing
// that Find keeps: read where no run of known words is open, a word in
// small letters that is in no spelling, or that can begin none and is no
// role word, only ends the streak of capitalised words before it, and a
// capitalised word outside the vocabulary only starts or lengthens that
// streak. Find passes over a stretch of such plain words with one loop
// that, per word, finds its end eight bytes at a time, hashes it and tests
// one filter, with no token built; see state.skipPlain.

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

// lowerWord reads the word of small ASCII letters that starts w, when it
// has one to fifteen letters within w's first sixteen bytes and is followed
// by an ASCII byte that is no letter or digit or by a mark of
// U+2000-U+203F (the shape shortWord reads). It returns the word's length
// and its running hash (as asciiWord makes it; finishHash gives the hash);
// n is 0 when no such word starts w. w must have at least sixteen bytes.
func lowerWord(w string) (n int, hh uint64) {
	x := load8(w, 0)
	other := lowers8(x) ^ highs
	if other&0x80 != 0 || other == 0 {
		return longLowerWord(w, other)
	}
	shift := uint(bits.TrailingZeros64(other)) &^ 7 // eight times the length
	n = int(shift >> 3)
	if !wordEnd[byte(x>>shift)] && !isMark(w, n) {
		return 0, 0
	}
	return n, x & (1<<shift - 1)
}

// longLowerWord is lowerWord for a word of eight letters or more, or none:
// other marks the bytes of w's first chunk that are no small letter.
func longLowerWord(w string, other uint64) (n int, hh uint64) {
	if other != 0 {
		return 0, 0 // no small letter at the start
	}
	x, x2 := load8(w, 0), load8(w, 8)
	other2 := lowers8(x2) ^ highs
	if other2 == 0 {
		return 0, 0 // sixteen letters or more
	}
	shift := uint(bits.TrailingZeros64(other2)) &^ 7
	n = 8 + int(shift>>3)
	if !wordEnd[byte(x2>>shift)] && !isMark(w, n) {
		return 0, 0
	}
	hh = x
	if shift > 0 {
		hh = mixChunk(hh, x2&(1<<shift-1))
	}
	return n, hh
}

// capWord reads the ASCII word that starts w when it has one to fifteen
// letters within w's first sixteen bytes, the first a capital, and is
// followed by an ASCII byte that is no letter or digit or by a mark of
// U+2000-U+203F. It returns the word's length and the hash of its
// lower-cased form; n is 0 when no such word starts w. w must have at least
// sixteen bytes.
func capWord(w string) (n int, h uint32) {
	if c := w[0]; c < 'A' || c > 'Z' {
		return 0, 0
	}
	end, _, _, h := shortWord(w, 0)
	if end < 0 {
		return 0, 0
	}
	return end, h
}

// skipPlain passes over the plain words after sc.i and updates the streak
// of capitalised words as token and context would; the caller calls it
// only where no run is open. A word is plain when it has a shape that
// lowerWord or capWord reads and:
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
//     the run it would begin matches nothing at it ("the", "primary");
//   - or it is in small letters and in no spelling (its hash is not in
//     lowerFilter): it ends the streak;
//   - or it starts with a capital, has more than two letters (so that it
//     cannot be an abbreviation such as "St", after which a full stop ends
//     no sentence), and is outside the vocabulary: after soft separators
//     (softSeps) it lengthens the streak, after others (a sentence, a
//     line) it begins one, as context would; or, after soft separators,
//     it is in the vocabulary but can begin no spelling and is no role
//     word (capWakeFilter), and lengthens the streak. (Outside a run, a
//     word is a determiner only where it begins a sentence.)
//   - or it is a number (digitStep) outside the vocabulary and no year: it
//     ends the streak.
//
// The separators between plain words may be any ASCII punctuation, space
// or control byte and marks of U+2000-U+203F ("’", "—"): none matters to a
// word in small letters, and softSeps tells how they bear on a capitalised
// word.
//
// The loop reads the words in small letters itself (lowerWord written
// out, which the compiler would not inline); capStep and lowerStep tell
// the less common plain words.
func (st *state) skipPlain(sc *scanner) {
	v := &st.m.vocab
	s := st.text
	i := sc.i // the end of the last word passed over
	p := plainState{streak: st.streak, streakN: st.streakN}
words:
	for {
		j := i // the start of the next word
		if j < len(s) && s[j] == ' ' {
			j++ // the commonest separator
		} else {
			j += quietSeps(s[j:])
		}
		if len(s)-j < 16 {
			break
		}
		x := load8(s, j)
		other := lowers8(x) ^ highs
		if other&0x80 != 0 {
			// No small letter: a capitalised word, if plain, starts or
			// lengthens the streak.
			if c := s[j]; c-'0' < 10 {
				k := st.digitStep(s, j)
				if k < 0 {
					break
				}
				i, p.streak = k, -1
				continue
			}
			if c := s[j]; c < 'A' || c > 'Z' {
				break
			}
			k := st.capStep(sc, i, j, x, &p)
			if k < 0 {
				break
			}
			i = k
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
				break words // it may go on with the name
			}
			p.streak = -1 // it ends the streak
		case v.mayWake(h):
			k := st.lowerStep(s, j, n, h)
			if k < 0 {
				break words
			}
			i = k
			continue
		}
		i = j + n
	}
	if i > sc.i {
		sc.skip(i)
		st.prevIsRole = false
		st.streak, st.streakN = p.streak, p.streakN
	}
}

// plainState is the streak of capitalised words that skipPlain keeps
// while it passes over plain words.
type plainState struct {
	streak, streakN int
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
	var h uint32
	lx := x | 0x20
	if other := lowers8(lx) ^ highs; other&0x80 == 0 && other != 0 {
		shift := uint(bits.TrailingZeros64(other)) &^ 7
		n = int(shift >> 3)
		if !wordEnd[byte(x>>shift)] && !isMark(s, j+n) {
			return -1
		}
		h = finishHash(lx & (1<<shift - 1))
	} else {
		n, h = capWord(s[j:])
	}
	if n <= 2 {
		return -1
	}
	single := j == i+1 && s[i] == ' '
	if i == sc.i && sc.abbrev && !single {
		return -1 // a full stop after an abbreviation is no boundary
	}
	// After soft separators only, a word goes on with the streak; after
	// others it begins one, unless it is a determiner (the vocabulary holds
	// them). (At the start of the text, no streak is open to go on with.)
	soft := single || softSeps(s[i:j])
	if v.mayHold(h) && (!soft || v.mayCapWake(h)) {
		return -1
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
	return j + n
}

// softSeps reports whether the separators s (as quietSeps reads them) are
// soft as the scanner reads them: spaces, hyphens, apostrophes, slashes and
// such marks only, no comma, full stop, line break or other punctuation (a
// full stop after an abbreviation aside, which the caller rules out), so
// that a capitalised word after them goes on with a name.
func softSeps(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			if byteClass[c] != clSpace {
				return false
			}
			continue
		}
		// A mark of U+2000-U+203F, three bytes: see scanner.next.
		if d := s[i+2]; d > 0x91 && d != 0x98 && d != 0x99 && d != 0xAF {
			return false
		}
		i += 2
	}
	return true
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
	if len(s)-k < 16 {
		return -1
	}
	isThe := n == 3 && s[j:j+3] == "the"
	if n2, hh2 := lowerWord(s[k:]); n2 > 0 {
		h2 := finishHash(hh2)
		switch {
		case !v.mayMatterLower(h2):
			return k + n2
		case !v.mayPair(h, h2) && !(isThe && v.mayHead(h2, true)):
			return j + n
		}
		return -1
	}
	if n2, h2 := capWord(s[k:]); n2 > 0 && !v.mayPair(h, h2) && !(isThe && v.mayHead(h2, false)) {
		return j + n
	}
	return -1
}

// quietSeps returns the length of the separators that start s: ASCII
// bytes that are no letter, digit or "&", and marks of U+2000-U+203F.
func quietSeps(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case quietSep[s[i]]:
			i++
		case isMark(s, i):
			i += 3
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
