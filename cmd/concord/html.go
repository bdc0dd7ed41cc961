package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/htmldoc"
)

// fromHTML returns d reduced to its article text, with the page's title,
// when it is an HTML page (htmldoc.IsHTML: by the extension of its name, or
// by its content). ok is false when the page holds no article text; that is
// noted on stderr and the document is skipped, like an empty file.
func fromHTML(d summarize.Document, stderr io.Writer) (summarize.Document, bool) {
	if !htmldoc.IsHTML(d.ID, []byte(d.Text)) {
		return d, true
	}
	page, err := htmldoc.FromBytes([]byte(d.Text), d.ID)
	if err != nil {
		if errors.Is(err, htmldoc.ErrNoText) {
			fmt.Fprintf(stderr, "concord: %s: HTML page without article text, skipped\n", d.ID)
		} else {
			fmt.Fprintf(stderr, "concord: %s: unreadable HTML (%v), skipped\n", d.ID, err)
		}
		return d, false
	}
	return page, true
}
