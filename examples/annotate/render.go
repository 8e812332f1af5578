//go:build go1.24

package main

import (
	_ "embed"
	"html/template"
	"io"
)

//go:embed page.html.tmpl
var pageTemplate string

var tmpl = template.Must(template.New("page").Parse(pageTemplate))

// render writes the page. html/template escapes every piece of article text,
// so markup in an article is shown, never run.
func render(w io.Writer, p page) error {
	return tmpl.Execute(w, p)
}
