//go:build go1.24

package corpus

import (
	"encoding"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

func TestEnumsRoundTrip(t *testing.T) {
	var cases []struct {
		v    textEnum
		back func([]byte) (textEnum, error)
	}
	for k := KindUnknown; k <= KindBoilerplate; k++ {
		cases = append(cases, struct {
			v    textEnum
			back func([]byte) (textEnum, error)
		}{k, func(b []byte) (textEnum, error) { var x Kind; err := x.UnmarshalText(b); return x, err }})
	}
	for r := ReasonNone; r <= ReasonEndMarker; r++ {
		cases = append(cases, struct {
			v    textEnum
			back func([]byte) (textEnum, error)
		}{r, func(b []byte) (textEnum, error) { var x Reason; err := x.UnmarshalText(b); return x, err }})
	}
	for s := NoDate; s <= InText; s++ {
		cases = append(cases, struct {
			v    textEnum
			back func([]byte) (textEnum, error)
		}{s, func(b []byte) (textEnum, error) { var x DateSource; err := x.UnmarshalText(b); return x, err }})
	}
	for _, c := range cases {
		t.Run(c.v.String(), func(t *testing.T) {
			b, err := c.v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.v.String(), string(b), "got %q, want %q", b, c.v.String())
			got, err := c.back(b)
			require.NoError(t, err)
			assert.Equal(t, c.v, got, "got %v, want %v", got, c.v)
		})
	}
}

func TestEnumWords(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{KindTitle.String(), "title"}, {KindStandfirst.String(), "standfirst"}, {KindByline.String(), "byline"},
		{KindDateline.String(), "date"}, {KindBody.String(), "body"}, {KindComment.String(), "comment"},
		{KindBoilerplate.String(), "boilerplate"}, {ReasonShareWidget.String(), "share-widget"},
		{ReasonDuplicateTitle.String(), "duplicate-title"}, {ReasonDisclaimer.String(), "disclaimer"},
		{DateLine.String(), "dateline"}, {PageHeader.String(), "page_header"}, {InText.String(), "in_text"},
		{Kind(99).String(), "Kind(99)"}, {Reason(99).String(), "Reason(99)"}, {DateSource(9).String(), "DateSource(9)"},
	} {
		t.Run(c.want, func(t *testing.T) {
			assert.Equal(t, c.want, c.got, "got %q, want %q", c.got, c.want)
		})
	}
}

func TestEnumErrors(t *testing.T) {
	var k Kind
	assert.ErrorContains(t, k.UnmarshalText([]byte("heading")), "corpus: ")
	var r Reason
	assert.Error(t, r.UnmarshalText([]byte("nope")))
	var s DateSource
	assert.Error(t, s.UnmarshalText([]byte("yesterday")))
	_, err := Kind(99).MarshalText()
	assert.Error(t, err)
	_, err = Reason(99).MarshalText()
	assert.Error(t, err)
	_, err = DateSource(99).MarshalText()
	assert.Error(t, err)
}
