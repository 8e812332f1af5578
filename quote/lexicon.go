package quote

import (
	"bufio"
	"embed"
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
	// multi maps the first word of a multi-word cue to its continuations.
	multi map[string][]string
	// longest is the length of the longest entry: longer words are in no list.
	longest int
	// keys and vals are an open-addressing hash table of words (FNV-1a of
	// the lower-cased bytes), a quarter full.
	keys []string
	vals []wordClass
	mask uint32
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
	lx := &lexicon{words: make(map[string]wordClass, 2048), multi: make(map[string][]string)}
	add := func(w string, c wordClass) { lx.words[w] |= c }
	for _, e := range readList("cues") {
		if first, rest, ok := strings.Cut(e, " "); ok {
			lx.multi[first] = append(lx.multi[first], rest)
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
		k := lx.keys[i]
		if k == "" {
			return 0
		}
		if equalLower(k, w) {
			return lx.vals[i]
		}
	}
}

// equalLower reports whether w, lower-cased in ASCII, equals the
// lower-case key k.
func equalLower(k, w string) bool {
	if len(k) != len(w) {
		return false
	}
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

// buildTable fills the open-addressing table behind class from lx.words.
func (lx *lexicon) buildTable() {
	size := 1
	for size < 4*len(lx.words) {
		size <<= 1
	}
	lx.keys = make([]string, size)
	lx.vals = make([]wordClass, size)
	lx.mask = uint32(size - 1)
	for w, c := range lx.words {
		lx.longest = max(lx.longest, len(w))
		h := uint32(2166136261)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * 16777619
		}
		i := h & lx.mask
		for lx.keys[i] != "" {
			i = (i + 1) & lx.mask
		}
		lx.keys[i], lx.vals[i] = w, c
	}
}
