package htmldoc

import (
	"strings"
	"testing"
)

// pageWith returns a page with navigation, a cookie banner and a footer
// around body, the page's <article>.
func pageWith(head, body string) string {
	return "<!DOCTYPE html><html><head><title>Flood wall holds</title>" + head + "</head><body>" +
		"<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>" +
		"<div class='cookie-banner'>We use cookies to personalise content and ads.</div>" +
		"<article><h1>Flood wall holds</h1>" + body + "</article>" +
		"<footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"
}

var furniture = []string{"Home", "Sport", "cookies", "Copyright", "rights reserved", sentinel[:20]}

func checkNoFurniture(t *testing.T, text string) {
	t.Helper()
	for _, j := range furniture {
		if strings.Contains(text, j) {
			t.Errorf("text holds %q:\n%s", j, text)
		}
	}
}

// A short article (below go-trafilatura's 250 characters) is still the
// article: not the whole page's text, not run together.
func TestShortArticle(t *testing.T) {
	short := "The river rose through the night, and the new flood wall held."
	for _, tc := range []struct {
		name, head, body, want string
	}{
		{"paragraph", "", "<p>" + short + "</p><p>The pumps behind it kept the cellars dry all night long.</p>",
			short + "\n\nThe pumps behind it kept the cellars dry all night long.\n"},
		{"tiny", "", "<p>The wall held.</p>", "The wall held.\n"},
		{"JSON-LD body", `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
			"headline": "Flood wall holds", "articleBody": "` + short + `\n\nThe pumps behind it kept the cellars dry all night long, the council said."}</script>`,
			"<div id='app'>Loading…</div>",
			short + "\n\nThe pumps behind it kept the cellars dry all night long, the council said.\n"},
		{"noscript", "", "<div id='app'></div><noscript><p>" + short + "</p><p>The pumps behind it kept the cellars dry all night long.</p></noscript>",
			short + "\n\nThe pumps behind it kept the cellars dry all night long.\n"},
	} {
		doc, err := FromBytes([]byte(pageWith(tc.head, tc.body)), "p.html")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if doc.Text != tc.want {
			t.Errorf("%s: text\n%q\nwant\n%q", tc.name, doc.Text, tc.want)
		}
		if doc.Title != "Flood wall holds" {
			t.Errorf("%s: title %q", tc.name, doc.Title)
		}
		checkNoFurniture(t, doc.Text)
	}
}

// decode reads the encoding as a browser would, and knows pages that
// declare one thing and hold another.
func TestDecode(t *testing.T) {
	longHead := "<style>" + strings.Repeat("p { margin: 0 }\n", 100) + "</style>"
	for _, tc := range []struct {
		name, page, want string
	}{
		{"meta after 1024 bytes", "<html><head>" + longHead + "<meta charset=windows-1252></head><body>Caf\xe9</body>", "Café"},
		{"http-equiv after 1024 bytes", "<html><head>" + longHead + "<meta content='text/html; charset=ISO-8859-1' http-equiv='Content-Type'></head><body>Caf\xe9</body>", "Café"},
		{"undeclared UTF-8 late", "<html><head>" + longHead + "</head><body>Caf\xc3\xa9</body>", "Café"},
		{"declared Latin-1, holds UTF-8", "<html><head><meta charset=iso-8859-1></head><body>Caf\xc3\xa9 \xe2\x80\x94 open</body>", "Café — open"},
		{"undeclared, not UTF-8", "<html><body>Caf\xe9</body>", "Café"},
		{"declared after body is not read", "<html><body>Caf\xe9<meta charset=koi8-r></body>", "Café"},
		{"UTF-8 BOM", "\xef\xbb\xbf<html><body>Caf\xc3\xa9</body>", "Café"},
		{"UTF-16LE BOM", "\xff\xfe<\x00p\x00>\x00C\x00a\x00f\x00\xe9\x00", "<p>Café"},
		{"UTF-16 declared", "<meta charset=utf-16><p>Caf\xc3\xa9", "Café"},
		{"soft hyphens", "<p>Hoch\xc2\xadwasser", "<p>Hochwasser"},
		{"NFC", "<p>Cafe\xcc\x81", "<p>Café"},
	} {
		if got := decode([]byte(tc.page)); !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q, want it to hold %q", tc.name, got, tc.want)
		}
	}
}
