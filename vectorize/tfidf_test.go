package vectorize

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestTFIDF(t *testing.T) {
	tok, _ := NewTokeniser("")
	texts := []string{
		"Planners explore guarantees for Ukraine.",
		"Planners explore guarantees for Ukraine.",
		"The Pentagon did not comment.",
		"and the of", // stop words only
		"",
	}
	m, err := TFIDF(texts, tok)
	if err != nil {
		t.Fatal(err)
	}
	if m.Rows() != len(texts) {
		t.Fatalf("%d rows, want %d", m.Rows(), len(texts))
	}
	for i := 0; i < m.Rows(); i++ {
		var norm float64
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			if math.IsNaN(m.Val[k]) || m.Val[k] <= 0 {
				t.Fatalf("row %d: bad value %v", i, m.Val[k])
			}
			if k > m.Ptr[i] && m.Ind[k] <= m.Ind[k-1] {
				t.Fatalf("row %d: columns not increasing", i)
			}
			norm += m.Val[k] * m.Val[k]
		}
		empty := m.Ptr[i] == m.Ptr[i+1]
		if wantEmpty := i >= 3; empty != wantEmpty {
			t.Errorf("row %d empty = %v, want %v", i, empty, wantEmpty)
		}
		if !empty && math.Abs(norm-1) > 1e-12 {
			t.Errorf("row %d: norm² %v, want 1", i, norm)
		}
	}
	if d := m.Dot(0, 1); math.Abs(d-1) > 1e-12 {
		t.Errorf("identical rows: cosine %v, want 1", d)
	}
	if d := m.Dot(0, 2); d != 0 {
		t.Errorf("disjoint rows: cosine %v, want 0", d)
	}
	if d := m.Dot(0, 3); d != 0 {
		t.Errorf("empty row: cosine %v, want 0", d)
	}
}

// TestTFIDFWeights checks the smoothed IDF on a known case: with n texts,
// a term in df of them weighs ln((1+n)/(1+df)) + 1 per occurrence.
func TestTFIDFWeights(t *testing.T) {
	tok, _ := NewTokeniser("")
	texts := []string{"alpha beta", "alpha gamma", "alpha delta"}
	m, err := TFIDF(texts, tok)
	if err != nil {
		t.Fatal(err)
	}
	// Row 0: alpha (df 3) weighs ln(4/4)+1 = 1; beta (df 1) ln(4/2)+1.
	a, b := 1.0, math.Log(2)+1
	norm := math.Hypot(a, b)
	want := map[float64]bool{}
	want[a/norm] = true
	want[b/norm] = true
	for k := m.Ptr[0]; k < m.Ptr[1]; k++ {
		found := false
		for w := range want {
			if math.Abs(m.Val[k]-w) < 1e-12 {
				found = true
			}
		}
		if !found {
			t.Errorf("row 0 value %v, want one of %v", m.Val[k], want)
		}
	}
	if m.Ptr[1]-m.Ptr[0] != 2 {
		t.Errorf("row 0 has %d terms, want 2", m.Ptr[1]-m.Ptr[0])
	}
}

// TestMatrixGonum: the gonum view of a Matrix holds its entries, and
// gonum's product of it with its transpose is the rows' dot products.
func TestMatrixGonum(t *testing.T) {
	tok, _ := NewTokeniser("")
	m, err := TFIDF([]string{"The city closed the bridge.", "The bridge closed on Sunday.", "...", "Markets rose."}, tok)
	if err != nil {
		t.Fatal(err)
	}
	r, c := m.Dims()
	if r != 4 || c != m.Cols {
		t.Fatalf("Dims %d, %d", r, c)
	}
	var prod mat.Dense
	prod.Mul(m, m.T())
	for i := 0; i < r; i++ {
		for j := 0; j < r; j++ {
			if d := m.Dot(i, j); math.Abs(prod.At(i, j)-d) > 1e-12 {
				t.Errorf("(m·mᵀ)[%d][%d] = %v, Dot %v", i, j, prod.At(i, j), d)
			}
		}
		var sum float64
		for j := 0; j < c; j++ {
			sum += m.At(i, j) * m.At(i, j)
		}
		if want := m.Dot(i, i); math.Abs(sum-want) > 1e-12 {
			t.Errorf("row %d: sum of At squared %v, Dot %v", i, sum, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("At out of range did not panic")
		}
	}()
	m.At(r, 0)
}
