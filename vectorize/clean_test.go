package vectorize

import (
	"reflect"
	"testing"
)

// sentences builds a document's sentences from lines, one sentence each.
func sentences(doc int, titles int, lines ...string) []Sentence {
	var out []Sentence
	off := 0
	for i, l := range lines {
		out = append(out, Sentence{Doc: doc, Index: i, Start: off, End: off + len(l), Text: l, IsTitle: i < titles})
		off += len(l) + 1
	}
	return out
}

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestCleanShapes(t *testing.T) {
	doc := sentences(0, 3,
		"Politics",
		"- Category",
		"US and Europe Explore Security Guarantees for Ukraine",
		"Select Language:",
		"date 2025-08-20 US and European planners have begun exploring guarantees.",
		"WASHINGTON, D.C. — U.S. and European military planners are talking.",
		"Possible US air support",
		"-72b63a4e0c8c475ad81fe3eed3f63729.jpeg)",
		"https://example.com/a/very/long/path/to/an/article.html",
		"By John Smith",
		"Post a Comment",
		"Previous Post Next Post",
		"He did not provide further details.",
		"© 2025 Example News. All rights reserved.",
		"--------------------",
	)
	got := Clean([][]Sentence{doc})[0]
	want := []string{
		"US and Europe Explore Security Guarantees for Ukraine",
		"US and European planners have begun exploring guarantees.",
		"U.S. and European military planners are talking.",
		"He did not provide further details.",
	}
	if !reflect.DeepEqual(texts(got), want) {
		t.Fatalf("kept %q\nwant %q", texts(got), want)
	}
	if !got[0].IsTitle || got[1].IsTitle {
		t.Errorf("title flags: %v %v", got[0].IsTitle, got[1].IsTitle)
	}
	// Trimmed spans still point at their text.
	full := "date 2025-08-20 US and European planners have begun exploring guarantees."
	s := got[1]
	if off := s.Start - doc[4].Start; full[off:off+len(s.Text)] != s.Text || s.End != doc[4].End {
		t.Errorf("trimmed span wrong: %+v", s)
	}
}

func TestCleanRepeatedLines(t *testing.T) {
	a := sentences(0, 0, "Storm hits the coast and floods several towns overnight.", "Share this article.", "Officials opened three shelters.")
	b := sentences(1, 0, "Heavy rain flooded coastal towns on Monday night.", "Share this article.", "Schools were closed.")
	got := Clean([][]Sentence{a, b})
	for d, ss := range got {
		for _, s := range ss {
			if s.Text == "Share this article." {
				t.Errorf("doc %d: boilerplate kept", d)
			}
		}
	}
	if len(got[0]) != 2 || len(got[1]) != 2 {
		t.Errorf("kept %d and %d sentences, want 2 and 2", len(got[0]), len(got[1]))
	}
	// Exact copies keep everything.
	c := sentences(2, 0, texts(a)...)
	got = Clean([][]Sentence{a, c})
	if len(got[0]) != 3 || len(got[1]) != 3 {
		t.Errorf("copies: kept %d and %d sentences, want 3 and 3", len(got[0]), len(got[1]))
	}
}
