//go:build go1.24

package gold

import (
	"testing"
	"unicode/utf8"
)

func TestLoadReadsEveryGoldFileWithValidSpans(t *testing.T) {
	files, err := Load("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(files), 5; got != want {
		t.Fatalf("got %d gold files, want %d", got, want)
	}
	for _, f := range files {
		for _, q := range f.Quotes {
			for _, s := range q.Spans() {
				if s.Start < 0 || s.End > len(f.Text) || s.Start > s.End {
					t.Errorf("%s %s: span %v outside the text", f.File, q.ID, s)
				}
			}
		}
		for _, e := range f.Entities {
			if got := string(f.Text[e.Start:e.End]); got != e.Text {
				t.Errorf("%s %s: text at span is %q, want %q", f.File, e.ID, got, e.Text)
			}
		}
		if !utf8.Valid(f.Text) {
			t.Errorf("%s: not UTF-8", f.File)
		}
	}
	links, err := Links("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(links) == 0 {
		t.Error("got no links")
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		name  string
		pred  string
		golds []string
		want  bool
	}{
		{"exact", "Merron Simpson", []string{"Merron Simpson"}, true},
		{"honorific dropped", "Michael Dixon", []string{"Dr Michael Dixon"}, true},
		{"surname only", "Dixon", []string{"Dr Michael Dixon"}, true},
		{"article dropped", "report", []string{"the report"}, true},
		{"different person", "Yvonne Sawbridge", []string{"Dr Michael Dixon"}, false},
		{"empty prediction", "", []string{"the letter"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameSpeaker(tt.pred, tt.golds...); got != tt.want {
				t.Errorf("SameSpeaker(%q, %q) = %v, want %v", tt.pred, tt.golds, got, tt.want)
			}
		})
	}
}
