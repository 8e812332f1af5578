//go:build go1.24

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// A formatter turns records into bytes of one output format.
type formatter interface {
	// header is written once before the first record.
	header() []byte
	record(r *record) []byte
	failure(id string, err error) []byte
}

func newFormatter(name string) (formatter, error) {
	switch name {
	case "text":
		return textFormat{}, nil
	case "jsonl":
		return jsonlFormat{}, nil
	case "csv":
		return csvFormat{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want text, jsonl or csv)", name)
}

// buffers recycles output buffers: a result's bytes go back once written, so
// a long run does not allocate a fresh buffer per file.
var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// getBuffer returns an empty buffer from the pool.
func getBuffer() []byte { return (*(buffers.Get().(*[]byte)))[:0] }

// putBuffer returns b to the pool once its bytes are written. Very large
// buffers are dropped, so that one huge article does not pin its memory.
func putBuffer(b []byte) {
	if cap(b) <= 1<<20 {
		buffers.Put(&b)
	}
}

// jsonlFormat writes one JSON object per article, as the contract says.
type jsonlFormat struct{}

func (jsonlFormat) header() []byte { return nil }

func (jsonlFormat) record(r *record) []byte { return appendRecord(getBuffer(), r) }

func (jsonlFormat) failure(id string, err error) []byte {
	return marshalLine(errorRecord{ID: id, Error: err.Error()})
}

func marshalLine(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// The records hold only strings, numbers and slices of them.
		panic(err)
	}
	return b.Bytes()
}

// csvFormat writes one row per quotation.
type csvFormat struct{}

var csvColumns = []string{
	"id", "kind", "speaker", "role", "org", "org_code", "cue",
	"start", "end", "speaker_start", "speaker_end", "text", "error",
}

func (csvFormat) header() []byte { return csvRows([][]string{csvColumns}) }

func (csvFormat) record(r *record) []byte {
	rows := make([][]string, 0, len(r.Quotes))
	for _, q := range r.Quotes {
		row := []string{
			r.ID, q.Kind, deref(q.Speaker), deref(q.Role), deref(q.Org), deref(q.OrgCode), deref(q.Cue),
			"", "", "", "", q.Text, "",
		}
		if n := len(q.Spans); n > 0 {
			row[7], row[8] = strconv.Itoa(q.Spans[0][0]), strconv.Itoa(q.Spans[n-1][1])
		}
		if m := q.SpeakerMention; m != nil {
			row[9], row[10] = strconv.Itoa(m[0]), strconv.Itoa(m[1])
		}
		rows = append(rows, row)
	}
	return csvRows(rows)
}

func (csvFormat) failure(id string, err error) []byte {
	row := make([]string, len(csvColumns))
	row[0], row[len(row)-1] = id, err.Error()
	return csvRows([][]string{row})
}

func csvRows(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.WriteAll(rows) // writes to a bytes.Buffer cannot fail
	return b.Bytes()
}

// textFormat writes a readable summary for a person.
type textFormat struct{}

func (textFormat) header() []byte { return nil }

func (textFormat) record(r *record) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", r.ID)
	if r.Title != nil {
		fmt.Fprintf(&b, "title:  %s\n", *r.Title)
	}
	if r.Byline != nil {
		fmt.Fprintf(&b, "by:     %s\n", *r.Byline)
	}
	if r.Date != nil {
		fmt.Fprintf(&b, "date:   %s (%s: %q)\n", *r.Date, deref(r.DateSource), deref(r.DateText))
	}
	body, furniture := 0, 0
	for _, p := range r.Paragraphs {
		switch p.Kind {
		case "body":
			body++
		case "boilerplate":
			furniture++
		}
	}
	fmt.Fprintf(&b, "text:   %d body paragraphs, %d comments, %d lines of furniture set aside\n",
		body, len(r.Comments), furniture)
	for _, q := range r.Quotes {
		if q.Kind == "scare" {
			continue
		}
		who := deref(q.Speaker)
		if who == "" {
			who = "(unattributed)"
		}
		var about []string
		if q.Role != nil {
			about = append(about, *q.Role)
		}
		if q.Org != nil {
			about = append(about, *q.Org)
		}
		if len(about) > 0 {
			who += " (" + strings.Join(about, ", ") + ")"
		}
		fmt.Fprintf(&b, "  %-8s %s: %q\n", q.Kind, who, shorten(q.Text, 90))
	}
	counts := map[string]int{}
	var names []string
	for _, e := range r.Entities {
		name := e.Text
		if e.Name != nil {
			name = *e.Name
		}
		if e.Generic {
			name = "any " + deref(e.Class)
		}
		if counts[name] == 0 {
			names = append(names, name)
		}
		counts[name]++
	}
	if len(names) > 0 {
		parts := make([]string, len(names))
		for i, n := range names {
			parts[i] = fmt.Sprintf("%s ×%d", n, counts[n])
		}
		fmt.Fprintf(&b, "bodies: %s\n", strings.Join(parts, "; "))
	}
	b.WriteByte('\n')
	return []byte(b.String())
}

func (textFormat) failure(id string, err error) []byte {
	return []byte(fmt.Sprintf("== %s\nerror: %v\n\n", id, err))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}
