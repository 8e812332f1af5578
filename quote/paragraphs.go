//go:build go1.24

package quote

import "strings"

// Paragraphs splits text into its lines, as [Extractor.Extract] reads it:
// lines end at "\n", "\r\n" or a lone "\r"; blank lines (only spaces and
// tabs) are left out; every other line is a ZoneBody paragraph whose
// [Start, End) byte range excludes the terminator. The result is freshly
// allocated.
func Paragraphs(text string) []Paragraph {
	return appendParagraphs(nil, text)
}

// appendParagraphs appends the paragraphs of text, as Paragraphs finds
// them, to out.
func appendParagraphs(out []Paragraph, text string) []Paragraph {
	start := 0
	nextLF, nextCR := -1, -1 // the next "\n" and "\r" at or after start; len(text) for none
	for start <= len(text) {
		if nextLF < start {
			nextLF = len(text)
			if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
				nextLF = start + i
			}
		}
		if nextCR < start {
			nextCR = len(text)
			if i := strings.IndexByte(text[start:], '\r'); i >= 0 {
				nextCR = start + i
			}
		}
		end := min(nextLF, nextCR)
		if !blank(text[start:end]) {
			out = append(out, Paragraph{Start: start, End: end})
		}
		if end < len(text) && text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
			end++
		}
		start = end + 1
	}
	return out
}

func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// appendClean appends to out the usable paragraphs of paras: inside
// text, non-empty, in order and not overlapping. Others are dropped, so a
// careless caller gets fewer quotations, never a panic.
func appendClean(out []Paragraph, text string, paras []Paragraph) []Paragraph {
	last := 0
	for _, p := range paras {
		if p.Start < last || p.End > len(text) || p.Start >= p.End || p.Zone > ZoneSkip {
			continue
		}
		out = append(out, p)
		last = p.End
	}
	return out
}
