package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// The html mode on two small page sets laid out as the two modules lay
// theirs out: every extractor gets a row, with the figures the pages
// allow.
func TestHTMLMode(t *testing.T) {
	root := t.TempDir()
	story := "<p>" + strings.Repeat("The river rose through the night and the town's new flood wall held back the water. ", 5) + "</p>"
	page := "<html><head><title>Flood wall holds</title></head><body><nav><a href=/>Home</a> <a href=/s>Sport</a></nav><article><h1>Flood wall holds</h1>" +
		story + story + "</article><footer>Copyright 2025 Example News</footer></body></html>"
	writeFiles(t, root, map[string]string{
		"tra/scripts/comparison/data.go": "package main\n\nvar comparisonData = map[string]ComparisonEntry{\n" +
			"\t\"https://a.example/1\": {File: \"a.html\", With: []string{\"flood wall held back\"}, Without: []string{\"Copyright 2025\"}},\n" +
			"\t\"https://b.example/2\": {File: \"b.html\", With: []string{\"flood wall held back\"}, Without: []string{\"Sport\"}},\n}\n",
		"tra/test-files/comparison/a.html": page,
		"tra/test-files/mock/b.html":       page,
		"read/test-pages/p1/source.html":   page,
		"read/test-pages/p1/expected.html": "<div>" + story + story + "</div>",
	})
	code, out, errs := runEval(t, "html", "-trafilatura", filepath.Join(root, "tra"), "-readability", filepath.Join(root, "read"), "-workers", "1")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"go-trafilatura comparison set: 2 pages",
		"Mozilla Readability test pages: 1 pages",
		"go-trafilatura defaults",
		"go-trafilatura + fallback",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// concord finds the story and leaves the navigation and footer out:
	// every figure 1 on both sets, no page failed.
	var rows int
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "concord -sentences") {
			continue
		}
		rows++
		f := strings.Fields(strings.TrimPrefix(line, "concord -sentences"))
		for i, x := range f {
			if want := "1.000"; i == len(f)-1 && x != "0" || i < len(f)-1 && x != want {
				t.Errorf("concord's row: %q", line)
				break
			}
		}
	}
	if rows != 2 {
		t.Errorf("concord has %d rows, want 2:\n%s", rows, out)
	}

	code, _, errs = runEval(t, "html", "-trafilatura", filepath.Join(root, "nowhere"), "-readability", filepath.Join(root, "read"))
	if code != exitFailure || !strings.Contains(errs, filepath.Join(root, "nowhere")) {
		t.Errorf("missing pages: exit %d, %s", code, errs)
	}
	code, _, errs = runEval(t, "html", "-workers", "0")
	if code != exitUsage || !strings.Contains(errs, "-workers must be positive") {
		t.Errorf("-workers 0: exit %d, %s", code, errs)
	}
}
