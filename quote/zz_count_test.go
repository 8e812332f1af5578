package quote

import "testing"

func TestZZCount(t *testing.T) {
	text := benchCorpus(t, 1<<20)
	lx := defaultLexicon()
	var words, punct, marks, bytesIn, wordBytes int
	for _, p := range Paragraphs(text) {
		m, in := paragraphMarks(lx, text, p.Start, p.End)
		for _, s := range in {
			bytesIn += s.End - s.Start
		}
		toks, _ := tokenize(nil, nil, lx, text, p.Start, p.End, m, in)
		for _, tk := range toks {
			switch tk.kind {
			case tkWord:
				words++
				wordBytes += tk.end - tk.start
			case tkPunct:
				punct++
			default:
				marks++
			}
		}
	}
	t.Logf("bytes %d inside %d words %d (bytes %d) punct %d marks %d", len(text), bytesIn, words, wordBytes, punct, marks)
}
