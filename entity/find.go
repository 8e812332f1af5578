//go:build go1.24

package entity

import (
	"strings"
	"sync"
	"time"
	"unicode"
)

// Options adjust one call of [Matcher.Find] or [Matcher.Lookup]. The zero
// value is ready to use.
type Options struct {
	// Date is the date of the text, when known. It narrows the bodies a
	// name may denote to those open on that date, but never removes the
	// only ones left: scraped pages often carry the date they were viewed,
	// not written. The zero Date means unknown: the era is then inferred
	// from the text (years it mentions, bodies that existed in only one
	// era), and mentions resolved that way have DateInferred set.
	Date time.Time
}

// cand is one body a raw match may denote.
type cand struct {
	org  int32
	prio uint8
	typ  MentionType
}

// raw is a match before resolution.
type raw struct {
	start, end int
	c0, cn     int32 // cands[c0:c0+cn]; cn == 0 for generics and back-references
	class      int16 // generic class, or -1
	ante       int32 // for a back-reference, the index of the mention it refers to; else -1
	typ        MentionType
	head       uint32 // last word id of a multi-word name, for back-references
	unknown    bool   // a name the register lacks, of class's kind
}

// maxNameWords is the most capitalised words read as the name of a body
// the register lacks ("Hampshire Partnership NHS Foundation Trust").
const maxNameWords = 10

// state is the scratch space of one Find call.
type state struct {
	m     *Matcher
	text  string
	run   []token
	raws  []raw
	cands []cand
	evs   []evCount      // era evidence: the periods the text gives, and how often
	evIdx map[span]int32 // index of each period in evs, once evs is long
	heads [32]struct {
		id  uint32
		raw int32
	}
	nheads int
	// The capitalised words read last, which may begin the name of a body
	// the register lacks: where they start (-1: none), how many, and
	// whether the last word was a connector ("and", "of").
	streak     int
	streakN    int
	streakConn bool
	prevIsRole bool              // the token before the current one is a role word
	scores     map[int32]int     // era score per org, for choose
	lookup     bool              // Lookup: places need no context
	plainOff   bool              // scan reads plain words with the general path (tests)
	word       [maxWord + 8]byte // the scanner's buffer for non-ASCII words
}

// statePool recycles the scratch space of Find and Lookup calls, so that a
// call allocates little more than the mentions it returns.
var statePool = sync.Pool{New: func() any { return new(state) }}

// maxPooled bounds the scratch space kept for the next call (runs, matches,
// candidates, distinct periods, scored bodies): a huge text's buffers are
// left to the garbage collector rather than kept, and clearing the maps
// stays cheap.
const maxPooled = 1 << 12

// newState returns a state for one call over text, with its scratch space
// taken from the pool. Release it with release.
func newState(m *Matcher, text string, lookup bool) *state {
	st := statePool.Get().(*state)
	*st = state{m: m, text: text, lookup: lookup, streak: -1,
		run: st.run[:0], raws: st.raws[:0], cands: st.cands[:0], evs: st.evs[:0], scores: st.scores}
	return st
}

// release empties st and returns it to the pool, unless it grew large.
func (st *state) release() {
	if cap(st.run) > maxPooled || cap(st.raws) > maxPooled || cap(st.cands) > maxPooled ||
		cap(st.evs) > maxPooled/16 || len(st.scores) > maxPooled/16 {
		return
	}
	clear(st.scores)
	st.m, st.text = nil, ""
	statePool.Put(st)
}

// Find returns the mentions of organisations in text, sorted by Start and
// non-overlapping; where spellings overlap, the leftmost and then the
// longest wins. Offsets are UTF-8 byte offsets into text, and
// text[m.Start:m.End] == m.Text for every mention. Find never modifies
// text; any input is accepted (invalid UTF-8, NUL, CR line ends are word
// boundaries), and the time taken is linear in len(text). The returned
// slice is new on every call and belongs to the caller; it is nil when
// there is no mention. It is the only allocation of a call: the scratch
// space comes from a pool that concurrent calls share safely. Safe for
// concurrent use.
func (m *Matcher) Find(text string, opt Options) []Mention {
	return m.find(text, opt, true)
}

// find is Find; with plain false, scan reads every word with the general
// path instead of passing over plain words (see skipPlain), which tests
// use to check that the two agree.
func (m *Matcher) find(text string, opt Options, plain bool) []Mention {
	st := newState(m, text, false)
	st.plainOff = !plain
	st.scan()
	ms := st.resolve(opt)
	st.release()
	return ms
}

