//go:build go1.24

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
	// multi maps the first word of a multi-word cue to its continuations,
	// each split into words.
	multi map[string][][]string
	// longest is the length of the longest entry: longer words are in no list.
	longest int
	// table holds the words for class; see lextable.go.
	table lexTable
	// runs holds the first runs of letters and digits of the words the
	// pre-scan looks for, runsLongest the longest; runsAll is set when
	// one of those words starts with no such run. See prescan.go.
	runs        lexTable
	runBloom    bloom // the runs, by their first eight bytes
	runsLongest int
	// runsShortest is the length of the shortest run: a shorter run of
	// the text is none of them.
	runsShortest int
	runsAll      bool
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
	lx.buildRuns()
	return lx
})
