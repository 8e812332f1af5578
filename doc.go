//go:build go1.24

// Package nhsnews is the root of a library for studying how the English NHS is
// covered in the news: given scraped news articles, it says what each article
// says, who is quoted saying what, and which NHS bodies are involved.
//
// The work is split across three small, independent packages; none imports
// another, and each reports byte offsets into the text it was given, so a
// caller can highlight every finding in the original file:
//
//   - [github.com/nhsnews/nhsnews/corpus] parses one scraped article (plain
//     UTF-8 text) into title, standfirst, byline, date, body paragraphs and
//     reader comments, and sets aside site furniture such as disclaimers,
//     share widgets, advertising and footers, each with a reason. It also
//     walks a folder of articles lazily.
//   - [github.com/nhsnews/nhsnews/quote] finds every quotation in a text with
//     its speaker, the speaker's role and organisation, the reporting verb and
//     its kind (direct, partial, scare quote, headline, reader comment,
//     indirect speech), including quotations that run over several paragraphs
//     and speakers named only as "she" or "the report".
//   - [github.com/nhsnews/nhsnews/entity] recognises NHS bodies (primary care
//     trusts, strategic health authorities, trusts, care trusts, clinical
//     commissioning groups, integrated care boards, national and representative
//     bodies, councils) and resolves each mention to its entry in a real
//     register, with its ODS or ONS code, kind and dates.
//
// The programs under examples/ combine them; examples/whosaid is the main job
// and writes the JSON Lines format that other tools read.
//
// This package itself holds only the sample articles bundled with the module,
// through [Samples].
package nhsnews