// Lookup resolves a free-standing name, such as a speaker's organisation
// ("NHS Alliance", "DH", "the North East SHA", "Bath and North East
// Somerset"), to a register entry. The whole of name, apart from
// surrounding spaces and punctuation and a leading "the", must be one
// spelling of a body; generic names ("PCTs") are not looked up. The
// mention's offsets are byte offsets into name. Without a date in opt the
// era is unknown, and a name shared by several bodies resolves to the one
// whose official name it is, else to the first in register order. Safe for
// concurrent use.
func (m *Matcher) Lookup(name string, opt Options) (Mention, bool) {
	st := newState(m, name, true)
	st.scan()
	ms := st.resolve(opt)
	st.release()
	if len(ms) != 1 || ms[0].Org == nil {
		return Mention{}, false
	}
	mt := ms[0]
	isEdge := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	before := strings.TrimFunc(name[:mt.Start], isEdge)
	if before != "" && !strings.EqualFold(before, "the") {
		return Mention{}, false
	}
	if after := strings.TrimFunc(name[mt.End:], isEdge); after != "" && after != "s" {
		return Mention{}, false
	}
	return mt, true
}

// scan makes one pass over the text: it splits it into words, gathers
// consecutive known words into runs and matches each run against the trie
// as soon as it ends.
func (st *state) scan() {
	m := st.m
	sc := newScanner(st.text, st.word[:0])
	var t token
	s := st.text
	for {
		if len(st.run) == 0 && !st.plainOff {
			st.skipPlain(&sc)
		}
		// The commonest shapes of token, read here without a call: a
		// short ASCII word (see shortWord) after one space, or after a
		// comma or full stop and a space.
		sep, start := uint8(sepSpace), sc.i+1
		if sc.i >= len(s) || s[sc.i] != ' ' {
			sep, start = sc.shortSep()
		}
		if start > 0 {
			if end, cs, key, h := shortWord(s, start); end >= 0 {
				if cs == csLower && !m.vocab.mayMatterLower(h) {
					// A small-letter word outside the vocabulary (most
					// words): it ends the current run and any streak of
					// capitalised words, and is no role word.
					sc.skip(end)
					if n := len(st.run); n > 0 {
						st.run[n-1].sepAfter = sep
						st.flush()
					}
					st.prevIsRole = false
					st.streak = -1
					continue
				}
				id, wf := m.vocab.findASCII(s, start, end, key, h)
				if cs == csLower && len(st.run) == 0 && st.streak < 0 && sep&sepComma == 0 && !m.canStart(id) {
					// A small-letter word that can begin no spelling or
					// back-reference ("of", "and", a role word), with no
					// run or streak to continue: only whether it is a role
					// word matters.
					sc.skip(end)
					st.prevIsRole = wf&wRole != 0
					continue
				}
				if sep&(sepHard|sepNewline) != 0 {
					sc.initial = true
				}
				sc.short(&t, start, end, sep, cs, key, h)
				st.token(&t, id, wf, sep)
				continue
			}
		}
		ok, sep := sc.next(&t)
		if !ok {
			if n := len(st.run); n > 0 {
				st.run[n-1].sepAfter = sep
			}
			break
		}
		id, wf := sc.lookup(&m.vocab)
		st.token(&t, id, wf, sep)
	}
	st.flush()
}

// token handles token t, just read after separator sep, whose vocabulary
// id and flags are id and wf: it notes a year, updates the context of
// capitalised words, and adds the word to the current run, or ends the run
// when the word is in no spelling.
func (st *state) token(t *token, id uint32, wf uint8, sep uint8) {
	m := st.m
	if n := len(st.run); n > 0 {
		st.run[n-1].sepAfter = sep
	}
	if t.cs == csDigits && t.end-t.start == 4 {
		if y := year(st.text, t); y != 0 {
			from := dayOf(date(y, 1, 1))
			st.evidence(span{from, from + 364})
		}
	}
	if id >= m.nTrie {
		id = 0
	}
	t.id = id
	if t.cs&csFirstUpper == 0 && st.streak < 0 && t.sep&sepComma == 0 {
		// The common case: a lower-case word after another.
		t.nameStart, t.prevRole = -1, false
		st.prevIsRole = wf&wRole != 0
	} else {
		st.context(t, wf)
	}
	if len(st.run) > 0 && (t.id == 0 || t.sep&sepHard != 0) {
		st.flush()
	}
	// A word that can begin neither a spelling nor a back-reference
	// ("of", "and" and the like) is of no use at the start of a run.
	if t.id != 0 && (len(st.run) > 0 || m.canStart(t.id)) {
		st.run = append(st.run, *t)
	}
}

