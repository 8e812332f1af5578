//go:build go1.24

package entity

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
)

// Matcher finds and resolves mentions of organisations in text. It holds a
// register and an automaton compiled from it: a trie over normalised words
// (lower-cased, with punctuation inside names reduced to word boundaries)
// holding every spelling of every body, derived by rule from the register,
// and the generic class lexicon.
//
// A Matcher is immutable once built and safe for concurrent use by multiple
// goroutines. The zero Matcher is not usable; build one with [NewMatcher] or
// use [Default].
type Matcher struct {
	orgs    []Org
	vocab   vocabulary
	root    []int32   // word id -> child node of the root, or -1
	edges   edgeTable // node<<32 | word id -> child node
	nodes   []node
	entries []entry
	descOK  []bool // per word id: may head a lower-case back-reference ("the network")
	idThe   uint32
	conn    []bool // per word id: a connector inside names
	idOf    uint32
	// nTrie is one more than the largest word id of the trie's words;
	// words with larger ids (role words, determiners) are looked up only
	// for their wflags and are no part of any spelling.
	nTrie     uint32
	wflags    []uint8 // per word id: wRole, wDeterminer
	orgEra    []span  // per org: its period in days
	kindEra   [numKinds]span
	classes   []class
	classSpan []span // per class: its era (see classEra), computed once
}

// node is a trie node: the entries of the spellings that end there.
type node struct {
	first, n int32 // entries[first:first+n]
}

// Entry flags.
const (
	fFirstCap uint8 = 1 << iota // the first word must be capitalised in the text
	fPlace                      // an area's name: only where used as a body
	fSingular                   // a singular generic
	fExact                      // a one-word acronym: all capitals or exactly as written
)

// entry is one spelling ending at a trie node.
type entry struct {
	org     int32 // index into orgs, or -1 for a generic
	class   int16 // index into classes for a generic
	prio    uint8
	typ     MentionType
	flags   uint8
	acr     uint32 // bit k: word k is an acronym and must not be written in lower case
	surface string // the spelling, for fExact
}

// span is a period in days since 1970, inclusive.
type span struct{ from, to int32 }

const (
	minDay = math.MinInt32
	maxDay = math.MaxInt32
)

func dayOf(t time.Time) int32 { return int32(t.Unix() / 86400) }

func orgSpan(o *Org) span {
	s := span{minDay, maxDay}
	if !o.Opened.IsZero() {
		s.from = dayOf(o.Opened)
	}
	if !o.Closed.IsZero() {
		s.to = dayOf(o.Closed)
	}
	return s
}

// Word flags, looked up with the word's id instead of hashing its
// lower-cased form again.
const (
	wRole       uint8 = 1 << iota // a role word (roleWords)
	wDeterminer                   // a determiner (determiners)
)

// roleWords precede an affiliation given by a place name alone
// ("deputy leader, Bath and North East Somerset").
var roleWords = set("leader", "chair", "chairman", "chairwoman", "chairperson", "councillor", "cllr",
	"mayor", "member", "executive", "director", "officer", "spokesman", "spokeswoman", "spokesperson",
	"head", "manager", "secretary", "president", "commissioner", "lead", "clerk", "convenor", "representative")

// determiners, written at the start of a sentence before a class word,
// do not begin a name: "The NHS Trust said", "Each PCT".
var determiners = set("the", "a", "an", "each", "every", "any", "no", "this", "that", "one", "another",
	"your", "our", "their", "its", "his", "her", "which", "what", "some", "all", "many", "most", "other",
	"these", "those", "local", "new", "former", "if", "when", "but", "and", "while", "as", "in", "at", "for",
	"by", "with", "from", "after", "before", "neither", "either", "both")

// connectors join the capitalised words of a name: "Bath and North East
// Somerset", "Isle of Wight".
var connectors = set("and", "of", "upon", "on", "the")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// noDescriptive are head words that do not make a lower-case back-reference:
// "the trust" or "the council" may mean any trust or council.
var noDescriptive = []string{"trust", "council", "authority", "board", "group", "service", "services",
	"department", "office", "team", "partnership", "system", "body", "care", "health", "england",
	"centre", "union", "college", "society", "agency", "fund", "foundation", "corporation", "association",
	"london", "commission"}

