package summarize

import (
	"bufio"
	"cmp"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/concordsum/concord/summarize/internal/paraphrase"
	"github.com/concordsum/concord/vectorize"
)

func TestMatcherLexical(t *testing.T) {
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
		got := m.Lexical(tc.a, tc.b)
		if math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("Lexical(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if back := m.Lexical(tc.b, tc.a); back != got {
			t.Errorf("not symmetric: %v and %v", got, back)
		}
	}
	if _, err := NewMatcher("klingon"); err == nil {
		t.Error("NewMatcher accepted klingon")
	}
}

// TestMatcherSimilarity checks the learned decisions on pairs whose
// answer is plain: paraphrases that share few stems are the same claim
// (Same), sentences that share words but not the claim are not; and
// grouping's measure (Similarity) joins more than Same: a sentence that
// carries part of a longer one's claim reaches the threshold itself,
// though it is not the same claim (a covered sentence of fewer than four
// content words does not), and a sentence roughly equivalent to another
// passes it, so that grouping takes it before a part-of link. The measure
// is symmetric, never below the same-claim probability, 1 for the same
// words and the lexical one below the gate.
func TestMatcherSimilarity(t *testing.T) {
	m, _ := NewMatcher("")
	if !m.Learned() || m.Threshold() != ModelThreshold {
		t.Fatalf("English Matcher: learned %v, threshold %v", m.Learned(), m.Threshold())
	}
	for _, tc := range []struct {
		a, b string
		same bool
		join int // Similarity below the threshold (-1), at it (0: part of the claim), above it (1)
	}{
		{"The bridge was closed on Sunday.", "The bridge was closed on Sunday.", true, 1},
		{"The bridge was closed on Sunday.", "the BRIDGE was closed, on sunday", true, 1},
		// Synonyms the lexical measure cannot see.
		{"Officials said no one was injured.", "Nobody was hurt in the crash, officials said.", true, 1},
		// Shared words, different claims.
		{"The death toll rose to 357 on Monday.", "Rain fell in Oslo on Monday.", false, -1},
		{"Rain fell in Oslo.", "Markets rose sharply.", false, -1},
		{"", "Markets rose sharply.", false, -1},
		// Part of the claim: the long sentence carries all four content
		// words of the short one and adds more than the short one says
		// (too much for the graded similarity); it joins at the threshold.
		{"Engineers will inspect the damaged pier.", "Engineers will inspect the damaged pier on Monday, while divers search the riverbed for debris and the coast guard keeps all boats away from the channel.", false, 0},
		// The same with three content words: too few to be a claim.
		{"The mayor closed the bridge.", "The mayor closed the bridge on Sunday night after inspectors found deep cracks in two of its steel supports and warned that it could collapse.", false, -1},
		// Roughly equivalent: one claim with a detail more, joined on the
		// graded similarity, ahead of part-of links.
		{"Officials said the vote would take place in March.", "Officials said the vote would take place in March, but opposition leaders threatened a boycott unless election monitors from abroad were allowed in.", false, 1},
	} {
		got := m.Similarity(tc.a, tc.b)
		if got < 0 || got > 1 || math.IsNaN(got) {
			t.Errorf("Similarity(%q, %q) = %v, outside [0, 1]", tc.a, tc.b, got)
		}
		if back := m.Similarity(tc.b, tc.a); back != got {
			t.Errorf("Similarity(%q, %q) not symmetric: %v and %v", tc.a, tc.b, got, back)
		}
		if m.Same(tc.a, tc.b) != tc.same {
			t.Errorf("Same(%q, %q) = %v (probability %.3f), want %v", tc.a, tc.b, !tc.same, m.Probability(tc.a, tc.b), tc.same)
		}
		if join := cmp.Compare(got, m.Threshold()); join != tc.join {
			t.Errorf("Similarity(%q, %q) = %.3f, threshold %v: compares %d, want %d", tc.a, tc.b, got, m.Threshold(), join, tc.join)
		}
		if p := m.Probability(tc.a, tc.b); got < p {
			t.Errorf("Similarity(%q, %q) = %v, below the same-claim probability %v", tc.a, tc.b, got, p)
		}
		if lex := m.Lexical(tc.a, tc.b); lex < ModelGate && got != lex {
			t.Errorf("Similarity(%q, %q) = %v below the gate, want the lexical %v", tc.a, tc.b, got, lex)
		}
	}
	if got := m.Similarity("The bridge was closed on Sunday.", "the BRIDGE was closed, on sunday"); got != 1 {
		t.Errorf("the same words: similarity %v, want 1", got)
	}
	de, _ := NewMatcher("german")
	if de.Learned() || de.Threshold() != SameClaimThreshold {
		t.Errorf("German Matcher: learned %v, threshold %v; want the lexical decision", de.Learned(), de.Threshold())
	}
	a, b := "Die Bahn stellte den Verkehr ein.", "Die Bahn hat den Verkehr eingestellt."
	if de.Similarity(a, b) != de.Lexical(a, b) {
		t.Errorf("German Similarity %v is not Lexical %v", de.Similarity(a, b), de.Lexical(a, b))
	}
}

// TestMatcherCoverage checks the measure behind partial citations.
func TestMatcherCoverage(t *testing.T) {
	m, _ := NewMatcher("")
	long := "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its piers."
	short := "The city closed the Harbor Bridge."
	if c := m.Coverage(short, long); c != 1 {
		t.Errorf("Coverage(short, long) = %v, want 1: the long one states all of the short one", c)
	}
	if c := m.Coverage(long, short); c >= PartialCoverage {
		t.Errorf("Coverage(long, short) = %v, want below %v: the short one states only part", c, PartialCoverage)
	}
	if c := m.Coverage("", long); c != 1 {
		t.Errorf("Coverage of an empty sentence = %v, want 1", c)
	}
}

