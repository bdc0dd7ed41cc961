package summarize

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/concordsum/concord/vectorize"
	"golang.org/x/tools/txtar"
)

// caseDocs returns the input documents of the golden case
// ../testdata/name.txtar.
func caseDocs(t *testing.T, name string) []Document {
	t.Helper()
	data, err := os.ReadFile("../testdata/" + name + ".txtar")
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	for _, f := range txtar.Parse(data).Files {
		if !strings.HasPrefix(f.Name, "out/") && f.Name != "stdin" {
			docs = append(docs, Document{ID: f.Name, Text: string(f.Data)})
		}
	}
	return docs
}

// permutations returns every order of docs.
func permutations(docs []Document) [][]Document {
	if len(docs) <= 1 {
		return [][]Document{slices.Clone(docs)}
	}
	var out [][]Document
	for i := range docs {
		rest := slices.Concat(docs[:i:i], docs[i+1:])
		for _, p := range permutations(rest) {
			out = append(out, append([]Document{docs[i]}, p...))
		}
	}
	return out
}

// TestLeadTie runs the golden case lead-tie, where two lead claims hold
// two lead sentences each and a fifth lead standing alone could join
// either, in all 120 orders of its documents, several times each: the
// lead joins the claim whose lead text sorts first, every time. A tie
// broken by claim number (the order of the documents) or by map order
// fails here.
func TestLeadTie(t *testing.T) {
	docs := caseDocs(t, "lead-tie")
	lead := func(id string) string {
		i := slices.IndexFunc(docs, func(d Document) bool { return d.ID == id })
		text, _, _ := strings.Cut(docs[i].Text, "\n")
		return text
	}
	// The premise: a and b share one lead, c and d another (so both
	// claims hold two leads), and e's lead is not the same claim as
	// either, so that only joinLeads can place it.
	if lead("a.txt") != lead("b.txt") || lead("c.txt") != lead("d.txt") {
		t.Fatal("the case no longer has two pairs of leads")
	}
	m, _ := NewMatcher("")
	for _, id := range []string{"a.txt", "c.txt"} {
		if sim := m.Similarity(lead("e.txt"), lead(id)); sim >= m.Threshold() {
			t.Fatalf("e.txt's lead has similarity %.3f with %s's: grouping joins them, there is no tie", sim, id)
		}
	}
	winner, loser := lead("c.txt"), lead("a.txt") // "Ferry ..." sorts before "The harbor ..."
	if winner > loser {
		t.Fatal("the leads no longer sort as the test expects")
	}
	for _, perm := range permutations(docs) {
		for run := 0; run < 3; run++ {
			// the claim each lead joins, by its representative's text
			// (e.txt's lead is grouped, not cited: its similarity to the
			// representative is below the join threshold, so it does not
			// carry the claim; see carrying)
			lang, err := ChooseLanguage(perm, "")
			if err != nil {
				t.Fatal(err)
			}
			p := prepare(perm, lang, Options{}.maxSentenceBytes(), 1+run%2)
			tok, _ := vectorize.NewTokeniser(lang.Name)
			cs, err := p.claims(tok, Concord)
			if err != nil {
				t.Fatal(err)
			}
			claimOf := map[string]string{}
			for _, c := range cs.claims {
				for _, m := range c.members {
					b := p.body[m]
					if b.Index == 0 {
						claimOf[p.sources[b.Doc].ID] = p.body[c.rep].Text
					}
				}
			}
			if claimOf["e.txt"] != winner || claimOf["a.txt"] != loser {
				t.Fatalf("order %v: e.txt's lead joins the wrong claim: its claim reads %q, a.txt's %q, want %q",
					docIDs(perm), claimOf["e.txt"], claimOf["a.txt"], winner)
			}
		}
	}
}

// TestPositionTie runs the golden case position-tie in all six orders
// of its documents: two claims whose mean positions are equal in exact
// arithmetic but not in float64 (by the order of the documents) tie, and
// the one whose text sorts first comes first in the summary. Comparing
// positions without rounding (quantize) fails here.
func TestPositionTie(t *testing.T) {
	docs := caseDocs(t, "position-tie")
	const first, second = "A new harbor budget was approved by the city council on Tuesday.", "Engineers will begin repairing the old river tunnel next spring."
	for _, perm := range permutations(docs) {
		s, err := Summarize(perm, Options{Sentences: 6})
		if err != nil {
			t.Fatal(err)
		}
		texts := summaryTexts(s)
		i, j := slices.Index(texts, first), slices.Index(texts, second)
		if i < 0 || j < 0 {
			t.Fatalf("order %v: the two claims are not both in the summary %q", docIDs(perm), texts)
		}
		if i > j {
			t.Errorf("order %v: %q comes before %q; at equal positions the text that sorts first comes first", docIDs(perm), second, first)
		}
	}
}

// TestBetterRounds checks the order-free comparison of scores: keys that
// differ only in their last bits (sums of the same numbers in another
// order) tie and fall to the text, at any scale; keys that differ in a
// significant digit do not.
func TestBetterRounds(t *testing.T) {
	x1, x2 := 0.1, 0.2
	a, b := x1+x2, 0.3 // 0.30000000000000004 and 0.3 (float64 variables: constants would add exactly)
	if a == b {
		t.Fatal("the float64 sums no longer differ")
	}
	for _, scale := range []float64{1, 1e-9, 1e6} {
		x, y := a*scale, b*scale
		if quantize(x) != quantize(y) {
			t.Errorf("scale %g: quantize(%v) = %v, quantize(%v) = %v; want equal", scale, x, quantize(x), y, quantize(y))
		}
		if better(x, y, "b", "a") || !better(y, x, "a", "b") {
			t.Errorf("scale %g: %v and %v do not tie: the text should decide", scale, x, y)
		}
		if z := y * (1 + 1e-6); !better(z, y, "b", "a") || better(y, z, "a", "b") {
			t.Errorf("scale %g: %v and %v tie; the higher key should win", scale, z, y)
		}
	}
}
