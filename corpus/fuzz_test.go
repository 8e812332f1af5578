package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "\n", "\r", "\r\n", "\uFEFF", "\x00", "\xff\xfe", "“", strings.Repeat("“", 100), "\"x\" - A, B",
		lfArticle, strings.ReplaceAll(lfArticle, "\n", "\r"), "Title\n\nTitle\n\n" + para1,
		"Comments\n\"a\" - B", "29 January 2010", "today (29 January 2010)", "By \xff\xfe",
		"Currently reading\nCurrently reading\nA title here", "- 1\n- 2", "“x” – \u00a0A\u00a0B, C",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		if a == nil {
			t.Fatalf("no article (err %v)", err)
		}
		if err != nil {
			_ = err.Error()
		}
		if err := invariantErr(a); err != nil {
			t.Fatal(err)
		}
		b, _ := Parse(data)
		if !reflect.DeepEqual(a, b) {
			t.Fatal("not deterministic")
		}
	})
}
