//go:build go1.24

// Package quote finds the quotations in a news article and who said them,
// with UTF-8 byte offsets into the text given.
//
// # Input
//
// [Extractor.Extract] takes an article as plain text whose paragraphs are
// its non-blank lines. [Extractor.ExtractParagraphs] takes the same text
// with the caller's [Paragraph] list, so that title and standfirst lines
// ([ZoneHeadline]), reader comments ([ZoneComment]) and site furniture
// ([ZoneSkip]) are told apart from the body. Nothing is normalised: no-break
// spaces, CRLF line ends, a byte-order mark, NUL bytes or invalid UTF-8 stay
// where they are, and every offset points into exactly the string given.
//
// # Offsets
//
// Every [Span] is a half-open byte range [Start, End) into the text. For a
// [Quote] q, text[s.Start:s.End] for each s in q.Spans is the content
// without the quotation marks, one span per paragraph or part, and q.Text
// is those parts joined with one space. q.Marks are the marks themselves;
// q.Mention, q.CueSpan, q.RoleSpan and q.OrgSpan are the speaker mention,
// the reporting verb, the role and the organisation as written. An empty
// Span means "none".
//
// # Quotation marks
//
// Curly and straight, double and single marks, two apostrophes or two
// backticks standing for a double mark as newswire writes them,
// guillemets, and quotations nested in quotations:
//
//	“…”  "…"  ‘…’  '…'  ``…''  ''…''  «…»  ‹…›  „…“
//
// An apostrophe
// (patient’s, people's, the nurses' union, '90s, rock 'n' roll) is never a
// mark. Straight marks open or close according to their neighbours. Marks
// are paired in a single pass with a small bounded stack, so thousands of
// unbalanced marks cost linear time.
//
// A quotation still open at the end of its paragraph follows the
// journalists' convention for long quotes: when the next searched paragraph
// opens with a mark of the same family, the quotation continues there, one
// span per paragraph. Otherwise a double mark is taken to close at the end
// of its paragraph (an unclosed quotation is usually a missing closing
// mark) and a single mark is dropped (it is most likely an apostrophe).
//
// # Kinds
//
//   - [Direct]: whole sentences in marks attributed to a speaker.
//   - [Partial]: a fragment woven into the reporter's sentence:
//     the Alliance says community services “need transformation”.
//   - [Scare]: marks around a term with no speech attributed (“one size fits
//     all” approach, quotations nested in quotations); never given a speaker.
//   - [Headline]: any quotation in a ZoneHeadline paragraph.
//   - [Comment]: a reader comment in a ZoneComment paragraph, signed
//     " - Name, Place".
//   - [Indirect]: reported speech without marks, taken only in shapes that
//     keep precision high: "X said that CLAUSE", "X told Y that CLAUSE",
//     "X says CLAUSE" and "CLAUSE, X said." (Position Before or After).
//
// # Attribution
//
// A cue is a reporting verb from the embedded lexicon (said, says, told,
// added, warned, according to, ...; [Extractor.ExtraCues] adds more), or
// the colon of a headline or transcript attribution "NAME: “…”". These
// shapes are recognised:
//
//	NAME, ROLE, said: “…”              ROLE NAME said: “…”
//	“…,” said NAME / “…,” NAME said    “…,” she added.
//	“A,” NAME said, “B.”               (one quotation, two spans, Middle)
//	NAME said:  ⏎  “…”                 (SeparateParagraph)
//	According to NAME, “…”             NAME told X: “…”
//	“…,” comments chief executive, NAME.
//	“…,” said a DH spokesperson.
//	NAME, a doctor at X, said: “…”     NAME, who works as a nurse, said
//
// A quotation paragraph with no attribution of its own that directly
// follows an attributed quotation continues its speaker (Continuation,
// Inferred); so does an unattributed quotation paragraph followed by
// “…,” X added. A quotation with no attribution within reach has no
// speaker rather than a guessed one.
//
// Pronouns (he, she, it, they) are resolved to the nearest earlier speaker
// of a compatible sort: "she" skips "the report", "it" skips people; a
// pronoun with no compatible antecedent is kept as written. Short names
// ("Dixon", "the Alliance") become the fuller earlier name; "the minister"
// becomes the earlier speaker whose role says minister. A quotation is
// Direct when it stands as its own sentence(s) next to its attribution,
// Partial when the reporter's words surround it or it starts in lower
// case, and Scare when it is unattributed and short, or modifies the word
// after it (a “one size fits all” approach).
//
// # Sample
//
// For the text
//
//	Dr Jane Hill, chair of the Example Trust, said: “We are ready.”
//	“It will not be easy,” she added.
//
// Extract returns two Direct quotations: "We are ready." spoken by
// "Dr Jane Hill" (role "chair of the Example Trust", organisation "Example
// Trust", cue "said", Position Before), and "It will not be easy," whose
// mention "she" resolves to "Dr Jane Hill" (cue "added", Position After):
//
//	{Kind: Direct, Text: "We are ready.", Spans: [{51 64}], Speaker: "Dr Jane Hill",
//	 Mention: {0 12}, Role: "chair of the Example Trust", RoleSpan: {14 40},
//	 Org: "Example Trust", Cue: "said", Position: Before, Nested: -1}
//	{Kind: Direct, Text: "It will not be easy,", Spans: [{71 91}], Speaker: "Dr Jane Hill",
//	 Mention: {95 98}, Role: "chair of the Example Trust", RoleSpan: {14 40},
//	 Org: "Example Trust", Cue: "added", Position: After, Nested: -1}
//
// # Concurrency
//
// An [Extractor] holds only options; the lexicons are parsed once, on first
// use, and shared read-only. One Extractor may be used from many
// goroutines at once. Each call takes its working buffers from an internal
// pool and returns them, so that a call allocates little beyond the Quotes
// it returns (whose Spans and Marks share one allocation per call).
package quote
