//go:build go1.24

package entity

import "strings"

// Surface priorities: lower wins when two bodies share a surface and nothing
// else tells them apart.
const (
	prioName  uint8 = iota // the official name
	prioAlias              // a name the register gives
	prioRule               // a spelling derived here by rule
	prioPlace              // the area's name alone
)

// surface is one spelling under which a body may be mentioned.
type surface struct {
	text  string
	prio  uint8
	place bool // the area's name alone: a mention only where the text uses it as a body
}

// orgWords are words that make a spelling name an organisation rather than
// an area. A spelling of a local body without any of them ("Cheshire and
// Merseyside", "Herefordshire") is a place.
var orgWords = map[string]bool{
	"nhs": true, "council": true, "trust": true, "ccg": true, "icb": true, "pct": true, "sha": true,
	"authority": true, "board": true, "group": true, "borough": true, "partnership": true, "team": true,
	"service": true, "services": true, "hospital": true, "hospitals": true, "healthcare": true,
	"commissioning": true, "foundation": true, "corporation": true, "ics": true, "stp": true,
	"system": true, "infirmary": true, "care": true, "health": true, "district": true,
}

// local reports whether o is a local body, named after its area.
func local(o *Org) bool {
	switch o.Kind {
	case KindPCT, KindSHA, KindTrust, KindFoundationTrust, KindCareTrust, KindCCG, KindICB, KindLocalAuthority:
		return true
	}
	return strings.HasPrefix(o.Subkind, "nhse_")
}

// trimSuffix returns s without suffix and whether s had it (with something before it).
func trimSuffix(s, suffix string) (string, bool) {
	if len(s) > len(suffix) && strings.HasSuffix(s, suffix) {
		return strings.TrimSpace(s[:len(s)-len(suffix)]), true
	}
	return s, false
}

// distinctive reports whether a trust's name without "NHS (Foundation)
// Trust" is specific enough to stand alone ("Blackpool Teaching Hospitals",
// not "Manchester University").
func distinctive(x string) bool {
	for _, w := range strings.Fields(x) {
		switch w {
		case "Hospital", "Hospitals", "Healthcare", "Partnership", "Infirmary":
			return true
		}
	}
	return strings.HasSuffix(x, "Ambulance Service")
}

// variants returns the spellings of o: its name and aliases, the forms
// journalists write derived by rule from them, and its places.
func variants(o *Org) []surface {
	var out []surface
	seen := map[string]int{}
	var add func(s string, prio uint8, place bool)
	add = func(s string, prio uint8, place bool) {
		if strings.Contains(s, "  ") || strings.TrimSpace(s) != s || strings.ContainsAny(s, "\t\n\r") {
			s = strings.Join(strings.Fields(s), " ")
		}
		if s == "" {
			return
		}
		if rest, ok := strings.CutPrefix(s, "the "); ok {
			if rest == "" || !isUpperStart(rest) {
				return // a descriptive epithet ("the health watchdog"), not a name
			}
			s = rest
		}
		if rest, ok := strings.CutPrefix(s, "The "); ok && isUpperStart(rest) {
			add(rest, prio, place) // "The King's Fund" is also written "King's Fund"
		}
		if !strings.Contains(s, " ") {
			if o.Subkind == "health_service" || strings.Trim(s, "0123456789") == "" {
				return // "NHS" alone is the service, not a body; "111" is a number
			}
		}
		if !place && local(o) && !hasOrgWord(s) && !(upperCount(s) >= 2 && !strings.Contains(s, " ")) {
			place = true
			prio = prioPlace
		}
		if i, ok := seen[s]; ok {
			if prio < out[i].prio {
				out[i] = surface{s, prio, place}
			}
			return
		}
		seen[s] = len(out)
		out = append(out, surface{s, prio, place})
	}
	bases := append([]string{o.Name}, o.Aliases...)
	add(o.Name, prioName, false)
	for _, a := range o.Aliases {
		add(a, prioAlias, false)
	}
	for _, b := range bases {
		for _, v := range ruleVariants(o, b) {
			add(v, prioRule, false)
		}
	}
	for _, p := range o.Places {
		add(p, prioPlace, true)
		for _, v := range councilVariants(o, p) {
			add(v, prioRule, false)
		}
	}
	return out
}

func isUpperStart(s string) bool { return s != "" && 'A' <= s[0] && s[0] <= 'Z' }