// NewMatcher compiles a matcher for the register orgs (for example read with
// [ParseRegister]); the matcher keeps its own copy of the slice. It derives
// the usual spellings of each body from its kind and names (see the package
// documentation), so orgs need carry only official names. It returns an
// error if orgs is empty or an entry has no code or name.
func NewMatcher(orgs []Org) (*Matcher, error) {
	if len(orgs) == 0 {
		return nil, errors.New("entity: empty register")
	}
	m := &Matcher{
		orgs:    append([]Org(nil), orgs...),
		vocab:   vocabulary{ids: make(map[string]uint32, 4096), words: []string{""}},
		nodes:   make([]node, 1, 16384),
		classes: classes,
	}
	m.orgEra = make([]span, len(m.orgs))
	b := &builder{edges: make(map[uint64]int32, 32768), head: []int32{-1}, items: make([]entry, 0, 16384), next: make([]int32, 0, 16384)}
	for i := range m.orgs {
		o := &m.orgs[i]
		if o.Code == "" || strings.TrimSpace(o.Name) == "" {
			return nil, fmt.Errorf("entity: register entry %d has no code or name", i)
		}
		m.orgEra[i] = orgSpan(o)
		for _, s := range variants(o) {
			e := entry{org: int32(i), prio: s.prio}
			if s.place {
				e.flags |= fPlace
			}
			m.insert(s.text, e, b)
		}
	}
	for ci, c := range m.classes {
		for n, forms := range [][]string{c.singular, c.plural} {
			for _, f := range forms {
				e := entry{org: -1, class: int16(ci), typ: TypeGeneric}
				if n == 0 {
					e.flags |= fSingular
				}
				m.insert(f, e, b)
			}
		}
	}
	// Flatten the entries in node order.
	m.entries = make([]entry, 0, len(b.items))
	for ni := range m.nodes {
		first := len(m.entries)
		for i := b.head[ni]; i >= 0; i = b.next[i] {
			m.entries = append(m.entries, b.items[i])
		}
		slices.Reverse(m.entries[first:]) // insertion order
		m.nodes[ni] = node{first: int32(first), n: int32(len(m.entries) - first)}
	}
	m.root = make([]int32, len(m.vocab.words))
	for i := range m.root {
		m.root[i] = -1
	}
	m.edges = newEdgeTable(b.edges)
	for k, child := range b.edges {
		if k>>32 == 0 {
			m.root[uint32(k)] = child
		}
	}
	m.descOK = make([]bool, len(m.vocab.words))
	for id := range m.descOK {
		m.descOK[id] = true
	}
	m.conn = make([]bool, len(m.vocab.words))
	for w := range connectors {
		if id := m.vocab.ids[w]; id != 0 {
			m.conn[id] = true
		}
	}
	m.idThe = m.word("the")
	m.idOf = m.word("of")
	for _, w := range noDescriptive {
		if id := m.vocab.ids[w]; id != 0 {
			m.descOK[id] = false
		}
	}
	m.wordFlags()
	m.kindEras()
	m.classSpan = make([]span, len(m.classes))
	for ci := range m.classes {
		m.classSpan[ci] = m.computeClassEra(int16(ci))
	}
	lower, last := m.lowerBegins(b.edges)
	m.vocab.seal(m.wflags, wordSets{
		// A determiner that is no word of a spelling matters only when
		// capitalised: small-letter ones are skipped like any other word.
		capOnly: func(id int) bool { return uint32(id) >= m.nTrie && m.wflags[id] == wDeterminer },
		wakes: func(id int) bool {
			return uint32(id) == m.idThe || lower[id] || id < len(m.wflags) && m.wflags[id]&wRole != 0
		},
		capWakes: func(id int) bool { return m.canStart(uint32(id)) || id < len(m.wflags) && m.wflags[id]&wRole != 0 },
		alone: func(id int) bool {
			return id < len(m.root) && m.root[id] >= 0 && m.nodes[m.root[id]].n > 0 || id < len(m.wflags) && m.wflags[id]&wRole != 0
		},
		head:    func(id int) bool { return last[id] && m.descOK[id] },
		headCap: func(id int) bool { return last[id] },
		conn: func(id int) bool {
			return m.connector(uint32(id)) && !m.canStart(uint32(id)) && (id >= len(m.wflags) || m.wflags[id]&wRole == 0)
		},
	})
	return m, nil
}

