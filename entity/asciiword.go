//go:build go1.24

package entity

import (
	"math/bits"
	"unicode/utf8"
)

// Reading ASCII words eight bytes at a time. Most words of English text
// are ASCII: the scanner finds where such a word ends, which case its
// letters are in, and the hash of its lower-cased form with a few
// operations per eight bytes (SWAR: SIMD within a register) instead of a
// table look-up and a multiplication per byte.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load8 returns the eight bytes of s at i, little-endian (the compiler
// makes it one load).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// classify8 returns, for the eight bytes of x, the high bit of each byte
// set where that byte is an ASCII letter (letter) or digit (digit), and
// every other bit clear. Each byte is tested with its high bit set first, so
// that no subtraction borrows from the next byte.
func classify8(x uint64) (letter, digit uint64) {
	letter = letters8(x)
	guard := x&^highs | highs
	digit = ((guard - '0'*ones) &^ (guard - ('9'+1)*ones)) &^ x & highs
	return
}

// letters8 returns, for the eight bytes of x, the high bit of each byte
// set where that byte is an ASCII letter, and every other bit clear: the
// letter half of classify8.
func letters8(x uint64) uint64 {
	fold := x&^highs | highs | 0x20*ones // capitals to small letters
	return ((fold - 'a'*ones) &^ (fold - ('z'+1)*ones)) &^ x & highs
}

// Hashing a word from its lower-cased chunks of eight bytes: the running
// hash starts as the first chunk (which, padded with zero bytes, also
// tells the length of a short word), and each further chunk is mixed in.
const hashMul = 0x9E3779B97F4A7C15

// mixChunk adds the lower-cased chunk x to the running hash h.
func mixChunk(h, x uint64) uint64 { return bits.RotateLeft64(h*hashMul, 29) ^ x }

// finishHash returns the 32-bit word hash from the running hash h.
func finishHash(h uint64) uint32 { return uint32((h * hashMul) >> 32) }

// asciiWord reads the word of ASCII letters and digits that starts at s[i]
// (an ASCII letter or digit), eight bytes at a time. It returns the word's
// end, its case flags (csUpper, csLower, csDigit), its first eight bytes
// lower-cased and packed little-endian (zero bytes after the end), and the
// hash of its lower-cased form; ok is false when a non-ASCII letter or digit
// follows, so that the word must be read rune by rune.
func asciiWord(s string, i int) (end int, cs uint8, key uint64, h uint32, ok bool) {
	j := i
	var hh uint64
	var ups, los, dgs uint64
	for {
		var x uint64
		if j+8 <= len(s) {
			x = load8(s, j)
		} else {
			x = loadTail(s, j)
		}
		letter, dg := classify8(x)
		k := 8
		if other := (letter | dg) ^ highs; other != 0 {
			k = bits.TrailingZeros64(other) >> 3
			keep := uint64(1)<<(8*k) - 1
			x, letter, dg = x&keep, letter&keep, dg&keep
			if k == 0 {
				break // a word of a multiple of eight bytes
			}
		}
		up := letter &^ (x << 2) // bit 5 (0x20) clear: a capital
		lo := letter &^ up
		ups, los, dgs = ups|up, los|lo, dgs|dg
		lx := x | up>>2 // capitals to small letters
		if j == i {
			key, hh = lx, lx
		} else {
			hh = mixChunk(hh, lx)
		}
		j += k
		if k < 8 {
			break
		}
	}
	if j < len(s) && s[j] >= 0x80 && startsLetter(s[j:]) {
		return 0, 0, 0, 0, false
	}
	if ups != 0 {
		cs |= csUpper
	}
	if los != 0 {
		cs |= csLower
	}
	if dgs != 0 {
		cs |= csDigit
	}
	return j, cs, key, finishHash(hh), true
}

// loadTail returns the bytes of s from i to its end (fewer than eight),
// packed little-endian with zero bytes after them.
func loadTail(s string, i int) uint64 {
	var x uint64
	for k := 0; i+k < len(s); k++ {
		x |= uint64(s[i+k]) << (8 * k)
	}
	return x
}

// hashWord returns the hash and first packed chunk that asciiWord gives for
// w, an ASCII word of lower-case letters and digits.
func hashWord(w string) (h uint32, key uint64) {
	var hh uint64
	for j := 0; j < len(w); j += 8 {
		var x uint64
		if j+8 <= len(w) {
			x = load8(w, j)
		} else {
			x = loadTail(w, j)
		}
		if j == 0 {
			key, hh = x, x
		} else {
			hh = mixChunk(hh, x)
		}
	}
	return finishHash(hh), key
}

// shortWord reads the ASCII word at s[i] when it has one to fifteen
// letters (no digit), all within the next sixteen bytes, and is followed by
// an ASCII byte that is no digit or by a punctuation mark of U+2000-U+203F
// (’ ” —), which is no letter: the commonest shape of word. It returns the
// word's end, its case flags as a token has them, its first eight bytes
// lower-cased and packed (zero bytes after the end) and the hash of its
// lower-cased form; end is -1 when the word (if any) has another shape.
func shortWord(s string, i int) (end int, cs uint8, key uint64, h uint32) {
	if i+8 > len(s) {
		return -1, 0, 0, 0
	}
	x := load8(s, i)
	letter := letters8(x)
	other := letter ^ highs
	if other&0x80 != 0 {
		return -1, 0, 0, 0 // no word here, or one starting with a digit
	}
	var up, lo uint64
	var next byte // the byte after the word
	if other != 0 {
		shift := uint(bits.TrailingZeros64(other)) &^ 7 // eight times the length
		end = i + int(shift>>3)
		next = byte(x >> shift)
		keep := uint64(1)<<shift - 1
		up = letter &^ (x << 2) & keep // bit 5 (0x20) clear: a capital
		lo = letter & keep &^ up
		key = (x | up>>2) & keep // lower-cased
		h = finishHash(key)
	} else {
		// Eight letters or more: read a second chunk.
		if i+16 > len(s) {
			return -1, 0, 0, 0
		}
		x2 := load8(s, i+8)
		letter2 := letters8(x2)
		other2 := letter2 ^ highs
		if other2 == 0 {
			return -1, 0, 0, 0 // sixteen letters or more
		}
		shift := uint(bits.TrailingZeros64(other2)) &^ 7
		end = i + 8 + int(shift>>3)
		next = byte(x2 >> shift)
		keep := uint64(1)<<shift - 1
		up = letter &^ (x << 2)
		up2 := letter2 &^ (x2 << 2) & keep
		lo = letter&^up | letter2&keep&^up2
		key = x | up>>2
		hh := key
		if shift > 0 {
			hh = mixChunk(hh, (x2|up2>>2)&keep)
		}
		h = finishHash(hh)
		up |= up2
	}
	switch {
	case next-'0' < 10:
		return -1, 0, 0, 0 // a digit goes on with the word
	case next >= utf8.RuneSelf && (next != 0xE2 || end+1 >= len(s) || s[end+1] != 0x80):
		return -1, 0, 0, 0 // a non-ASCII letter may go on with the word
	}
	cs = csLower
	if up != 0 {
		cs = csUpper | caseFlag(lo != 0, csLower) | caseFlag(byte(x)-'A' < 26, csFirstUpper)
	}
	return end, cs, key, h
}

// caseFlag returns f when b holds, else 0.
func caseFlag(b bool, f uint8) uint8 {
	if b {
		return f
	}
	return 0
}
