//go:build go1.24

package corpus

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"time"
	"unicode"
	"unicode/utf8"
)

// line is one non-blank line of the input and the features the classifier
// uses. Offsets are into the whole input.
type line struct {
	start, end int // trimmed span of the line
	num        int // 1-based line number

	// A date found on a short line, at [dateStart, dateEnd).
	dateStart, dateEnd int
	dateYMD            int32 // year*10000 + month*100 + day

	words, stops, caps, nums, alpha int32  // word counts: all, stop words, capitalised, numeric, with a letter
	cues                            uint32 // union of the words' cue bits

	// lazy is set for a long line of prose whose words are not counted
	// until a rule reads its share of stop words (see lazyLine).
	lazy bool
	// kept is 1 + the index of the line's first word in state.kept, when
	// its words are kept there (see keepWords); 0 when not.
	kept int32

	// long is set for a line of more than sampleWords words: its counts
	// are then estimates, from its first sampleWords words (or fewer, when
	// enoughStops of them settle its share of stop words) and its spaces.
	long      bool
	term      byte // final punctuation, closing quotes skipped; 0 for none
	openQuote bool // starts with an opening quotation mark
	// dateKind is 0 (no date), 1 (the line is only a date and filler
	// words) or 2 (a date with social or other furniture words).
	dateKind    int8
	reason      Reason // furniture found by phrase or shape rules
	kind        Kind
	class       class
	finalReason Reason
}

// date returns the time of the line's date.
func (l *line) date() time.Time {
	y, md := int(l.dateYMD/10000), int(l.dateYMD%10000)
	return time.Date(y, time.Month(md/100), md%100, 0, 0, 0, 0, time.UTC)
}

// word is one word of the line being analysed; offsets are into the line.
type word struct {
	start, end int
	bits       uint32
	upper, num bool
}

// sampleWords is how many words of a line are looked at one by one; the
// rest of a longer line is only counted.
const sampleWords = 32

// maxWords is the most words a line of furniture has: longer lines are
// content, and phrase rules do not run on them.
const maxWords = 40

// splitLines calls fn for every non-blank line of text in order, with its
// trimmed span and 1-based line number, until fn returns false. LF, CRLF and
// lone CR end lines; a UTF-8 byte order mark at the start is skipped.
func splitLines(text []byte, fn func(start, end, num int) bool) {
	pos := 0
	if bytes.HasPrefix(text, utf8BOM) {
		pos = 3
	}
	// nextNL is the absolute offset of the next LF at or after pos (or
	// len(text)); it is searched for again only once passed, so that input
	// with lone CRs and no LF stays linear.
	nextNL := -1
	// nextCR is the same for CR: most files have none, and then every line
	// is told so without a search of its own.
	nextCR := -1
	for num := 1; ; num++ {
		for pos < len(text) && text[pos] == '\n' {
			pos++ // a run of empty lines, skipped in one go
			num++
		}
		if nextNL < pos {
			if k := bytes.IndexByte(text[pos:], '\n'); k >= 0 {
				nextNL = pos + k
			} else {
				nextNL = len(text)
			}
		}
		rest := text[pos:]
		nl := -1
		if nextNL < len(text) {
			nl = nextNL - pos
		}
		seg := rest
		if nl >= 0 {
			seg = rest[:nl]
		}
		last := nl < 0
		adv := len(seg) + 1
		if nextCR < pos {
			if k := bytes.IndexByte(text[pos:], '\r'); k >= 0 {
				nextCR = pos + k
			} else {
				nextCR = len(text)
			}
		}
		if cr := nextCR - pos; cr < len(seg) {
			if cr == len(seg)-1 && nl >= 0 {
				adv = nl + 1 // CRLF
			} else {
				adv = cr + 1 // lone CR
				last = false
			}
			seg = seg[:cr]
		}
		if s, e := trimSpace(text, pos, pos+len(seg)); s < e && !fn(s, e, num) {
			return
		}
		if last {
			return
		}
		pos += adv
	}
}

