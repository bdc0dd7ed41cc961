package htmldoc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concordsum/concord/summarize"
)

// testdata/ holds three saved pages of one story, written for these tests,
// each with the story between two markers and, around it, what real pages
// carry: a cookie banner, navigation, a byline, a promotion, related and
// most-read lists, reader comments and a footer.
var pages = []struct {
	file, title, from, to string
}{
	{"courier.html", "Dam repairs leave river town without water", "<article", "</article>"},
	{"tribune.html", "Millbrook without water after crack found in Harlow Dam", `class="article-body"`, `class="promo"`},
	{"herald.htm", "Bottled water handed out as dam repairs shut Millbrook pumping station", `id="story"`, `class="more"`},
}

// junk are phrases of the page furniture; none may reach a document's text.
var junk = []string{
	"cookie", "Cookie", "Subscribe", "Home", "Sport", "Related stories", "Most read",
	"Comments", "riverwatcher", "nobody listened", "boiling water", "Gordon",
	"Log in", "Front page", "All rights reserved", "newsletter", "Herald Online",
	"bakery", "half term", "fire station", "Privacy", "privacy", "Published Tuesday",
	"By Jane Holloway", "Join the conversation", "queue at the church hall",
}

func readPages(t *testing.T) ([]summarize.Document, []string) {
	t.Helper()
	var docs []summarize.Document
	var articles []string
	for _, p := range pages {
		data, err := os.ReadFile(filepath.Join("testdata", p.file))
		if err != nil {
			t.Fatal(err)
		}
		if !IsHTML(p.file, data) {
			t.Errorf("%s: IsHTML false", p.file)
		}
		f, err := os.Open(filepath.Join("testdata", p.file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(f, p.file)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p.file, err)
		}
		if doc.Title != p.title {
			t.Errorf("%s: title %q, want %q", p.file, doc.Title, p.title)
		}
		for _, j := range junk {
			if strings.Contains(doc.Text, j) {
				t.Errorf("%s: text holds page furniture %q:\n%s", p.file, j, doc.Text)
			}
		}
		html := string(data)
		from := strings.Index(html, p.from)
		to := strings.Index(html, p.to)
		if from < 0 || to < from {
			t.Fatalf("%s: markers not found", p.file)
		}
		docs = append(docs, doc)
		articles = append(articles, html[from:to])
	}
	return docs, articles
}

func TestReadPages(t *testing.T) {
	docs, articles := readPages(t)
	for i, doc := range docs {
		// Every paragraph of the story is there, one a line.
		for _, para := range strings.Split(strings.TrimSpace(doc.Text), "\n\n") {
			if !strings.Contains(articles[i], para) && !strings.Contains(para, "Enjoying this article") {
				t.Errorf("%s: paragraph not from the article: %q", doc.ID, para)
			}
		}
		if n := strings.Count(articles[i], "<p>"); strings.Count(doc.Text, "\n\n")+1 < n {
			t.Errorf("%s: %d paragraphs, the article has %d", doc.ID, strings.Count(doc.Text, "\n\n")+1, n)
		}
	}
}

// TestSummaryOfPages checks that a summary of the three pages holds only
// sentences of the articles themselves, and that the lead claim cites all
// three.
func TestSummaryOfPages(t *testing.T) {
	docs, articles := readPages(t)
	sum, err := summarize.Summarize(docs, summarize.Options{Sentences: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Sentences) != 5 {
		t.Fatalf("%d summary sentences, want 5", len(sum.Sentences))
	}
	for _, s := range sum.Sentences {
		for _, c := range s.Citations {
			if !strings.Contains(articles[c.Source-1], c.Text) {
				t.Errorf("cited sentence %q is not in the article of %s", c.Text, docs[c.Source-1].ID)
			}
		}
	}
	for i, src := range sum.Sources {
		if src.Title != pages[i].title {
			t.Errorf("source %d title %q, want %q", i+1, src.Title, pages[i].title)
		}
	}
	if got := len(sum.Sentences[0].Citations); got != 3 {
		t.Errorf("lead claim %q cites %d sources, want 3", sum.Sentences[0].Text, got)
	}
}

func TestCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 closes</title></head><body><article>" +
		strings.Repeat("<p>The caf\xe9 on the corner closed on Monday after forty years of serving coffee to the town.</p>", 4) +
		"</article></body></html>"
	doc, err := FromBytes([]byte(page), "cafe.html")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Café closes" || !strings.Contains(doc.Text, "The café on the corner") {
		t.Errorf("windows-1252 not decoded: title %q, text %q", doc.Title, doc.Text)
	}
}

func TestNoText(t *testing.T) {
	for _, page := range []string{
		"", " \n ", "<html><body></body></html>",
		"<html><head><title>Empty</title></head><body><script>var x = 1;</script></body></html>",
		"<html><head><title>Nav only</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav></body></html>",
	} {
		doc, err := FromBytes([]byte(page), "x.html")
		if !errors.Is(err, ErrNoText) {
			t.Errorf("FromBytes(%q) = %q, %v; want ErrNoText", page, doc.Text, err)
		}
	}
}

func TestIsHTML(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       bool
	}{
		{"a.html", "plain text", true},
		{"a.HTM", "", true},
		{"a.xhtml", "<?xml version='1.0'?><html/>", true},
		{"a.txt", "  \n<!DOCTYPE html><html><body>x</body></html>", true},
		{"stdin#1", "<html lang=en><p>Hello</p></html>", true},
		{"a.txt", "<p>A paragraph.</p>", true},
		{"a.txt", "The <b>bold</b> claim is in the text.", false},
		{"a.txt", "Plain story text.\nSecond line.", false},
		{"a.json", `{"id": "x"}`, false},
	} {
		if got := IsHTML(tc.name, []byte(tc.data)); got != tc.want {
			t.Errorf("IsHTML(%q, %q) = %v, want %v", tc.name, tc.data, got, tc.want)
		}
	}
}

// The extraction is the same on every run.
func TestDeterministic(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "tribune.html"))
	if err != nil {
		t.Fatal(err)
	}
	first, err := FromBytes(data, "t")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 10; i++ {
		doc, err := FromBytes(data, "t")
		if err != nil || doc != first {
			t.Fatalf("run %d differs: %q vs %q (%v)", i, doc.Text, first.Text, err)
		}
	}
}
