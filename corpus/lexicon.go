package corpus

import (
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

// lexTable is an open-addressing hash table from lower-case words to cue
// bits, faster than a map for the one lookup per word the parser makes.
type lexTable struct {
	keys   [lexSize]string
	hashes [lexSize]uint32
	bits   [lexSize]uint32
}

const (
	maxLexLen = 16   // longest word looked up
	lexSize   = 2048 // power of two, about four times the number of words
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// hashWord is FNV-1a over w, which must already be lower case.
func hashWord(w []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range w {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// get returns the bits of the lower-case word w whose hashWord is h.
func (t *lexTable) get(w []byte, h uint32) uint32 {
	for i := h & (lexSize - 1); ; i = (i + 1) & (lexSize - 1) {
		if t.hashes[i] == h && t.keys[i] == string(w) {
			return t.bits[i]
		}
		if t.keys[i] == "" {
			return 0
		}
	}
}

// getFold is get for a word w in any ASCII case whose lower-case hash is h.
func (t *lexTable) getFold(w []byte, h uint32) uint32 {
	for i := h & (lexSize - 1); ; i = (i + 1) & (lexSize - 1) {
		if t.hashes[i] == h && eqLower(t.keys[i], w) {
			return t.bits[i]
		}
		if t.keys[i] == "" {
			return 0
		}
	}
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
		i := hashWord([]byte(w)) & (lexSize - 1)
		for t.keys[i] != "" {
			i = (i + 1) & (lexSize - 1)
		}
		t.keys[i], t.hashes[i], t.bits[i] = w, hashWord([]byte(w)), bits
	}
	return t
})

// lookup returns the cue bits of the word w, which must already be lower
// case. It does not allocate.
func lookup(lex *lexTable, w []byte) uint32 {
	if len(w) == 0 || len(w) > 16 {
		return 0
	}
	return lex.get(w, hashWord(w))
}

// monthOf returns the month number (1-12) carried by cue bits, or 0.
func monthOf(bits uint32) int {
	if bits&cueMonth == 0 {
		return 0
	}
	return int(bits>>monthShift) & 0xF
}

// eqLower reports whether w equals the lower-case key, ignoring ASCII case.
func eqLower(key string, w []byte) bool {
	if len(key) != len(w) {
		return false
	}
	for i := range len(key) {
		if w[i]|0x20 != key[i] && w[i] != key[i] {
			return false
		}
	}
	return true
}