// flush matches the current run and empties it.
func (st *state) flush() {
	m, run := st.m, st.run
	for i := 0; i < len(run); {
		t := &run[i]
		if m.root[t.id] >= 0 {
			if n := st.match(i); n > 0 {
				i += n
				continue
			}
			if t.nameStart >= 0 {
				if n := st.unknownName(i); n > 0 {
					i += n
					continue
				}
			}
		}
		if t.id == m.idThe && st.backref(i) {
			i += 2
			continue
		}
		i++
	}
	st.run = st.run[:0]
}

// match walks the trie from run[i] and records the longest valid spelling;
// it returns the number of words matched, or 0.
func (st *state) match(i int) int {
	m, run := st.m, st.run
	n := m.root[run[i].id]
	if n < 0 {
		return 0
	}
	bestEnd, bestNode := -1, int32(0)
	for j := i; ; {
		if nd := m.nodes[n]; nd.n > 0 && st.anyValid(nd, i, j) {
			bestEnd, bestNode = j, n
		}
		j++
		if j >= len(run) {
			break
		}
		child := m.edges.child(n, run[j].id)
		if child < 0 {
			break
		}
		n = child
	}
	if bestEnd < 0 {
		return 0
	}
	st.emit(i, bestEnd, bestNode)
	return bestEnd - i + 1
}

// valid reports whether entry e may be matched by run[i..j].
func (st *state) valid(e *entry, i, j int) bool {
	run := st.run
	first := &run[i]
	if e.flags&fFirstCap != 0 && !first.capital() {
		return false
	}
	if e.flags&fExact != 0 && !first.allUpper() && st.text[first.start:first.end] != e.surface {
		return false
	}
	for acr, k := e.acr, i; acr != 0 && k <= j; acr, k = acr>>1, k+1 {
		if acr&1 != 0 && run[k].allLower() {
			return false
		}
	}
	if e.flags&fPlace != 0 && !st.lookup {
		// A place alone is a body only as an affiliation after a role:
		// "deputy leader, Bath and North East Somerset;".
		if first.sep&sepComma == 0 || !first.capital() || !first.prevRole {
			return false
		}
		if run[j].sepAfter&(sepComma|sepHard|sepNewline) == 0 {
			return false
		}
	}
	if e.flags&fSingular != 0 && first.capital() && st.nameStart(first) >= 0 {
		// "Foo NHS Foundation Trust" with "Foo" unknown: the tail of a
		// name the register lacks, not a mention of the class.
		return false
	}
	return true
}

func (st *state) anyValid(nd node, i, j int) bool {
	es := st.m.entries[nd.first : nd.first+nd.n]
	for k := range es {
		if st.valid(&es[k], i, j) {
			return true
		}
	}
	return false
}

// emit records the match run[i..j] ending at node n.
func (st *state) emit(i, j int, n int32) {
	m, run := st.m, st.run
	nd := m.nodes[n]
	r := raw{start: run[i].start, end: run[j].end, class: -1, ante: -1, c0: int32(len(st.cands))}
	generic := int16(-1)
	for k := nd.first; k < nd.first+nd.n; k++ {
		e := &m.entries[k]
		if !st.valid(e, i, j) {
			continue
		}
		if e.org < 0 {
			generic = e.class
			continue
		}
		dup := false
		for c := r.c0; c < int32(len(st.cands)); c++ {
			if st.cands[c].org == e.org {
				dup = true
				if e.prio < st.cands[c].prio {
					st.cands[c] = cand{e.org, e.prio, e.typ}
				}
			}
		}
		if !dup {
			st.cands = append(st.cands, cand{e.org, e.prio, e.typ})
		}
	}
	r.cn = int32(len(st.cands)) - r.c0
	if r.cn == 0 {
		r.class = generic
		r.typ = TypeGeneric
		st.evidence(m.classEra(generic))
	} else {
		r.typ = TypeName
		if r.cn == 1 {
			if s := m.orgEra[st.cands[r.c0].org]; s.from != minDay || s.to != maxDay {
				st.evidence(s)
			}
		}
		if j > i {
			r.head = run[j].id
			st.heads[st.nheads%len(st.heads)] = struct {
				id  uint32
				raw int32
			}{r.head, int32(len(st.raws))}
			st.nheads++
		}
	}
	st.raws = append(st.raws, r)
}

// backref records "the Alliance" or "the network" at run[i] when the word
// after "the" is the last word of a body named before in the text.
func (st *state) backref(i int) bool {
	run := st.run
	if i+1 >= len(run) || run[i].id != st.m.idThe || st.lookup {
		return false
	}
	h := &run[i+1]
	if h.cs&csLower == 0 || (h.allLower() && !st.m.descOK[h.id]) {
		return false
	}
	if i+2 < len(run) && run[i+2].id == st.m.idOf && run[i+2].sep&sepComma == 0 {
		return false // "the network of clinics"
	}
	for k := st.nheads - 1; k >= 0 && k >= st.nheads-len(st.heads); k-- {
		hd := st.heads[k%len(st.heads)]
		if hd.id != h.id {
			continue
		}
		typ := TypeShortName
		if h.allLower() {
			typ = TypeDescriptive
		}
		st.raws = append(st.raws, raw{start: run[i].start, end: h.end, class: -1, ante: hd.raw, typ: typ})
		return true
	}
	return false
}

