//go:build go1.24

package entity

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEvidenceCounts checks that evidence counts each period as a map
// would, below and beyond the periods found by linear search, and across
// calls that reuse the pooled state.
func TestEvidenceCounts(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	for _, distinct := range []int{1, maxLinearEvidence, maxLinearEvidence + 1, 200} {
		for range 3 {
			st := newState(Default(), "", false)
			want := map[span]int{}
			for range 2000 {
				k := int32(rng.IntN(distinct))
				s := span{k, k + 364}
				st.evidence(s)
				want[s]++
			}
			got := map[span]int{}
			for _, e := range st.evs {
				_, dup := got[e.s]
				require.False(t, dup, "period %v listed twice", e.s)
				got[e.s] = e.n
			}
			require.Equal(t, want, got, "%d distinct periods", distinct)
			st.release()
		}
	}
}
