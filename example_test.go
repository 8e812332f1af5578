//go:build go1.24

package nhsnews_test

import (
	"fmt"

	"github.com/nhsnews/nhsnews/corpus"
	"github.com/nhsnews/nhsnews/entity"
	"github.com/nhsnews/nhsnews/quote"
)

// This example parses one scraped article, finds who said what in it and
// which NHS bodies it names, and prints each finding with its byte offsets
// into the original file.
func Example() {
	file := []byte("This site is intended for health professionals only\n" +
		"\n" +
		"Hospital trust warns of winter pressure\n" +
		"\n" +
		"By Jane Reporter\n" +
		"\n" +
		"Tuesday 12 January 2010\n" +
		"\n" +
		"Dr Anna Patel, chief executive of NHS Blackpool, said: “We are ready, but the winter will be hard.”\n" +
		"\n" +
		"“Every bed counts,” she added.\n" +
		"\n" +
		"Share |")

	article, err := corpus.Parse(file)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s (%s, %s)\n", article.Title.Text, article.Byline.Text, article.Date.Time.Format("2006-01-02"))

	// Tell the quote extractor which lines are the headline, the body and
	// site furniture, so that it searches only the article itself.
	var paragraphs []quote.Paragraph
	for _, p := range article.Paragraphs {
		zone := quote.ZoneSkip
		switch p.Kind {
		case corpus.KindTitle, corpus.KindStandfirst:
			zone = quote.ZoneHeadline
		case corpus.KindBody:
			zone = quote.ZoneBody
		}
		paragraphs = append(paragraphs, quote.Paragraph{Start: p.Start, End: p.End, Zone: zone})
	}
	var extractor quote.Extractor
	text := string(article.Text)
	for _, q := range extractor.ExtractParagraphs(text, paragraphs) {
		fmt.Printf("%s quote at %d: %s (%s) %s %q\n", q.Kind, q.Spans[0].Start, q.Speaker, q.Role, q.Cue, q.Text)
	}

	for _, m := range entity.Default().Find(text, entity.Options{Date: article.Date.Time}) {
		if m.Generic {
			fmt.Printf("body at %d: %q is a kind of body (%s)\n", m.Start, m.Text, m.Kind)
			continue
		}
		fmt.Printf("body at %d: %q is %s (%s, %s)\n", m.Start, m.Text, m.Org.Name, m.Org.Code, m.Kind)
	}
	// Output:
	// Hospital trust warns of winter pressure (Jane Reporter, 2010-01-12)
	// direct quote at 195: Dr Anna Patel (chief executive of NHS Blackpool) said "We are ready, but the winter will be hard."
	// direct quote at 245: Dr Anna Patel (chief executive of NHS Blackpool) added "Every bed counts,"
	// body at 53: "Hospital trust" is a kind of body (trust)
	// body at 171: "NHS Blackpool" is Blackpool Primary Care Trust (5HP, pct)
}
