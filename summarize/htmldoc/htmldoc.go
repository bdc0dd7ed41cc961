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
// Paragraphs of the article are separated by blank lines in the
// document's text, and a <br> breaks a line within one, so citations'
// byte spans refer to that text, not to the HTML.
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
	whole := pageText(page)
	addSentinel(page)
	res, err := extract(page, trafilatura.DefaultConfig().MinExtractedSize)
	if err != nil {
		return "", "", err
	}
	title = strings.Join(strings.Fields(res.Metadata.Title), " ")
	if !strings.Contains(res.ContentText, sentinel) {
		return title, blockText(res.ContentNode, whole), nil
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
	return title, blockText(res.ContentNode, whole), nil
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

// paragraphs returns the text with white space tidied: a blank line
// between paragraphs (the blocks of blockText, split where it has two
// line breaks in a row, as in "<br><br>"), a line break between the
// lines of a paragraph (at each other lineBreak). A first paragraph that
// repeats the title (the page's <h1>, see repeatsTitle) is dropped: the
// title is the Document's Title already.
func paragraphs(text, title string) string {
	var paras []string
	for _, block := range strings.Split(text, "\n") {
		var lines []string
		for _, line := range strings.Split(block, string(lineBreak)) {
			line = squash(line)
			if line == "" && len(lines) > 0 {
				paras = append(paras, strings.Join(lines, "\n"))
				lines = lines[:0]
			}
			if line != "" {
				lines = append(lines, line)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	if len(paras) > 0 && repeatsTitle(paras[0], title) {
		paras = paras[1:]
	}
	if len(paras) == 0 {
		return ""
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// repeatsTitle reports whether the paragraph p is the title, or the title
// without the site's name before or after it ("Dam holds - The Courier",
// "The Courier | Dam holds"), in any case.
func repeatsTitle(p, title string) bool {
	if title == "" {
		return false
	}
	if strings.EqualFold(p, title) {
		return true
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(p, strings.TrimSpace(title[:i])) {
			return true
		}
		if i := strings.Index(title, sep); i >= 0 && strings.EqualFold(p, strings.TrimSpace(title[i+len(sep):])) {
			return true
		}
	}
	return false
}

// titleSeparators separate a page's title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "}

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
