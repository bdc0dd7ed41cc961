package summarize

import (
	"slices"
	"strings"
	"testing"
)

// summaryTexts returns the texts of the summary's sentences.
func summaryTexts(s *Summary) []string {
	var out []string
	for _, sent := range s.Sentences {
		out = append(out, sent.Text)
	}
	return out
}

// TestBudgetBoundary checks the word and byte budgets exactly at their
// boundary, on the seeds: a budget of L, where L is the size of some
// summary (in bytes: its sentences joined by single spaces, as
// Options.Bytes says), gives that summary, and a budget of L+1 gives it
// with one more sentence. A byte count without the joining spaces, or a
// budget met only past L, fails here.
func TestBudgetBoundary(t *testing.T) {
	docs := seeds(t)
	size := map[string]func([]string) int{
		"Bytes": func(texts []string) int { return len(strings.Join(texts, " ")) },
		"Words": func(texts []string) int { return len(strings.Fields(strings.Join(texts, " "))) },
	}
	budget := func(kind string, n int) Options {
		if kind == "Bytes" {
			return Options{Bytes: n}
		}
		return Options{Words: n}
	}
	for _, kind := range []string{"Bytes", "Words"} {
		n := 1
		for k := 1; k <= 6; k++ {
			s, err := Summarize(docs, budget(kind, n))
			if err != nil {
				t.Fatal(err)
			}
			texts := summaryTexts(s)
			if len(texts) != k {
				t.Fatalf("%s %d: %d sentences, want %d", kind, n, len(texts), k)
			}
			l := size[kind](texts)
			at, err := Summarize(docs, budget(kind, l))
			if err != nil {
				t.Fatal(err)
			}
			if got := summaryTexts(at); !slices.Equal(got, texts) {
				t.Errorf("%s %d, the size of the %d-sentence summary: %d sentences, want the same %d", kind, l, k, len(got), k)
			}
			past, err := Summarize(docs, budget(kind, l+1))
			if err != nil {
				t.Fatal(err)
			}
			// The sentence that filled the budget comes last; the others,
			// in source order, are the claims of the smaller summary.
			got := summaryTexts(past)
			if len(got) != k+1 || !sameSet(got[:k], texts) {
				t.Errorf("%s %d: %d sentences %q, want the %d of %s %d and one more", kind, l+1, len(got), got, k, kind, l)
			}
			n = l + 1
		}
	}
}

// sameSet reports whether a and b hold the same strings.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
