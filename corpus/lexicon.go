//go:build go1.24

package corpus

import (
	"bytes"
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Cue bits attached to lower-case words by the lexicon.
const (
	cueStop     uint32 = 1 << iota // English function word
	cueSocial                      // share buttons and social networks
	cueFiller                      // words that may surround a date on a date line
	cuePager                       // pager words
	cueParticle                    // lower-case name particle (de, van, ...)
	cueRole                        // journalist role word (correspondent, editor, ...)
	cueMonth                       // month name; the month number is in bits 24-27
	cueWeekday                     // weekday name

	// Key words of the furniture phrase rules, one bit per rule, so that a
	// rule runs only on lines that carry one of its words.
	kComment
	kDisclaimer
	kExit
	kAds
	kSignUp
	kEngage
	kReading
	kRelated
	kFooter
	kNav
	kCaption
)

// cueKey is set for a word that is key to any furniture phrase rule.
const cueKey = kComment | kDisclaimer | kExit | kAds | kSignUp | kEngage | kReading | kRelated | kFooter | kNav | kCaption

const monthShift = 24

// The word lists are written for this package; they are short on purpose:
// the stop words feed a density measure, the others gate phrase rules.
const (
	stopWords = `a about above across after again against all almost along also although always am among an and another any
are around as at be because been before being below between both but by can could did do does doing done down during
each either else enough even ever every few for from further had has have having he her here hers herself him himself
his how however i if in into is it its itself just least less many may me might more most much must my myself neither
no nor not now of off often on once one only onto or other others our ours ourselves out over own per quite rather
same shall she should since so some still such than that the their theirs them themselves then there these they this
those though through thus to too under until up upon us very via was we were what whatever when where whether which
while who whom whose why will with within without would yet you your yours yourself yourselves`
	socialWords = `share shares shared sharing tweet tweets twitter facebook linkedin email e-mail emails print instagram
whatsapp pinterest reddit youtube flipboard messenger tumblr google copy link follow rss feed bookmark save x`
	fillerWords = `published posted updated last on at date am pm gmt bst utc cet cest est edt pst first modified created
issued released time uk dated`
	pagerWords    = `next previous prev page of first last older newer back`
	particleWords = `de van von der den du la le da di del bin al el st`
	roleWords     = `correspondent editor reporter journalist writer columnist staff contributor analyst producer chief
political health social news deputy senior policy science affairs economics education associate assistant digital
online care`
)

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

var weekdayNames = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// lexTable is a hash table from lower-case words of up to maxLexLen bytes
// to cue bits, looked up by the words' packed form (see packWord): one or
// two integers compared at once, with no per-byte hashing and no string
// comparison, for the one lookup per word the parser makes. Every word sits
// in one of its two slots (cuckoo hashing), so that a lookup reads both and
// takes no branch whether the word is there or not: whether a word is a
// stop word is a coin toss the processor cannot predict. Words of up to
// eight bytes, nearly all of them, have a table of their own with 8-byte
// keys, small enough to stay in the processor's nearest cache.
type lexTable struct {
	keys [shortSize]uint64 // packed words of up to 8 bytes; 0 marks an empty slot
	bits [shortSize]uint32 // the cue bits of keys
	long [longSize]lexSlot // packed words of 9 to 16 bytes
}

// lexSlot is one entry of a lexTable's long words; lo == 0 marks an empty
// slot (a word has at least one byte, and none is NUL).
type lexSlot struct {
	lo, hi uint64 // the word's bytes 0-7 and 8-15, little endian, zero padded
	bits   uint32
}

const (
	maxLexLen = 16   // longest word looked up: two 8-byte halves
	shortBits = 10   // log2 of shortSize
	shortSize = 1024 // power of two, about three times the number of short words
	longBits  = 7    // log2 of longSize
	longSize  = 128  // power of two, about four times the number of long words
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// packWord returns the bytes of w (at most maxLexLen) as two little-endian
// integers, zero padded. With fold set, ASCII letters are lower-cased by
// setting bit 0x20 of every byte: for the bytes of a word (letters, digits,
// hyphens, apostrophes) that changes only the upper-case letters.
func packWord(w []byte, fold bool) (lo, hi uint64) {
	var buf [maxLexLen]byte
	copy(buf[:], w)
	lo, hi = binary.LittleEndian.Uint64(buf[:8]), binary.LittleEndian.Uint64(buf[8:])
	if fold {
		lo |= foldMask(len(w))
		hi |= foldMask(len(w) - 8)
	}
	return lo, hi
}

// foldMask returns 0x20 in each of the low n bytes (n clamped to 0..8).
func foldMask(n int) uint64 {
	if n <= 0 {
		return 0
	}
	if n >= 8 {
		return 0x2020202020202020
	}
	return 0x2020202020202020 >> (64 - 8*n)
}

// shortSlots returns the two slots where a packed word of up to eight
// bytes may be.
func shortSlots(lo uint64) (int, int) {
	return int(lo * 0xD6E8FEB86659FD93 >> (64 - shortBits)), int(lo * 0xFF51AFD7ED558CCD >> (64 - shortBits))
}

// longSlots returns the two slots where a packed word of nine to sixteen
// bytes may be.
func longSlots(lo, hi uint64) (int, int) {
	h1 := (lo + hi*0x9E3779B97F4A7C15) * 0xD6E8FEB86659FD93
	h2 := (lo ^ hi*0xC2B2AE3D27D4EB4F) * 0xFF51AFD7ED558CCD
	return int(h1 >> (64 - longBits)), int(h2 >> (64 - longBits))
}

// getPacked returns the bits of the packed word (no NUL byte in it).
func (t *lexTable) getPacked(lo, hi uint64) uint32 {
	if hi == 0 {
		return t.getShort(lo)
	}
	return t.getLong(lo, hi)
}

// getShort returns the bits of a packed word of up to eight bytes. It
// reads both of the word's slots and takes no branch.
func (t *lexTable) getShort(lo uint64) uint32 {
	i, j := shortSlots(lo)
	// Both slots' bits are read first, so that the choice between them
	// compiles to conditional moves rather than branches.
	bi, bj := t.bits[i], t.bits[j]
	var bits uint32
	if t.keys[i] == lo {
		bits = bi
	}
	if t.keys[j] == lo {
		bits = bj
	}
	return bits
}

// getLong returns the bits of a packed word of nine to sixteen bytes.
func (t *lexTable) getLong(lo, hi uint64) uint32 {
	i, j := longSlots(lo, hi)
	var bits uint32
	if e := &t.long[i]; (e.lo^lo)|(e.hi^hi) == 0 {
		bits = e.bits
	}
	if e := &t.long[j]; (e.lo^lo)|(e.hi^hi) == 0 {
		bits = e.bits
	}
	return bits
}

// put stores a packed word in t, moving the words in its way to their
// other slot, and reports whether it found room.
func (t *lexTable) put(e lexSlot) bool {
	if e.hi == 0 {
		i, _ := shortSlots(e.lo)
		for range 4 * shortSize {
			e.lo, t.keys[i] = t.keys[i], e.lo
			e.bits, t.bits[i] = t.bits[i], e.bits
			if e.lo == 0 {
				return true
			}
			if a, b := shortSlots(e.lo); a == i {
				i = b
			} else {
				i = a
			}
		}
		return false
	}
	i, _ := longSlots(e.lo, e.hi)
	for range 4 * longSize {
		e, t.long[i] = t.long[i], e
		if e.lo == 0 {
			return true
		}
		if a, b := longSlots(e.lo, e.hi); a == i {
			i = b
		} else {
			i = a
		}
	}
	return false
}

// getFold returns the bits of the word w, a run of ASCII word bytes in any
// case, of 1 to maxLexLen bytes.
func (t *lexTable) getFold(w []byte) uint32 {
	lo, hi := packWord(w, true)
	return t.getPacked(lo, hi)
}

// lexicon maps lower-case words to their cue bits. It is built once, on
// first use, and never modified afterwards, so it is safe for concurrent use.
var lexicon = sync.OnceValue(func() *lexTable {
	m := make(map[string]uint32, 512)
	add := func(list string, bit uint32) {
		for _, w := range strings.Fields(list) {
			m[w] |= bit
		}
	}
	add(stopWords, cueStop)
	add(socialWords, cueSocial)
	add(fillerWords, cueFiller)
	add(pagerWords, cuePager)
	add("comment comments commenting", kComment)
	add("intended", kDisclaimer)
	add("leaving sure", kExit)
	add("ads advertisement advertising sponsored promoted adverts paid", kAds)
	add("sign subscribe newsletter newsletters register", kSignUp)
	add("think debate say conversation", kEngage)
	add("reading", kReading)
	add("more related read see most you also recommended latest trending", kRelated)
	add("registered reg company copyright rights privacy cookie terms notes ends", kFooter)
	add("home skip back menu search log login sign you", kNav)
	add("photo photograph picture image illustration credit getty caption", kCaption)
	add(particleWords, cueParticle)
	add(roleWords, cueRole)
	for i, name := range monthNames {
		bits := cueMonth | uint32(i+1)<<monthShift
		m[name] |= bits
		m[name[:3]] |= bits
		if name == "september" {
			m["sept"] |= bits
		}
	}
	for _, name := range weekdayNames {
		m[name] |= cueWeekday
		m[name[:3]] |= cueWeekday
	}
	m["tues"] |= cueWeekday
	m["thur"] |= cueWeekday
	m["thurs"] |= cueWeekday
	// Sorted, so that the table is the same on every run.
	t := new(lexTable)
	for _, w := range slices.Sorted(maps.Keys(m)) {
		lo, hi := packWord([]byte(w), false)
		if !t.put(lexSlot{lo: lo, hi: hi, bits: m[w]}) {
			panic("corpus: the lexicon does not fit its table") // caught by the tests
		}
	}
	return t
})

// lookup returns the cue bits of the word w, which must already be lower
// case (w may hold any bytes: it matches a word only when equal to it). It
// does not allocate.
func lookup(lex *lexTable, w []byte) uint32 {
	if len(w) == 0 || len(w) > maxLexLen {
		return 0
	}
	if bytes.IndexByte(w, 0) >= 0 {
		return 0 // no word has a NUL byte; the packed form could not tell
	}
	lo, hi := packWord(w, false)
	return lex.getPacked(lo, hi)
}

// monthOf returns the month number (1-12) carried by cue bits, or 0.
func monthOf(bits uint32) int {
	if bits&cueMonth == 0 {
		return 0
	}
	return int(bits>>monthShift) & 0xF
}
