//go:build go1.24

package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/corpus"
)

// reference encodes v as encoding/json does with HTML escaping off.
func reference(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return b.Bytes()
}

func TestAppendRecordWritesWhatEncodingJSONWrites(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	require.NoError(t, err)
	an := newAnalyzer()
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		a, _ := corpus.Parse(data)
		require.NotNil(t, a)
		r := an.analyze(a, getScratch())
		assert.Equal(t, string(reference(t, r)), string(appendRecord(nil, r)), filepath.Base(path))
		r.Warning, r.Encoding, r.Capped = "corpus: invalid UTF-8", "utf-16le", true
		assert.Equal(t, string(reference(t, r)), string(appendRecord(nil, r)), filepath.Base(path)+" with every optional field")
	}
}

func TestAppendRecordWritesEmptyListsAsArrays(t *testing.T) {
	empty := &record{Paragraphs: []paragraph{}, Comments: []comment{}, Quotes: []quotation{}, Entities: []mention{}}
	assert.Equal(t, string(reference(t, empty)), string(appendRecord(nil, &record{})))
}

func TestAppendStringEscapesAsEncodingJSON(t *testing.T) {
	tests := map[string]string{
		"plain":           "NHS Blackpool",
		"quotes":          `he said "no" \ again`,
		"control":         "a\x00b\x01c\x1fd\be\ff\ng\rh\ti",
		"html stays":      "<script>&</script>",
		"curly and NBSP":  "“quote” patient’s\u00a0care",
		"invalid UTF-8":   "a\xffb\xe2\x80c\xc3",
		"line separators": "a\u2028b\u2029c",
		"empty":           "",
		"astral":          "😀 emoji",
	}
	for name, s := range tests {
		t.Run(name, func(t *testing.T) {
			want := bytes.TrimSuffix(reference(t, s), []byte("\n"))
			assert.Equal(t, string(want), string(appendString(nil, s)))
		})
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "a\"b", "\xff", "\u2028", "“x”\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s) // Marshal escapes HTML; undo for comparison
		if err != nil {
			t.Fatal(err)
		}
		want = bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<"))
		want = bytes.ReplaceAll(want, []byte(`\u003e`), []byte(">"))
		want = bytes.ReplaceAll(want, []byte(`\u0026`), []byte("&"))
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestAppendDecimalWritesWhatStrconvWrites(t *testing.T) {
	tests := map[string]int{
		"zero":         0,
		"one digit":    7,
		"ten":          10,
		"three digits": 305,
		"four digits":  1009,
		"an offset":    48213,
		"negative":     -42,
		"largest int":  math.MaxInt,
		"least int":    math.MinInt,
	}
	for name, n := range tests {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, strconv.Itoa(n), string(appendDecimal([]byte{}, n)))
		})
	}
}

func TestAppendDecimalAtEveryWidth(t *testing.T) {
	for p := uint64(1); p <= 1e18; p *= 10 {
		for _, n := range []uint64{p - 1, p, p + 1, 2*p - 1, 9*p + p - 1} {
			if n > math.MaxInt {
				continue
			}
			want := "key:" + strconv.FormatUint(n, 10)
			assert.Equal(t, want, string(appendDecimal([]byte("key:"), int(n))), "after a prefix")
			assert.Equal(t, len(want)-len("key:"), decimalWidth(n), "width of %d", n)
		}
	}
}
