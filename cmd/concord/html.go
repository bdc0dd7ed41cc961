package main

import (
	"errors"
	"fmt"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/htmldoc"
)

// fromHTML returns d reduced to its article text, with the page's title,
// when it is an HTML page (htmldoc.IsHTML: by the extension of its name, or
// by its content). When the page holds no article text it returns the
// reason to skip the document, like an empty file.
func fromHTML(d summarize.Document) (summarize.Document, string) {
	if !htmldoc.IsHTML(d.ID, []byte(d.Text)) {
		return d, ""
	}
	page, err := htmldoc.FromBytes([]byte(d.Text), d.ID)
	if err != nil {
		if errors.Is(err, htmldoc.ErrNoText) {
			return d, "HTML page without article text"
		}
		return d, fmt.Sprintf("unreadable HTML (%v)", err)
	}
	return page, ""
}
