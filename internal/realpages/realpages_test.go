package realpages

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The shingle scores follow the article-extraction benchmark's
// evaluate.py: 4-grams of \w+ tokens, counts normalised per page, means
// over pages, F1 of the means.
func TestShingles(t *testing.T) {
	for _, tc := range []struct {
		name           string
		want, got      string
		prec, rec      float64
		nPrec, nRecall int
	}{
		{"same", "One two three four five.", "one? No: One two three four five", 0.5, 1, 1, 1},
		{"exact", "a b c d e", "a b c d e", 1, 1, 1, 1},
		// want {abcd, bcde}, got {abcd, bcdx}: tp=fp=fn=1/3.
		{"one wrong", "a b c d e", "a b c d x", 0.5, 0.5, 1, 1},
		// Nothing extracted: no precision, recall 0.
		{"empty", "a b c d e", "", 0, 0, 0, 1},
		// Fewer than four tokens: one shorter shingle.
		{"short", "a b", "a b", 1, 1, 1, 1},
		// A repeated shingle counts as often as it occurs: "a b c d" is
		// found once of twice, and the other four are missing.
		{"repeat", "a b c d e a b c d", "a b c d", 1, 1.0 / 6, 1, 1},
		// Tokens are letters, digits and underscores of any script;
		// punctuation and case matter as in the benchmark (no lower-casing).
		{"unicode", "Über die Brücke_2 geht's", "Über, die Brücke_2; geht's", 1, 1, 1, 1},
	} {
		var s Shingles
		s.Add(tc.want, tc.got)
		if s.nPrec != tc.nPrec || s.nRec != tc.nRecall || !near(s.Precision(), tc.prec) || !near(s.Recall(), tc.rec) {
			t.Errorf("%s: precision %v (%d pages), recall %v (%d pages); want %v (%d), %v (%d)",
				tc.name, s.Precision(), s.nPrec, s.Recall(), s.nRec, tc.prec, tc.nPrec, tc.rec, tc.nRecall)
		}
	}
	// Means over pages, F1 of the means.
	var s Shingles
	s.Add("a b c d e", "a b c d e")
	s.Add("a b c d e", "a b c d x")
	s.Add("a b c d e", "")
	p, r := 0.75, 0.5
	if !near(s.Precision(), p) || !near(s.Recall(), r) || !near(s.F1(), 2*p*r/(p+r)) {
		t.Errorf("three pages: P %v R %v F1 %v; want %v %v %v", s.Precision(), s.Recall(), s.F1(), p, r, 2*p*r/(p+r))
	}
}

// Snippets are counted as go-trafilatura's comparison program counts
// them, white space runs as one space.
func TestSnippets(t *testing.T) {
	p := Page{With: []string{"the dam  held", "water returned"}, Without: []string{"Subscribe", "Most read"}}
	var s Snippets
	s.Add(p, "The city said the dam\nheld. Subscribe now.")
	s.Add(p, "")
	want := Snippets{TP: 1, FN: 3, FP: 1, TN: 3}
	if s != want {
		t.Fatalf("got %+v, want %+v", s, want)
	}
	if !near(s.Precision(), 0.5) || !near(s.Recall(), 0.25) || !near(s.Accuracy(), 0.5) || !near(s.F1(), 2.0/6) {
		t.Errorf("P %v R %v A %v F1 %v", s.Precision(), s.Recall(), s.Accuracy(), s.F1())
	}
	if (Snippets{}).F1() != 0 {
		t.Error("F1 of nothing is not 0")
	}
}

