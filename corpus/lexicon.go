package corpus

import (
	"encoding/binary"
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

// lexTable is an open-addressing hash table from lower-case words of up to
// maxLexLen bytes to cue bits. A word is looked up by its packed form (see
// packWord): two integers compared at once, with no per-byte hashing and no
// string comparison, for the one lookup per word the parser makes.
type lexTable struct {
	slots [lexSize]lexSlot
}

// lexSlot is one entry of a lexTable; n == 0 marks an empty slot.
type lexSlot struct {
	lo, hi uint64 // the word's bytes 0-7 and 8-15, little endian, zero padded
	bits   uint32
	n      uint8 // the word's length
}

const (
	maxLexLen = 16   // longest word looked up: two 8-byte halves
	lexBits   = 10   // log2 of lexSize
	lexSize   = 1024 // power of two, over twice the number of words
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

// slot returns the first slot to probe for a packed word.
func slot(lo, hi uint64, n int) uint64 {
	h := (lo ^ hi*0x9E3779B97F4A7C15 ^ uint64(n)) * 0xD6E8FEB86659FD93
	return h >> (64 - lexBits)
}

// getPacked returns the bits of the packed word of length n (1..maxLexLen).
func (t *lexTable) getPacked(lo, hi uint64, n int) uint32 {
	for i := slot(lo, hi, n); ; i = (i + 1) & (lexSize - 1) {
		e := &t.slots[i]
		if e.lo == lo && e.hi == hi && int(e.n) == n {
			return e.bits
		}
		if e.n == 0 {
			return 0
		}
	}
}

// getFold returns the bits of the word w, a run of ASCII word bytes in any
// case, of 1 to maxLexLen bytes.
func (t *lexTable) getFold(w []byte) uint32 {
	lo, hi := packWord(w, true)
	return t.getPacked(lo, hi, len(w))
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
	t := new(lexTable)
	for w, bits := range m {
		lo, hi := packWord([]byte(w), false)
		i := slot(lo, hi, len(w))
		for t.slots[i].n != 0 {
			i = (i + 1) & (lexSize - 1)
		}
		t.slots[i] = lexSlot{lo: lo, hi: hi, bits: bits, n: uint8(len(w))}
	}
	return t
})

// lookup returns the cue bits of the word w, which must already be lower
// case (any bytes: w matches a word only when equal to it). It does not
// allocate.
func lookup(lex *lexTable, w []byte) uint32 {
	if len(w) == 0 || len(w) > maxLexLen {
		return 0
	}
	lo, hi := packWord(w, false)
	return lex.getPacked(lo, hi, len(w))
}

// monthOf returns the month number (1-12) carried by cue bits, or 0.
func monthOf(bits uint32) int {
	if bits&cueMonth == 0 {
		return 0
	}
	return int(bits>>monthShift) & 0xF
}
