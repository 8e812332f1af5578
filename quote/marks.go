//go:build go1.24

package quote

import (
	"unicode"
	"unicode/utf8"
)

// family groups quotation marks that pair with each other.
type family uint8

const (
	famDouble     family = iota // “ ” „ " '' `` ‘‘ ’’
	famSingle                   // ‘ ’ ' ‚ ‛ `
	famGuillemet                // « »
	famSingleGuil               // ‹ ›
	numFamilies
)

// markRole is what a mark does, as far as its glyph and neighbours tell.
type markRole uint8

const (
	roleOpen   markRole = iota // opens a quotation
	roleClose                  // closes one
	roleEither                 // straight mark between two spaces or two words: decided by the stack
)

// mark is one quotation mark at text[start:end].
type mark struct {
	start, end int
	fam        family
	role       markRole
}

// pair is a quotation found inside one paragraph: open and close index
// marks (close is -1 when the paragraph ends first), parent the pair index
// of the enclosing quotation or -1.
type pair struct {
	open, close int
	parent      int
	para        int
}

// maxDepth bounds the stack of open marks: deeper openers are ignored, so
// closing a mark costs at most maxDepth steps and the scan stays linear.
const maxDepth = 16

// markScanner finds and pairs the quotation marks of one paragraph at a
// time. Its buffers are reused from paragraph to paragraph.
type markScanner struct {
	lx    *lexicon
	marks []mark
	pairs []pair
	stack []int // indexes into marks of unclosed openers
	// pairOfOpen maps an opener's index in marks (from the paragraph's
	// first mark on) to its pair, for parents.
	pairOfOpen []int
	count      [numFamilies]int
	// lead finds the lead bytes of marks in the whole text, so that a
	// byte absent from it is searched for once, not once per paragraph;
	// leadSet is false until it is reset for the text being scanned.
	lead    leadFinder
	leadSet bool
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '<':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '-', '/', '>', '*':
		return true
	}
	return false
}

// asciiWord marks the ASCII letters and digits; it is indexed by any byte
// (a byte of a multi-byte rune is never marked).
var asciiWord = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true,
	'J': true, 'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true,
	'S': true, 'T': true, 'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true,
	'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true,
	's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// markAt reports whether a quotation-mark glyph starts at text[i:], with
// its byte length, family and glyph role. prev is the rune before i (or
// ' ' at the paragraph start).
func markAt(text string, i, end int) (n int, fam family, role markRole, ok bool) {
	c := text[i]
	switch c {
	case '"':
		return 1, famDouble, roleEither, true
	case '\'':
		if i+1 < end && text[i+1] == '\'' {
			return 2, famDouble, roleEither, true
		}
		return 1, famSingle, roleEither, true
	case '`':
		if i+1 < end && text[i+1] == '`' {
			return 2, famDouble, roleOpen, true
		}
		return 1, famSingle, roleOpen, true
	case 0xC2: // « »
		if i+1 < end {
			switch text[i+1] {
			case 0xAB:
				return 2, famGuillemet, roleOpen, true
			case 0xBB:
				return 2, famGuillemet, roleClose, true
			}
		}
	case 0xE2:
		if i+2 < end && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C, 0x9E, 0x9F: // “ „ ‟
				return 3, famDouble, roleOpen, true
			case 0x9D: // ”
				return 3, famDouble, roleClose, true
			case 0x98, 0x9B: // ‘ ‛
				if i+5 < end && text[i+3] == 0xE2 && text[i+4] == 0x80 && text[i+5] == 0x98 {
					return 6, famDouble, roleOpen, true
				}
				return 3, famSingle, roleOpen, true
			case 0x99: // ’
				if i+5 < end && text[i+3] == 0xE2 && text[i+4] == 0x80 && text[i+5] == 0x99 {
					return 6, famDouble, roleClose, true
				}
				return 3, famSingle, roleClose, true
			case 0xB9: // ‹
				return 3, famSingleGuil, roleOpen, true
			case 0xBA: // ›
				return 3, famSingleGuil, roleClose, true
			}
		}
	}
	return 0, 0, 0, false
}

// context classifies the neighbours of a mark: spaceBefore when it follows
// the paragraph start, a space or opening punctuation; spaceAfter when the
// paragraph end, a space or closing punctuation follows it.
func neighbours(text string, start, i, j, end int) (prev, next rune, spaceBefore, spaceAfter bool) {
	prev, next = ' ', ' '
	if i > start {
		prev, _ = utf8.DecodeLastRuneInString(text[start:i])
	}
	if j < end {
		next, _ = utf8.DecodeRuneInString(text[j:end])
	}
	spaceBefore = unicode.IsSpace(prev) || isOpenPunct(prev) || prev == '“' || prev == '‘' || prev == '"' || prev == '«'
	spaceAfter = unicode.IsSpace(next) || isClosePunct(next) || next == '”' || next == '’' || next == '"' || next == '»' || next == '\''
	return
}

