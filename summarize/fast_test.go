package summarize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/vectorize"
)

// TestFastHelpers checks the allocation-free helpers against the plain
// code they stand for.
func TestFastHelpers(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	pieces := []string{"a", "Bé", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2009", "\u3000", "—", "é", "x.", "\xff", "\u1680", "ℓ"}
	texts := []string{"", " ", "a", "a b", " a", "a ", "a  b", "one two three four five six", "one two three four five"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.IntN(12); j > 0; j-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		f := strings.Fields(s)
		if got, want := isCollapsed(s), strings.Join(f, " ") == s; got && !want {
			t.Fatalf("isCollapsed(%q) = true, but collapse changes it", s)
		}
		if got, want := collapse(s), strings.Join(f, " "); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
		for _, n := range []int{0, 1, 2, 6} {
			if got, want := wordsUpTo(s, n), min(len(f), n); got != want {
				t.Fatalf("wordsUpTo(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestClaimGraphOf holds the numbered, symmetric, parallel claim graph to
// claimSimilarity on every edge, bit for bit.
func TestClaimGraphOf(t *testing.T) {
	docs := append(seeds(t), genStories(800, 4)...)
	lang, _ := vectorize.LookupLanguage("english")
	p := prepare(docs, lang, Options{}.maxSentenceBytes(), 0)
	texts := make([]string, len(p.body))
	for i, s := range p.body {
		texts[i] = s.Text
	}
	tok, _ := vectorize.NewTokeniser("")
	g := rank.Similarity(rank.Matrix(vectorize.TFIDFWorkers(texts, tok, 0)), edgeThreshold)
	m := &Matcher{tok: tok}
	for _, workers := range []int{1, 3} {
		got := claimGraphOf(g, m, p.body, workers)
		for i := range p.body {
			for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
				want := claimSimilarity(m.words(texts[i]), m.words(texts[g.Adj[k]]))
				if got.W[k] != want {
					t.Fatalf("%d workers: edge %d–%d: %v, want %v", workers, i, g.Adj[k], got.W[k], want)
				}
			}
		}
	}
	if g.Edges() < 1000 {
		t.Fatalf("only %d edges", g.Edges())
	}
}
