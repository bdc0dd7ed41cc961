package summarize

import (
	"fmt"
	"slices"
	"testing"
)

// TestRedundancyCutoff runs the golden case redundant: a single-source
// sentence that restates the lead claim in other words, which grouping
// keeps apart from the claim and the Matcher does not take for a repeat
// of it, is left out by the redundancy cut-off alone (its TF-IDF similarity to the claim is
// between redundant and 0.6), though the summary has room for it.
func TestRedundancyCutoff(t *testing.T) {
	docs := caseDocs(t, "redundant")
	const restated = "A Sunday to forget on the Harbor Bridge: one cargo ship, one pier, no traffic."
	s, err := Summarize(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(summaryTexts(s), restated) {
		t.Fatalf("%q is in the summary %q", restated, summaryTexts(s))
	}
	if n := len(s.Sentences); n >= defaultLength {
		t.Fatalf("%d summary sentences: the summary has no room left, the case shows nothing", n)
	}
	// The premise: only the cut-off leaves it out. Grouping keeps it out
	// of the lead claim, which already holds a sentence of c.txt, and the
	// Matcher finds it roughly equivalent to none of the claim's
	// wordings, so it is no repeat of the claim either.
	m, _ := NewMatcher("")
	fromC := false
	for _, c := range s.Sentences[0].Citations {
		fromC = fromC || s.Sources[c.Source-1].ID == "c.txt"
		if m.equivalent(restated, c.Text) {
			t.Fatalf("%q repeats %q: the cut-off is not what leaves it out", restated, c.Text)
		}
	}
	if !fromC {
		t.Fatal("the lead claim does not cite c.txt: grouping could take the restatement in")
	}
	i := slices.IndexFunc(s.LeftOut, func(lo LeftOut) bool { return lo.Text == restated })
	if i < 0 {
		t.Fatalf("%q is not among the claims left out", restated)
	}
	var sim float64
	if _, err := fmt.Sscanf(s.LeftOut[i].Reason, "repeats summary sentence 1 (similarity %f)", &sim); err != nil {
		t.Fatalf("left out for %q, want the redundancy cut-off's reason", s.LeftOut[i].Reason)
	}
	if sim < redundant || sim >= 0.6 {
		t.Errorf("similarity %.2f to the lead claim: the case is meant to lie between the cut-off %v and 0.6", sim, redundant)
	}
}
