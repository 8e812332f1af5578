//go:build go1.24

package quote_test

import (
	"fmt"

	"github.com/nhsnews/nhsnews/quote"
)

func ExampleExtractor_Extract() {
	text := "Dr Jane Hill, chair of the Example Trust, said: “We are ready.”\n" +
		"“It will not be easy,” she added.\n" +
		"The plan calls for a “whole system” approach."
	var e quote.Extractor
	for _, q := range e.Extract(text) {
		fmt.Printf("%s %q speaker=%q cue=%q position=%s\n", q.Kind, q.Text, q.Speaker, q.Cue, q.Position)
		if !q.Mention.IsZero() {
			fmt.Printf("  mention %q at [%d,%d)\n", text[q.Mention.Start:q.Mention.End], q.Mention.Start, q.Mention.End)
		}
	}
	// Output:
	// direct "We are ready." speaker="Dr Jane Hill" cue="said" position=before
	//   mention "Dr Jane Hill" at [0,12)
	// direct "It will not be easy," speaker="Dr Jane Hill" cue="added" position=after
	//   mention "she" at [95,98)
	// scare "whole system" speaker="" cue="" position=
}

func ExampleExtractor_ExtractParagraphs() {
	text := "Hospitals ‘not ready’, says report\n" +
		"Share this\n" +
		"The report says: “Most hospitals are not ready for winter.”"
	paras := quote.Paragraphs(text)
	paras[0].Zone = quote.ZoneHeadline
	paras[1].Zone = quote.ZoneSkip
	var e quote.Extractor
	for _, q := range e.ExtractParagraphs(text, paras) {
		fmt.Printf("%s %q speaker=%q\n", q.Kind, q.Text, q.Speaker)
	}
	// Output:
	// headline "not ready" speaker="report"
	// direct "Most hospitals are not ready for winter." speaker="the report"
}