// trimSpace narrows [s, e) past leading and trailing ASCII white space and
// U+00A0 NO-BREAK SPACE.
func trimSpace(text []byte, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' {
			s++
		} else if c == 0xC2 && s+1 < e && text[s+1] == 0xA0 {
			s += 2
		} else {
			break
		}
	}
	for e > s {
		c := text[e-1]
		if c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' {
			e--
		} else if c == 0xA0 && e-2 >= s && text[e-2] == 0xC2 {
			e -= 2
		} else {
			break
		}
	}
	return s, e
}

func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// Byte classes of wordEnd, one bit each.
const (
	byteDigit  uint8 = 1 << iota // 0-9
	byteLetter                   // A-Z, a-z
	byteJoin                     // a hyphen or apostrophe (inside a word when between letters or digits)
	byteHigh                     // a byte of a non-ASCII character
)

// wordByte is the class of every ASCII byte for wordEnd: digits, letters
// and the joiners (hyphen and apostrophe). Bytes from 0x80 up are byteHigh.
var wordByte = [utf8.RuneSelf]uint8{
	'0': byteDigit, '1': byteDigit, '2': byteDigit, '3': byteDigit, '4': byteDigit, '5': byteDigit, '6': byteDigit, '7': byteDigit, '8': byteDigit, '9': byteDigit,
	'A': byteLetter, 'B': byteLetter, 'C': byteLetter, 'D': byteLetter, 'E': byteLetter, 'F': byteLetter, 'G': byteLetter, 'H': byteLetter, 'I': byteLetter,
	'J': byteLetter, 'K': byteLetter, 'L': byteLetter, 'M': byteLetter, 'N': byteLetter, 'O': byteLetter, 'P': byteLetter, 'Q': byteLetter, 'R': byteLetter,
	'S': byteLetter, 'T': byteLetter, 'U': byteLetter, 'V': byteLetter, 'W': byteLetter, 'X': byteLetter, 'Y': byteLetter, 'Z': byteLetter,
	'a': byteLetter, 'b': byteLetter, 'c': byteLetter, 'd': byteLetter, 'e': byteLetter, 'f': byteLetter, 'g': byteLetter, 'h': byteLetter, 'i': byteLetter,
	'j': byteLetter, 'k': byteLetter, 'l': byteLetter, 'm': byteLetter, 'n': byteLetter, 'o': byteLetter, 'p': byteLetter, 'q': byteLetter, 'r': byteLetter,
	's': byteLetter, 't': byteLetter, 'u': byteLetter, 'v': byteLetter, 'w': byteLetter, 'x': byteLetter, 'y': byteLetter, 'z': byteLetter,
	'-': byteJoin, '\'': byteJoin,
}

// classOf returns the wordByte class of c.
func classOf(c byte) uint8 {
	if c >= utf8.RuneSelf {
		return byteHigh
	}
	return wordByte[c]
}

// wordEnd returns the end of the word that starts at i in s (s[i] starts
// a word: an ASCII letter or digit, or a letter or digit rune), and the
// union of the classes of its bytes. Words are runs of letters and digits,
// with inner hyphens and ASCII apostrophes: it gives the same end as wordAt.
func wordEnd(s []byte, i int) (int, uint8) {
	var seen uint8
	j := i
	for j < len(s) {
		c := classOf(s[j])
		switch {
		case c&(byteDigit|byteLetter) != 0:
			seen |= c
			j++
			continue
		case c == byteJoin:
			if j+1 < len(s) && classOf(s[j+1])&(byteDigit|byteLetter) != 0 {
				seen |= byteJoin
				j++
				continue
			}
		case c == byteHigh:
			if r, size := utf8.DecodeRune(s[j:]); !notWordRune(r) {
				seen |= byteHigh
				j += size
				continue
			}
		}
		break
	}
	return j, seen
}

// asciiWord finds the word that starts at i in s (s[i] is an ASCII letter
// or digit) eight bytes at a time, when it is made of ASCII letters and
// digits only and is shorter than maxLexLen: it returns the word's end, its
// bytes lower-cased and packed as packWord does, and whether it has a
// letter. ok is false for any other word (longer, with a hyphen or
// apostrophe inside, with a non-ASCII letter, or too near the end of s):
// wordEnd then finds it one byte at a time.
func asciiWord(s []byte, i int) (end int, lo, hi uint64, letters, ok bool) {
	if i+8 > len(s) {
		return 0, 0, 0, false, false
	}
	x := binary.LittleEndian.Uint64(s[i:])
	k, let := alnumPrefix8(x)
	return asciiWordFrom(s, i, x, k, let)
}

