//go:build go1.24

package quote

import (
	"strings"
	"unicode/utf8"
)

// lowerChunk is the size of the blocks that hold lower-cased words.
const lowerChunk = 2048

// lower returns w in lower case without an allocation per word: w itself
// when it has no upper-case ASCII letter (other letters are left alone),
// the lexicon's own copy for a lexicon word, and for another ASCII word a
// lower-cased copy in x.lowered, a block shared by many words (written
// bytes are never overwritten, so every string returned stays valid).
// Only a word with both ASCII capitals and non-ASCII bytes goes through
// strings.ToLower.
func (x *extraction) lower(w string) string {
	if s, ok := x.lx.lowerNoAlloc(w); ok {
		return s
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return strings.ToLower(w)
		}
	}
	from := x.reserve(len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		x.lowered.WriteByte(c)
	}
	return x.lowered.String()[from:]
}

// reserve makes room for n more bytes in x.lowered and returns where
// they will start. A full block is left to the strings already cut from
// it and a new one is started: written bytes are never overwritten.
func (x *extraction) reserve(n int) int {
	if x.lowered.Cap()-x.lowered.Len() < n {
		x.lowered = strings.Builder{}
		x.lowered.Grow(max(lowerChunk, n))
	}
	return x.lowered.Len()
}

// concat returns a+b, written in x.lowered's shared block rather than in
// an allocation of its own (a speaker name such as "the report").
func (x *extraction) concat(a, b string) string {
	from := x.reserve(len(a) + len(b))
	x.lowered.WriteString(a)
	x.lowered.WriteString(b)
	return x.lowered.String()[from:]
}

// lowerIn reports whether x.lower(w) is one of words (each lower-case
// ASCII) without lower-casing an ASCII w: an ASCII word keeps its length
// when lower-cased, so it is compared with each word byte by byte, ASCII
// case ignored. Only a word with other bytes is lower-cased first.
func (x *extraction) lowerIn(w string, words ...string) bool {
	if !isASCII(w) {
		l := x.lower(w)
		for _, v := range words {
			if l == v {
				return true
			}
		}
		return false
	}
	for _, v := range words {
		if asciiFoldEq(w, v) {
			return true
		}
	}
	return false
}

// foldIn is lowerIn for words (lower-case ASCII) without an i or a k,
// spared the scan of w for non-ASCII bytes: a non-ASCII rune lower-cases
// to an ASCII letter only for i (İ) and k (the Kelvin sign), so a w with
// one never matches such a word, and a byte-by-byte comparison, ASCII
// case ignored, answers for every w.
func foldIn(w string, words ...string) bool {
	for _, v := range words {
		if asciiFoldEq(w, v) {
			return true
		}
	}
	return false
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiFoldEq reports whether the ASCII word w, lower-cased, is v (lower
// case).
func asciiFoldEq(w, v string) bool {
	if len(w) != len(v) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != v[i] {
			return false
		}
	}
	return true
}
