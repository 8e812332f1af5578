package quote

import "strings"

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
	if x.lowered.Cap()-x.lowered.Len() < len(w) {
		x.lowered = strings.Builder{}
		x.lowered.Grow(max(lowerChunk, len(w)))
	}
	from := x.lowered.Len()
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		x.lowered.WriteByte(c)
	}
	return x.lowered.String()[from:]
}
