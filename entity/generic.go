//go:build go1.24

package entity

import "time"

// class is a kind of body that the text may name as a class ("PCTs",
// "local authorities") rather than as one body.
type class struct {
	label    string   // singular lower-case label, e.g. "primary care trust"
	kind     Kind     // the kind of the bodies of the class
	singular []string // singular forms; acronyms written in capitals
	plural   []string // plural forms
	// named: a singular form after capitalised words ends the name of a
	// body of this kind ("Anytown NHS Trust", "Anytown CCG").
	named bool
	// from and to bound the era the class existed in when the register
	// cannot tell (no body of the class is in it); zero otherwise.
	from, to time.Time
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// classes is the lexicon of generic mentions. Forms are matched like names:
// case-insensitive, except that an acronym in capitals ("PCTs") must not be
// written all in lower case. Words such as "trust" alone, "community trust"
// or "council" alone are deliberately absent: they are ordinary words or
// back-references far more often than classes of bodies.
var classes = []class{
	{label: "primary care trust", named: true, kind: KindPCT,
		singular: []string{"primary care trust", "PCT"},
		plural:   []string{"primary care trusts", "PCTs"}},
	{label: "strategic health authority", named: true, kind: KindSHA,
		singular: []string{"strategic health authority", "SHA"},
		plural:   []string{"strategic health authorities", "SHAs"}},
	{label: "NHS trust", named: true, kind: KindTrust,
		singular: []string{"NHS trust", "hospital trust", "acute trust", "ambulance trust", "acute hospital trust"},
		plural:   []string{"NHS trusts", "hospital trusts", "acute trusts", "ambulance trusts", "acute hospital trusts", "NHS hospital trusts"}},
	{label: "mental health trust", kind: KindTrust,
		singular: []string{"mental health trust"},
		plural:   []string{"mental health trusts"}},
	{label: "foundation trust", named: true, kind: KindFoundationTrust,
		singular: []string{"foundation trust", "NHS foundation trust", "acute foundation trust"},
		plural:   []string{"foundation trusts", "NHS foundation trusts", "acute foundation trusts", "FTs"}},
	{label: "community foundation trust", kind: KindFoundationTrust,
		singular: []string{"community foundation trust"},
		plural:   []string{"community foundation trusts"}},
	{label: "mental health foundation trust", kind: KindFoundationTrust,
		singular: []string{"mental health foundation trust"},
		plural:   []string{"mental health foundation trusts"}},
	{label: "care trust", named: true, kind: KindCareTrust,
		singular: []string{"care trust", "care trust plus"},
		plural:   []string{"care trusts", "care trusts plus"}},
	{label: "clinical commissioning group", named: true, kind: KindCCG,
		singular: []string{"clinical commissioning group", "CCG"},
		plural:   []string{"clinical commissioning groups", "CCGs"}},
	{label: "integrated care board", named: true, kind: KindICB,
		singular: []string{"integrated care board", "ICB"},
		plural:   []string{"integrated care boards", "ICBs"}},
	{label: "integrated care system", kind: KindICB,
		singular: []string{"integrated care system"},
		plural:   []string{"integrated care systems", "ICSs"}},
	{label: "local authority", kind: KindLocalAuthority,
		singular: []string{"local authority", "unitary authority"},
		plural: []string{"local authorities", "unitary authorities", "councils", "local councils",
			"county councils", "district councils", "borough councils", "city councils"}},
	{label: "GP consortium", kind: KindOther,
		singular: []string{"GP consortium", "GP commissioning consortium"},
		plural: []string{"GP consortia", "GP consortiums", "consortia of GPs", "GP commissioning consortia",
			"commissioning consortia"},
		from: date(2010, time.July, 1), to: date(2013, time.March, 31)},
}
