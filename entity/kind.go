//go:build go1.24

package entity

import "fmt"

// Kind is the kind of an organisation, in the words of the whosaid output
// contract. The zero value is KindOther. Kind values marshal to and from
// their contract words ("pct", "foundation_trust", ...) as JSON strings.
type Kind uint8

// The kinds of organisation. Their String forms are the contract's words.
const (
	KindOther              Kind = iota // other: anything not below
	KindPCT                            // pct: primary care trust (2000-2013)
	KindSHA                            // sha: strategic health authority (2002-2013)
	KindTrust                          // trust: NHS trust
	KindFoundationTrust                // foundation_trust: NHS foundation trust
	KindCareTrust                      // care_trust: care trust or care trust plus
	KindCCG                            // ccg: clinical commissioning group (2013-2022)
	KindICB                            // icb: integrated care board, and the STPs/ICSs before them
	KindNationalBody                   // national_body: department, arm's-length body, agency
	KindRepresentativeBody             // representative_body: membership body, union, royal college
	KindRegulator                      // regulator: system or professional regulator, ombudsman
	KindLocalAuthority                 // local_authority: council
	numKinds
)

var kindNames = [numKinds]string{
	KindOther:              "other",
	KindPCT:                "pct",
	KindSHA:                "sha",
	KindTrust:              "trust",
	KindFoundationTrust:    "foundation_trust",
	KindCareTrust:          "care_trust",
	KindCCG:                "ccg",
	KindICB:                "icb",
	KindNationalBody:       "national_body",
	KindRepresentativeBody: "representative_body",
	KindRegulator:          "regulator",
	KindLocalAuthority:     "local_authority",
}

// String returns the contract word for k ("pct", "local_authority", ...),
// or "Kind(N)" for a value outside the defined constants.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler with the contract word.
// It fails for a value outside the defined constants.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= numKinds {
		return nil, fmt.Errorf("entity: invalid kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the contract
// words and, so that a register can be read as published, the register's own
// finer kinds (see [KindOf]).
func (k *Kind) UnmarshalText(b []byte) error {
	v, ok := ParseKind(string(b))
	if !ok {
		return fmt.Errorf("entity: unknown kind %q", b)
	}
	*k = v
	return nil
}

// ParseKind returns the Kind named by a contract word ("pct", "icb", ...)
// or by one of the register's finer kinds ("nhs_foundation_trust",
// "london_borough", "royal_college", ...), and whether the word was known.
func ParseKind(s string) (Kind, bool) {
	for k, name := range kindNames {
		if name == s {
			return Kind(k), true
		}
	}
	k, ok := subkinds[s]
	return k, ok
}

// KindOf maps one of the register's finer kinds (the Subkind column of the
// embedded register, as written in the source CSV files) to a Kind. Unknown
// subkinds give KindOther and false.
func KindOf(subkind string) (Kind, bool) {
	k, ok := subkinds[subkind]
	return k, ok
}

// subkinds maps the source register's kinds onto the contract's kinds.
var subkinds = map[string]Kind{
	// local NHS bodies
	"pct":                  KindPCT,
	"care_trust":           KindCareTrust,
	"care_trust_plus":      KindCareTrust,
	"sha":                  KindSHA,
	"nhs_trust":            KindTrust,
	"nhs_foundation_trust": KindFoundationTrust,
	"ccg":                  KindCCG,
	"sub_icb_location":     KindCCG, // the former CCG footprint inside an ICB
	"icb":                  KindICB,
	"stp":                  KindICB,   // the STP/ICS footprint an ICB grew from
	"nhse_region":          KindOther, // offices of NHS England, not bodies of their own
	"nhse_local_office":    KindOther,
	"nhse_area_team":       KindOther,
	// councils
	"unitary":               KindLocalAuthority,
	"district":              KindLocalAuthority,
	"metropolitan_district": KindLocalAuthority,
	"county":                KindLocalAuthority,
	"london_borough":        KindLocalAuthority,
	// national.csv
	"government_department":         KindNationalBody,
	"department_unit":               KindNationalBody,
	"arms_length_body":              KindNationalBody,
	"executive_agency":              KindNationalBody,
	"special_health_authority":      KindNationalBody,
	"statutory_committee":           KindNationalBody,
	"nhs_national_service":          KindNationalBody,
	"nhs_company":                   KindNationalBody,
	"public_body":                   KindNationalBody,
	"regulator":                     KindRegulator,
	"professional_regulator":        KindRegulator,
	"investigation_body":            KindRegulator,
	"ombudsman":                     KindRegulator,
	"representative_body":           KindRepresentativeBody,
	"trade_union":                   KindRepresentativeBody,
	"trade_union_professional_body": KindRepresentativeBody,
	"professional_body":             KindRepresentativeBody,
	"royal_college":                 KindRepresentativeBody,
	"programme":                     KindOther,
	"network":                       KindOther,
	"health_service":                KindOther,
	"think_tank":                    KindOther,
	"patient_body":                  KindOther,
}

// MentionType says how a mention names its organisation. The zero value is
// TypeName. Values marshal to and from the gold annotation words ("name",
// "acronym", "short_name", "descriptive", "generic").
type MentionType uint8

// The mention types.
const (
	TypeName        MentionType = iota // name: a full or conventional name ("NHS Blackpool")
	TypeAcronym                        // acronym: "DH", "CQC"
	TypeShortName                      // short_name: a capitalised back-reference ("the Alliance")
	TypeDescriptive                    // descriptive: a lower-case back-reference ("the network")
	TypeGeneric                        // generic: a kind of body ("PCTs", "local authorities")
	numTypes
)

var typeNames = [numTypes]string{"name", "acronym", "short_name", "descriptive", "generic"}

// String returns the word for t ("name", "short_name", ...), or
// "MentionType(N)" for a value outside the defined constants.
func (t MentionType) String() string {
	if t < numTypes {
		return typeNames[t]
	}
	return fmt.Sprintf("MentionType(%d)", uint8(t))
}

// MarshalText implements encoding.TextMarshaler.
func (t MentionType) MarshalText() ([]byte, error) {
	if t >= numTypes {
		return nil, fmt.Errorf("entity: invalid mention type %d", uint8(t))
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *MentionType) UnmarshalText(b []byte) error {
	for i, name := range typeNames {
		if name == string(b) {
			*t = MentionType(i)
			return nil
		}
	}
	return fmt.Errorf("entity: unknown mention type %q", b)
}
