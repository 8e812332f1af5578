//go:build go1.24

package quote

import (
	"fmt"
	"strconv"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into the text
// given to [Extractor.Extract]: text[s.Start:s.End] is the spanned text. The
// zero Span (and any Span with Start == End) is empty and means "none".
type Span struct {
	Start, End int
}

// IsZero reports whether s is empty, the way a Quote says "no mention", "no
// role" or "no cue".
func (s Span) IsZero() bool { return s.Start >= s.End }

// Len is the number of bytes in s.
func (s Span) Len() int { return max(0, s.End-s.Start) }

// MarshalJSON writes s as a two-element array [start, end], the shape of the
// whosaid contract.
func (s Span) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, ']'), nil
}

// UnmarshalJSON reads the [start, end] array written by MarshalJSON.
func (s *Span) UnmarshalJSON(data []byte) error {
	var a, b int
	if _, err := fmt.Sscanf(string(data), "[%d,%d]", &a, &b); err != nil {
		return fmt.Errorf("quote: span %q: %w", data, err)
	}
	s.Start, s.End = a, b
	return nil
}

// Kind says what sort of quotation a Quote is. The zero Kind is Direct.
type Kind uint8

// The kinds of quotation.
const (
	// Direct is one or more sentences in quotation marks attributed to a speaker.
	Direct Kind = iota
	// Partial is a fragment in quotation marks woven into the reporter's own sentence.
	Partial
	// Scare is a term in quotation marks with no speech attributed: never given a speaker.
	Scare
	// Headline is any quotation in a title or standfirst paragraph (ZoneHeadline).
	Headline
	// Comment is a reader comment (ZoneComment) signed " - Name, Place".
	Comment
	// Indirect is reported speech without quotation marks: X said that ...
	Indirect
)

var kindNames = [...]string{"direct", "partial", "scare", "headline", "comment", "indirect"}

// String returns the lower-case name of k ("direct", "partial", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns k's name; it fails for an unknown Kind.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("quote: unknown kind %d", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText sets k from its name as written by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("quote: unknown kind %q", b)
}

// Position says where the attribution stands relative to the quotation. The
// zero Position, NoPosition, means the quotation is not attributed.
type Position uint8

// The positions of an attribution.
const (
	// NoPosition: no attribution (scare quotes, unattributed quotations).
	NoPosition Position = iota
	// Before: X said: “…” in the same paragraph.
	Before
	// After: “…,” X said (also the inverted “…,” said X).
	After
	// Middle: the split quotation “A,” X said, “B.”, attribution between the parts.
	Middle
	// SeparateParagraph: an attribution paragraph ending in a colon, the quotation in the next.
	SeparateParagraph
	// Continuation: a quotation paragraph that follows an attributed one, same speaker.
	Continuation
)

var positionNames = [...]string{"", "before", "after", "middle", "separate_paragraph", "continuation"}

// String returns the name of p as the gold files write it ("before",
// "separate_paragraph", ...), or "" for NoPosition.
func (p Position) String() string {
	if int(p) < len(positionNames) {
		return positionNames[p]
	}
	return "Position(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText returns p's name ("" for NoPosition); it fails for an unknown Position.
func (p Position) MarshalText() ([]byte, error) {
	if int(p) >= len(positionNames) {
		return nil, fmt.Errorf("quote: unknown position %d", p)
	}
	return []byte(positionNames[p]), nil
}

// UnmarshalText sets p from its name as written by MarshalText.
func (p *Position) UnmarshalText(b []byte) error {
	for i, n := range positionNames {
		if n == string(b) {
			*p = Position(i)
			return nil
		}
	}
	return fmt.Errorf("quote: unknown position %q", b)
}

// Zone says what part of an article a paragraph belongs to. The zero Zone is
// ZoneBody.
type Zone uint8

// The zones of a paragraph.
const (
	// ZoneBody is running text: searched, quotations get their own kinds.
	ZoneBody Zone = iota
	// ZoneHeadline is a title or standfirst: every quotation there is a Headline.
	ZoneHeadline
	// ZoneComment is a reader comment: a quotation signed " - Name, Place" is a Comment by Name.
	ZoneComment
	// ZoneSkip is site furniture (share widgets, pull quotes): never searched, and transparent
	// for continuation, so a skipped line between two quotation paragraphs does not separate them.
	ZoneSkip
)

var zoneNames = [...]string{"body", "headline", "comment", "skip"}

// String returns the lower-case name of z ("body", "headline", ...).
func (z Zone) String() string {
	if int(z) < len(zoneNames) {
		return zoneNames[z]
	}
	return "Zone(" + strconv.Itoa(int(z)) + ")"
}

// MarshalText returns z's name; it fails for an unknown Zone.
func (z Zone) MarshalText() ([]byte, error) {
	if int(z) >= len(zoneNames) {
		return nil, fmt.Errorf("quote: unknown zone %d", z)
	}
	return []byte(zoneNames[z]), nil
}

// UnmarshalText sets z from its name as written by MarshalText.
func (z *Zone) UnmarshalText(b []byte) error {
	for i, n := range zoneNames {
		if n == string(b) {
			*z = Zone(i)
			return nil
		}
	}
	return fmt.Errorf("quote: unknown zone %q", b)
}

// Paragraph is one line of the text given to [Extractor.ExtractParagraphs]:
// the byte range [Start, End) without its line terminator, and its Zone.
type Paragraph struct {
	Start, End int
	Zone       Zone
}

// Quote is one quotation found in a text, with who said it. Every Span is a
// byte range into the text given; an empty Span means "none".
type Quote struct {
	// Kind is direct, partial, scare, headline, comment or indirect.
	Kind Kind `json:"kind"`
	// Text is the content without the quotation marks; the parts of a
	// quotation over several paragraphs (or split around its attribution)
	// are joined with one space.
	Text string `json:"text"`
	// Spans are the content ranges without the marks, one per part, in order.
	Spans []Span `json:"spans"`
	// Marks are the quotation marks themselves (opening and closing), in order.
	Marks []Span `json:"marks,omitempty"`
	// Speaker is the resolved speaker: a name ("Dr Michael Dixon", also for a
	// "she" that refers to him), or a body ("the report", "a DH
	// spokesperson"); "" when nothing attributes the quotation.
	Speaker string `json:"speaker,omitempty"`
	// Mention is the attributing mention as written ("she", "Dr Michael Dixon").
	Mention Span `json:"speaker_mention,omitzero"`
	// Role is the speaker's role as written ("NHS Alliance Chairman"), at
	// RoleSpan; for a resolved pronoun, the role given where its antecedent
	// was named.
	Role     string `json:"role,omitempty"`
	RoleSpan Span   `json:"role_span,omitzero"`
	// Org is the speaker's organisation where the text gives one ("NHS
	// Alliance", "DH"), at OrgSpan.
	Org     string `json:"org,omitempty"`
	OrgSpan Span   `json:"org_span,omitzero"`
	// Cue is the reporting verb ("said", "comments", "according to"), at CueSpan.
	Cue     string `json:"cue,omitempty"`
	CueSpan Span   `json:"cue_span,omitzero"`
	// Position is where the attribution stands.
	Position Position `json:"position,omitzero"`
	// Inferred is true when the speaker comes from context (a continuation,
	// a neighbouring paragraph) rather than an attribution of its own.
	Inferred bool `json:"inferred,omitempty"`
	// Nested is the index, in the returned slice, of the quotation that
	// encloses this one, or -1.
	Nested int `json:"nested"`
}