func hasOrgWord(s string) bool {
	var buf [24]byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && wordCase[s[j]] != 0 {
			j++
		}
		if j > i && j-i <= len(buf) {
			w := buf[:0]
			for k := i; k < j; k++ {
				w = append(w, lowerByte[s[k]])
			}
			if orgWords[string(w)] {
				return true
			}
		}
		i = j + 1
	}
	return false
}

// ruleVariants derives, from one name b of o, the other forms in use for a
// body of its kind.
func ruleVariants(o *Org, b string) []string {
	var v []string
	switch o.Kind {
	case KindPCT, KindCareTrust:
		for _, suf := range []string{" Primary Care Trust", " Care Trust Plus", " Care Trust"} {
			x, ok := trimSuffix(b, suf)
			if !ok {
				continue
			}
			places := []string{x}
			if y, ok := trimSuffix(x, " Teaching"); ok {
				places = append(places, y)
			}
			if y, ok := trimSuffix(x, " National Health Service"); ok {
				places = append(places, y)
			}
			for _, p := range places {
				v = append(v, "NHS "+p)
				switch suf {
				case " Primary Care Trust":
					v = append(v, p+" PCT", p+" Primary Care Trust", p+" NHS Primary Care Trust")
				case " Care Trust Plus":
					v = append(v, p+" Care Trust Plus", p+" NHS Care Trust Plus", p+" Care Trust", p+" NHS Care Trust")
				default:
					v = append(v, p+" Care Trust", p+" NHS Care Trust")
				}
			}
			if y, ok := trimSuffix(x, " Teaching"); ok && suf == " Primary Care Trust" {
				v = append(v, y+" Teaching PCT")
			}
			break
		}
	case KindSHA:
		if x, ok := trimSuffix(b, " Strategic Health Authority"); ok {
			v = append(v, x+" SHA", "NHS "+x, x+" Strategic Health Authority")
		}
	case KindTrust, KindFoundationTrust:
		if x, ok := trimSuffix(b, " NHS Foundation Trust"); ok {
			v = append(v, x+" Foundation Trust", x+" NHS FT", x+" NHS Trust")
			if distinctive(x) {
				v = append(v, x)
			}
		} else if x, ok := trimSuffix(b, " NHS Trust"); ok && distinctive(x) {
			v = append(v, x)
		}
	case KindCCG:
		if o.Subkind == "sub_icb_location" {
			break
		}
		x := strings.TrimPrefix(b, "NHS ")
		if y, ok := trimSuffix(x, " CCG"); ok {
			x = y
		} else if y, ok := trimSuffix(x, " Clinical Commissioning Group"); ok {
			x = y
		} else {
			break
		}
		// "NHS X" alone is also the ONS short name of the CCG (and, before
		// 2013, the PCT's trading name: dates tell them apart).
		v = append(v, "NHS "+x+" CCG", x+" CCG", "NHS "+x+" Clinical Commissioning Group",
			x+" Clinical Commissioning Group", "NHS "+x)
	case KindICB:
		if o.Subkind == "stp" {
			if !hasOrgWord(b) {
				v = append(v, b+" STP", b+" ICS", b+" Integrated Care System",
					b+" Sustainability and Transformation Partnership")
			}
			break
		}
		x := strings.TrimPrefix(b, "NHS ")
		if y, ok := trimSuffix(x, " Integrated Care Board"); ok {
			x = y
		} else if y, ok := trimSuffix(x, " ICB"); ok {
			x = y
		} else {
			break
		}
		v = append(v, "NHS "+x+" Integrated Care Board", "NHS "+x+" ICB", x+" ICB", x+" Integrated Care Board",
			"NHS "+x) // the ICBs' brand, as "NHS Cheshire and Merseyside"
	case KindOther:
		if x, ok := trimSuffix(b, " Area Team"); ok {
			v = append(v, strings.TrimPrefix(x, "NHS England ")+" Area Team")
		}
	}
	return v
}

// councilVariants derives council names from a place name p of council o.
func councilVariants(o *Org, p string) []string {
	if o.Kind != KindLocalAuthority {
		return nil
	}
	v := []string{p + " Council"}
	switch {
	case o.Subkind == "county" || strings.Contains(o.Name, "County Council"):
		v = append(v, p+" County Council")
	case strings.Contains(o.Name, "City"):
		v = append(v, p+" City Council")
	case o.Subkind == "london_borough":
		v = append(v, "London Borough of "+p, p+" London Borough Council")
	case strings.Contains(o.Name, "Borough"):
		v = append(v, p+" Borough Council")
	case strings.Contains(o.Name, "District"):
		v = append(v, p+" District Council")
	}
	return v
}
