package summarize

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"
)

func TestMatcherSimilarity(t *testing.T) {
	m, err := NewMatcher("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"The bridge was closed on Sunday.", "The bridge was closed on Sunday.", 1},
		{"The bridge was closed on Sunday.", "the BRIDGE was closed, on sunday", 1},
		// Stems: "closes"/"closed", "bridges"/"bridge"; "U.S." is "US".
		{"U.S. bridges closes", "US bridge closed", 1},
		{"Rain fell in Oslo.", "Markets rose sharply.", 0},
		{"", "Markets rose sharply.", 0},
		{"...", "!!!", 0},
		// Containment: the short sentence is all in the long one. Words
		// weigh 1 (bridge, closed, sunday, engineers) or 1/3 (stop words:
		// the, was, on, said): h = 3 + 3/3 = 4, la = 4, lb = 4 + 5/3
		// ("the" twice).
		{"The bridge was closed on Sunday.", "The bridge was closed on Sunday, the engineers said.", (2*4/(4+4+5.0/3) + 4/4.0) / 2},
	} {
		got := m.Similarity(tc.a, tc.b)
		if math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("Similarity(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if back := m.Similarity(tc.b, tc.a); back != got {
			t.Errorf("not symmetric: %v and %v", got, back)
		}
		if m.Same(tc.a, tc.b) != (got >= SameClaimThreshold) {
			t.Errorf("Same(%q, %q) disagrees with Similarity %v", tc.a, tc.b, got)
		}
	}
	if _, err := NewMatcher("klingon"); err == nil {
		t.Error("NewMatcher accepted klingon")
	}
}

// TestMatcherMSRP checks the decision's accuracy on the MSRP training
// split (skipped when the data is absent): it must stay above 72.6%, the
// best published unsupervised measure on the test split.
func TestMatcherMSRP(t *testing.T) {
	f, err := os.Open("../../shared/data/msrp/train.tsv")
	if err != nil {
		t.Skipf("MSRP data not found (%v); it lives in shared/data beside the repository", err)
	}
	defer f.Close()
	m, _ := NewMatcher("")
	sc := bufio.NewScanner(f)
	right, total := 0, 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 5 || (cols[0] != "0" && cols[0] != "1") {
			continue // the header
		}
		if m.Same(cols[3], cols[4]) == (cols[0] == "1") {
			right++
		}
		total++
	}
	if total != 4076 {
		t.Fatalf("read %d pairs, want 4076", total)
	}
	acc := float64(right) / float64(total)
	t.Logf("MSRP train accuracy %.2f%%", 100*acc)
	if acc <= 0.726 {
		t.Errorf("MSRP train accuracy %.2f%%, want above 72.6%%", 100*acc)
	}
}
