//go:build go1.24

package quote

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// paragraphMarks returns the mark tokens and quotation contents of the
// top-level quotations the mark scanner pairs in text[start:end], as
// tokenizeAll hands them to tokenize.
func paragraphMarks(lx *lexicon, text string, start, end int) ([]markTok, []insideSpan) {
	ms := markScanner{lx: lx}
	ms.scan(text, start, end, 0)
	var marks []markTok
	var inside []insideSpan
	for _, pr := range ms.pairs {
		if pr.parent >= 0 {
			continue
		}
		om := ms.marks[pr.open]
		marks = append(marks, markTok{start: om.start, end: om.end, kind: tkOpen})
		content := Span{om.end, trimRightSpace(text, om.end, end)}
		if pr.close >= 0 {
			cm := ms.marks[pr.close]
			marks = append(marks, markTok{start: cm.start, end: cm.end, kind: tkClose})
			content.End = cm.start
		}
		inside = append(inside, insideSpan{0, content})
	}
	slices.SortFunc(marks, func(a, b markTok) int { return a.start - b.start })
	slices.SortFunc(inside, func(a, b insideSpan) int { return a.Start - b.Start })
	return marks, inside
}

// tokenizerInputs are texts for comparing the tokenizer with its
// reference: the seeds, the nasty inputs, and random strings made of the
// pieces that take the tokenizer's rarer paths.
func tokenizerInputs(t *testing.T) []string {
	inputs := slices.Clone(nasty)
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		inputs = append(inputs, string(b))
	}
	pieces := []string{"a", "Said", "said", "U.S.", "vice-chair", "It’s", "O'Neill", "R&D", "‑", "-", "'", "’", ".", ",", ":",
		"“", "”", "‘", "\"", "``", "''", "«", "»", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\xff", "\xe2\x80", "\ufffd",
		"École", "ÉCOLE", "naïve", "日本", "٣", "x1", "managers", "Spokesperson", "ABCDEFGHIJKLMNOPQRSTU", "according to",
		"(", ")", "—", "…", "Dr.", "\x00", "\x7f", "Ǆ"}
	r := rand.New(rand.NewSource(1))
	for range 3000 {
		var sb strings.Builder
		for n := r.Intn(60); n > 0; n-- {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		inputs = append(inputs, sb.String(), "He said: “"+sb.String()+"” x", "“"+sb.String())
	}
	return inputs
}

// TestTokenizeMatchesReference checks the tokenizer's fast path against
// the plain rune-by-rune tokenizer it replaced, token for token, with the
// marks and quotation contents of every line, and its hits against a
// scan of the tokens.
func TestTokenizeMatchesReference(t *testing.T) {
	lx := defaultLexicon()
	for n, text := range tokenizerInputs(t) {
		for _, p := range Paragraphs(text) {
			marks, inside := paragraphMarks(lx, text, p.Start, p.End)
			want := tokenizeRef(nil, lx, text, p.Start, p.End, marks, inside)
			got, hits := tokenize(nil, nil, lx, text, p.Start, p.End, marks, inside)
			require.Equal(t, want, got, "input %d %q, paragraph %v: got tokens, want the reference's", n, text, p)
			var wantHits []int32
			for k, tk := range got {
				if tk.kind == tkWord && tk.cls&(wCue|wCueFirst|wRole) != 0 {
					wantHits = append(wantHits, int32(k))
				}
			}
			require.Equal(t, wantHits, hits, "input %d %q: got hits, want the cue and role words", n, text)
			// Without marks, as a paragraph read only for speakers.
			want = tokenizeRef(nil, lx, text, p.Start, p.End, nil, nil)
			got, _ = tokenize(nil, nil, lx, text, p.Start, p.End, nil, nil)
			require.Equal(t, want, got, "input %d %q, paragraph %v without marks", n, text, p)
		}
	}
}

func TestByteKinds(t *testing.T) {
	require.Len(t, byteKinds, 256)
	for c := 0; c < 256; c++ {
		var want byte
		switch {
		case c <= ' ':
			want = 'S'
		case asciiWord[c]:
			want = 'W'
		case c < 0x80:
			want = 'P'
		default:
			want = 'H'
		}
		require.Equal(t, string(want), string(byteKinds[c]), "byte %#x: got kind %q, want %q", c, byteKinds[c], want)
	}
}

func TestSpaceBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			x := uint64(0x4141414141414141) // "AAAAAAAA"
			x = x&^(0xff<<(8*k)) | uint64(c)<<(8*k)
			want := uint64(0)
			if c <= ' ' {
				want = 0x80 << (8 * k)
			}
			require.Equal(t, want, spaceBytes(x), "byte %#x at %d: got mask, want %#x", c, k, want)
		}
	}
}

// TestQuotedStops checks quotedStops against the two masks it stands for,
// for every byte at every position, among fillers of each kind (a letter,
// a space, a comma, a non-ASCII byte), whose bytes must not carry into it.
func TestQuotedStops(t *testing.T) {
	for _, fill := range []uint64{0x4141414141414141, 0x2020202020202020, 0x2c2c2c2c2c2c2c2c, 0xe2e2e2e2e2e2e2e2, 0x7f7f7f7f7f7f7f7f, 0} {
		for c := 0; c < 256; c++ {
			for k := 0; k < 8; k++ {
				x := fill&^(0xff<<(8*k)) | uint64(c)<<(8*k)
				want := nonWordBytes(x) &^ spaceBytes(x)
				require.Equal(t, want, quotedStops(x), "byte %#x at %d among %#x: got mask, want %#x", c, k, fill, want)
			}
		}
	}
}

// TestGeneralPunctuation checks the tokenizer's shortcut for U+2000 to
// U+203F: no letter or digit there, and isGeneralSpace as unicode.IsSpace.
func TestGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x203F; r++ {
		require.False(t, isWordRune(r), "%U: got a letter or digit, want none in general punctuation", r)
		require.Equal(t, unicode.IsSpace(r), isGeneralSpace(r), "%U: got isGeneralSpace, want unicode.IsSpace", r)
	}
}