// asciiWordFrom is asciiWord once the eight bytes x at i have been read:
// k of them are ASCII letters and digits, and let marks the letters.
func asciiWordFrom(s []byte, i int, x uint64, k int, let uint64) (end int, lo, hi uint64, letters, ok bool) {
	lo = x
	if k == 8 {
		if i+16 > len(s) {
			return 0, 0, 0, false, false
		}
		hi = binary.LittleEndian.Uint64(s[i+8:])
		k2, let2 := alnumPrefix8(hi)
		if k2 == 8 {
			return 0, 0, 0, false, false // sixteen bytes or more
		}
		let |= let2 & lowBytes(k2)
		k += k2
		hi = (hi | 0x20*ones8) & lowBytes(k2)
		lo |= 0x20 * ones8
	} else {
		let &= lowBytes(k)
		lo = (lo | 0x20*ones8) & lowBytes(k)
	}
	if next := s[i+k]; next >= utf8.RuneSelf || next == '-' || next == '\'' {
		return 0, 0, 0, false, false // may go on: a non-ASCII letter, a joiner
	}
	return i + k, lo, hi, let != 0, true
}

// lowBytes returns a mask of the low k bytes of a uint64 (0 <= k < 8).
func lowBytes(k int) uint64 { return uint64(1)<<(8*k) - 1 }

// alnumPrefix8 returns how many of the eight bytes in x, from the lowest,
// are ASCII letters or digits before the first that is not, and the high bit
// of every byte that is an ASCII letter.
func alnumPrefix8(x uint64) (int, uint64) {
	low := x &^ highs8 // each byte's low seven bits: no carry between bytes below
	letter := inRange8(low|0x20*ones8, 'a', 'z') &^ x
	alnum := letter | inRange8(low, '0', '9')&^x // a byte with its high bit set is not ASCII
	return bits.TrailingZeros64(^alnum&highs8) >> 3, letter
}

// inRange8 returns, for the eight bytes of x (each below 0x80), the high bit
// of each byte set when the byte is in [lo, hi] (0 < lo <= hi < 0x80).
// Each byte's sum stays below 0x100, so no carry crosses into the next byte.
func inRange8(x uint64, lo, hi byte) uint64 {
	ge := x + (0x80-uint64(lo))*ones8 // high bit set: byte >= lo
	le := x + (0x7F-uint64(hi))*ones8 // high bit clear: byte <= hi
	return ge &^ le & highs8
}

// skipNonWord returns the first offset at or after i where a word starts
// in s (wordAt(s, k) > k), or len(s). ASCII bytes are told by a table;
// wordAt decides at the others.
func skipNonWord(s []byte, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiAlnum[c] {
				return i
			}
		} else if wordAt(s, i) > i {
			return i
		}
	}
	return i
}

// wordAt returns the end of the word starting at i in s, or i when s[i]
// does not start a word. Words are runs of letters and digits, with inner
// hyphens and ASCII apostrophes.
func wordAt(s []byte, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				j++
				continue
			}
			if (c == '-' || c == '\'') && j > i && j+1 < len(s) && isASCIIAlnum(s[j+1]) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRune(s[j:])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		j += size
	}
	return j
}

// Counts of a line's words, one byte each in an analyze accumulator: a
// line's words are counted one by one up to sampleWords only, so no count
// passes 255, and adding one word's shape adds to all of them at once. The
// stop words are counted in the top byte, so that one comparison of the
// accumulator tells whether there are enoughStops of them.
const (
	countWords = 8 * iota // all words
	countCaps             // capitalised words
	countNums             // words of digits only
	countAlpha            // words with a letter
	countStops            // stop words
)