// TestMatcherMSRP checks the decision's accuracy on the MSRP training
// split (skipped when the data is absent): it must reproduce the accuracy
// the training program recorded in model.json for the final fit (the
// decision includes the gate, which the fit does not, so it may differ
// by a few pairs) and stay above 76%.
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
	if acc <= 0.76 {
		t.Errorf("MSRP train accuracy %.2f%%, want above 76%%", 100*acc)
	}
	fitted := paraphrase.Default().Same.Trained["fitted"].(map[string]any)["msrp_train_accuracy"].(float64)
	if math.Abs(acc-fitted) > 5.0/4076 {
		t.Errorf("MSRP train accuracy %.4f, model.json records %.4f for the fit", acc, fitted)
	}
}

// TestSummitCitation pins the citation issue 10 found on DUC 2004
// d30001t (skipped when the data is absent): the summary sentence about
// a summit the king was asked to host joined source 3's "A series of
// negotiations to forge a new government have failed.", which never
// mentions a summit; that citation must be marked partial.
func TestSummitCitation(t *testing.T) {
	dir := "../../shared/data/duc2004/docs/d30001t"
	names, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("DUC 2004 data not found (%v); it lives in shared/data beside the repository", err)
	}
	var docs []Document
	for _, n := range names {
		b, err := os.ReadFile(dir + "/" + n.Name())
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Document{ID: n.Name(), Text: string(b)})
	}
	sum, err := Summarize(docs, Options{Words: 100})
	if err != nil {
		t.Fatal(err)
	}
	const failed = "A series of negotiations to forge a new government have failed."
	found := false
	for _, s := range sum.Sentences {
		if !strings.Contains(s.Text, "summit") {
			continue
		}
		for _, c := range s.Citations {
			if strings.TrimSpace(c.Text) != failed {
				continue
			}
			found = true
			if !c.Partial {
				t.Errorf("%q cites %q without marking it partial", s.Text, failed)
			}
		}
	}
	if !found {
		// Pinned as a golden case: not citing the sentence at all would
		// be right too, but a change here should be seen and this test
		// updated on purpose.
		t.Errorf("no summary sentence about the summit cites %q any more", failed)
	}
	// Every full citation states the claim: the same claim as the
	// representative, or it carries enough of its content words.
	m, _ := NewMatcher("")
	for _, s := range sum.Sentences {
		for _, c := range s.Citations {
			if !c.Representative && !c.Partial && !m.Same(s.Text, c.Text) && m.Coverage(s.Text, c.Text) < PartialCoverage {
				t.Errorf("%q cites %q in full, which states only part of it", s.Text, c.Text)
			}
		}
	}
}

// TestRepeatsNotOpposed: a sentence that negates a chosen one, or gives
// other figures, is not left out as a repeat of it, however alike the
// words (the summary must show where the sources differ).
func TestRepeatsNotOpposed(t *testing.T) {
	m, _ := NewMatcher("")
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"President Trump said Wednesday that he is considering lifting the shipping law for the island.",
			"On Wednesday President Trump said he was not planning to lift the shipping law for the island.", false},
		{"The storm killed at least 357 people in the region, officials said on Monday.",
			"The storm killed about 6,100 people in the region, officials said on Monday.", false},
		{"The storm killed at least 357 people in the region, officials said on Monday.",
			"Officials said on Monday that the storm had killed at least 357 people in the region.", true},
	} {
		if got := m.equivalent(tc.a, tc.b); got != tc.want {
			t.Errorf("equivalent(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestMatcherMemo: the Matcher of a Summarize call, which remembers word
// lists, analyses and the measures of pairs, answers as a fresh one, bit
// for bit, whatever the order of the questions.
func TestMatcherMemo(t *testing.T) {
	fresh, err := NewMatcher("")
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := vectorize.NewTokeniser("")
	p := &prepared{}
	memo := p.matcher(tok)
	texts := []string{
		"The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers.",
		"A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge.",
		"The city did not close the Harbor Bridge on Sunday.",
		"Officials said no one was injured.",
		"Nobody was hurt, officials said.",
	}
	bits := math.Float64bits
	for round := range 2 {
		for _, a := range texts {
			for _, b := range texts {
				for _, q := range []struct {
					name string
					f    func(m *Matcher) float64
				}{
					{"Similarity", func(m *Matcher) float64 { return m.Similarity(a, b) }},
					{"Probability", func(m *Matcher) float64 { return m.Probability(a, b) }},
					{"Graded", func(m *Matcher) float64 { return m.Graded(a, b) }},
					{"Coverage", func(m *Matcher) float64 { return m.Coverage(a, b) }},
				} {
					if got, want := q.f(memo), q.f(fresh); bits(got) != bits(want) {
						t.Errorf("round %d: %s(%q, %q) = %v remembered, %v fresh", round, q.name, a, b, got, want)
					}
				}
				if memo.equivalent(a, b) != fresh.equivalent(a, b) || memo.Partial(a, b) != fresh.Partial(a, b) {
					t.Errorf("round %d: equivalent or Partial of %q, %q differ remembered and fresh", round, a, b)
				}
			}
		}
	}
}
