//go:build go1.24

// Package gold loads the hand-made gold annotations of the sample articles
// (testdata/gold/*.json at the module root) for the packages' scoring tests.
//
// The schema is described in the gold README that came with the annotations:
// every start and end is a UTF-8 byte offset into the raw article file, end
// exclusive. This package is for tests only and never appears in an exported
// signature.
package gold

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Span is a half-open byte range [Start, End) in an article file.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// File is the gold annotation of one article.
type File struct {
	File     string     `json:"file"` // the article's base name
	Article  Article    `json:"article"`
	Quotes   []Quote    `json:"quotes"`
	Indirect []Indirect `json:"indirect"`
	Entities []Entity   `json:"entities"`
	Marks    []Mark     `json:"marks"`

	// Text is the article file the annotation refers to, read by Load.
	Text []byte `json:"-"`
}

// Article is the gold structure of an article.
type Article struct {
	Title          *string       `json:"title"`
	TitleSpan      *Span         `json:"title_span"`
	Standfirst     *string       `json:"standfirst"`
	StandfirstSpan *Span         `json:"standfirst_span"`
	Byline         *string       `json:"byline"`
	BylineSpan     *Span         `json:"byline_span"`
	Date           *string       `json:"date"` // YYYY-MM-DD
	DateText       *string       `json:"date_text"`
	DateSpan       *Span         `json:"date_span"`
	DateKind       *string       `json:"date_kind"` // dateline, inline_body or page_header
	Body           []Line        `json:"body"`
	Boilerplate    []Boilerplate `json:"boilerplate"`
	Comments       []Comment     `json:"comments"`
}

// Line is one whole non-blank line of the file.
type Line struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"`
}

// Boilerplate is a line set aside as site furniture, with its type.
type Boilerplate struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Line  int    `json:"line"`
	Type  string `json:"type"`
}

// Comment is a reader comment: Start and End cover the text without its
// quotation marks, Raw the whole line.
type Comment struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Author   string `json:"author"`
	Location string `json:"location"`
	Raw      Span   `json:"raw"`
	Line     int    `json:"line"`
}

// Quote is a gold quotation. A quotation over several paragraphs has Parts;
// one in a single paragraph has Start and End.
type Quote struct {
	ID                 string  `json:"id"`
	Kind               string  `json:"kind"` // direct, partial, scare, headline or comment
	Text               string  `json:"text"`
	Start              int     `json:"start"`
	End                int     `json:"end"`
	Parts              []Span  `json:"parts"`
	Speaker            *string `json:"speaker"`
	SpeakerMention     *string `json:"speaker_mention"`
	SpeakerMentionSpan *Span   `json:"speaker_mention_span"`
	SpeakerRole        *string `json:"speaker_role"`
	SpeakerRoleSpan    *Span   `json:"speaker_role_span"`
	SpeakerAffiliation *string `json:"speaker_affiliation"`
	Cue                *string `json:"cue"`
	CueSpan            *Span   `json:"cue_span"`
	Position           *string `json:"position"`
	Attribution        *string `json:"attribution"`
	NestedIn           *string `json:"nested_in"`
	Zone               string  `json:"zone"`
}

// Spans returns the quote's content spans, one per paragraph.
func (q Quote) Spans() []Span {
	if len(q.Parts) > 0 {
		return q.Parts
	}
	return []Span{{q.Start, q.End}}
}

// Indirect is a gold instance of reported speech without quotation marks.
type Indirect struct {
	Text               string  `json:"text"`
	Start              int     `json:"start"`
	End                int     `json:"end"`
	Speaker            *string `json:"speaker"`
	SpeakerMention     *string `json:"speaker_mention"`
	SpeakerMentionSpan *Span   `json:"speaker_mention_span"`
	Cue                *string `json:"cue"`
	CueSpan            *Span   `json:"cue_span"`
	ContainsQuote      bool    `json:"contains_quote"`
	Optional           bool    `json:"optional"`
	Zone               string  `json:"zone"`
}

// Entity is a gold mention of an organisation or of a kind of organisation.
type Entity struct {
	ID          string `json:"id"`
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Canonical   string `json:"canonical"`
	Kind        string `json:"kind"` // "generic" for a class mention; see ClassKind
	Named       bool   `json:"named"`
	MentionType string `json:"mention_type"`
	ClassKind   string `json:"class_kind"`
	Optional    bool   `json:"optional"`
	Zone        string `json:"zone"`
}

// Mark is one quotation-mark-like character of the file and its role.
type Mark struct {
	Offset int     `json:"offset"`
	Char   string  `json:"char"`
	Role   string  `json:"role"` // open, close or apostrophe
	Quote  *string `json:"quote"`
}

// Link lists the register entries a gold canonical name may be linked to:
// ODS or ONS codes, or, for bodies with no code, acceptable names.
type Link struct {
	Codes []string `json:"codes"`
	Names []string `json:"names"`
}

// Dir is the path of the module's testdata directory as seen from a
// package directory one level below the module root.
const Dir = "../testdata"

// Load reads every gold file in dir/gold with its article from dir/seeds,
// sorted by file name.
func Load(dir string) ([]File, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "gold", "[0-9]*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("gold: no gold files in %s", filepath.Join(dir, "gold"))
	}
	sort.Strings(paths)
	files := make([]File, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var f File
		if err := json.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("gold: %s: %w", p, err)
		}
		f.Text, err = os.ReadFile(filepath.Join(dir, "seeds", f.File))
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// Links reads dir/gold/seed-links.json: gold canonical name to acceptable
// register entries.
func Links(dir string) (map[string]Link, error) {
	data, err := os.ReadFile(filepath.Join(dir, "gold", "seed-links.json"))
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("gold: seed-links.json: %w", err)
	}
	links := make(map[string]Link, len(raw))
	for name, msg := range raw {
		if name == "_about" {
			continue
		}
		var l Link
		if err := json.Unmarshal(msg, &l); err != nil {
			return nil, fmt.Errorf("gold: seed-links.json: %s: %w", name, err)
		}
		links[name] = l
	}
	return links, nil
}
