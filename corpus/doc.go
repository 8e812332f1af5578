//go:build go1.24

// Package corpus turns one scraped news article (plain text, no HTML; UTF-8
// or UTF-16) into a structured article: title, standfirst, byline,
// publication date, body paragraphs, reader comments, and the lines set
// aside as site furniture, each with its byte span.
//
// # Input format
//
// An article file is plain text with one paragraph per line. Files may put
// blank lines between paragraphs or not, and may mix both. A typical file:
//
//	This site is intended for health professionals only
//	Thursday 29 September 2016 Instagram
//	Share |
//
//	Plan to transform community services
//
//	Plan to transform community services
//
//	NHS staff across England are taking control of the community services ...
//
//	Simon Burns, Minister of State for Health said:
//
//	"The proposals we set out in the White Paper aim to put patients ..."
//
//	Your comments (terms and conditions apply):
//
//	"This is actually a good initiative ..." - Maryam Omitogun, Surrey
//
//	Ads by Google
//
// Parsing it gives the title "Plan to transform community services" (the
// repeat is boilerplate, reason duplicate-title), the date 29 September 2016
// with source [PageHeader] (a site header date may be the day the page was
// viewed), body paragraphs including the attribution line ending in a colon,
// one comment by "Maryam Omitogun" from "Surrey", and the disclaimer, share
// buttons, comments header and advert as boilerplate with their reasons.
//
// # What is tolerated
//
// Lines may end in LF, CRLF or a lone CR; a UTF-8 byte order mark at the
// start is skipped; leading and trailing spaces, tabs and NO-BREAK SPACEs
// are left out of paragraph spans. UTF-8 text is never rewritten: NUL bytes
// and invalid UTF-8 do not move any offset. Such input is still parsed, and
// [Parser.Parse] reports the first faulty byte in a [*ParseError] next to the
// article. Very long lines, thousands of stray quotation marks and files of
// nothing but furniture are all handled in time linear in the input.
//
// Two encodings are decoded, and [Article.Encoding] says so:
//
//   - UTF-16 (little or big endian) with a byte order mark, when the text
//     after the mark is mostly ASCII characters, is decoded to UTF-8
//     (unpaired surrogates and an odd final byte become U+FFFD);
//   - UTF-16 without a byte order mark is decoded the same way when its
//     first 4 KB (at least 16 bytes) look like English text in it: at
//     least nine code units in ten are printable ASCII or Latin-1
//     characters, so that NUL bytes fill nearly every odd position (little
//     endian) or every even one (big endian) and the other bytes are
//     printable. Text with NUL bytes here and there, short fragments and
//     binary data are not taken for UTF-16 (UTF-8 text with NUL bytes is
//     parsed as it is, with [ErrNUL]);
//   - UTF-8 that was read as Windows-1252 and encoded again (“ shown as
//     â€œ, ’ as â€™, é as Ã©) is repaired, but only when every non-ASCII
//     character of the file is a Windows-1252 character and together they
//     form valid UTF-8 sequences, every one: legitimate text with an odd Ã
//     or â, or with one real curly quotation mark, is left alone.
//
// Binary data (an image, an archive, or a start that is a third control
// characters and invalid UTF-8) gives no article and an error wrapping
// [ErrBinary]. Input larger than [Parser.MaxSize] (16 MiB by default) gives
// [ErrTooLarge] and is never read further than the limit. Only the first
// [Parser.MaxLines] non-blank lines (10,000 by default) are classified one by
// one; the rest is one last body paragraph and [Article.Capped] is set, so a
// parse allocates a small multiple of the input at most (under a quarter of
// it for 16 MB of one-letter lines; the decoded copy when decoding).
//
// Walking a folder, every file that cannot be used gives a [*FileError]
// naming it and the walk goes on in file-name order: a file that cannot be
// opened or read, a file listed but gone when opened, a folder that cannot
// be listed, a binary or oversized file, a symbolic link that is dangling or
// loops, and a name ending in .txt that is not a regular file (a link to a
// folder, a named pipe, a device: [ErrNotFile]; never opened). Folders named
// like an article are walked as folders; symbolic links to folders are not
// followed, so link loops cannot hang a walk.
//
// [Walk] parses one file after another. To use every core, list the files
// with [Files] and parse each name with [Parser.ParseFS] in a pool of
// goroutines: the results are the same, file by file (see the Files
// example).
//
// # Offsets
//
// Every span is a half-open range [Start, End) of UTF-8 byte offsets into
// [Article.Text]. Spans are offsets into Article.Text, which is the input
// itself unless it had to be decoded (UTF-16, double-encoded UTF-8: see
// [Article.Decoded]); then Text is the decoded copy. For every [Field] f,
// f.Text == string(a.Text[f.Start:f.End]); the same holds for the date text
// and for comment authors and places.
//
// # How lines are classified
//
// Each non-blank line becomes one [Paragraph] with a [Kind]. The header block
// at the top is read first: furniture lines, a date line (own line:
// [DateLine]; among furniture or next to social-media words: [PageHeader]),
// an author line ("By Jane Smith"; after the title also a bare name,
// "Name, Role" or "Name Health policy editor"), one- and two-word section
// labels, the title (the first line of three to thirty words with no final
// full stop, colon or comma, or in title case with a full stop, when a
// sentence follows somewhere below), an exact repeat of it, and a standfirst
// (the line after the title when it is followed by the byline or a date line,
// is repeated almost word for word by the next line, or has no final
// punctuation).
//
// The rest is classified as body or boilerplate by general features, in the
// manner of jusText: lines are good (long enough, with a normal share of
// English function words and a sentence ending), near-good, short, or bad;
// near-good and short lines are then decided by their nearest decided
// neighbours, looking past inline adverts, captions, share buttons and links,
// which do not break the body around them. (A long line of prose is good or
// near-good whatever its share of function words: that share is counted
// only when the classes around it rest on it.) A phrase and shape filter (as
// used to clean web-crawl text) marks furniture first: disclaimers, share
// widgets, adverts, sign-up and engagement prompts, related links, pagers,
// comment headers and statuses, exit notices, footers, captions. A line with
// no final punctuation that repeats words of a nearby paragraph is a pull
// quote. A "Currently reading" label introduces the title when the top had
// none. A press release's "ENDS" or "Notes to editors" line ends the
// article: what follows is boilerplate. Lines after the last body paragraph
// that are not furniture by any phrase are related links (headline-like) or
// navigation.
//
// Reader comments follow a comments header ("Your comments", "Comments (2)",
// "Leave a comment"): "“text” - Name, Place" on one line, a comment followed
// by a "Name, Place", "- Name" or "Posted by Name" line, a "Name wrote:" line
// followed by the comment, or unsigned comment lines. A quoted one-line
// signed comment after the body counts even without a header. Comment status
// lines ("Comments are closed.") are boilerplate.
//
// When no date line is found, a full date in brackets or right after
// "today", "published" or "dated" in the first body paragraphs is taken
// ([InText]). Month-and-year phrases ("by June 2011") are never dates.
// Recognised date forms: "Thursday 29 September 2016", "Wednesday, 15
// February 2017", "15 Feb 2017", "3rd March 2011", "March 3, 2011",
// "2017-02-15", "15/02/2017" (day first unless only month first is valid).
//
// # Concurrency
//
// A [Parser] holds only configuration and is safe for concurrent use; the
// package has no mutable globals. Articles are plain values.
package corpus
