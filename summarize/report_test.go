package summarize

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// reportOf writes the HTML report of docs (default options) and parses it.
func reportOf(t *testing.T, docs []Document) (*Summary, []byte, *html.Node) {
	t.Helper()
	sum, err := Summarize(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := sum.WriteHTML(&buf, docs); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return sum, buf.Bytes(), root
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// textOf returns the text of n without the claim numbers in <sup>.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.Data == "sup" {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

func TestReportStructure(t *testing.T) {
	docs := seeds(t)
	sum, _, root := reportOf(t, docs)
	ids := map[string]*html.Node{}
	var cites []*html.Node
	partials := 0
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if id, ok := attr(n, "id"); ok {
			if ids[id] != nil {
				t.Errorf("duplicate id %q", id)
			}
			ids[id] = n
		}
		// Self-contained: nothing is loaded from elsewhere.
		switch n.Data {
		case "link", "img", "iframe", "object", "embed":
			t.Errorf("external resource element <%s>", n.Data)
		case "script":
			if _, ok := attr(n, "src"); ok {
				t.Error("script with src")
			}
		case "a":
			if c, _ := attr(n, "class"); slices.Contains(strings.Fields(c), "cite") {
				cites = append(cites, n)
				if slices.Contains(strings.Fields(c), "partial") {
					partials++
				}
			}
		}
		for _, a := range n.Attr {
			if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "#") {
				t.Errorf("<%s %s=%q> leaves the page", n.Data, a.Key, a.Val)
			}
		}
	})
	want := 0
	for _, s := range sum.Sentences {
		want += s.Support
	}
	if len(cites) != want {
		t.Errorf("%d citation links, want %d (one per cited source)", len(cites), want)
	}
	wantPartial := 0
	for _, s := range sum.Sentences {
		for _, p := range s.partialSources() {
			if p {
				wantPartial++
			}
		}
	}
	if partials != wantPartial {
		t.Errorf("%d citation links marked partial, want %d", partials, wantPartial)
	}
	// Every citation resolves to a highlighted element holding exactly the
	// cited sentence.
	cited := map[string]string{}
	for _, s := range sum.Sentences {
		for _, c := range s.Citations {
			cited[c.Text] = c.Text
		}
	}
	for _, a := range cites {
		href, _ := attr(a, "href")
		el := ids[strings.TrimPrefix(href, "#")]
		if el == nil {
			t.Errorf("citation %s resolves to nothing", href)
			continue
		}
		class, _ := attr(el, "class")
		if el.Data != "mark" || !strings.Contains(class, "cited") {
			t.Errorf("citation %s resolves to <%s class=%q>", href, el.Data, class)
		}
		if _, ok := cited[textOf(el)]; !ok {
			t.Errorf("citation %s marks %q, not a cited sentence", href, textOf(el))
		}
	}
	// The sources are there in full: each source's text, marks included,
	// is the document's text.
	n := 0
	walk(root, func(node *html.Node) {
		if c, _ := attr(node, "class"); node.Type == html.ElementNode && c == "text" {
			if got := textOf(node); got != docs[n].Text {
				t.Errorf("source %d text differs from the document", n+1)
			}
			n++
		}
	})
	if n != len(docs) {
		t.Errorf("%d source texts, want %d", n, len(docs))
	}
}

func TestReportEscapes(t *testing.T) {
	docs := []Document{
		{ID: "<a&b>.txt", Text: "The mayor said <script>alert(1)</script> & the council agreed to close the bridge on Sunday.\nThe bridge will stay closed for at least a week, engineers said.\n"},
		{ID: "b.txt", Text: "The council agreed to close the bridge on Sunday, the mayor said.\nEngineers said the bridge will stay closed for at least a week.\n"},
	}
	_, page, _ := reportOf(t, docs)
	if bytes.Contains(page, []byte("<script>alert")) || bytes.Contains(page, []byte("<a&b>")) {
		t.Error("document text or ID not escaped")
	}
	if !bytes.Contains(page, []byte("&lt;script&gt;alert(1)&lt;/script&gt; &amp; the council")) {
		t.Error("escaped text missing")
	}
}

func TestReportWrongDocuments(t *testing.T) {
	docs := seeds(t)
	sum, err := Summarize(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := sum.WriteHTML(&buf, docs[:2]); err == nil {
		t.Error("WriteHTML with too few documents succeeded")
	}
	short := append([]Document(nil), docs...)
	short[0].Text = short[0].Text[:10]
	if err := sum.WriteHTML(&buf, short); err == nil {
		t.Error("WriteHTML with changed text succeeded")
	}
}
