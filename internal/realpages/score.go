package realpages

import (
	"bytes"
	"net/url"
	"strings"
	"sync"

	"github.com/markusmobius/go-trafilatura"

	"github.com/concordsum/concord/summarize/htmldoc"
	"github.com/concordsum/concord/vectorize"
)

// An Extractor returns the article text it finds in a page.
type Extractor func(Page) (string, error)

// Outcome is what an extractor made of one page.
type Outcome struct {
	Text string
	Err  error
}

// Extract runs extract on every page, on up to workers goroutines; the
// outcomes are in the order of pages.
func Extract(pages []Page, workers int, extract Extractor) []Outcome {
	out := make([]Outcome, len(pages))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(1, min(workers, len(pages))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i].Text, out[i].Err = extract(pages[i])
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Result is an extractor's score on a set of pages.
type Result struct {
	Pages    int
	Snippets Snippets // over the pages with snippets (the comparison set)
	Shingles Shingles // over the pages with an expected text (Mozilla's)
	Failed   int      // pages where the extractor failed, scored as nothing extracted
}

// Tally scores the outcomes of the pages for which keep is true (all pages
// when keep is nil), adding up in the order of pages.
func Tally(pages []Page, out []Outcome, keep func(Page) bool) Result {
	var r Result
	for i, p := range pages {
		if keep != nil && !keep(p) {
			continue
		}
		r.Pages++
		text := out[i].Text
		if out[i].Err != nil {
			r.Failed++
			text = ""
		}
		if len(p.With)+len(p.Without) > 0 {
			r.Snippets.Add(p, text)
		}
		if p.Expected != "" {
			r.Shingles.Add(p.Expected, text)
		}
	}
	return r
}

// Trafilatura returns go-trafilatura's extractor with its default options
// (the page's URL given), with its fallback extractors (go-readability and
// go-domdistiller) when fallback is true: the ContentText of its result.
func Trafilatura(fallback bool) Extractor {
	return func(p Page) (text string, err error) {
		defer func() {
			if r := recover(); r != nil {
				text, err = "", panicError{r}
			}
		}()
		opts := trafilatura.Options{EnableFallback: fallback}
		if u, err := url.ParseRequestURI(p.URL); err == nil {
			opts.OriginalURL = u
		}
		res, err := trafilatura.Extract(bytes.NewReader(p.HTML), opts)
		if err != nil {
			return "", err
		}
		return res.ContentText, nil
	}
}

type panicError struct{ v any }

func (e panicError) Error() string { return "extractor panicked" }

// Concord is the text concord reads from a page, the sentences that
// "concord -sentences page.html" prints, one a line: htmldoc's article
// text split by the English sentence splitter (-lang's default).
func Concord(p Page) (string, error) {
	doc, err := htmldoc.FromBytes(p.HTML, p.Name)
	if err != nil {
		return "", err
	}
	lang, err := vectorize.LookupLanguage("english")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, s := range lang.Split(0, doc.Text) {
		b.WriteString(strings.Join(strings.Fields(s.Text), " "))
		b.WriteByte('\n')
	}
	return b.String(), nil
}
