package htmldoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockText returns the text of the extracted content with a line feed
// around every block element (paragraphs, headings, list items, quotes,
// table rows), which the extractor's own ContentText joins with spaces, a
// lineBreak for each <br> and line of <pre>, and a space between table
// cells. Other line breaks in the HTML source are spaces, as a browser
// shows them.
//
// go-trafilatura trims the white space around the text of the elements it
// keeps, so "<b>Kinder</b> findet" comes out as two pieces, "Kinder" and
// "findet", that ContentText joins with a space and a plain join would
// run together, while "<b>W</b>ord" must stay one word. When page, the
// whole page's text as pageText returns it, is not empty, two pieces that
// meet without white space are joined without one only if the page shows
// them that way (the end of the one and the start of the other are in
// page without a space between them); otherwise a space separates them.
func blockText(n *html.Node, page string) string {
	w := textWriter{page: page}
	w.walk(n)
	return w.b.String()
}

// pageText returns the text of the page as a browser lays it out, one
// space for each run of white space and each block or cell boundary.
func pageText(n *html.Node) string {
	w := textWriter{}
	w.walk(n)
	return squash(w.b.String())
}

type textWriter struct {
	b    strings.Builder
	page string
	pre  int
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Br:
			w.b.WriteRune(lineBreak)
			return
		case atom.Hr:
			w.b.WriteByte('\n')
			return
		case atom.Pre:
			w.pre++
			defer func() { w.pre-- }()
		case atom.Td, atom.Th:
			w.b.WriteByte(' ')
		}
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		w.b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.b.WriteByte('\n')
	}
}

// text writes the text s of a text node.
func (w *textWriter) text(s string) {
	if w.pre == 0 {
		s = strings.Map(lineBreakToSpace, s)
	} else {
		s = strings.Map(preLineBreak, s)
	}
	if w.page != "" && s != "" && w.b.Len() > 0 {
		last, _ := utf8.DecodeLastRuneInString(w.b.String())
		first, _ := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(last) && !unicode.IsSpace(first) && !w.shownJoined(s) {
			w.b.WriteByte(' ')
		}
	}
	w.b.WriteString(s)
}

// joinContext is how many bytes of the text on either side of a join
// shownJoined looks up in the page.
const joinContext = 24

// shownJoined reports whether the page shows the text written so far and
// s without white space between them.
func (w *textWriter) shownJoined(s string) bool {
	before := w.b.String()
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	before = squash(tail(before, joinContext))
	after := squash(head(s, joinContext))
	return strings.Contains(w.page, before+after)
}

// head returns s up to about n bytes, cut at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tail returns the last n bytes or so of s, cut at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// lineBreak is what blockText writes for a line break inside a block
// (<br>, a line of <pre>); a line feed separates blocks.
const lineBreak = '\u2028'

// preLineBreak maps a line feed to lineBreak, and drops carriage returns.
func preLineBreak(r rune) rune {
	switch r {
	case '\n':
		return lineBreak
	case '\r':
		return -1
	}
	return r
}

// lineBreakToSpace maps the characters that end a line in paragraphs (and
// in the sentence splitter) to a space.
func lineBreakToSpace(r rune) rune {
	switch r {
	case '\n', '\r', '\f', '\v', '\u0085', '\u2028', '\u2029':
		return ' '
	}
	return r
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Blockquote: true, atom.Pre: true,
	atom.Tr: true, atom.Table: true, atom.Caption: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figure: true,
	atom.Figcaption: true, atom.Dd: true, atom.Dt: true, atom.Main: true,
	atom.Aside: true, atom.Body: true, atom.Nav: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Form: true, atom.Fieldset: true,
	atom.Center: true, atom.Hgroup: true,
}
