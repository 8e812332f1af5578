//go:build go1.24

package corpus

import "fmt"

// Kind says what part of an article a [Paragraph] is. The zero value is
// [KindUnknown], which the parser never produces.
//
// Kind marshals to and from the words of the whosaid output contract
// ("title", "standfirst", "byline", "date", "body", "comment",
// "boilerplate").
type Kind uint8

// The kinds of paragraph, in the order they usually appear in a file.
const (
	KindUnknown     Kind = iota // not classified; never produced by the parser
	KindTitle                   // the headline
	KindStandfirst              // the summary sentence under the headline
	KindByline                  // the author line
	KindDateline                // a line that is (mostly) the publication date
	KindBody                    // the article's own text
	KindComment                 // a reader comment (text and signature lines)
	KindBoilerplate             // site furniture; see Paragraph.Reason
)

var kindNames = [...]string{
	KindUnknown:     "unknown",
	KindTitle:       "title",
	KindStandfirst:  "standfirst",
	KindByline:      "byline",
	KindDateline:    "date",
	KindBody:        "body",
	KindComment:     "comment",
	KindBoilerplate: "boilerplate",
}

// String returns the contract word for k, or "Kind(N)" for a value out of
// range.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// MarshalText implements encoding.TextMarshaler with the words of String.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("corpus: invalid kind %d", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the words of
// String.
func (k *Kind) UnmarshalText(text []byte) error {
	for i, n := range kindNames {
		if n == string(text) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("corpus: unknown kind %q", text)
}

// Reason says why a paragraph was set aside as [KindBoilerplate]. It is
// [ReasonNone] for every other kind. Reasons marshal to kebab-case words
// ("share-widget", "duplicate-title", ...).
type Reason uint8

// The reasons for boilerplate. Several come from phrases sites commonly use,
// the others from the shape of the line and its position (see the package
// documentation).
const (
	ReasonNone             Reason = iota // not boilerplate
	ReasonDisclaimer                     // audience disclaimer ("intended for health professionals only")
	ReasonHeaderDate                     // site header carrying a date (often the date viewed)
	ReasonShareWidget                    // share / social media buttons
	ReasonDuplicateTitle                 // the title repeated, or shown again in a widget
	ReasonCommentsHeader                 // heading of the reader comments section
	ReasonCommentsStatus                 // "Comments are closed.", "No comments yet"
	ReasonAdvertising                    // "Ads by Google", "Advertisement"
	ReasonExitNotice                     // "You are leaving the site..."
	ReasonEngagementPrompt               // "What do you think? Join the debate"
	ReasonSignUp                         // newsletter / registration prompt
	ReasonRelatedLinks                   // "More from ...", headlines of other articles
	ReasonPager                          // "- 1", "Next", "Page 2 of 3"
	ReasonReadingLabel                   // "Currently reading"
	ReasonNavigation                     // menus, breadcrumbs, other short non-sentences outside the body
	ReasonFooter                         // company registration, copyright, legal links
	ReasonPullQuote                      // a line repeating words of a body paragraph
	ReasonCaption                        // photo caption or credit
	ReasonLowContent                     // rejected by length, stop-word share and neighbours
	ReasonEndMarker                      // "ENDS", "Notes to editors" and everything after it
)

var reasonNames = [...]string{
	ReasonNone:             "",
	ReasonDisclaimer:       "disclaimer",
	ReasonHeaderDate:       "header-date",
	ReasonShareWidget:      "share-widget",
	ReasonDuplicateTitle:   "duplicate-title",
	ReasonCommentsHeader:   "comments-header",
	ReasonCommentsStatus:   "comments-status",
	ReasonAdvertising:      "advertising",
	ReasonExitNotice:       "exit-notice",
	ReasonEngagementPrompt: "engagement-prompt",
	ReasonSignUp:           "sign-up",
	ReasonRelatedLinks:     "related-links",
	ReasonPager:            "pager",
	ReasonReadingLabel:     "reading-label",
	ReasonNavigation:       "navigation",
	ReasonFooter:           "footer",
	ReasonPullQuote:        "pull-quote",
	ReasonCaption:          "caption",
	ReasonLowContent:       "low-content",
	ReasonEndMarker:        "end-marker",
}

// String returns the kebab-case word for r ("" for ReasonNone), or
// "Reason(N)" for a value out of range.
func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", r)
}

// MarshalText implements encoding.TextMarshaler with the words of String.
func (r Reason) MarshalText() ([]byte, error) {
	if int(r) >= len(reasonNames) {
		return nil, fmt.Errorf("corpus: invalid reason %d", r)
	}
	return []byte(reasonNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the words of
// String (the empty text is ReasonNone).
func (r *Reason) UnmarshalText(text []byte) error {
	for i, n := range reasonNames {
		if n == string(text) {
			*r = Reason(i)
			return nil
		}
	}
	return fmt.Errorf("corpus: unknown reason %q", text)
}

// DateSource says where an article's [Date] was found, so that callers can
// judge how far to trust it. The zero value is [NoDate].
type DateSource uint8

// The sources of a date.
const (
	NoDate     DateSource = iota // no date found ("none")
	DateLine                     // a line of its own in the article's header block ("dateline")
	PageHeader                   // the site's page header among furniture; may be the date the page was viewed ("page_header")
	InText                       // inside a sentence of the body, e.g. "today (29 January 2010)" ("in_text")
)

var sourceNames = [...]string{
	NoDate:     "none",
	DateLine:   "dateline",
	PageHeader: "page_header",
	InText:     "in_text",
}

// String returns "none", "dateline", "page_header" or "in_text", or
// "DateSource(N)" for a value out of range.
func (s DateSource) String() string {
	if int(s) < len(sourceNames) {
		return sourceNames[s]
	}
	return fmt.Sprintf("DateSource(%d)", s)
}

// MarshalText implements encoding.TextMarshaler with the words of String.
func (s DateSource) MarshalText() ([]byte, error) {
	if int(s) >= len(sourceNames) {
		return nil, fmt.Errorf("corpus: invalid date source %d", s)
	}
	return []byte(sourceNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the words of
// String.
func (s *DateSource) UnmarshalText(text []byte) error {
	for i, n := range sourceNames {
		if n == string(text) {
			*s = DateSource(i)
			return nil
		}
	}
	return fmt.Errorf("corpus: unknown date source %q", text)
}
