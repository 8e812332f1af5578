//go:build go1.24

package entity

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// Org is one entry of the register: an organisation during one period of
// its code.
//
// Code is the ODS code (trusts, PCTs, SHAs, CCGs, ICBs, NHS England
// offices), the ONS GSS code (councils), or a project slug starting "hm-"
// for national and representative bodies that have no register code (see
// [Org.RegisterCode]). A code is not unique on its own: ODS keeps a code when
// an organisation changes form (a CCG's code becomes a sub-ICB location, an
// STP's code the ICB's), so such a code has one Org per form, with periods
// that do not overlap.
type Org struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Kind    Kind   `json:"kind"`
	Subkind string `json:"subkind,omitempty"` // the register's finer kind ("nhs_foundation_trust", "london_borough")

	// Opened and Closed bound the period of the entry; the zero time means
	// unknown (Opened) or still open (Closed).
	Opened time.Time `json:"opened,omitzero"`
	Closed time.Time `json:"closed,omitzero"`

	Parent       string   `json:"parent,omitempty"`       // code of the body above it (SHA, ICB, county)
	Predecessors []string `json:"predecessors,omitempty"` // codes it took over from
	Successors   []string `json:"successors,omitempty"`   // codes that took it over
	Aliases      []string `json:"aliases,omitempty"`      // other names, as published or derived by the register
	// Places are the area's names as written in running text ("Blackpool",
	// "Bath and North East Somerset"). A place alone is reported as a
	// mention of the body only where the text uses it as one (after a role:
	// "deputy leader, Bath and North East Somerset").
	Places []string `json:"places,omitempty"`
}

// RegisterCode returns o.Code when it is a register (ODS or ONS) code and ""
// for the project's own "hm-" slugs of bodies with no register code.
func (o *Org) RegisterCode() string {
	if strings.HasPrefix(o.Code, "hm-") {
		return ""
	}
	return o.Code
}

// OpenAt reports whether the entry's period contains t, treating unknown
// bounds as open.
func (o *Org) OpenAt(t time.Time) bool {
	if !o.Opened.IsZero() && t.Before(o.Opened) {
		return false
	}
	if !o.Closed.IsZero() && t.After(o.Closed) {
		return false
	}
	return true
}

// registerColumns are the columns of the register format read by
// ParseRegister, in the order WriteRegister writes them.
var registerColumns = []string{"code", "name", "kind", "subkind", "opened", "closed",
	"parent", "predecessors", "successors", "aliases", "places"}

// ParseError is the error ParseRegister returns for a malformed line.
type ParseError struct {
	Line int   // 1-based line number
	Err  error // what is wrong
}

// Error returns "entity: register line N: ...".
func (e *ParseError) Error() string {
	return fmt.Sprintf("entity: register line %d: %v", e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ParseRegister reads a register in the embedded register's format: UTF-8
// text, one organisation a line, fields separated by tabs, several values in
// one field separated by "|". Lines starting with "#" and blank lines are
// ignored. The first other line names the columns; "code", "name" and "kind"
// are required, the others optional and in any order:
//
//	code  name  kind  subkind  opened  closed  parent  predecessors  successors  aliases  places
//
// kind is a contract word ("pct") or a register kind ("nhs_trust"); when
// subkind is empty and kind is a register kind, subkind keeps it. Dates are
// YYYY-MM-DD, YYYY-MM or YYYY (a partial closing date means the end of that
// month or year); empty means unknown or still open. Unknown columns are
// ignored. Errors are *ParseError values naming the line.
func ParseRegister(r io.Reader) ([]Org, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		col  map[string]int
		orgs []Org
		line int
	)
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return nil, &ParseError{line, errors.New("invalid UTF-8")}
		}
		fields := strings.Split(text, "\t")
		if col == nil {
			col = make(map[string]int, len(fields))
			for i, f := range fields {
				col[strings.TrimSpace(f)] = i
			}
			for _, need := range []string{"code", "name", "kind"} {
				if _, ok := col[need]; !ok {
					return nil, &ParseError{line, fmt.Errorf("header lacks column %q", need)}
				}
			}
			continue
		}
		o, err := parseOrg(fields, col)
		if err != nil {
			return nil, &ParseError{line, err}
		}
		orgs = append(orgs, o)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: reading register: %w", err)
	}
	if col == nil {
		return nil, errors.New("entity: register has no header line")
	}
	return orgs, nil
}

func parseOrg(fields []string, col map[string]int) (Org, error) {
	get := func(name string) string {
		i, ok := col[name]
		if !ok || i >= len(fields) {
			return ""
		}
		return strings.TrimSpace(fields[i])
	}
	list := func(name string) []string {
		v := get(name)
		if v == "" {
			return nil
		}
		var out []string
		for _, s := range strings.Split(v, "|") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	o := Org{Code: get("code"), Name: get("name"), Subkind: get("subkind"), Parent: get("parent"),
		Predecessors: list("predecessors"), Successors: list("successors"),
		Aliases: list("aliases"), Places: list("places")}
	if o.Code == "" {
		return o, errors.New("empty code")
	}
	if o.Name == "" {
		return o, fmt.Errorf("%s: empty name", o.Code)
	}
	ks := get("kind")
	k, ok := ParseKind(ks)
	if !ok {
		return o, fmt.Errorf("%s: unknown kind %q", o.Code, ks)
	}
	o.Kind = k
	if o.Subkind == "" && k.String() != ks {
		o.Subkind = ks
	}
	var err error
	if o.Opened, err = parseDate(get("opened"), false); err != nil {
		return o, fmt.Errorf("%s: opened: %w", o.Code, err)
	}
	if o.Closed, err = parseDate(get("closed"), true); err != nil {
		return o, fmt.Errorf("%s: closed: %w", o.Code, err)
	}
	return o, nil
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY; end selects the last day of a
// partial date rather than the first.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []struct {
		layout string
		years  int
		months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		if len(s) != len(layout.layout) {
			continue
		}
		t, err := time.Parse(layout.layout, s)
		if err != nil {
			return time.Time{}, err
		}
		if end && (layout.years > 0 || layout.months > 0) {
			t = t.AddDate(layout.years, layout.months, -1)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// WriteRegister writes orgs in the format ParseRegister reads, with a header
// line naming every column. Fields must not contain tabs or newlines, and
// list values must not contain "|"; WriteRegister reports an error if one
// does.
func WriteRegister(w io.Writer, orgs []Org) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(strings.Join(registerColumns, "\t"))
	bw.WriteByte('\n')
	for i := range orgs {
		o := &orgs[i]
		fields := []string{o.Code, o.Name, o.Kind.String(), o.Subkind, formatDate(o.Opened), formatDate(o.Closed),
			o.Parent, strings.Join(o.Predecessors, "|"), strings.Join(o.Successors, "|"),
			strings.Join(o.Aliases, "|"), strings.Join(o.Places, "|")}
		for j, f := range fields {
			if strings.ContainsAny(f, "\t\n\r") {
				return fmt.Errorf("entity: %s: field %s contains a tab or newline", o.Code, registerColumns[j])
			}
		}
		for _, l := range [][]string{o.Predecessors, o.Successors, o.Aliases, o.Places} {
			for _, v := range l {
				if strings.Contains(v, "|") {
					return fmt.Errorf("entity: %s: list value %q contains |", o.Code, v)
				}
			}
		}
		bw.WriteString(strings.Join(fields, "\t"))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("entity: writing register: %w", err)
	}
	return nil
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