// lowerBegins returns, per word id, whether the word written in small
// letters may begin a spelling: whether some spelling that begins with it
// lets its first word be so written (it need not be capitalised and is no
// acronym). Most first words of spellings are names, which must be
// capitalised ("Blackpool", "Patients Association"); class words are not
// ("primary care trusts"). It also returns, per word id, whether the word
// ends a spelling of several words (last), so that it may head a
// back-reference, and puts in the vocabulary's pairFilter the first two
// words of the spellings that let their first word be so written. edges
// are the trie's edges.
func (m *Matcher) lowerBegins(edges map[uint64]int32) (lower, last []bool) {
	parent := make([]int32, len(m.nodes))
	word := make([]uint32, len(m.nodes)) // the word of the edge into a node
	for k, child := range edges {
		parent[child], word[child] = int32(k>>32), uint32(k)
	}
	// A child is made after its parent, so one pass from the last node
	// carries each node's answer up to the root's children.
	below := make([]bool, len(m.nodes))
	for n := len(m.nodes) - 1; n > 0; n-- {
		nd := m.nodes[n]
		for _, e := range m.entries[nd.first : nd.first+nd.n] {
			if e.flags&(fFirstCap|fExact) == 0 && e.acr&1 == 0 {
				below[n] = true
			}
		}
		if below[n] {
			below[parent[n]] = true
		}
	}
	lower = make([]bool, len(m.root))
	last = make([]bool, len(m.root))
	for id, n := range m.root {
		lower[id] = n >= 0 && below[n]
	}
	for n := 1; n < len(m.nodes); n++ {
		p := parent[n]
		if p != 0 && m.nodes[n].n > 0 {
			last[word[n]] = true
		}
		if p != 0 && parent[p] == 0 && below[n] {
			m.vocab.addPair(m.vocab.words[word[p]], m.vocab.words[word[n]])
		}
	}
	return lower, last
}

// wordFlags adds the role words and determiners to the vocabulary, after
// the trie's words, and sets their flags.
func (m *Matcher) wordFlags() {
	m.nTrie = uint32(len(m.vocab.words))
	flag := func(words map[string]bool, f uint8) {
		for _, w := range slices.Sorted(maps.Keys(words)) {
			id := m.word(w)
			for len(m.wflags) <= int(id) {
				m.wflags = append(m.wflags, 0)
			}
			m.wflags[id] |= f
		}
	}
	m.wflags = make([]uint8, m.nTrie)
	flag(roleWords, wRole)
	flag(determiners, wDeterminer)
}

// word returns the id of w, adding it to the vocabulary (and growing the
// per-word tables) if needed.
func (m *Matcher) word(w string) uint32 {
	if id, ok := m.vocab.ids[w]; ok {
		return id
	}
	id := uint32(len(m.vocab.words))
	m.vocab.ids[w] = id
	m.vocab.words = append(m.vocab.words, w)
	for len(m.descOK) <= int(id) {
		m.descOK = append(m.descOK, true)
		m.root = append(m.root, -1)
	}
	return id
}

// builder holds the scratch space of NewMatcher.
type builder struct {
	edges map[uint64]int32 // node<<32 | word id -> child node
	toks  []token
	ids   []uint32
	head  []int32 // per node: first pending entry, or -1
	next  []int32 // per pending entry: the next one of its node, or -1
	items []entry
}

