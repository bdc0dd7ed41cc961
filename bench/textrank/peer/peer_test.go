package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var docs = []document{
	{ID: "a", Text: "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers. Officials said no one was injured. Traffic was sent to the tunnel."},
	{ID: "b", Text: "A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge. Nobody was hurt, officials said. Engineers will inspect the pier."},
}

// TestSummarizeBudget: whole sentences of the input until the budget is
// reached, and all of them when they hold fewer words.
func TestSummarizeBudget(t *testing.T) {
	var all []string
	for _, d := range docs {
		all = append(all, d.Text)
	}
	input := strings.Join(all, " ")
	s := newSummarizer()
	for _, words := range []int{1, 12, 25, 1000} {
		got := s.summarize(docs, words)
		n := 0
		for i, sent := range got {
			if !strings.Contains(input, strings.TrimRight(sent, ".")) {
				t.Errorf("words %d: %q is not a sentence of the input", words, sent)
			}
			if i > 0 && n >= words {
				t.Errorf("words %d: sentence %d added after the budget was reached", words, i+1)
			}
			n += len(strings.Fields(sent))
		}
		if n < min(words, len(strings.Fields(input))) {
			t.Errorf("words %d: %d sentences of %d words stop short of the budget: %q", words, len(got), n, got)
		}
	}
	if got := s.summarize(docs, 1000); len(got) != 6 {
		t.Errorf("a budget above the input's words gave %d sentences, want all 6: %q", len(got), got)
	}
}

// TestBatch: one output line per story, in input order, with its id, at
// any -j.
func TestBatch(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "stories.jsonl")
	var lines []byte
	for i, id := range []string{`"x"`, `2`, `"z"`} {
		line, _ := json.Marshal(map[string]any{"id": json.RawMessage(id), "documents": docs[:1+i%2]})
		lines = append(append(lines, line...), '\n', '\n')
	}
	if err := os.WriteFile(in, lines, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, j := range []string{"1", "3"} {
		var out, errs bytes.Buffer
		if code := run([]string{"-batch", "-j", j, "-words", "10", in}, &out, &errs); code != 0 {
			t.Fatalf("-j %s: exit %d: %s", j, code, errs.Bytes())
		}
		got := strings.Split(strings.TrimSpace(out.String()), "\n")
		if len(got) != 3 {
			t.Fatalf("-j %s: %d lines, want 3:\n%s", j, len(got), out.Bytes())
		}
		for i, want := range []string{`"x"`, `2`, `"z"`} {
			var o output
			if err := json.Unmarshal([]byte(got[i]), &o); err != nil || string(o.ID) != want || len(o.Summary) == 0 {
				t.Errorf("-j %s: line %d = %s (%v), want id %s and a summary", j, i+1, got[i], err, want)
			}
		}
	}
}

// TestFiles: files and directories are read as one story; bad input is
// an error naming it.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, d.ID), []byte(d.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errs bytes.Buffer
	if code := run([]string{"-words", "1000", dir}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.Bytes())
	}
	var o output
	if err := json.Unmarshal(out.Bytes(), &o); err != nil || len(o.Summary) != 6 {
		t.Errorf("got %s (%v), want the 6 sentences of both files", out.Bytes(), err)
	}
	missing := filepath.Join(dir, "missing")
	errs.Reset()
	if code := run([]string{missing}, &out, &errs); code != 1 || !strings.Contains(errs.String(), missing) {
		t.Errorf("a missing file: exit %d, %q; want 1 and its name", code, errs.String())
	}
	if code := run(nil, &out, &errs); code != 2 {
		t.Errorf("no input: exit %d, want 2", code)
	}
}
