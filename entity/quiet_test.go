//go:build go1.24

package entity

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestLowers8 checks the eight-byte small-letter test against the byte
// table for every byte value in every position.
func TestLowers8(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			x := uint64(0x2e2e2e2e2e2e2e2e) // full stops around
			x = x&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			bit := uint64(0x80) << (8 * pos)
			got := lowers8(x)
			require.Equal(t, wordCase[c] == csLower, got&bit != 0, "byte %#x at %d", c, pos)
			require.Zero(t, got&^bit, "byte %#x at %d: bits outside its byte", c, pos)
		}
	}
}

// lowerWord, the reference of how skipPlain and lowerStep read a word in
// small letters (written out there), reads the word of small ASCII letters
// that starts w, when it
// has one to fifteen letters within w's first sixteen bytes and is followed
// by an ASCII byte that is no letter or digit or by a mark of
// U+2000-U+203F (the shape shortWord reads). It returns the word's length
// and its running hash (as asciiWord makes it; finishHash gives the hash);
// n is 0 when no such word starts w. w must have at least sixteen bytes.
func lowerWord(w string) (n int, hh uint64) {
	x := load8(w, 0)
	other := lowers8(x) ^ highs
	if other&0x80 != 0 || other == 0 {
		return longLowerWord(w, other)
	}
	shift := uint(bits.TrailingZeros64(other)) &^ 7 // eight times the length
	n = int(shift >> 3)
	if !wordEnd[byte(x>>shift)] && !isMark(w, n) {
		return 0, 0
	}
	return n, x & (1<<shift - 1)
}

// longLowerWord is lowerWord for a word of eight letters or more, or none:
// other marks the bytes of w's first chunk that are no small letter.
func longLowerWord(w string, other uint64) (n int, hh uint64) {
	if other != 0 {
		return 0, 0 // no small letter at the start
	}
	x, x2 := load8(w, 0), load8(w, 8)
	other2 := lowers8(x2) ^ highs
	if other2 == 0 {
		return 0, 0 // sixteen letters or more
	}
	shift := uint(bits.TrailingZeros64(other2)) &^ 7
	n = 8 + int(shift>>3)
	if !wordEnd[byte(x2>>shift)] && !isMark(w, n) {
		return 0, 0
	}
	hh = x
	if shift > 0 {
		hh = mixChunk(hh, x2&(1<<shift-1))
	}
	return n, hh
}

// TestTheHash checks the constant hash of "the" against hashWord.
func TestTheHash(t *testing.T) {
	h, _ := hashWord("the")
	require.Equal(t, h, uint32(theHash), "got theHash %#x, want hashWord's %#x", theHash, h)
}

// TestLowerWordAgreesWithShortWord checks, at every word start of random
// text, that lowerWord reads a word exactly where shortWord reads one in
// small letters (but for a word that ends the text's last two bytes
// before a mark), and reads the same end and hash.
func TestLowerWordAgreesWithShortWord(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	read := 0
	texts := []string{seedCorpus(t, 16<<10)}
	for range 300 {
		texts = append(texts, randomText(rng, 500))
	}
	for _, s := range texts {
		for i := 0; i+16 <= len(s); i++ {
			if wordCase[s[i]] == 0 || i > 0 && wordCase[s[i-1]] != 0 {
				continue
			}
			n, hh := lowerWord(s[i:])
			end, cs, _, h := shortWord(s, i)
			if end < 0 || cs != csLower || isMark(s, end) != (s[end] == 0xE2) {
				require.Zero(t, n, "at %d in %q: lowerWord read a word shortWord does not read in small letters", i, s)
				continue
			}
			require.Equal(t, end-i, n, "length of %q", s[i:end])
			require.Equal(t, h, finishHash(hh), "hash of %q", s[i:end])
			read++
		}
	}
	require.Greater(t, read, 2000, "got %d words read, want many", read)
}

