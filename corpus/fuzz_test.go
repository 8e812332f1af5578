//go:build go1.24

package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nhsnews/nhsnews/internal/hostile"
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
		hostile.Mojibake(lfArticle), hostile.Mojibake("“x” - Ann, Leeds"), "Ã la carte", "Â£5 â€",
		string(hostile.UTF16LE(lfArticle)), string(hostile.UTF16LE("a\U0001F600b")), "\xfe\xff\x00a\x00\n\xd8\x00",
		string(hostile.PNG(100)), "\uFEFF" + hostile.Mojibake("café “x”"),
		string(hostile.UTF16LE(lfArticle)[2:]), string(utf16BE(lfArticle)[2:]), string(hostile.UTF16LE(lfArticle)[3:]),
		string(hostile.UTF16LE("Title\n\nA")[2:]) + "\x00\x00", "a\x00b\x00c\x00d\x00e\x00f\x00g\x00\x1c h\x00",
		"Share this\n" + strings.Repeat("Smith Jones Brown Taylor ", 10) + "Evans.\nAdvertisement\n" + para1 + "\nHome | News",
	} {
		f.Add([]byte(s))
	}
	for _, in := range hostile.Inputs() {
		f.Add(in.Make(300))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		if err != nil {
			_ = err.Error()
		}
		if a == nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("no article (err %v)", err)
			}
			return
		}
		if err := invariantErr(a); err != nil {
			t.Fatal(err)
		}
		if err := encodingErr(a, data); err != nil {
			t.Fatal(err)
		}
		b, _ := Parse(data)
		if !reflect.DeepEqual(a, b) {
			t.Fatal("not deterministic")
		}
		var p Parser
		if eager, eagerErr := p.parse(data, false); !reflect.DeepEqual(a, eager) || !reflect.DeepEqual(err, eagerErr) {
			t.Fatal("lazy lines (see lazyLine) give another article than counting every line's words")
		}
	})
}