// elisionAfter reports whether the word starting at text[j:] is one that
// is written with a leading apostrophe ('em, 'n', 'til) or a number ('90s).
func (s *markScanner) elisionAfter(text string, j, end int) bool {
	if j >= end {
		return false
	}
	if c := text[j]; '0' <= c && c <= '9' {
		return true
	}
	k := j
	for k < end && k-j < 8 {
		c := text[k]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			break
		}
		k++
	}
	if k == j || k-j >= 8 {
		return false
	}
	if k < end {
		r, _ := utf8.DecodeRuneInString(text[k:end])
		if isWordRune(r) {
			return false
		}
	}
	return s.lx.class(text[j:k])&wElision != 0
}

// scan finds the marks of the paragraph text[start:end] and pairs them.
// The paragraphs of one text are scanned in order; before another text,
// s.leadSet must be set to false.
// Marks and pairs are appended to s.marks and s.pairs (which the caller
// resets per text); pairs get para as their paragraph index. It returns
// the index in s.pairs of the paragraph's open-ended quotation (an opener
// never closed in the paragraph, kept for the multi-paragraph convention)
// or -1.
func (s *markScanner) scan(text string, start, end, para int) (openEnded int) {
	s.stack = s.stack[:0]
	s.count = [numFamilies]int{}
	firstPair, firstMark := len(s.pairs), len(s.marks)
	if !s.leadSet {
		s.lead.reset(text, len(text))
		s.leadSet = true
	}
	for i := start; i < end; {
		if i = s.lead.find(i); i >= end {
			break
		}
		n, fam, role, ok := markAt(text, i, end)
		if !ok {
			i++
			continue
		}
		j := i + n
		if fam == famSingle && i > start && j < end && asciiWord[text[i-1]] && asciiWord[text[j]] {
			i = j // an apostrophe between ASCII letters or digits, as below, without decoding runes
			continue
		}
		prev, next, sb, sa := neighbours(text, start, i, j, end)
		if fam == famSingle {
			wordBefore, wordAfter := isWordRune(prev), isWordRune(next)
			switch {
			case wordBefore && wordAfter:
				i = j // apostrophe inside a word: It’s, O'Neill
				continue
			case role != roleClose && sb && s.elisionAfter(text, j, end):
				i = j // 'em, '90s, rock 'n' roll
				continue
			case role == roleEither && !sb && sa:
				role = roleClose
			case role == roleEither && sb && !sa:
				role = roleOpen
			case role == roleOpen && !sb && sa && s.count[famSingle] > 0:
				role = roleClose
			}
			if role == roleClose && s.count[famSingle] == 0 {
				i = j // the nurses' union, the patients’ views
				continue
			}
			if role == roleEither {
				if s.count[famSingle] > 0 {
					role = roleClose
				} else {
					i = j
					continue
				}
			}
		} else {
			switch {
			case role == roleEither && sb && !sa:
				role = roleOpen
			case role == roleEither && !sb && sa:
				role = roleClose
			case role == roleOpen && !sb && sa && s.count[fam] > 0:
				role = roleClose // “ used as a closing mark
			case role == roleClose && sb && !sa && s.count[fam] == 0:
				role = roleOpen // ” used as an opening mark
			}
			if role == roleEither {
				if s.count[fam] > 0 {
					role = roleClose
				} else {
					role = roleOpen
				}
			}
		}
		if role == roleOpen {
			if len(s.stack) < maxDepth {
				s.marks = append(s.marks, mark{i, j, fam, roleOpen})
				s.stack = append(s.stack, len(s.marks)-1)
				s.count[fam]++
			}
			i = j
			continue
		}
		// A closing mark: find the nearest opener of its family.
		k := len(s.stack) - 1
		for k >= 0 && s.marks[s.stack[k]].fam != fam {
			k--
		}
		if k < 0 {
			i = j // stray closer
			continue
		}
		s.marks = append(s.marks, mark{i, j, fam, roleClose})
		parent := -1
		if k > 0 {
			parent = s.stack[k-1] // an opener index for now; fixed below
		}
		s.pairs = append(s.pairs, pair{open: s.stack[k], close: len(s.marks) - 1, parent: parent, para: para})
		for _, m := range s.stack[k:] {
			s.count[s.marks[m].fam]--
		}
		s.stack = s.stack[:k]
		i = j
	}
	openEnded = -1
	for idx, m := range s.stack {
		if f := s.marks[m].fam; f == famDouble || f == famGuillemet || f == famSingle {
			parent := -1
			if idx > 0 {
				parent = s.stack[idx-1]
			}
			s.pairs = append(s.pairs, pair{open: m, close: -1, parent: parent, para: para})
			openEnded = len(s.pairs) - 1
			break
		}
	}
	// Turn parent opener indexes into pair indexes.
	if len(s.pairs) == firstPair {
		return openEnded
	}
	s.pairOfOpen = s.pairOfOpen[:0]
	for range len(s.marks) - firstMark {
		s.pairOfOpen = append(s.pairOfOpen, -1)
	}
	for p := firstPair; p < len(s.pairs); p++ {
		s.pairOfOpen[s.pairs[p].open-firstMark] = p
	}
	for p := firstPair; p < len(s.pairs); p++ {
		if par := s.pairs[p].parent; par >= 0 {
			s.pairs[p].parent = s.pairOfOpen[par-firstMark]
		}
	}
	return openEnded
}
