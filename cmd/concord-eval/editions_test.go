package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEditions: the workload holds every non-empty DUC 2004 article once
// per edition, each opened by its edition's line, and no two documents
// alike.
func TestEditions(t *testing.T) {
	needData(t, "duc2004")
	code, out, errs := runEval(t, "editions", "-data", dataDir, "-n", "2")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Count(out, "\n") != 1 {
		t.Fatalf("want one JSON line, got %d lines", strings.Count(out, "\n"))
	}
	var story struct {
		ID        string `json:"id"`
		Documents []struct{ ID, Text string }
	}
	if err := json.Unmarshal([]byte(out), &story); err != nil {
		t.Fatal(err)
	}
	// 500 articles, 12 of them empty
	if len(story.Documents) != 2*488 {
		t.Fatalf("%d documents, want %d", len(story.Documents), 2*488)
	}
	seen := map[string]bool{}
	for i, d := range story.Documents {
		if seen[d.Text] {
			t.Fatalf("document %d (%s) repeats another", i, d.ID)
		}
		seen[d.Text] = true
	}
	first, second := story.Documents[0], story.Documents[488]
	if !strings.HasPrefix(first.Text, "Edition 0 of story 0, filed by the desk.\n") || !strings.HasPrefix(second.Text, "Edition 1 of story 0, filed by the desk.\n") {
		t.Errorf("editions' first lines: %q, %q", first.Text[:50], second.Text[:50])
	}
	if _, a, _ := strings.Cut(first.Text, "\n"); !strings.HasSuffix(second.Text, a) {
		t.Error("the second edition's article is not the first's")
	}
	if code, _, _ := runEval(t, "editions", "-n", "0"); code != exitUsage {
		t.Errorf("-n 0: exit %d, want %d", code, exitUsage)
	}
}