// enoughStops is the number of stop words among the first sampleWords
// words of a long line that settles every stop-word share test: the line's
// share is then above goodStops (more than (enoughStops-1)/sampleWords
// whatever the rest of the line holds), the highest share any rule asks
// for. A long line of prose reaches it long before its sampleWords-th
// word, and its remaining words need not be looked up.
const enoughStops = goodStops*sampleWords + 1

// Statuses of shortWords.
const (
	wordsStopped = iota // at the end of the line or at a word shortWords does not take
	wordsLong           // sampleWords words counted before the end of the line
	wordsEnough         // enoughStops stop words counted
)

// analyze fills l's features from the line's text s and leaves its words
// in *wordList when the line is short enough to be furniture.
func analyze(l *line, s []byte, lex *lexTable, wordList *[]word) {
	buf := wordBuf(wordList)
	scanLine(l, s, lex, buf)
	*wordList = buf[:0]
	if len(s) <= maxFurnitureLen {
		*wordList = buf[:min(l.words, sampleWords)]
	}
}

// analyzeLine is analyze for the first look at every line: it leaves the
// words in *wordList only when furniture reads them (see
// furnitureReadsWords). A longer line is seldom furniture: one pass counts
// its words without recording them (and may settle it early, see
// enoughStops), and a second records them in the rare case they are read.
// With lazy set, a long line of prose is only marked lazy (see lazyLine).
func analyzeLine(l *line, s []byte, lex *lexTable, wordList *[]word, lazy bool) {
	buf := wordBuf(wordList)
	*wordList = buf[:0]
	if len(s) > maxRecordLen {
		if lazy && lazyLine(l, s) {
			return
		}
		scanLine(l, s, lex, nil)
		if !furnitureReadsWords(s, l) {
			return
		}
	}
	scanLine(l, s, lex, buf)
	if furnitureReadsWords(s, l) {
		*wordList = buf[:min(l.words, sampleWords)]
	}
}

// maxRecordLen is the longest line, in bytes, whose words analyzeLine
// records in its one pass: most short lines have a key word of some phrase
// rule, and recording costs less than a second pass; longer lines seldom
// do.
const maxRecordLen = 150

// wordBuf returns *wordList's array, made when it is too small.
func wordBuf(wordList *[]word) *[sampleWords]word {
	if cap(*wordList) < sampleWords {
		*wordList = make([]word, 0, sampleWords)
	}
	return (*[sampleWords]word)((*wordList)[:sampleWords])
}

// scanLine fills l's features from the line's text s, and records its
// first sampleWords words in buf unless buf is nil.
func scanLine(l *line, s []byte, lex *lexTable, buf *[sampleWords]word) {
	var (
		acc           uint64 // the counts, a byte each (see countWords)
		cues          uint32
		long, settled bool
		i, status     int
		spaces        int // the spaces from i on, when settled
	)
	// A long line of prose is settled by its first stop words (see
	// enoughStops) when its words are not wanted and it is not short (the
	// class of a short line also rests on alpha). Of a long line's counts
	// the rules read only its share of stop words, against thresholds of
	// at most goodStops, and its word count, against bounds its
	// sampleWords words settle.
	stopAt := ^uint64(0)
	if buf == nil && len(s) >= shortLen {
		stopAt = enoughStops << countStops
	}
	// shortWords takes the common words, short and ASCII; any other word is
	// left to longWord.
	for i < len(s) {
		i, acc, cues, status = shortWords(s, i, lex, buf, acc, cues, stopAt)
		if status == wordsLong {
			long = true
			break
		}
		if status == wordsEnough {
			// Settled if the line is long: if more than sampleWords words
			// in all start after a space. Each needs a space of its own:
			// the rest's spaces, counted at once, rule out most lines that
			// are not long (and are the count below when the line is).
			need := sampleWords + 1 - int(acc&0xFF)
			spaces = bytes.Count(s[i:], []byte(" "))
			if spaces >= need && spacedWordsAtLeast(s[i:], need) {
				long, settled = true, true
				break
			}
			stopAt = ^uint64(0)
			continue
		}
		if i >= len(s) {
			break
		}
		start := i
		end, cue, shape, ok := longWord(s, i, lex)
		i = end
		if !ok {
			continue // not a word: a non-ASCII space or punctuation mark
		}
		acc = addWord(buf, acc, start, end, cue, shape)
		cues |= cue
		if acc&0xFF == sampleWords && end < len(s) {
			long = true
			break
		}
	}
	words, stops := int32(acc>>countWords&0xFF), int32(acc>>countStops&0xFF)
	alpha := int32(acc >> countAlpha & 0xFF)
	if long {
		// A long line is content or a long comment: its shares are
		// estimated from the first words, and the rest (from i, the end
		// of the last word counted) is only counted by its spaces.
		var extra int32
		if settled {
			extra = int32(spaces)
		} else {
			extra = int32(bytes.Count(s[i:], []byte(" ")))
		}
		if settled {
			// Counted up to a word before the sampleWords-th: the spaces
			// of the words up to it are taken off the rest's.
			missing := sampleWords - words
			extra = max(0, extra-missing)
			alpha += missing
			words = sampleWords
		}
		if extra > 0 {
			stops += int32(int64(stops) * int64(extra) / int64(words))
			alpha += extra
			words += extra
		}
	}
	l.words, l.stops, l.alpha, l.cues, l.long = words, stops, alpha, cues, long
	l.caps, l.nums = int32(acc>>countCaps&0xFF), int32(acc>>countNums&0xFF)
	l.term = finalPunct(s)
	l.openQuote = startsWithQuote(s)
}

