package main

import (
	"bufio"
	"fmt"
	"io"
	"runtime"

	"github.com/concordsum/concord/internal/realpages"
)

const htmlHelp = `concord-eval html: the article text concord reads from real web pages.

Scores the text concord reads from a page (what 'concord -sentences
page.html' prints) and, side by side, go-trafilatura's with its default
options, without and with its fallback extractors, on two sets of real
pages the Go module cache holds (both modules are in concord's go.mod; 'go
mod download' fetches them):

  comparison  go-trafilatura's comparison set (scripts/comparison/data.go:
              983 pages, each with snippets of its article and of the page
              furniture around it), scored as that module's comparison
              program scores it: precision, recall and F1 of snippets found,
              summed over pages (white space runs count as one space). The
              pages are split in two halves by a hash of their site, half A
              for tuning, half B to check on sites not seen.
  mozilla     Mozilla Readability's test pages in go-readability (source.html
              and the article, expected.html), scored as the Scrapinghub
              article-extraction benchmark scores: token 4-gram shingles,
              precision and recall per page, averaged over pages.

Usage:
  concord-eval html [flags]

Flags:
  -trafilatura DIR   go-trafilatura's module folder (default: from 'go list -m')
  -readability DIR   go-readability's module folder (default: from 'go list -m')
  -workers N         pages extracted at once (default GOMAXPROCS)
`

func runHTML(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("html")
	traDir := fs.String("trafilatura", "", "")
	readDir := fs.String("readability", "", "")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "")
	if code := parse(fs, args, htmlHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, fs, "unexpected argument %q", fs.Arg(0))
	}
	if *workers < 1 {
		return usageError(stderr, fs, "-workers must be positive, not %d", *workers)
	}
	cmp, err := loadPages(*traDir, realpages.TrafilaturaModule, realpages.Comparison)
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	moz, err := loadPages(*readDir, realpages.ReadabilityModule, realpages.Mozilla)
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	var halves [2]int
	for _, p := range cmp {
		halves[p.Half()]++
	}
	extractors := []struct {
		name string
		f    realpages.Extractor
	}{
		{"concord -sentences", realpages.Concord},
		{"go-trafilatura defaults", realpages.Trafilatura(false)},
		{"go-trafilatura + fallback", realpages.Trafilatura(true)},
	}
	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "go-trafilatura comparison set: %d pages, snippets found (precision, recall, F1)\n", len(cmp))
	fmt.Fprintf(w, "%-26s  %-19s  %-19s  %-19s  %s\n", "", fmt.Sprintf("half A (%d pages)", halves[0]), fmt.Sprintf("half B (%d pages)", halves[1]), "all", "failed")
	fmt.Fprintf(w, "%-26s  %s  %s  %s\n", "extractor", prfHead, prfHead, prfHead)
	for _, e := range extractors {
		prog := newProgress(stderr, e.name+" on the comparison set", len(cmp))
		out := realpages.Extract(cmp, *workers, func(p realpages.Page) (string, error) {
			defer prog.step()
			return e.f(p)
		})
		prog.finish()
		res := realpages.Tally(cmp, out, nil)
		fmt.Fprintf(w, "%-26s", e.name)
		for _, r := range []realpages.Result{tallyHalf(cmp, out, 0), tallyHalf(cmp, out, 1), res} {
			fmt.Fprintf(w, "  %s", prf(r.Snippets.Precision(), r.Snippets.Recall(), r.Snippets.F1()))
		}
		fmt.Fprintf(w, "  %d\n", res.Failed)
	}
	fmt.Fprintf(w, "\nMozilla Readability test pages: %d pages, token 4-gram shingles (precision, recall, F1)\n", len(moz))
	fmt.Fprintf(w, "%-26s  %s  %s\n", "extractor", prfHead, "failed")
	for _, e := range extractors {
		r := realpages.Tally(moz, realpages.Extract(moz, *workers, e.f), nil)
		fmt.Fprintf(w, "%-26s  %s  %d\n", e.name, prf(r.Shingles.Precision(), r.Shingles.Recall(), r.Shingles.F1()), r.Failed)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// loadPages reads a set of pages from dir, or from the module's folder in
// the module cache when dir is empty.
func loadPages(dir, module string, load func(string) ([]realpages.Page, error)) ([]realpages.Page, error) {
	if dir == "" {
		var err error
		if dir, err = realpages.ModuleDir(".", module); err != nil {
			return nil, err
		}
	}
	return load(dir)
}

func tallyHalf(pages []realpages.Page, out []realpages.Outcome, half int) realpages.Result {
	return realpages.Tally(pages, out, func(p realpages.Page) bool { return p.Half() == half })
}

const prfHead = "    P      R     F1"

func prf(p, r, f float64) string { return fmt.Sprintf("%5.3f  %5.3f  %5.3f", p, r, f) }
