//go:build go1.24

// Package entity finds mentions of NHS bodies, and of the councils and
// national bodies that news about the NHS names, in plain text, and
// resolves each to an entry of a real register.
//
// # Register
//
// The package embeds a register (data/register.tsv, generated from the ODS
// and ONS extracts in data/source by `go generate`; see data/README.md for
// provenance and licence): trusts and foundation trusts, primary care trusts
// and care trusts, strategic health authorities, clinical commissioning
// groups, integrated care boards and the STPs before them, NHS England
// offices, English councils, and hand-made rows for national,
// representative and regulatory bodies. Each [Org] has its code, name,
// [Kind], dates, parent, predecessors, successors and aliases. [Default]
// returns the matcher of that register; [ParseRegister] and [NewMatcher]
// build one from your own (for example a newer ODS extract in the same
// tab-separated format).
//
// # Spellings
//
// From each register entry the matcher derives by rule the ways journalists
// write it: "Blackpool Primary Care Trust", "Blackpool PCT", "NHS Blackpool"
// (the PCTs' trading names); "Bexley NHS Care Trust"; "North East SHA",
// "NHS North East"; "X NHS Foundation Trust", "X NHS Trust", and "X" alone
// where it is distinctive ("Blackpool Teaching Hospitals"); "NHS X CCG",
// "X CCG", "NHS X"; "NHS X Integrated Care Board", "X ICB", "NHS X"; "X
// Council", "London Borough of X"; and the register's aliases ("DH", "DoH", "CQC", "NHS
// Confederation"). Matching ignores case, except that an acronym must not be
// written in lower case and a name must start with a capital; punctuation
// inside a name ("Stoke-on-Trent", "Guy’s and St Thomas’"), "&" for "and"
// and a single line break are tolerated. A possessive is left out of the
// span ("Department of Health" in "the Department of Health’s").
//
// A place name alone ("Bath and North East Somerset") is reported only
// where the text uses it as a body: as an affiliation after a role ("deputy
// leader, Bath and North East Somerset;"). "the Alliance" or "the network"
// after a body whose name ends in that word is a back-reference to it.
// Generic mentions of a kind of body ("PCTs", "primary care trusts",
// "mental health trusts", "GP consortia", "local authorities", "councils")
// have Generic set, Org nil and the Kind of the class.
//
// # Dates
//
// Many spellings name several bodies: "NHS Blackpool" was the PCT until
// 2013 and then the CCG. [Options].Date keeps the bodies open on that date
// (unless none is). Without a date, or when several remain, the era is
// inferred from the text: the years it mentions, the classes it names
// ("PCTs" and "SHAs" mean before April 2013, "CCGs" 2013-2022, "ICBs"
// after) and the periods of the bodies it names unambiguously; such
// mentions have DateInferred set.
//
// # Matching
//
// [Matcher.Find] makes one pass over the text with an automaton compiled
// once: a trie over normalised words. Most words of running text can begin
// no name and be no part of one ("said", "the" before a word no name goes
// on with, a capitalised word outside the register): one loop passes over
// stretches of them, reading each eight bytes at a time and dismissing it
// after a filter test, with no token built; a call allocates only the
// slice of mentions it returns. Offsets are UTF-8 byte offsets into the
// text as given, half-open, and text[m.Start:m.End] == m.Text always
// holds; no input (invalid UTF-8, NUL, CRLF, huge lines) makes it panic or
// take more than linear time. Mentions are sorted and non-overlapping; the
// leftmost, then longest, spelling wins. A Matcher is safe for concurrent
// use.
//
// A sample:
//
//	text := "The letter was signed by the chair of NHS Blackpool and by the " +
//		"Department of Health’s director; many PCTs agreed."
//	for _, m := range entity.Default().Find(text, entity.Options{}) { ... }
//	// 38 51   "NHS Blackpool"        pct 5HP (Blackpool Primary Care Trust), DateInferred
//	// 63 83   "Department of Health" national_body hm-dh (Department of Health), DateInferred
//	// 103 107 "PCTs"                 generic pct ("primary care trust")
package entity
