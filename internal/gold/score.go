//go:build go1.24

package gold

import (
	"fmt"
	"regexp"
	"strings"
)

// PRF holds counts for precision and recall.
type PRF struct {
	TP, Predicted, Gold int
}

// Precision is TP/Predicted, or 1 when nothing was predicted and nothing was
// wanted.
func (s PRF) Precision() float64 {
	if s.Predicted == 0 {
		if s.Gold == 0 {
			return 1
		}
		return 0
	}
	return float64(s.TP) / float64(s.Predicted)
}

// Recall is TP/Gold, or 1 when nothing was wanted.
func (s PRF) Recall() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.Gold)
}

// F1 is the harmonic mean of precision and recall.
func (s PRF) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String formats the scores as "P=0.950 R=0.900 F1=0.924 (tp/pred/gold)".
func (s PRF) String() string {
	return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)",
		s.Precision(), s.Recall(), s.F1(), s.TP, s.Predicted, s.Gold)
}

var honorifics = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "prof": true, "professor": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "baroness": true, "cllr": true,
	"councillor": true, "rev": true, "a": true, "an": true, "the": true,
}

var wordRE = regexp.MustCompile(`[a-z0-9]+`)

func nameTokens(s string) []string {
	var out []string
	for _, t := range wordRE.FindAllString(strings.ToLower(s), -1) {
		if !honorifics[t] {
			out = append(out, t)
		}
	}
	return out
}

// SameSpeaker reports whether a predicted speaker name matches any of the
// gold names, as the gold scorer judges it: equal after dropping honorifics
// and articles, or one a subset of the other ending in the same word.
func SameSpeaker(pred string, golds ...string) bool {
	p := nameTokens(pred)
	if len(p) == 0 {
		return false
	}
	for _, g := range golds {
		gt := nameTokens(g)
		if len(gt) == 0 {
			continue
		}
		if strings.Join(p, " ") == strings.Join(gt, " ") {
			return true
		}
		if p[len(p)-1] == gt[len(gt)-1] && (subset(p, gt) || subset(gt, p)) {
			return true
		}
	}
	return false
}

func subset(a, b []string) bool {
	in := make(map[string]bool, len(b))
	for _, x := range b {
		in[x] = true
	}
	for _, x := range a {
		if !in[x] {
			return false
		}
	}
	return true
}