// addWord records the word [start, end) of a line in buf (unless buf is
// nil), with its cue bits and shape, and returns the counts acc (see
// countWords) with it added.
func addWord(buf *[sampleWords]word, acc uint64, start, end int, cue uint32, shape uint64) uint64 {
	if buf != nil {
		w := &buf[acc&(sampleWords-1)]
		w.start, w.end, w.bits = start, end, cue
		w.upper, w.num = shape>>countCaps&1 != 0, shape>>countNums&1 != 0
	}
	// Counted without branches: whether a word is a stop word, or
	// capitalised, is not predictable.
	return acc + (shape | 1<<countWords | uint64(cue&cueStop)<<countStops)
}

// b2u returns 1 for true and 0 for false.
func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// shortWords counts the words of s from i on while they are words of one
// to fifteen ASCII letters and digits followed by a separator, a curly
// quotation mark or dash (see punctAt) or the end of the line (not by a
// joiner or another non-ASCII character, which could go on with a letter),
// found and packed eight bytes at a time as asciiWord does. It returns
// where it stopped and why (a status: at the end of s or the start of a
// word it does not take, at the end of the sampleWords-th word before the
// end of s, or at the end of the word that brings the stop words to
// stopAt, in the accumulator's terms), and the counts acc and cues with
// the words added. It makes no call, so that its values stay in
// registers.
func shortWords(s []byte, i int, lex *lexTable, buf *[sampleWords]word, acc uint64, cues uint32, stopAt uint64) (int, uint64, uint32, int) {
	// The counts are biased so that one test after each word tells
	// whether it is the sampleWords-th or brings the stop words to
	// stopAt: either sets the high bit of its byte (see tripBias).
	bias := uint64(wordsBias)
	if stopAt != ^uint64(0) {
		bias |= (0x80 - stopAt>>countStops&0xFF) << countStops
	}
	acc += bias
	for i < len(s) {
		switch startKind[s[i]] {
		case startSep:
			i++ // a space or ASCII punctuation
			continue
		case startHigh:
			if !punctAt(s, i) {
				return i, acc - bias, cues, wordsStopped // a non-ASCII character, for longWord
			}
			i += 3 // a curly quotation mark, a dash
			continue
		}
		// s[i] is an ASCII letter or digit.
		var x uint64
		switch {
		case i+8 <= len(s):
			x = load64(s, i)
		case len(s) >= 8:
			// Near the end of the line: the last eight bytes, shifted
			// so that x starts at i and NUL bytes stand for the end.
			x = load64(s, len(s)-8) >> (8 * (i + 8 - len(s)) & 63)
		default:
			return i, acc - bias, cues, wordsStopped // a line of under eight bytes
		}
		// stop marks the bytes that are not ASCII letters or digits; the
		// word ends at the first, k bytes in.
		stop := ^alnum8(x) & highs8
		lo, hi := x|0x20*ones8, uint64(0) // ASCII letters lower-cased, as packWord does
		var k int
		sep := 1 // the length of the separator after the word
		if stop != 0 {
			first := stop & -stop
			k = bits.TrailingZeros64(first) >> 3
			if end := i + k; end < len(s) && wordGoesOn[s[end]] {
				if !punctAt(s, end) {
					return i, acc - bias, cues, wordsStopped // a word that may go on
				}
				sep = 3 // a word before a curly quotation mark or apostrophe
			}
			lo &= first>>7 - 1
		} else {
			// Eight letters and digits: the word may end in the next eight
			// bytes.
			if i+16 > len(s) {
				return i, acc - bias, cues, wordsStopped
			}
			y := load64(s, i+8)
			stop = ^alnum8(y) & highs8
			first := stop & -stop
			if first == 0 || first&goesOn8(y) != 0 {
				return i, acc - bias, cues, wordsStopped // sixteen bytes or more, or a word that may go on
			}
			hi = (y | 0x20*ones8) & (first>>7 - 1)
			k = 8 + bits.TrailingZeros64(first)>>3
		}
		var cue uint32
		if hi == 0 {
			cue = lex.getShort(lo)
		} else {
			// lex.getLong written out: a call would make the loop keep
			// its values on the stack.
			a, b := longSlots(lo, hi)
			ea, eb := &lex.long[a], &lex.long[b]
			ba, bb := ea.bits, eb.bits
			if ea.lo^lo|ea.hi^hi == 0 {
				cue = ba
			}
			if eb.lo^lo|eb.hi^hi == 0 {
				cue = bb
			}
		}
		// The word's counts follow from its first byte, but for a word
		// that starts with a digit and has a letter: it counts as alpha,
		// not numeric (a letter is 0x40 or above, digits are below).
		shape := wordShape[byte(x)]
		if shape&(1<<countNums) != 0 && (lo|hi)&(0x40*ones8) != 0 {
			shape += 1<<countAlpha - 1<<countNums
		}
		acc = addWord(buf, acc, i, i+k, cue, shape)
		cues |= cue
		if acc&tripBits != 0 {
			if acc&(0x80<<countWords) != 0 && i+k < len(s) {
				return i + k, acc - bias, cues, wordsLong
			}
			if acc&(0x80<<countStops) != 0 {
				return i + k, acc - bias, cues, wordsEnough
			}
		}
		i += k + sep
	}
	return i, acc - bias, cues, wordsStopped
}