// insert adds one spelling to the trie. Spellings that contain hard
// punctuation (which no match may cross) or no word are skipped.
func (m *Matcher) insert(text string, e entry, b *builder) {
	b.toks, b.ids = b.toks[:0], b.ids[:0]
	sc := newScanner(text, nil)
	var t token
	for {
		ok, _ := sc.next(&t)
		if !ok {
			break
		}
		if len(b.toks) > 0 && t.sep&sepHard != 0 {
			return
		}
		w := sc.word()
		if w == nil || len(b.toks) >= 32 {
			return
		}
		id, ok := m.vocab.ids[string(w)]
		if !ok {
			id = m.word(string(w))
		}
		b.ids = append(b.ids, id)
		b.toks = append(b.toks, t)
	}
	toks := b.toks
	if len(toks) == 0 {
		return
	}
	if toks[0].cs&csFirstUpper != 0 {
		e.flags |= fFirstCap
	}
	for k := range toks {
		tk := &toks[k]
		if upperCount(text[tk.start:tk.end]) >= 2 {
			e.acr |= 1 << k
		}
	}
	if len(toks) == 1 && e.acr != 0 {
		e.flags |= fExact
		e.surface = text[toks[0].start:toks[0].end]
		if e.typ == TypeName {
			e.typ = TypeAcronym
		}
	}
	n := int32(0)
	for _, id := range b.ids {
		key := uint64(n)<<32 | uint64(id)
		child, ok := b.edges[key]
		if !ok {
			child = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{})
			b.head = append(b.head, -1)
			b.edges[key] = child
		}
		n = child
	}
	// One entry per body, spelling rules and node: keep the best spelling.
	for i := b.head[n]; i >= 0; i = b.next[i] {
		x := &b.items[i]
		if e.org >= 0 && x.org == e.org && x.flags == e.flags && x.acr == e.acr {
			if e.prio < x.prio {
				*x = e
			}
			return
		}
		if e.org < 0 && x.org < 0 && x.class == e.class {
			return
		}
	}
	b.items = append(b.items, e)
	b.next = append(b.next, b.head[n])
	b.head[n] = int32(len(b.items) - 1)
}

func upperCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			n++
		}
	}
	return n
}

// kindEras sets the era of each kind from the register: from the earliest
// opening to the latest closing of its bodies (open-ended if one is open).
func (m *Matcher) kindEras() {
	var seen [numKinds]bool
	for i := range m.orgs {
		k := m.orgs[i].Kind
		s := m.orgEra[i]
		if !seen[k] {
			m.kindEra[k], seen[k] = s, true
			continue
		}
		m.kindEra[k].from = min(m.kindEra[k].from, s.from)
		m.kindEra[k].to = max(m.kindEra[k].to, s.to)
	}
	for k := range m.kindEra {
		if !seen[k] {
			m.kindEra[k] = span{minDay, maxDay}
		}
	}
}

// classEra returns the era of generic class ci.
func (m *Matcher) classEra(ci int16) span { return m.classSpan[ci] }

// computeClassEra returns the era of generic class ci: its own dates, or
// else the era of its kind.
func (m *Matcher) computeClassEra(ci int16) span {
	c := &m.classes[ci]
	if !c.from.IsZero() {
		return span{dayOf(c.from), dayOf(c.to)}
	}
	return m.kindEra[c.kind]
}

// Orgs returns the register the matcher was built from. The slice is the
// matcher's own: callers must not modify it.
func (m *Matcher) Orgs() []Org { return m.orgs }

// canStart reports whether word id may begin a spelling or a
// back-reference ("the Alliance"); false for 0 and for words in no
// spelling.
func (m *Matcher) canStart(id uint32) bool {
	return id != 0 && id < m.nTrie && (m.root[id] >= 0 || id == m.idThe)
}

// connector reports whether word id joins the words of a name ("and", "of").
func (m *Matcher) connector(id uint32) bool { return int(id) < len(m.conn) && m.conn[id] }
