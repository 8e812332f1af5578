//go:build go1.24

package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

func years(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s:%d", k, m[k])
	}
	return strings.Join(parts, " ")
}

func speakers(s []speakerCount) string {
	parts := make([]string, len(s))
	for i, sc := range s {
		parts[i] = fmt.Sprintf("%s (%d)", sc.Name, sc.Quotes)
	}
	return strings.Join(parts, "; ")
}

func writeTable(w io.Writer, rows []row, articles int) error {
	fmt.Fprintf(w, "%d articles, %d bodies or kinds of body\n\n", articles, len(rows))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BODY\tCODE\tKIND\tMENTIONS\tARTICLES\tYEARS\tQUOTED MOST")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\t%s\n",
			r.Name, r.Code, r.Kind, r.Mentions, r.Articles, years(r.Years), speakers(r.TopSpeakers))
	}
	return tw.Flush()
}

func writeCSV(w io.Writer, rows []row) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"name", "code", "kind", "generic", "mentions", "articles", "years", "top_speakers"})
	for _, r := range rows {
		cw.Write([]string{
			r.Name, r.Code, r.Kind, strconv.FormatBool(r.Generic), strconv.Itoa(r.Mentions),
			strconv.Itoa(r.Articles), years(r.Years), speakers(r.TopSpeakers),
		})
	}
	cw.Flush()
	return cw.Error()
}
