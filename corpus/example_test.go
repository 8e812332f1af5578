//go:build go1.24

package corpus_test

import (
	"fmt"
	"testing/fstest"

	"github.com/nhsnews/nhsnews/corpus"
)

func Example() {
	text := []byte(`This site is intended for health professionals only
Share |

Trust warns of winter bed shortage

By Jane Smith

Wednesday, 15 February 2017

The trust said on Monday that it expected the number of available beds to fall sharply, as flu cases rise.

Its chief executive said:

"We are doing all we can to keep every ward open this winter."

Comments (1)

"Long overdue." - Ann Lee, Bristol`)

	a, err := corpus.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("title:  %s\n", a.Title.Text)
	fmt.Printf("byline: %s\n", a.Byline.Text)
	fmt.Printf("date:   %s (%s, %q at bytes %d-%d)\n", a.Date.Time.Format("2006-01-02"), a.Date.Source, a.Date.Text, a.Date.Start, a.Date.End)
	for _, p := range a.Paragraphs {
		fmt.Printf("%2d %-11s %-15s %.40s\n", p.Line, p.Kind, p.Reason, text[p.Start:p.End])
	}
	for _, c := range a.Comments {
		fmt.Printf("comment by %s (%s): %s\n", c.Author, c.Place, text[c.Start:c.End])
	}
	// Output:
	// title:  Trust warns of winter bed shortage
	// byline: Jane Smith
	// date:   2017-02-15 (dateline, "Wednesday, 15 February 2017" at bytes 112-139)
	//  1 boilerplate disclaimer      This site is intended for health profess
	//  2 boilerplate share-widget    Share |
	//  4 title                       Trust warns of winter bed shortage
	//  6 byline                      By Jane Smith
	//  8 date                        Wednesday, 15 February 2017
	// 10 body                        The trust said on Monday that it expecte
	// 12 body                        Its chief executive said:
	// 14 body                        "We are doing all we can to keep every w
	// 16 boilerplate comments-header Comments (1)
	// 18 comment                     "Long overdue." - Ann Lee, Bristol
	// comment by Ann Lee (Bristol): Long overdue.
}

func ExampleWalk() {
	// Walk takes any fs.FS: os.DirFS("articles") for a folder, or, as here,
	// a file system in memory.
	fsys := fstest.MapFS{
		"2017/a.txt": {Data: []byte("Trust warns of winter bed shortage\n\nThe trust said that it expected the number of beds to fall sharply.")},
		"2017/b.txt": {Data: []byte("Bad \xff byte. The ward will close unless the board finds new money for the nurses.")},
		"notes.md":   {Data: []byte("skipped: not a .txt file")},
	}
	for a, err := range corpus.Walk(fsys, ".") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s: %q\n", a.ID, a.Title.Text)
	}
	// Output:
	// a.txt: "Trust warns of winter bed shortage"
	// error: corpus: 2017/b.txt: line 1, column 5 (byte 4): invalid UTF-8
}
