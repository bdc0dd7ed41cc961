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

const (
	para1 = "The river rose through the night, and by morning the water stood a metre higher than on any day since the great flood of 1947."
	para2 = "The new flood wall, finished in the spring after three years of work, held back the water along the whole of the old town's quay."
	para3 = "Engineers who walked the wall at dawn found no cracks, and the council said the pumps behind it had kept the cellars dry."
)

// Pieces of text that go-trafilatura trims apart are joined as the page
// shows them: with a space where the page has one, without where it has
// none; table cells are apart.
func TestInlineSpaces(t *testing.T) {
	body := "<p>" + para1 + "</p><p>The <b>council</b> said the <b>W</b>all held, and <a href='/m'>the mayor</a>\nthanked the engineers who <em>built</em> it over three long years of work on the quay.</p>" +
		"<p>" + para2 + "</p><table><tr><td>Level</td><td>4.2&nbsp;m</td></tr><tr><td>Gauge</td><td>Quay</td></tr></table><p>" + para3 + "</p>"
	doc, err := FromBytes([]byte(pageWith("", body)), "p.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The council said the Wall held, and the mayor thanked the engineers who built it", "Level 4.2"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, doc.Text)
		}
	}
	checkNoFurniture(t, doc.Text)
}

// A <br> breaks a line within a paragraph; line breaks of the HTML source
// are spaces.
func TestLineBreaks(t *testing.T) {
	body := "<p>" + para1 + "</p><p>The gauge on the\nbridge read four metres at midnight,<br>and the water was still rising at dawn when the engineers walked the wall.</p>" +
		"<p>" + para2 + "</p><p>" + para3 + "</p>"
	doc, err := FromBytes([]byte(pageWith("", body)), "p.html")
	if err != nil {
		t.Fatal(err)
	}
	want := para1 + "\n\nThe gauge on the bridge read four metres at midnight,\nand the water was still rising at dawn when the engineers walked the wall.\n\n" +
		para2 + "\n\n" + para3 + "\n"
	if doc.Text != want {
		t.Errorf("text\n%q\nwant\n%q", doc.Text, want)
	}
}

// paragraphs makes paragraphs of blocks and of lines between two
// lineBreaks in a row ("<br><br>"), lines of the other lineBreaks, and
// drops a first paragraph that repeats the title.
func TestParagraphs(t *testing.T) {
	lb := string(lineBreak)
	text := "\n\n Flood  wall holds \nOne\n two" + lb + "three" + lb + " " + lb + "four\n\n" + lb + "five" + lb
	want := "One\n\ntwo\nthree\n\nfour\n\nfive\n"
	if got := paragraphs(text, "flood wall holds"); got != want {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	if got := paragraphs(" "+lb+"\n", "x"); got != "" {
		t.Errorf("paragraphs of nothing = %q", got)
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

func TestRepeatsTitle(t *testing.T) {
	for _, tc := range []struct {
		p, title string
		want     bool
	}{
		{"Dam holds", "Dam holds", true},
		{"dam HOLDS", "Dam holds", true},
		{"Dam holds", "Dam holds - The Courier", true},
		{"Dam holds", "The Courier | Dam holds", true},
		{"Dam holds - again", "Dam holds - again | The Courier", true},
		{"Dam holds", "Dam holds again", false},
		{"The Courier", "Dam holds", false},
		{"Dam", "Dam holds - The Courier", false},
		{"Dam holds", "", false},
		{"", "", false},
	} {
		if got := repeatsTitle(tc.p, tc.title); got != tc.want {
			t.Errorf("repeatsTitle(%q, %q) = %v, want %v", tc.p, tc.title, got, tc.want)
		}
	}
}