// evCount is a period of era evidence and how often the text gives it.
type evCount struct {
	s span
	n int
}

// maxLinearEvidence is the most distinct periods of evidence looked up by
// a linear search (a text gives few); beyond, an index map keeps the
// look-up constant.
const maxLinearEvidence = 16

// evidence records a period the text points to (a year it mentions, the
// era of a class or of a body it names).
func (st *state) evidence(s span) {
	if st.evIdx == nil {
		for i := range st.evs {
			if st.evs[i].s == s {
				st.evs[i].n++
				return
			}
		}
		if len(st.evs) < maxLinearEvidence {
			st.evs = append(st.evs, evCount{s, 1})
			return
		}
		st.evIdx = make(map[span]int32, 2*len(st.evs))
		for i, e := range st.evs {
			st.evIdx[e.s] = int32(i)
		}
	}
	if i, ok := st.evIdx[s]; ok {
		st.evs[i].n++
		return
	}
	st.evIdx[s] = int32(len(st.evs))
	st.evs = append(st.evs, evCount{s, 1})
}

// nameStart returns the start offset of the capitalised words just before
// token t (the head of a name such as "Hampshire Partnership NHS Foundation
// Trust" that the register lacks), or -1 when t does not follow such
// words or they overlap a mention already found.
func (st *state) nameStart(t *token) int {
	if t.nameStart < 0 {
		return -1
	}
	if n := len(st.raws); n > 0 && st.raws[n-1].end > int(t.nameStart) {
		return -1
	}
	return int(t.nameStart)
}

// context sets what token t needs to know of the words before it (where a
// run of capitalised words before it starts; whether a role word precedes
// it), then adds t, whose word flags are wf, to that context. Words joined by "and", "of", "&",
// "upon" or "on" count; a sentence-initial determiner ("The", "Each") does
// not begin a name.
func (st *state) context(t *token, wf uint8) {
	soft := t.sep&(sepHard|sepNewline|sepComma) == 0
	t.nameStart = -1
	if st.streak >= 0 && !st.streakConn && soft && !t.initial {
		t.nameStart = int32(st.streak)
	}
	t.prevRole = t.sep&sepComma != 0 && t.sep&(sepHard|sepNewline) == 0 && st.prevIsRole
	st.prevIsRole = wf&wRole != 0
	if !soft {
		st.streak = -1
	}
	switch {
	case t.cs&csFirstUpper != 0:
		if t.initial {
			st.streak, st.streakN = -1, 0
			if wf&wDeterminer != 0 {
				return
			}
		}
		if st.streak < 0 {
			st.streak, st.streakN = t.start, 0
		}
		st.streakN++
		st.streakConn = false
		if st.streakN > maxNameWords {
			st.streak = -1
		}
	case st.streak >= 0 && !t.initial && (st.m.connector(t.id) || t.end-t.start == 1 && st.text[t.start] == '&'):
		st.streakConn = true
	default:
		st.streak = -1
	}
}

// unknownName records, at run[i], a name the register lacks that ends in a
// singular class word written as a name ("Hampshire Partnership NHS
// Foundation Trust", "Anytown PCT"): a mention with no Org, of the class's
// kind. It returns the number of run words used, or 0.
func (st *state) unknownName(i int) int {
	m, run := st.m, st.run
	first := &run[i]
	if !first.capital() || m.root[first.id] < 0 {
		return 0
	}
	start := st.nameStart(first)
	if start < 0 {
		return 0
	}
	n := m.root[first.id]
	best, class := -1, int16(-1)
	for j := i; ; {
		for _, e := range m.entries[m.nodes[n].first : m.nodes[n].first+m.nodes[n].n] {
			if e.org < 0 && e.flags&fSingular != 0 && m.classes[e.class].named && run[j].capital() {
				best, class = j, e.class
			}
		}
		j++
		if j >= len(run) {
			break
		}
		child := m.edges.child(n, run[j].id)
		if child < 0 {
			break
		}
		n = child
	}
	if best < 0 {
		return 0
	}
	st.raws = append(st.raws, raw{start: start, end: run[best].end, class: class, ante: -1, typ: TypeName, unknown: true})
	st.evidence(m.classEra(class))
	return best - i + 1
}
