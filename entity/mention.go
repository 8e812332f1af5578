//go:build go1.24

package entity

import "encoding/json"

// Mention is one mention of an organisation, or of a kind of organisation,
// in a text.
type Mention struct {
	Text       string // the mention as written: text[Start:End]
	Start, End int    // UTF-8 byte offsets into the text, half-open [Start, End)

	// Org is the register entry the mention resolves to. It is nil for
	// generic mentions, and for the name of a body the register lacks,
	// recognised by its form ("Hampshire Partnership NHS Foundation Trust",
	// "Anytown CCG": capitalised words before a class word); such a
	// mention has Generic false, Type TypeName and the class's Kind. Org
	// points into the matcher's register and must not be modified.
	Org *Org
	// Kind is the kind of Org or, for a generic mention, of the class
	// ("PCTs" -> KindPCT).
	Kind Kind
	// Generic is true for a mention of a kind of body ("PCTs", "primary
	// care trusts", "GP consortia", "local authorities") rather than of one.
	Generic bool
	// Class is, for a generic mention, the singular lower-case label of the
	// class ("primary care trust", "local authority"); "" otherwise.
	Class string
	// Type says how the text names the body: by name, acronym, short name
	// ("the Alliance"), description ("the network") or class.
	Type MentionType
	// Candidates is the number of register entries the spelling could
	// denote before the date or the era chose one; 0 for generic mentions.
	Candidates int
	// DateInferred is true when the choice between several candidates rested
	// on the era inferred from the text rather than on Options.Date.
	DateInferred bool
}

// Name returns the register name of the body (Org.Name), the class label
// for a generic mention, or the text for a name the register lacks.
func (m Mention) Name() string {
	switch {
	case m.Org != nil:
		return m.Org.Name
	case m.Generic:
		return m.Class
	}
	return m.Text
}

// mentionJSON is the whosaid contract's entity object, with extra fields.
type mentionJSON struct {
	Text         string      `json:"text"`
	Start        int         `json:"start"`
	End          int         `json:"end"`
	Name         string      `json:"name"`
	Code         *string     `json:"code"`
	Kind         Kind        `json:"kind"`
	Generic      bool        `json:"generic"`
	Type         MentionType `json:"type"`
	Candidates   int         `json:"candidates,omitempty"`
	DateInferred bool        `json:"date_inferred,omitempty"`
}

// MarshalJSON writes the mention as an entity object of the whosaid output
// contract: text, start, end (byte offsets), name, code (the ODS or ONS
// code, null for generic mentions and bodies without a register code), kind
// and generic, followed by type, candidates and date_inferred.
func (m Mention) MarshalJSON() ([]byte, error) {
	j := mentionJSON{Text: m.Text, Start: m.Start, End: m.End, Name: m.Name(), Kind: m.Kind,
		Generic: m.Generic, Type: m.Type, Candidates: m.Candidates, DateInferred: m.DateInferred}
	if m.Org != nil {
		if c := m.Org.RegisterCode(); c != "" {
			j.Code = &c
		}
	}
	return json.Marshal(j)
}
