//go:build go1.24

package quote

import (
	"math/bits"
	"sort"
	"strings"
)

// packedMax is the length of the longest word a lexTable packs: the first
// eight bytes go in one uint64, the next seven in a second, whose top byte
// holds the length.
const packedMax = 15

// lexTable is an open-addressing hash table of the lexicon's words, made
// for the tokenizer's one lookup per word. A word of up to packedMax bytes
// is packed, lower-cased in ASCII, into two integers, so that finding it
// costs a few shifts, one multiplication and one or two comparisons of
// integers rather than a loop over its bytes. Longer words, which no built-in
// list has today, go to a map. The table is built once and only read.
type lexTable struct {
	// tags has one entry per slot: 0 for an empty slot, else a tag made
	// from the hash of the word there (never 0). A probe reads the tags
	// first, 16 KB that stay in the fastest cache, and the slot itself only
	// when the tag matches; most words not in the lexicon are told apart
	// by one tag.
	tags  []uint16
	slots []lexSlot // as many as tags, a power of two, at most an eighth full
	shift uint      // 64 - log2(len(slots))
	blob  string    // every packed word, for lowerNoAlloc to return
	long  map[string]wordClass
}

// lexSlot is one slot of a lexTable: a packed word, its classes and
// where it is in the blob.
type lexSlot struct {
	lo, hi uint64
	cls    wordClass
	off    uint32 // the word is blob[off : off+len]
}

// pack returns w (at most packedMax bytes) lower-cased in ASCII and packed
// little-endian into lo and hi, with len(w) in the top byte of hi.
func pack(w string) (lo, hi uint64) {
	n := len(w)
	if n >= 8 {
		lo, hi = load8(w, 0), loadUpTo7(w[8:])
	} else {
		lo = loadUpTo7(w)
	}
	return lowerASCII8(lo), lowerASCII8(hi) | uint64(n)<<56
}

// loadUpTo7 returns the bytes of s (at most seven) little-endian, with two
// loads that may overlap (the shared bytes are the same either way)
// rather than a loop over the bytes.
func loadUpTo7(s string) uint64 {
	switch n := len(s); {
	case n >= 4:
		return uint64(load4(s, 0)) | uint64(load4(s, n-4))<<(8*(n-4))
	case n >= 2:
		return uint64(load2(s, 0)) | uint64(load2(s, n-2))<<(8*(n-2))
	case n == 1:
		return uint64(s[0])
	}
	return 0
}

// load4 returns the four bytes of s at i, little-endian.
func load4(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// load2 returns the two bytes of s at i, little-endian.
func load2(s string, i int) uint16 {
	b := s[i : i+2]
	return uint16(b[0]) | uint16(b[1])<<8
}

// load8 returns the eight bytes of s at i, little-endian (one load).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// lowerASCII8 lower-cases the ASCII capitals among the eight bytes of x,
// all at once; other bytes are left alone.
func lowerASCII8(x uint64) uint64 {
	low7 := x &^ highs             // every byte below 0x80
	ge := low7 + (0x80-'A')*ones   // high bit set where byte >= 'A'
	gt := low7 + (0x80-'Z'-1)*ones // high bit set where byte > 'Z'
	upper := ge &^ gt &^ x & highs // 'A' <= byte <= 'Z' and byte < 0x80
	return x | upper>>2            // add 0x20 to each
}

// slot returns the first slot to probe for a packed word, and its tag.
func (t *lexTable) slot(lo, hi uint64) (uint64, uint16) {
	h := (lo ^ hi) * 0x9E3779B97F4A7C15 // find computes the same slot
	return h >> t.shift, uint16(h>>24) | 1
}

// class returns the lexicon classes of word w, looked up without regard
// to ASCII case and without allocating.
func (lx *lexicon) class(w string) wordClass {
	if len(w) > packedMax || len(w) == 0 {
		if len(w) == 0 || len(w) > lx.longest {
			return 0
		}
		return lx.table.longClass(w)
	}
	return lx.table.find(pack(w))
}

// classAt returns lx.class(text[i:j]) (j > i), packing the word with two
// loads from text where at least 16 bytes follow i.
func (lx *lexicon) classAt(text string, i, j int) wordClass {
	n := j - i
	if n > packedMax || n <= 0 || i+16 > len(text) {
		return lx.class(text[i:j])
	}
	lo, hi := load8(text, i), load8(text, i+8)
	if n <= 8 {
		lo &= ^uint64(0) >> (64 - 8*n)
		hi = 0
	} else {
		hi &= ^uint64(0) >> (128 - 8*n)
	}
	return lx.table.find(lowerASCII8(lo), lowerASCII8(hi)|uint64(n)<<56)
}

// find returns the classes of the packed word lo, hi, or 0. It is small
// enough to be inlined: most words not in the table are told apart by an
// empty first slot, without a call.
func (t *lexTable) find(lo, hi uint64) wordClass {
	if t.tags[((lo^hi)*0x9E3779B97F4A7C15)>>t.shift] == 0 {
		return 0 // the first slot slot(lo, hi) would give is empty
	}
	return t.probe(lo, hi)
}

// probe is find past the first slot's test. It is kept out of line so
// that find can be inlined.
//
//go:noinline
func (t *lexTable) probe(lo, hi uint64) wordClass {
	i, tag := t.slot(lo, hi)
	mask := uint64(len(t.tags) - 1)
	for ; ; i = (i + 1) & mask {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if s := &t.slots[i]; s.hi == hi && s.lo == lo {
				return s.cls
			}
		}
	}
}

