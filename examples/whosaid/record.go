//go:build go1.24

package main

// The JSON Lines record of one article, as ../shared/contracts/whosaid-jsonl.md
// specifies it. Fields may be added, never renamed or removed. Every offset
// is a UTF-8 byte offset into the original file, end exclusive.

// record is one article's line of output.
type record struct {
	ID      string `json:"id"`
	Warning string `json:"warning,omitempty"` // faulty content, read as well as it could be
	// Encoding is set when the file had to be decoded ("utf-16le",
	// "utf-8-double-encoded"): every offset is then into the decoded UTF-8
	// text, not into the file's bytes.
	Encoding string `json:"encoding,omitempty"`
	// Capped is set when the file had more lines than the parser classifies
	// one by one: its last paragraph is the unclassified rest.
	Capped     bool        `json:"capped,omitempty"`
	Title      *string     `json:"title"`
	Standfirst *string     `json:"standfirst"`
	Byline     *string     `json:"byline"`
	Date       *string     `json:"date"`
	DateText   *string     `json:"date_text"`
	DateSource *string     `json:"date_source"`
	DateSpan   *span       `json:"date_span"`
	Paragraphs []paragraph `json:"paragraphs"`
	Comments   []comment   `json:"comments"`
	Quotes     []quotation `json:"quotes"`
	Entities   []mention   `json:"entities"`
}

// errorRecord stands in the output for a file that could not be read or
// parsed.
type errorRecord struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// span is a [start, end) byte range, written as a two-element array.
type span [2]int

type paragraph struct {
	Kind   string `json:"kind"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason,omitempty"`
}

type comment struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Author *string `json:"author"`
	Place  *string `json:"place"`
}

type quotation struct {
	Kind           string  `json:"kind"`
	Text           string  `json:"text"`
	Spans          []span  `json:"spans"`
	Speaker        *string `json:"speaker"`
	SpeakerMention *span   `json:"speaker_mention"`
	Role           *string `json:"role"`
	RoleSpan       *span   `json:"role_span"`
	Org            *string `json:"org"`
	OrgSpan        *span   `json:"org_span"`
	OrgCode        *string `json:"org_code"`
	Cue            *string `json:"cue"`
	CueSpan        *span   `json:"cue_span"`
	Position       *string `json:"position"`
	Inferred       bool    `json:"inferred"`
}

type mention struct {
	Text         string  `json:"text"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Name         *string `json:"name"`
	Code         *string `json:"code"`
	Kind         string  `json:"kind"`
	Generic      bool    `json:"generic"`
	Class        *string `json:"class"` // for a generic mention: "primary care trust"
	DateInferred bool    `json:"date_inferred"`
}