func TestText(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="readability-page-1"><h2>Head</h2><p>One <a href="x">link</a>
and <b>bold</b>.<br>Next line</p><!-- note --><ul><li>a</li><li>b</li></ul><script>x()</script></div>`))
	if err != nil {
		t.Fatal(err)
	}
	want := "Head\nOne link\nand bold.\nNext line\na\nb"
	if got := Text(doc); got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

// The halves split by site: pages of one host are in one half, "www."
// aside; both halves are used.
func TestHalf(t *testing.T) {
	a := Page{URL: "https://www.example.com/a"}
	b := Page{URL: "http://example.com/b/c?d"}
	if a.Half() != b.Half() {
		t.Error("two pages of one site in different halves")
	}
	seen := map[int]bool{}
	for _, host := range []string{"a.org", "b.org", "c.org", "d.org", "e.org", "f.org", "g.org", "h.org"} {
		seen[Page{URL: "https://" + host + "/"}.Half()] = true
	}
	if !seen[0] || !seen[1] {
		t.Error("eight sites all in one half")
	}
}

// The comparison set is read from a module folder laid out as
// go-trafilatura's: data.go's map, pages in test-files/comparison or mock.
func TestComparisonLayout(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("scripts/comparison/data.go", `package main

var comparisonData = map[string]ComparisonEntry{
	"https://b.example/x": {
		File:    "b.html",
		With:    []string{"kept \"quoted\""},
		Without: []string{"Menu"},
	},
	"https://a.example/y": {
		File:  "a.html",
		Title: "ignored",
		With:  []string{"one", "two"},
	},
}
`)
	write("test-files/comparison/b.html", "<p>B</p>")
	write("test-files/mock/a.html", "<p>A</p>")
	pages, err := Comparison(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || pages[0].Name != "b.html" || pages[0].URL != "https://b.example/x" ||
		string(pages[0].HTML) != "<p>B</p>" || pages[0].With[0] != `kept "quoted"` || pages[0].Without[0] != "Menu" ||
		pages[1].Name != "a.html" || string(pages[1].HTML) != "<p>A</p>" || len(pages[1].With) != 2 || pages[1].Without != nil {
		t.Errorf("pages = %+v", pages)
	}
	os.Remove(filepath.Join(dir, "test-files/mock/a.html"))
	if _, err := Comparison(dir); err == nil || !strings.Contains(err.Error(), "a.html") {
		t.Errorf("missing page: err = %v", err)
	}
}

func TestMozillaLayout(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "test-pages", "001")
	os.MkdirAll(page, 0o755)
	os.WriteFile(filepath.Join(page, "source.html"), []byte("<html><body><nav>Home</nav><p>Story.</p></body></html>"), 0o644)
	os.WriteFile(filepath.Join(page, "expected.html"), []byte("<div><p>Story.</p></div>"), 0o644)
	os.WriteFile(filepath.Join(dir, "test-pages", "nodes.html"), []byte("not a test page"), 0o644)
	pages, err := Mozilla(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || pages[0].Name != "001" || pages[0].Expected != "Story." || pages[0].URL != MozillaURL {
		t.Errorf("pages = %+v", pages)
	}
}

// Extract keeps the order of the pages whatever the number of workers,
// and Tally counts failures as pages with nothing extracted.
func TestExtractTally(t *testing.T) {
	var pages []Page
	for i := 0; i < 20; i++ {
		pages = append(pages, Page{Name: string(rune('a' + i)), With: []string{"x"}, Expected: "x y z w"})
	}
	ex := func(p Page) (string, error) {
		if p.Name == "c" {
			return "x y z w", os.ErrInvalid
		}
		return p.Name + " x y z w", nil
	}
	one, four := Extract(pages, 1, ex), Extract(pages, 4, ex)
	for i := range pages {
		if one[i] != four[i] {
			t.Fatalf("page %d: %+v with 1 worker, %+v with 4", i, one[i], four[i])
		}
	}
	r := Tally(pages, four, nil)
	if r.Pages != 20 || r.Failed != 1 || r.Snippets != (Snippets{TP: 19, FN: 1}) {
		t.Errorf("tally %+v", r)
	}
	r = Tally(pages, four, func(p Page) bool { return p.Name == "c" })
	if r.Pages != 1 || r.Failed != 1 || r.Shingles.Recall() != 0 {
		t.Errorf("tally of the failed page: %+v", r)
	}
}
