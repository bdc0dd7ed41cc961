package htmldoc

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rescueAtLeast is the length a rescued text must reach to be taken
// (go-trafilatura's baseline's).
const rescueAtLeast = 100

// rescue returns the article text of a page the extractors found (almost)
// nothing in, as go-trafilatura's baseline finds it, but one block a line:
// the articleBody of the page's JSON-LD metadata; else the text of its
// <article> element; else its paragraphs, quotes and code blocks; the
// first of these longer than rescueAtLeast characters, or else the first
// that is not empty. Unlike that baseline it never falls back to the
// whole page's text: that is navigation and the like when a page has no
// paragraphs. It returns "" when the page has none of these.
func rescue(page *html.Node) string {
	var first string
	for _, find := range []func(*html.Node) string{jsonLDBody, articleText, paragraphText} {
		t := find(page)
		if n := utf8.RuneCountInString(squash(t)); n > rescueAtLeast {
			return t
		} else if n > 0 && first == "" {
			first = t
		}
	}
	return first
}

// articleText returns the text of the page's first <article>, once clean
// has taken out what is not text.
func articleText(page *html.Node) string {
	clean(page)
	if a := find(page, atom.Article); a != nil {
		return blockText(a, "")
	}
	return ""
}

// paragraphText returns the text of the page's paragraphs, quotes and code
// blocks (outside others), each once, one a line.
func paragraphText(page *html.Node) string {
	clean(page)
	var b strings.Builder
	seen := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.Blockquote, atom.Pre, atom.Q, atom.Code:
				if t := blockText(n, ""); !seen[squash(t)] {
					seen[squash(t)] = true
					b.WriteString(t)
					b.WriteByte('\n')
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(page)
	return b.String()
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// clean removes what go-trafilatura's baseline removes before it looks
// for text: asides, footers (also <div>s whose id or class says footer),
// scripts and styles; and navigation and templates besides.
func clean(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && junkElement(c) {
			n.RemoveChild(c)
		} else {
			clean(c)
		}
		c = next
	}
}

func junkElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside, atom.Footer, atom.Script, atom.Style, atom.Nav, atom.Template:
		return true
	case atom.Div:
		for _, a := range n.Attr {
			if (a.Key == "id" || a.Key == "class") && strings.Contains(a.Val, "footer") {
				return true
			}
		}
	}
	return false
}

// find returns the first element a in n, depth first.
func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// jsonLDBody returns the articleBody values of the page's JSON-LD scripts,
// one paragraph a line (HTML in them read as HTML).
func jsonLDBody(page *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			for _, a := range n.Attr {
				if a.Key == "type" && strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json") {
					var v any
					if n.FirstChild != nil && json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						if body := articleBody(v); body != "" {
							b.WriteString(body)
							b.WriteByte('\n')
						}
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(page)
	return b.String()
}

// articleBody returns the first non-empty "articleBody" string in v, a
// decoded JSON value, looking into objects before their nested values in
// the order of their keys, and into arrays in order.
func articleBody(v any) string {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sortStrings(keys)
		for _, k := range keys {
			if s, ok := v[k].(string); ok && strings.EqualFold(k, "articlebody") && strings.TrimSpace(s) != "" {
				return bodyText(s)
			}
		}
		for _, k := range keys {
			if t := articleBody(v[k]); t != "" {
				return t
			}
		}
	case []any:
		for _, e := range v {
			if t := articleBody(e); t != "" {
				return t
			}
		}
	}
	return ""
}

// bodyText returns an articleBody as text: parsed as HTML when it holds
// tags, its own line breaks kept otherwise.
func bodyText(s string) string {
	s = html.UnescapeString(s)
	if strings.Contains(s, "<") && strings.Contains(s, ">") {
		if nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}); err == nil {
			var b strings.Builder
			for _, n := range nodes {
				b.WriteString(blockText(n, ""))
			}
			return b.String()
		}
	}
	return s
}

func sortStrings(s []string) { sort.Strings(s) }