// plainTexts returns texts on which passing over plain words is put to
// the test: the seed articles, random text, and the seeds with register
// names (in every case), class words, connectors, separators and invalid
// bytes inserted at random.
func plainTexts(t *testing.T, n int) []string {
	rng := rand.New(rand.NewPCG(15, 16))
	seeds := strings.SplitAfter(seedCorpus(t, 64<<10), "\n\n")
	var names []string
	for _, o := range Default().Orgs() {
		names = append(names, o.Name)
		names = append(names, o.Aliases...)
	}
	inserts := []string{" the ", " The ", " of ", " and ", ", ", ". ", ".\n\n", "\n", " St. ", " Mr ", "’", "“", "—",
		"\u200b", "\xff", "\x00", " PCTs ", " primary care trusts ", " NHS ", " Trust ", " CCG ", " leader, ",
		" deputy leader, ", " the network ", " the Alliance ", " Hampshire Partnership NHS Foundation Trust ",
		" 2010 ", " & ", " é ", " council ", " Council ", " Xy. Abc NHS Trust ", " Qz. Hampshire NHS Foundation Trust ",
		" Abc Bcd Cde Def Efg Fgh Ghi Hij Ijk Jkl Klm Hampshire NHS Foundation Trust ", " Abc Bcd Cde Def Efg Fgh Ghi Hij Ijk Jkl PCT ",
		"\nAbc NHS Trust ", "(Abc Bcd PCT) ", "\"Abc CCG\" ", ",Abc Council ", " Abc’ Bcd NHS Trust ", " Abc’s Bcd PCT ",
		" Abc – Bcd NHS Trust ", " Abc\u200bBcd CCG ", " Abc\tBcd-Cde/Def PCT ", " Abc, Bcd PCT ", " Abc.\n\nBcd PCT ",
		" Mr. Abc PCT ", " Mr Abc PCT ", " He ", " I ", " It. Abc CCG ", " Abc and Bcd NHS Trust ", " Abc of Bcd PCT ",
		" Abc, and Bcd PCT ", " Abc.\nand Bcd PCT ", " Abc upon Bcd CCG ", " Abc on the NHS ", " Abc’s and Bcd PCT ",
		"\u00a0Abc\u00a0Bcd PCT ", " \u00a0 ", " — Abc PCT ", " (Abc PCT) ", " \"Abc\" ", ". But Abc NHS Trust ",
		".\nThis Abc PCT ", ", This Abc PCT ", "; Each Abc CCG ", ". Leader Abc ", " St. Helens ", ". In Abc PCT ",
		"\nIt Abc CCG ", ". I Abc NHS Trust ", ", In Abc PCT ", " In Abc PCT ", ". The report ", "\nThe network ",
		" National figures ", " NHS said ", " The. government ", " St. helens ", " Trust staff ", " PCT said "}
	for _, w := range names {
		if strings.HasPrefix(strings.ToLower(w), "the ") {
			inserts = append(inserts, " "+w+" ", " the "+w[4:]+" ") // spellings that begin with "the"
		}
	}
	texts := []string{seedCorpus(t, 32<<10)}
	for range n {
		var b strings.Builder
		if rng.IntN(8) == 0 {
			// What begins the text is read as the start of a sentence.
			b.WriteString([]string{"But Abc NHS Trust ", "This Abc PCT ", "  The Abc PCT ", "Mr. Abc CCG ", "\u00a0Abc Bcd PCT ",
				" But Abc NHS Trust ", " The Abc PCT ", "\nEach Abc CCG "}[rng.IntN(8)])
		}
		if rng.IntN(4) == 0 {
			b.WriteString(randomText(rng, 400))
		} else {
			for range 1 + rng.IntN(3) {
				b.WriteString(seeds[rng.IntN(len(seeds))])
			}
		}
		s := []byte(b.String())
		for range rng.IntN(30) {
			p := rng.IntN(len(s) + 1)
			ins := inserts[rng.IntN(len(inserts))]
			switch rng.IntN(3) {
			case 0:
				ins = " " + names[rng.IntN(len(names))] + " "
			case 1:
				ins = strings.ToLower(" " + names[rng.IntN(len(names))] + " ")
			}
			s = append(s[:p:p], append([]byte(ins), s[p:]...)...)
		}
		texts = append(texts, string(s))
	}
	return texts
}

// TestPlainWordsChangeNothing checks that Find gives the same mentions
// whether or not it passes over plain words (skipPlain), with and without
// a date.
func TestPlainWordsChangeNothing(t *testing.T) {
	m := Default()
	dates := []time.Time{{}, day(2005, 6, 1), day(2012, 3, 1), day(2020, 1, 1)}
	n := 3000
	if testing.Short() {
		n = 300
	}
	for k, s := range plainTexts(t, n) {
		opt := Options{Date: dates[k%len(dates)]}
		want := m.find(s, opt, false)
		got := m.Find(s, opt)
		require.Equal(t, want, got, "text %d (%q)", k, s[:min(len(s), 200)])
	}
}