// longClass looks up a word longer than packedMax, lower-cased in a
// buffer on the stack.
func (t *lexTable) longClass(w string) wordClass {
	var buf [64]byte
	if len(w) > len(buf) {
		return 0
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return t.long[string(b)]
}

// lowerNoAlloc returns w in lower case when that takes no allocation: w
// itself when it has no upper-case ASCII letter, the lexicon's own copy
// when it is a lexicon word (ASCII case ignored).
func (lx *lexicon) lowerNoAlloc(w string) (string, bool) {
	i := 0
	for i < len(w) && !('A' <= w[i] && w[i] <= 'Z') {
		i++
	}
	if i == len(w) {
		return w, true
	}
	if len(w) > packedMax {
		for k := range lx.table.long {
			if len(k) == len(w) && equalLower(k, w) {
				return k, true
			}
		}
		return "", false
	}
	t := &lx.table
	lo, hi := pack(w)
	k, tag := t.slot(lo, hi)
	mask := uint64(len(t.tags) - 1)
	for ; ; k = (k + 1) & mask {
		switch t.tags[k] {
		case 0:
			return "", false
		case tag:
			if s := &t.slots[k]; s.hi == hi && s.lo == lo {
				return t.blob[s.off : int(s.off)+len(w)], true
			}
		}
	}
}

// equalLower reports whether w, lower-cased in ASCII, equals the
// lower-case key k of the same length.
func equalLower(k, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

// buildTable fills lx.table from lx.words. Keys are lower case (the
// lexicon files are, and a test checks it), so a key packs to itself.
func (lx *lexicon) buildTable() {
	lx.table, lx.longest = newLexTable(lx.words)
}

// newLexTable returns a table of words (lower-case keys) and the length
// of the longest.
func newLexTable(words map[string]wordClass) (t lexTable, longest int) {
	size := 16
	for size < 8*len(words) {
		size <<= 1
	}
	t.slots = make([]lexSlot, size)
	t.tags = make([]uint16, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	t.long = map[string]wordClass{}
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	sort.Strings(keys) // a deterministic layout
	var blob strings.Builder
	mask := uint64(size - 1)
	for _, w := range keys {
		longest = max(longest, len(w))
		if len(w) > packedMax {
			t.long[w] = words[w]
			continue
		}
		lo, hi := pack(w)
		i, tag := t.slot(lo, hi)
		for t.tags[i] != 0 {
			i = (i + 1) & mask
		}
		t.tags[i] = tag
		t.slots[i] = lexSlot{lo: lo, hi: hi, cls: words[w], off: uint32(blob.Len())}
		blob.WriteString(w)
	}
	t.blob = blob.String()
	return t, longest
}
