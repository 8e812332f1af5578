//go:build go1.24

package entity

// vocabulary maps the lower-cased words of the patterns to ids (from 1): an
// open-addressing table keyed by the scanner's hash, and a map for the rare
// non-ASCII words.
type vocabulary struct {
	ids    map[string]uint32
	words  []string // id -> word; words[0] is unused
	slots  []vslot
	mask   uint32
	filter bloom // the ASCII words
	// lowerFilter holds the ASCII words that matter in
	// small letters: all but those that seal was told to leave out.
	lowerFilter bloom
	// wakeFilter has one bit (wakeBit) for each ASCII word that, in
	// small letters, matters even where no run and no streak is open (see
	// quiet.go): those that may begin a spelling or back-reference, and
	// role words. One bit, not two: it is tested for most words of the
	// text, and a false positive costs only a word read the general way.
	wakeFilter [1 << 10]uint64
	// capWakeFilter holds the ASCII words that may begin a
	// spelling or back-reference (in any case), and role words.
	capWakeFilter bloom
	// aloneFilter holds the ASCII words that matter by
	// themselves: spellings of one word, and role words (which matter to
	// the word after them).
	aloneFilter bloom
	// headFilter and headCapFilter hold the ASCII words
	// that may head a back-reference after "the" ("the Alliance",
	// "the network"): headFilter of such words in small letters,
	// headCapFilter of the others.
	headFilter, headCapFilter bloom
	// conns holds the connectors ("and", "of") that begin no spelling
	// and are no role words, packed as asciiWord packs a word's first
	// eight bytes: after a capitalised word, such a connector only keeps
	// the streak of capitalised words open (see streakStep).
	conns []uint64
	// pairFilter holds the pairs of ASCII words (pairHash)
	// with which a spelling may begin whose first word may be written in
	// small letters ("primary care", "local authorities").
	pairFilter bloom
}

// wordSets tell, per word id, which of the vocabulary's filters a word is
// in (see vocabulary): all words are in filter and, but those for which
// capOnly returns true, in lowerFilter; the others hold the words for
// which their function returns true (conns: those of eight bytes or
// fewer).
type wordSets struct {
	capOnly, wakes, capWakes, alone, head, headCap, conn func(id int) bool
}

// vslot is one slot of the vocabulary's table (16 bytes): an ASCII word's
// first eight bytes packed (as asciiWord gives them), its id, length and
// word flags.
type vslot struct {
	key   uint64
	id    uint32
	n     uint16
	flags uint8
}

// seal builds the hash table and the filters, of the word sets ws; call it
// after the last word is added. The slot of word id keeps wflags[id].
func (v *vocabulary) seal(wflags []uint8, ws wordSets) {
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
		if len(w) > maxWord {
			continue // never looked up
		}
		h, key := hashWord(w)
		v.filter.add(h)
		if !ws.capOnly(id) {
			v.lowerFilter.add(h)
		}
		if ws.wakes(id) {
			ww, wb := wakeBit(h)
			v.wakeFilter[ww] |= wb
		}
		if ws.capWakes(id) {
			v.capWakeFilter.add(h)
		}
		if ws.alone(id) {
			v.aloneFilter.add(h)
		}
		if ws.head(id) {
			v.headFilter.add(h)
		}
		if ws.headCap(id) {
			v.headCapFilter.add(h)
		}
		if ws.conn(id) && len(w) <= 8 {
			v.conns = append(v.conns, key)
		}
		x := h * 0x85EBCA6B
		k := (x ^ x>>15) & v.mask
		for v.slots[k].id != 0 {
			k = (k + 1) & v.mask
		}
		v.slots[k] = vslot{key: key, id: uint32(id), n: uint16(len(w)), flags: wflags[id]}
	}
}

// bloomBits returns where a word hash has its two filter bits: the index
// of one 64-bit word of a filter, and the two bits in it. One load tests
// both, which rejects almost every word outside the vocabulary before the
// table probe.
func bloomBits(h uint32) (int, uint64) {
	x := h * 0x9E3779B1
	return int(x >> 22), 1<<(x&63) | 1<<((x>>6)&63)
}

// bloom is a filter of word hashes with two bits each (bloomBits): has is
// true for every hash added and false for almost every other.
type bloom [1 << 10]uint64

