// Package htmldoc turns a saved web page into a summarize.Document: the
// article text, as found by the go-trafilatura extractor (a Go port of
// Trafilatura), without navigation, cookie banners, comments, related
// article lists, footers or scripts, and the page's title as the
// document's Title.
//
//	doc, err := htmldoc.Read(f, "reuters.html")
//	if err != nil {
//		return err // htmldoc.ErrNoText when the page holds no article
//	}
//	docs = append(docs, doc)
//
// The page's character set is honoured: a byte order mark, else UTF-8
// when the page is valid UTF-8, else what it declares (<meta charset>, or
// the http-equiv Content-Type), else windows-1252.
// Paragraphs of the article become lines of the document's text, separated
// by blank lines, so citations' byte spans refer to that text, not to the
// HTML.
package htmldoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/concordsum/concord/summarize"
)

// ErrNoText means the page holds no article text the extractor could
// find.
var ErrNoText = errors.New("no article text found in the HTML")

// Read parses the HTML page r and returns its article as a Document with
// the given ID. It returns ErrNoText (wrapped) for a page without article
// text, and the reader's error if reading fails.
func Read(r io.Reader, id string) (summarize.Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return summarize.Document{}, err
	}
	return FromBytes(data, id)
}

// FromBytes is Read for a page already in memory.
func FromBytes(data []byte, id string) (doc summarize.Document, err error) {
	doc = summarize.Document{ID: id}
	defer func() {
		// The extractors are third-party code run on untrusted pages: a
		// panic there is this page's error, not the caller's crash.
		if r := recover(); r != nil {
			doc, err = summarize.Document{ID: id}, fmt.Errorf("HTML extractor failed: %v", r)
		}
	}()
	if len(bytes.TrimSpace(data)) == 0 {
		return doc, ErrNoText
	}
	src := decode(data)
	title, text, err := article(src)
	doc.Title = title
	if err != nil {
		return doc, fmt.Errorf("%w (%v)", ErrNoText, err)
	}
	doc.Text = paragraphs(text, doc.Title)
	if strings.TrimSpace(doc.Text) == "" {
		return doc, ErrNoText
	}
	return doc, nil
}

// article returns the title and the article text of the page src, one
// block a line.
//
// go-trafilatura extracts it with its default settings, comparing its
// result with go-readability's and go-domdistiller's. When all of them
// find less than its MinExtractedSize (250 characters), it takes its
// "baseline" instead: the articleBody of the page's JSON-LD, else the
// text of its <article>, else its paragraphs, else the text of the whole
// page. That baseline runs words of different blocks together, makes one
// line of a JSON-LD body and lets the whole page's navigation in, so
// article takes it as a sign that the extractors failed and rescues the
// text itself (rescue), one block a line and never the whole page; when
// even that finds nothing, it takes what the extractors found, however
// short. (MinExtractedSize 0 would keep the baseline out too, but
// go-trafilatura's comparisons with the other extractors and its search
// for paragraphs outside the main block depend on it.)
//
// Whether the baseline was taken shows by a JSON-LD articleBody, the
// sentinel, added to the page: the extractors ignore scripts, the
// baseline reads it.
func article(src string) (title, text string, err error) {
	page, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", "", err
	}
	addSentinel(page)
	res, err := extract(page, trafilatura.DefaultConfig().MinExtractedSize)
	if err != nil {
		return "", "", err
	}
	title = strings.Join(strings.Fields(res.Metadata.Title), " ")
	if !strings.Contains(res.ContentText, sentinel) {
		return title, blockText(res.ContentNode), nil
	}
	// Without scripting, as a browser without JavaScript shows it: the
	// content of <noscript> is elements, not text.
	if page, err := html.ParseWithOptions(strings.NewReader(src), html.ParseOptionEnableScripting(false)); err == nil {
		if t := rescue(page); t != "" {
			return title, t, nil
		}
	}
	page, err = html.Parse(strings.NewReader(src))
	if err != nil {
		return "", "", err
	}
	if res, err = extract(page, 0); err != nil {
		return "", "", err
	}
	return title, blockText(res.ContentNode), nil
}

// extract runs go-trafilatura on page.
func extract(page *html.Node, minExtractedSize int) (*trafilatura.ExtractResult, error) {
	cfg := trafilatura.DefaultConfig()
	cfg.MinExtractedSize = minExtractedSize
	res, err := trafilatura.ExtractDocument(page, trafilatura.Options{
		Config:          cfg,
		EnableFallback:  true, // compare with go-readability and go-domdistiller
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // dates are not used
	})
	if err == nil && res.ContentNode == nil {
		err = errors.New("no content")
	}
	return res, err
}

// sentinel is the articleBody of the JSON-LD script addSentinel adds: a
// text no page holds, longer than the 100 characters the baseline wants.
var sentinel = "concord-htmldoc-baseline-sentinel " + strings.Repeat("x", 100)

// addSentinel appends to the page's <head> (or to the page) a JSON-LD
// script whose articleBody is the sentinel.
func addSentinel(page *html.Node) {
	parent := find(page, atom.Head)
	if parent == nil {
		parent = page
	}
	script := &html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script,
		Attr: []html.Attribute{{Key: "type", Val: "application/ld+json"}}}
	script.AppendChild(&html.Node{Type: html.TextNode, Data: `{"articleBody": "` + sentinel + `"}`})
	parent.AppendChild(script)
}

// paragraphs returns the text with white space tidied: one paragraph a
// line, a blank line between paragraphs. A first paragraph that repeats
// the title (the page's <h1>) is dropped: the title is the Document's
// Title already.
func paragraphs(text, title string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" || b.Len() == 0 && strings.EqualFold(line, title) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// blockText returns the text of the extracted content with a line break
// around every block element (paragraphs, headings, list items, quotes,
// table rows, <br>), which the extractor's own ContentText joins with
// spaces.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br, atom.Hr:
				b.WriteByte('\n')
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Tr: true,
	atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true,
	atom.Main: true, atom.Aside: true, atom.Body: true,
}

// IsHTML reports whether a document named name with content data is an
// HTML page: its name ends in .html, .htm, .xhtml or .shtml (any case), or
// its content sniffs as HTML by the WHATWG rules (net/http's
// DetectContentType: a doctype, <html>, <head>, <body>, <p>, <div>, a
// comment, ... at the start, after white space).
func IsHTML(name string, data []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return strings.HasPrefix(http.DetectContentType(data), "text/html")
}
