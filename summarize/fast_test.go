package summarize

import (
	"math/rand/v2"
	"strings"
	"testing"
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
			if got, want := hasWords(s, n), len(f) >= n; got != want {
				t.Fatalf("hasWords(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
