//go:build go1.24

package corpus

import (
	"bytes"
	"slices"
)

// sameWords reports whether a and b have the same words, ignoring case,
// punctuation and spacing.
func sameWords(text []byte, a, b *line) bool {
	s, t := text[a.start:a.end], text[b.start:b.end]
	i, j := 0, 0
	for {
		i, j = skipNonWord(s, i), skipNonWord(t, j)
		if i >= len(s) || j >= len(t) {
			return i >= len(s) && j >= len(t)
		}
		ie, je := wordAt(s, i), wordAt(t, j)
		if !bytes.EqualFold(s[i:ie], t[j:je]) {
			return false
		}
		i, j = ie, je
	}
}

// nearDup reports whether two lines share nearly all their words (at least
// 80% of the distinct words of the longer one), as a standfirst and the first
// paragraph that repeats it do. Words are compared by hash.
func (st *state) nearDup(text []byte, a, b *line) bool {
	la, lb := a.end-a.start, b.end-b.start
	if a.words < 4 || b.words < 4 || la > 2000 || lb > 2000 || 10*min(la, lb) < 7*max(la, lb) {
		return false
	}
	st.hashA = distinctHashes(text[a.start:a.end], st.hashA[:0])
	st.hashB = distinctHashes(text[b.start:b.end], st.hashB[:0])
	x, y := st.hashA, st.hashB
	common := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return float64(common) >= 0.8*float64(max(len(x), len(y)))
}

// distinctHashes appends the sorted, distinct hashes of the lower-case words
// of s to dst.
func distinctHashes(s []byte, dst []uint32) []uint32 {
	for i := skipNonWord(s, 0); i < len(s); i = skipNonWord(s, i) {
		// The ASCII letters and digits that start the word are hashed as
		// they are read (c|0x20 lower-cases a letter and keeps a digit);
		// wordAt finds the end of a word that goes on past them.
		h := uint32(fnvOffset)
		j := i
		for j < len(s) && asciiAlnum[s[j]] {
			h = (h ^ uint32(s[j]|0x20)) * fnvPrime
			j++
		}
		if j < len(s) && wordGoesOn[s[j]] {
			end := wordAt(s, i)
			for _, c := range s[j:end] {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				h = (h ^ uint32(c)) * fnvPrime
			}
			j = end
		}
		dst = append(dst, h)
		i = j
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}
