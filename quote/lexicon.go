package quote

import (
	"bufio"
	"embed"
	"sort"
	"strings"
	"sync"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// wordClass is what a lexicon knows about a lower-case word, as bit flags.
type wordClass uint32

const (
	wCue wordClass = 1 << iota
	wCueFirst
	wFunction
	wSkip
	wRole
	wNonPerson
	wOrg
	wAbbrev
	wElision
	wHonorific
	wMale
	wFemale
	wPronoun
	wPronounPerson
	wPronounGroup
	wPronounThing
)

// lexicon holds the parsed word lists. It is built once and never changed.
type lexicon struct {
	words map[string]wordClass
	// multi maps the first word of a multi-word cue to its continuations,
	// each split into words.
	multi map[string][][]string
	// longest is the length of the longest entry: longer words are in no list.
	longest int
	// slots, entries and blob are an open-addressing hash table of the
	// words (FNV-1a of the lower-cased bytes), a quarter full.
	slots   []uint16
	entries []lexEntry
	blob    string
	mask    uint32
}

// lexEntry is one word of the table: blob[off:off+n] and its classes.
type lexEntry struct {
	off uint32
	n   uint8
	cls wordClass
}

// readList returns the entries of lexicon/name.txt: trimmed lines without
// blank lines and # comments.
func readList(name string) []string {
	f, err := lexiconFS.Open("lexicon/" + name + ".txt")
	if err != nil {
		panic("quote: embedded lexicon missing: " + name) // a build defect, caught by every test
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

var defaultLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{words: make(map[string]wordClass, 2048), multi: make(map[string][][]string)}
	add := func(w string, c wordClass) { lx.words[w] |= c }
	for _, e := range readList("cues") {
		if first, rest, ok := strings.Cut(e, " "); ok {
			lx.multi[first] = append(lx.multi[first], strings.Fields(rest))
			add(first, wCueFirst)
			continue
		}
		add(strings.ToLower(e), wCue)
	}
	for _, e := range readList("function") {
		add(e, wFunction)
	}
	for _, e := range readList("skip") {
		add(e, wSkip)
	}
	for _, e := range readList("roles") {
		add(e, wRole)
	}
	for _, e := range readList("nonperson") {
		add(e, wNonPerson)
	}
	for _, e := range readList("orgwords") {
		add(e, wOrg)
	}
	for _, e := range readList("abbrev") {
		add(e, wAbbrev)
	}
	for _, e := range readList("elisions") {
		add(e, wElision)
	}
	for _, e := range readList("honorifics") {
		w, g, _ := strings.Cut(e, " ")
		c := wHonorific
		switch g {
		case "m":
			c |= wMale
		case "f":
			c |= wFemale
		}
		add(w, c)
	}
	for _, e := range readList("pronouns") {
		w, cls, _ := strings.Cut(e, "\t")
		c := wPronoun
		switch cls {
		case "male":
			c |= wMale | wPronounPerson
		case "female":
			c |= wFemale | wPronounPerson
		case "person":
			c |= wPronounPerson
		case "group":
			c |= wPronounGroup
		case "thing":
			c |= wPronounThing
		}
		add(w, c)
	}
	lx.buildTable()
	return lx
})

// class returns the lexicon classes of word w, looked up without regard
// to ASCII case and without allocating.
func (lx *lexicon) class(w string) wordClass {
	if len(w) > lx.longest || len(w) == 0 {
		return 0
	}
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		slot := lx.slots[i]
		if slot == 0 {
			return 0
		}
		e := &lx.entries[slot-1]
		if int(e.n) == len(w) && equalLower(lx.blob[e.off:e.off+uint32(e.n)], w) {
			return e.cls
		}
	}
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
	if len(w) <= lx.longest {
		h := uint32(2166136261)
		for j := 0; j < len(w); j++ {
			c := w[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint32(c)) * 16777619
		}
		for k := h & lx.mask; ; k = (k + 1) & lx.mask {
			slot := lx.slots[k]
			if slot == 0 {
				break
			}
			e := &lx.entries[slot-1]
			if key := lx.blob[e.off : e.off+uint32(e.n)]; int(e.n) == len(w) && equalLower(key, w) {
				return key, true
			}
		}
	}
	return "", false
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

// buildTable fills the compact open-addressing table behind class from
// lx.words: slots hold entry numbers (plus one), entries point into one
// string of all keys, so that a lookup touches little memory.
func (lx *lexicon) buildTable() {
	size := 1
	for size < 4*len(lx.words) {
		size <<= 1
	}
	lx.slots = make([]uint16, size)
	lx.mask = uint32(size - 1)
	keys := make([]string, 0, len(lx.words))
	for w := range lx.words {
		keys = append(keys, w)
	}
	sort.Strings(keys) // a deterministic layout
	var blob strings.Builder
	for _, w := range keys {
		lx.longest = max(lx.longest, len(w))
		if len(w) > 255 || len(lx.entries) >= 1<<16-1 {
			continue
		}
		lx.entries = append(lx.entries, lexEntry{off: uint32(blob.Len()), n: uint8(len(w)), cls: lx.words[w]})
		blob.WriteString(w)
		h := uint32(2166136261)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * 16777619
		}
		i := h & lx.mask
		for lx.slots[i] != 0 {
			i = (i + 1) & lx.mask
		}
		lx.slots[i] = uint16(len(lx.entries))
	}
	lx.blob = blob.String()
}