// add puts hash h in f.
func (f *bloom) add(h uint32) {
	w, bits := bloomBits(h)
	f[w] |= bits
}

// has reports whether f may hold hash h.
func (f *bloom) has(h uint32) bool {
	w, bits := bloomBits(h)
	return f[w]&bits == bits
}

// mayHold reports whether the vocabulary may hold an ASCII word of hash h:
// false for almost every word outside it.
func (v *vocabulary) mayHold(h uint32) bool {
	return v.filter.has(h)
}

// mayMatterLower reports whether an ASCII word of hash h written in small
// letters may be one the vocabulary holds for more than its determiner
// flag (which matters only for a capitalised word): false for almost every
// other word.
func (v *vocabulary) mayMatterLower(h uint32) bool {
	return v.lowerFilter.has(h)
}

// wakeBit returns where a word hash has its bit in wakeFilter: the index of
// one 64-bit word, and the bit in it.
func wakeBit(h uint32) (int, uint64) { return int(h >> 22), 1 << (h >> 16 & 63) }

// mayWake reports whether an ASCII word of hash h written in small letters
// may be one that matters where no run or streak is open (see quiet.go):
// false for almost every other word.
func (v *vocabulary) mayWake(h uint32) bool {
	w, bit := wakeBit(h)
	return v.wakeFilter[w]&bit != 0
}

// mayAlone reports whether an ASCII word of hash h may be a spelling by
// itself: false for almost every other word.
func (v *vocabulary) mayAlone(h uint32) bool {
	return v.aloneFilter.has(h)
}

// mayCapWake reports whether an ASCII word of hash h may begin a spelling
// or back-reference or be a role word: false for almost every other word.
func (v *vocabulary) mayCapWake(h uint32) bool {
	return v.capWakeFilter.has(h)
}

// mayHead reports whether an ASCII word of hash h, written in small
// letters (lower) or not, may head a back-reference after "the": false for
// almost every other word.
func (v *vocabulary) mayHead(h uint32, lower bool) bool {
	if lower {
		return v.headFilter.has(h)
	}
	return v.headCapFilter.has(h)
}

// isConnector reports whether the ASCII word in small letters of eight
// bytes or fewer packed as hh (see asciiWord) is one of conns.
func (v *vocabulary) isConnector(hh uint64) bool {
	for _, k := range v.conns {
		if k == hh {
			return true
		}
	}
	return false
}

// pairHash returns the hash of two consecutive ASCII words of hashes a and
// b, for pairFilter.
func pairHash(a, b uint32) uint32 { return finishHash(uint64(a)<<32 | uint64(b)) }

// addPair puts the pair of ASCII words a, b in pairFilter.
func (v *vocabulary) addPair(a, b string) {
	ha, _ := hashWord(a)
	hb, _ := hashWord(b)
	v.pairFilter.add(pairHash(ha, hb))
}

// mayPair reports whether a spelling whose first word may be written in
// small letters may begin with the ASCII words of hashes a and b: false
// for almost every other pair.
func (v *vocabulary) mayPair(a, b uint32) bool {
	return v.pairFilter.has(pairHash(a, b))
}

// findASCII returns the id (or 0) and flags of the ASCII word s[start:end],
// whose first packed chunk and hash are key and h (see asciiWord). It
// probes the table without testing filter first: the words looked up are
// mostly in the vocabulary (the others have passed a filter already), and
// a word outside it soon meets an empty slot of the table, a quarter full.
func (v *vocabulary) findASCII(s string, start, end int, key uint64, h uint32) (uint32, uint8) {
	n := end - start
	if n > maxWord {
		return 0, 0
	}
	x := h * 0x85EBCA6B
	for k := (x ^ x>>15) & v.mask; ; k = (k + 1) & v.mask {
		sl := &v.slots[k]
		if sl.id == 0 {
			return 0, 0
		}
		// The first eight bytes and the length tell a word of up to
		// eight bytes; a longer one is compared to the end.
		if sl.key == key && int(sl.n) == n && (n <= 8 || equalLower(v.words[sl.id][8:], s[start+8:end])) {
			return sl.id, sl.flags
		}
	}
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

// isASCIIWord reports whether w is a non-empty word of ASCII letters and digits.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if wordCase[w[i]] == 0 {
			return false
		}
	}
	return w != ""
}
