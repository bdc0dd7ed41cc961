// Package htmldate stands in for github.com/markusmobius/go-htmldate in
// the concord command (see the replace directive in concord's go.mod).
//
// go-trafilatura finds a page's publication date with go-htmldate, which
// imports go-dateparser, whose package initialisation compiles about 4,000
// regular expressions: 0.25 s and 78 MB at every start of any program that
// links it, whether or not a date is ever parsed. concord never asks for
// dates (htmldoc sets trafilatura's HtmlDateMode to Disabled), so this
// package gives go-trafilatura the few names it refers to and no date
// extraction. Programs that import concord as a library are not affected:
// a replace directive applies only to the main module, so they link the
// real go-htmldate.
package htmldate

import (
	"errors"
	"time"

	"golang.org/x/net/html"
)

// Options holds the settings go-trafilatura passes to FromDocument.
type Options struct {
	UseOriginalDate     bool
	URL                 string
	SkipExtensiveSearch bool
}

// Result is an extracted date; the zero Result is no date.
type Result struct {
	DateTime    time.Time
	HasTime     bool
	HasTimezone bool
	SrcString   string
}

// IsZero reports whether r holds no date.
func (r Result) IsZero() bool { return r.DateTime.IsZero() }

// ErrDisabled is what FromDocument returns.
var ErrDisabled = errors.New("htmldate: date extraction is not built into concord")

// FromDocument returns no date and ErrDisabled.
func FromDocument(doc *html.Node, opts Options) (Result, error) {
	return Result{}, ErrDisabled
}
