//go:build go1.24

package corpus

import (
	"iter"
	"time"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into
// [Article.Text]. The zero Span is empty.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Article is one parsed article file. Every [Span] in it is a byte range of
// Text, so that string(a.Text[x.Start:x.End]) == x.Text holds for every
// [Field], the [Date] and the comment authors and places. Spans are offsets
// into Article.Text, which is the input itself (not a copy) unless it had to
// be decoded: UTF-16 input, or UTF-8 that was double-encoded as
// Windows-1252. Encoding says which.
//
// An Article is a plain value: the parser keeps no reference to it, and it is
// safe for concurrent reads.
type Article struct {
	ID         string      `json:"id"`                 // file base name when read by Walk or ParseFile; "" from Parse
	Text       []byte      `json:"-"`                  // the bytes every span refers to: the input itself unless Encoding says it was decoded
	Encoding   Encoding    `json:"encoding,omitempty"` // how the input was encoded; EncodingUTF8 (zero): Text is the input
	Capped     bool        `json:"capped,omitempty"`   // more than Parser.MaxLines lines: the last Paragraph is the unclassified rest
	Title      Field       `json:"title"`              // zero Field when absent; same for Standfirst and Byline
	Standfirst Field       `json:"standfirst"`         // the summary line under the title
	Byline     Field       `json:"byline"`             // author(s), without a leading "By"
	Date       Date        `json:"date"`               // publication date (see Date.Source); zero when none found
	Paragraphs []Paragraph `json:"paragraphs"`         // every non-blank line, in file order
	Comments   []Comment   `json:"comments"`           // reader comments, in file order
}

// Field is a piece of text found in an article, with its byte span.
// Text == string(Article.Text[Start:End]); the zero Field means "absent".
type Field struct {
	Text string `json:"text"`
	Span
}

// IsZero reports whether f is absent.
func (f Field) IsZero() bool { return f.Text == "" && f.Span.IsZero() }

// Date is an article's publication date as found in the text.
type Date struct {
	Time   time.Time  `json:"time"` // midnight UTC of the date; zero when none found
	Text   string     `json:"text"` // verbatim minimal date text, e.g. "29 January 2010"; == Article.Text[Start:End]
	Span              // where Text is
	Source DateSource `json:"source"` // where the date came from; NoDate when none found
}

// IsZero reports whether no date was found.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// Paragraph is one non-blank line of the file and what it is.
// Its Span covers the line without its terminator and without leading and
// trailing white space (ASCII spaces, tabs, and U+00A0). When the article
// is [Article.Capped], the last Paragraph is the exception: a KindBody
// span over all the lines after Parser.MaxLines, from the first of them.
type Paragraph struct {
	Kind   Kind   `json:"kind"`
	Span          // the line's text, trimmed
	Line   int    `json:"line"`             // 1-based line number (LF, CRLF and lone CR all end a line)
	Reason Reason `json:"reason,omitempty"` // for KindBoilerplate only
}

// Comment is one reader comment. Span covers the comment's text without its
// enclosing quotation marks; Raw covers the whole comment including the
// signature (one line, or the text and signature lines when the signature
// has a line of its own).
type Comment struct {
	Span              // the comment text, without enclosing quotation marks
	Raw        Span   `json:"raw"`
	Author     string `json:"author"` // "" when the comment is unsigned
	AuthorSpan Span   `json:"author_span"`
	Place      string `json:"place"` // "" when not given
	PlaceSpan  Span   `json:"place_span"`
}

// Body returns an iterator over the article's body paragraphs
// (Kind == KindBody), in file order.
func (a *Article) Body() iter.Seq[Paragraph] {
	return a.ParagraphsOf(KindBody)
}

// ParagraphsOf returns an iterator over the paragraphs of kind k, in file
// order.
func (a *Article) ParagraphsOf(k Kind) iter.Seq[Paragraph] {
	return func(yield func(Paragraph) bool) {
		for _, p := range a.Paragraphs {
			if p.Kind == k && !yield(p) {
				return
			}
		}
	}
}

// Decoded reports whether Text is a decoded copy of the input rather than
// the input itself (see [Article.Encoding]).
func (a *Article) Decoded() bool { return a.Encoding != EncodingUTF8 }

// Slice returns the text of s in the article: string(a.Text[s.Start:s.End]).
// It returns "" for a span outside Text.
func (a *Article) Slice(s Span) string {
	if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
		return ""
	}
	return string(a.Text[s.Start:s.End])
}
