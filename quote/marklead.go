//go:build go1.24

package quote

import "strings"

// leadBytes are the bytes a quotation mark can start with (see markAt).
var leadBytes = [...]byte{'"', '\'', '`', 0xC2, 0xE2}

// leadFinder finds the next byte of a text that a quotation mark can
// start with. It keeps the next position of each lead byte, found with
// strings.IndexByte, and looks again only once a position is passed, so
// the text between marks is skipped at memory speed and every byte is
// searched at most once per lead byte: linear in the text. One finder
// serves all the paragraphs of a text, in order, so that a lead byte the
// text lacks is looked for once rather than once per paragraph.
type leadFinder struct {
	text string
	end  int
	next [len(leadBytes)]int // next position of each lead byte, end for none, -1 not looked for yet
}

// reset readies f for text[:end].
func (f *leadFinder) reset(text string, end int) {
	f.text, f.end = text, end
	for k := range f.next {
		f.next[k] = -1
	}
}

// find returns the first position at or after i (i <= end) holding a lead
// byte, or end. The positions asked for must not decrease from one call
// to the next.
func (f *leadFinder) find(i int) int {
	best := f.end
	for k, b := range leadBytes {
		if f.next[k] < i {
			f.next[k] = f.end
			if p := strings.IndexByte(f.text[i:f.end], b); p >= 0 {
				f.next[k] = i + p
			}
		}
		best = min(best, f.next[k])
	}
	return best
}
