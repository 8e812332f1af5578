//go:build go1.24

package corpus

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestAnalyzeMatchesReference checks analyze against the plain reference
// below on every line of the seed articles, their upper-case copies and
// random lines of words, joiners, non-ASCII letters and punctuation, of
// every length (short words at the end of a line, words of eight to
// sixteen bytes, lines of more than sampleWords words).
func TestAnalyzeMatchesReference(t *testing.T) {
	lex := lexicon()
	var lines [][]byte
	for _, s := range fileLines(t, "../testdata/seeds/*.txt") {
		lines = append(lines, s, bytes.ToUpper(s))
	}
	r := rand.New(rand.NewPCG(3, 5))
	pieces := append([]string{" ", " ", " ", ", ", ". ", "the ", "and ", "September ", "correspondent ", "photograph ",
		"newsletters ", "well-known ", "NHS’s ", "“Quote” ", "café ", "123 ", "2017 ", "x", "Q", "abcdefghijklmnopq"}, wordBytesAlphabet...)
	for range 20000 {
		var b []byte
		for n := r.IntN(60); n > 0; n-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		lines = append(lines, b)
	}
	lines = append(lines, []byte(strings.Repeat("word ", 40)), []byte(strings.Repeat("a ", 32)), []byte(strings.Repeat("a ", 31)+"a"))
	var gotWords, wantWords []word
	for _, s := range lines {
		var got, want line
		analyze(&got, s, lex, &gotWords)
		analyzeRef(&want, s, lex, &wantWords)
		require.Equal(t, want, got, "features of %q", s)
		if len(s) <= maxFurnitureLen {
			require.Equal(t, wantWords, gotWords, "words of %q", s)
		}
	}
}

// analyzeRef is analyze as it was before the speed pass of November 2026,
// one word at a time: the reference analyze is checked against.
func analyzeRef(l *line, s []byte, lex *lexTable, wordList *[]word) {
	ws := (*wordList)[:0]
	keep := len(s) <= maxFurnitureLen // only furniture candidates need their words
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRune(s[i:]); notWordRune(r) {
			i += size
			continue
		}
		// A word: letters and digits, with inner hyphens and apostrophes.
		// One pass finds its end and its shape. Its features are kept in
		// locals and stored once: a word assembled in memory field by field
		// and then copied stalls the processor.
		upper := c >= 'A' && c <= 'Z'
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRune(s[i:])
			upper = unicode.IsUpper(r)
		}
		var (
			num, hasLetter bool
			cues           uint32
		)
		j, lo, hi, letters, short := 0, uint64(0), uint64(0), false, false
		if i+8 <= len(s) {
			// The common case, written out here to save calls: a word of
			// ASCII letters and digits shorter than eight bytes, found and
			// packed eight bytes at a time (asciiWord does the same).
			x := binary.LittleEndian.Uint64(s[i:])
			low := x &^ highs8
			let := inRange8(low|0x20*ones8, 'a', 'z') &^ x
			alnum := let | inRange8(low, '0', '9')&^x
			k := bits.TrailingZeros64(^alnum&highs8) >> 3
			if k < 8 {
				if next := s[i+k]; next < utf8.RuneSelf && next != '-' && next != '\'' {
					mask := lowBytes(k)
					j, lo, letters, short = i+k, (x|0x20*ones8)&mask, let&mask != 0, true
					num, hasLetter = !letters, letters
					cues = lex.getShort(lo)
				}
			} else {
				j, lo, hi, letters, short = asciiWordFrom(s, i, x, k, let)
				if short {
					num, hasLetter = !letters, letters
					cues = lex.getPacked(lo, hi)
				}
			}
		}
		if !short {
			var seen uint8
			j, seen = wordEnd(s, i)
			num = seen&^byteDigit == 0
			hasLetter = seen&(byteLetter|byteHigh) != 0
			if seen&byteHigh == 0 && j-i <= maxLexLen {
				cues = lex.getFold(s[i:j])
			}
		}
		// Counted without branches: whether a word is a stop word, or
		// capitalised, is not predictable.
		l.words++
		l.stops += int32(cues & cueStop / cueStop)
		l.caps += b2i(upper)
		l.nums += b2i(num)
		l.alpha += b2i(hasLetter)
		l.cues |= cues
		if keep {
			ws = append(ws, word{})
			w := &ws[len(ws)-1]
			w.start, w.end, w.bits, w.upper, w.num = i, j, cues, upper, num
		}
		i = j
		if l.words == sampleWords && i < len(s) {
			// A long line is content or a long comment: its shares are
			// estimated from the first words, and the rest is only counted.
			rest := s[i:]
			extra := int32(bytes.Count(rest, []byte(" ")))
			if extra > 0 {
				l.stops += int32(int64(l.stops) * int64(extra) / int64(l.words))
				l.alpha += extra
				l.words += extra
			}
			l.long = true
			break
		}
		if short {
			i++ // the byte after an ASCII word is a separator: skipped here
		}
	}
	*wordList = ws
	l.term = finalPunct(s)
	l.openQuote = startsWithQuote(s)
}

// TestScanLineSettlesLongLines checks the first look at a line, which
// stops looking words up once a long line has enoughStops stop words,
// against the reference: the same features, or, for a line settled early,
// a long line whose share of stop words passes every threshold (above
// goodStops) in both, with at least sampleWords words.
func TestScanLineSettlesLongLines(t *testing.T) {
	lex := lexicon()
	lines := fileLines(t, "../testdata/seeds/*.txt")
	r := rand.New(rand.NewPCG(4, 6))
	pieces := []string{"the ", "of ", "and ", "patients ", "hospital ", "NHS ", "said ", "2017 ", ", ", ". ", "well-known ",
		"“quoted” ", "café ", "a", " ", "  ", "-", "x ", "September ", "correspondent "}
	for range 20000 {
		var b []byte
		for n := r.IntN(80); n > 0; n-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		lines = append(lines, b)
	}
	settled := 0
	for _, s := range lines {
		var got, want line
		var ws []word
		scanLine(&got, s, lex, nil)
		analyzeRef(&want, s, lex, &ws)
		if got == want {
			continue
		}
		settled++
		require.True(t, got.long && want.long, "long: got %v, want %v in %q", got.long, want.long, s)
		require.Greater(t, stopShare(&got), goodStops, "share of stop words in %q", s)
		require.Greater(t, stopShare(&want), goodStops, "share of stop words in %q", s)
		require.GreaterOrEqual(t, got.words, int32(sampleWords), "words in %q", s)
		require.Equal(t, want.term, got.term, "final punctuation of %q", s)
		require.Equal(t, want.openQuote, got.openQuote, "opening quote of %q", s)
	}
	require.Greater(t, settled, 1000, "lines settled early")
}