// wordsBias is the bias of the word count inside shortWords: its byte
// reaches 0x80 at the sampleWords-th word. tripBits are the high bits of
// the biased word and stop-word counts.
const (
	wordsBias = 0x80 - sampleWords
	tripBits  = 0x80<<countWords | 0x80<<countStops
)

// wordShape is the shape of an ASCII word, as addWord takes it, from its
// first byte: capitalised for A-Z, with a letter (alpha) for a letter,
// numeric for a digit.
var wordShape = func() (t [256]uint64) {
	for c := range utf8.RuneSelf {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = 1<<countCaps | 1<<countAlpha
		case c >= 'a' && c <= 'z':
			t[c] = 1 << countAlpha
		case c >= '0' && c <= '9':
			t[c] = 1 << countNums
		}
	}
	return t
}()

// Kinds of the byte where shortWords looks for the next word.
const (
	startWord = iota // an ASCII letter or digit
	startSep         // ASCII, neither a letter nor a digit
	startHigh        // a byte of a non-ASCII character
)

// startKind is the kind of every byte for shortWords.
var startKind = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = startHigh
		case !asciiAlnum[c]:
			t[c] = startSep
		}
	}
	return t
}()

// spacedWordsAtLeast reports whether at least need words of s start with
// an ASCII letter after a space (such a letter starts a word), counted
// eight bytes at a time: the spaces of each eight bytes, moved up a byte
// (and the last one carried into the next eight), mark the bytes after a
// space.
func spacedWordsAtLeast(s []byte, need int) bool {
	n := 0
	var after uint64 // the high bit of the first byte of s[i:] when a space comes before it
	i := 0
	for ; i+16 <= len(s) && n < need; i += 16 {
		// Sixteen bytes at a time: the second eight's marks, moved down
		// a bit, are counted with the first's.
		b := (*[16]byte)(s[i : i+16])
		x, y := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
		sx, sy := zero8(x^' '*ones8), zero8(y^' '*ones8)
		n += bits.OnesCount64(letters8(x)&(sx<<8|after) | (letters8(y)&(sy<<8|sx>>56))>>1)
		after = sy >> 56
	}
	for ; i < len(s) && n < need; i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' && i > 0 && s[i-1] == ' ' {
			n++
		}
	}
	return n >= need
}

