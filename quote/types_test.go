//go:build go1.24

package quote

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnumsRoundTrip(t *testing.T) {
	for k := Direct; k <= Indirect; k++ {
		t.Run("kind "+k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			require.NoError(t, err)
			var got Kind
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, k, got, "got %s, want %s", got, k)
		})
	}
	for p := NoPosition; p <= Continuation; p++ {
		t.Run("position "+p.String(), func(t *testing.T) {
			b, err := p.MarshalText()
			require.NoError(t, err)
			var got Position
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, p, got)
		})
	}
	for z := ZoneBody; z <= ZoneSkip; z++ {
		t.Run("zone "+z.String(), func(t *testing.T) {
			b, err := z.MarshalText()
			require.NoError(t, err)
			var got Zone
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, z, got)
		})
	}
}

func TestEnumErrors(t *testing.T) {
	var k Kind
	assert.ErrorContains(t, k.UnmarshalText([]byte("shout")), "quote: ")
	_, err := Kind(99).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Kind(99)", Kind(99).String())
	var p Position
	assert.Error(t, p.UnmarshalText([]byte("above")))
	var z Zone
	assert.Error(t, z.UnmarshalText([]byte("footer")))
	assert.Equal(t, "Zone(9)", Zone(9).String())
}

func TestSpanJSON(t *testing.T) {
	b, err := json.Marshal(Span{3, 10})
	require.NoError(t, err)
	assert.Equal(t, "[3,10]", string(b))
	var s Span
	require.NoError(t, json.Unmarshal([]byte("[4, 9]"), &s))
	assert.Equal(t, Span{4, 9}, s)
	assert.Error(t, json.Unmarshal([]byte(`"x"`), &s))
	assert.True(t, Span{}.IsZero())
	assert.True(t, Span{5, 5}.IsZero())
	assert.Equal(t, 7, Span{3, 10}.Len())
}

func TestQuoteJSON(t *testing.T) {
	var e Extractor
	text := "“We are ready,” said Dr Jane Hill."
	got := e.Extract(text)
	require.Len(t, got, 1)
	b, err := json.Marshal(got[0])
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "direct", m["kind"])
	assert.Equal(t, "Dr Jane Hill", m["speaker"])
	assert.Equal(t, []any{[]any{3.0, 16.0}}, m["spans"])
	assert.Equal(t, "after", m["position"])
	var back Quote
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, got[0].Spans, back.Spans)
	assert.Equal(t, got[0].Kind, back.Kind)
}
