package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Pages on standard input are recognised by their content; a page without
// text is skipped with a note; -sentences shows the extracted article.
func TestHTMLInput(t *testing.T) {
	page := func(title, body string) string {
		return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>" +
			"<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>" +
			"<div class='cookie-banner'>We use cookies to personalise content and ads. Accept all cookies to continue.</div>" +
			"<article><h1>" + title + "</h1>" + body + "</article>" +
			"<footer>Copyright 2025 Example News. All rights reserved. Privacy policy.</footer></body></html>"
	}
	a := page("Harbor Bridge closed after ship strike",
		"<p>"+strings.ReplaceAll(story[0], "\n", "</p><p>")+"</p>")
	b := page("Ship hits Harbor Bridge",
		"<p>"+strings.ReplaceAll(story[1], "\n", "</p><p>")+"</p>")
	code, stdout, stderr := runCmd(t, a+"\n---\n"+b, "-format", "markdown")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, junk := range []string{"Home", "cookies", "Copyright", "<"} {
		if strings.Contains(stdout, junk) {
			t.Errorf("output holds %q:\n%s", junk, stdout)
		}
	}
	if !strings.Contains(stdout, "stdin\\#1, “Harbor Bridge closed after ship strike”") {
		t.Errorf("page title not the source's title:\n%s", stdout)
	}
	if !strings.Contains(stdout, "[^1][^2]") {
		t.Errorf("no claim cites both pages:\n%s", stdout)
	}

	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.html")
	os.WriteFile(empty, []byte("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>"), 0o644)
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte(story[0]), 0o644)
	code, _, stderr = runCmd(t, "", empty, txt)
	if code != 0 || !strings.Contains(stderr, "empty.html: HTML page without article text, skipped") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}

	code, stdout, _ = runCmd(t, a, "-sentences")
	if code != 0 || !strings.HasPrefix(stdout, "The city closed the Harbor Bridge on Sunday") {
		t.Errorf("-sentences on a page: exit %d\n%s", code, stdout)
	}
}