// letters8 returns the high bit of each of the eight bytes in x that is an
// ASCII letter (the letter half of alnum8).
func letters8(x uint64) uint64 {
	lower := x&^highs8 | 0x20*ones8 // each byte's low seven bits, a letter lower-cased: no carry between bytes below
	return (lower + (0x80-'a')*ones8) &^ (lower + (0x7F-'z')*ones8) &^ x & highs8
}

// zero8 returns the high bit of each of the eight bytes in x that is zero,
// exactly: the low seven bits of each byte are added to 0x7F, with no carry
// into the next byte.
func zero8(x uint64) uint64 {
	return ^(x&^highs8 + 0x7F*ones8 | x) & highs8
}

// punctAt reports whether a character of Unicode's General Punctuation
// block from U+2000 to U+203F starts at i in s: curly quotation marks and
// apostrophes, dashes, special spaces, all encoded 0xE2 0x80 and one more
// byte. None is part of a word (see notWordRune).
func punctAt(s []byte, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2]&0xC0 == 0x80
}

// wordGoesOn marks the bytes after a run of ASCII letters and digits that
// may continue the word: joiners and the bytes of non-ASCII characters.
var wordGoesOn = func() (t [256]bool) {
	t['-'], t['\''] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// load64 returns the eight bytes of s at i as a little-endian integer (the
// compiler makes it one load).
func load64(s []byte, i int) uint64 {
	b := s[i : i+8 : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// goesOn8 returns the high bit of the first of the eight bytes in x that
// is a joiner ('-' or '\”) or not ASCII, and of some bytes after it: a
// word that stops there may go on (a borrow in the test for a zero byte
// reaches only the bytes above one).
func goesOn8(x uint64) uint64 {
	hyphen, apos := x^('-'*ones8), x^('\''*ones8)
	return (x | (hyphen-ones8)&^hyphen | (apos-ones8)&^apos) & highs8
}

// longWord finds the word that may start at i in s when it is not a short
// ASCII word: it returns the word's end, its cue bits, its counts as
// analyze adds them up (but for countWords and countStops), and ok; ok is
// false when s[i] starts a non-ASCII character that is not a letter or
// digit, and end is then the end of that character.
func longWord(s []byte, i int, lex *lexTable) (end int, cue uint32, shape uint64, ok bool) {
	var upper bool
	if c := s[i]; c >= utf8.RuneSelf {
		r, size := utf8.DecodeRune(s[i:])
		if notWordRune(r) {
			return i + size, 0, 0, false
		}
		upper = unicode.IsUpper(r)
	} else {
		upper = c-'A' < 26
		if j, lo, hi, letters, ok := asciiWord(s, i); ok {
			return j, lex.getPacked(lo, hi), b2u(upper)<<countCaps | b2u(!letters)<<countNums | b2u(letters)<<countAlpha, true
		}
	}
	j, seen := wordEnd(s, i)
	num := seen&^byteDigit == 0
	letter := seen&(byteLetter|byteHigh) != 0
	if seen&byteHigh == 0 && j-i <= maxLexLen {
		cue = lex.getFold(s[i:j])
	}
	return j, cue, b2u(upper)<<countCaps | b2u(num)<<countNums | b2u(letter)<<countAlpha, true
}

// alnum8 returns the high bit of each of the eight bytes in x that is an
// ASCII letter or digit (inRange8 written out, so that alnum8 is inlined).
func alnum8(x uint64) uint64 {
	low := x &^ highs8 // each byte's low seven bits: no carry between bytes below
	lower := low | 0x20*ones8
	letter := (lower + (0x80-'a')*ones8) &^ (lower + (0x7F-'z')*ones8)
	digit := (low + (0x80-'0')*ones8) &^ (low + (0x7F-'9')*ones8)
	return (letter | digit) &^ x & highs8 // a byte with its high bit set is not ASCII
}

// b2i returns 1 for true and 0 for false.
func b2i(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// finalPunct returns the line's last punctuation mark, looking past closing
// quotation marks and brackets: '.', '!', '?', ':', ';', ',', '|', '~' for an
// ellipsis, or 0 when the line ends with anything else.
func finalPunct(s []byte) byte {
	for len(s) > 0 {
		c := s[len(s)-1]
		switch c {
		case '"', '\'', ')', ']', '*':
			s = s[:len(s)-1]
			continue
		case '.', '!', '?', ':', ';', ',', '|':
			return c
		}
		if c < utf8.RuneSelf {
			return 0
		}
		r, size := utf8.DecodeLastRune(s)
		switch r {
		case '”', '’', '»', '›':
			s = s[:len(s)-size]
			continue
		case '…':
			return '~'
		case '。':
			return '.'
		}
		return 0
	}
	return 0
}

// startsWithQuote reports whether s starts with an opening quotation mark.
func startsWithQuote(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	if s[0] == '"' || s[0] == '\'' {
		return true
	}
	r, _ := utf8.DecodeRune(s)
	return r == '“' || r == '‘' || r == '«' || r == '„'
}

// eqWord reports whether the word w of s equals lit, ignoring ASCII case.
// lit must be lower case.
func eqWord(s []byte, w word, lit string) bool {
	if w.end-w.start != len(lit) {
		return false
	}
	for k := 0; k < len(lit); k++ {
		c := s[w.start+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[k] {
			return false
		}
	}
	return true
}

// seqAt reports whether the words ws[i:] start with the lower-case words lits.
func seqAt(s []byte, ws []word, i int, lits ...string) bool {
	if i+len(lits) > len(ws) {
		return false
	}
	for k, lit := range lits {
		if !eqWord(s, ws[i+k], lit) {
			return false
		}
	}
	return true
}

// hasSeq reports whether the words ws contain the lower-case words lits in a
// row.
func hasSeq(s []byte, ws []word, lits ...string) bool {
	if len(lits) == 0 {
		return true
	}
	for i := 0; i+len(lits) <= len(ws); i++ {
		// The first word is compared here, without a call: it seldom
		// matches.
		if eqWord(s, ws[i], lits[0]) && seqAt(s, ws, i, lits...) {
			return true
		}
	}
	return false
}

// hasWord reports whether any of ws is one of the lower-case words lits.
func hasWord(s []byte, ws []word, lits ...string) bool {
	for _, w := range ws {
		for _, lit := range lits {
			if eqWord(s, w, lit) {
				return true
			}
		}
	}
	return false
}

// analyzeWords recomputes the words of l into *words without changing l.
func analyzeWords(l *line, text []byte, lex *lexTable, words *[]word) {
	tmp := line{start: l.start, end: l.end}
	analyze(&tmp, text[l.start:l.end], lex, words)
}

// notWordRune reports whether the non-ASCII rune r cannot be part of a word.
// General punctuation (curly quotes, dashes, spaces) is answered without the
// Unicode tables.
func notWordRune(r rune) bool {
	if r == utf8.RuneError || r >= 0x2000 && r <= 0x206F || r == 0xA0 {
		return true
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// trimEnd returns the end of text without its trailing white space (line
// ends included), but not before s.
func trimEnd(text []byte, s int) int {
	e := len(text)
	for e > s {
		_, e2 := trimSpace(text, s, e)
		for e2 > s && text[e2-1] == '\n' {
			e2--
		}
		if e2 == e {
			break
		}
		e = e2
	}
	return e
}
