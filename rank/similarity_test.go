package rank

import (
	"math"
	"reflect"
	"testing"
)

// allPairs returns every pair's dot product as a dense n×n table (test
// sizes only) and each column's document frequency.
func allPairs(m Matrix) ([][]float64, []int) {
	n := m.Rows()
	d := make([][]float64, n)
	for i := range d {
		d[i] = make([]float64, n)
		for j := range d[i] {
			if i != j {
				d[i][j] = dot(m, i, j)
			}
		}
	}
	df := make([]int, m.Cols)
	for _, t := range m.Ind {
		df[t]++
	}
	return d, df
}

// sharesTermUnder reports whether rows i and j share a column held by at
// most limit rows.
func sharesTermUnder(m Matrix, df []int, i, j, limit int) bool {
	for a := m.Ptr[i]; a < m.Ptr[i+1]; a++ {
		for b := m.Ptr[j]; b < m.Ptr[j+1]; b++ {
			if m.Ind[a] == m.Ind[b] && df[m.Ind[a]] <= limit {
				return true
			}
		}
	}
	return false
}

// TestLinkExact holds the inverted index to the all-pairs graph, bit for
// bit, at several thresholds and worker counts.
func TestLinkExact(t *testing.T) {
	m := randomMatrix(21, 400, 300, 14)
	d, _ := allPairs(m)
	for _, threshold := range []float64{0, 0.1, 0.25, 0.4} {
		var first Graph
		for _, workers := range []int{1, 2, 7} {
			g := Link(m, Linking{Threshold: threshold, Workers: workers})
			edges := 0
			for i := range d {
				for j := range d[i] {
					want := d[i][j]
					if i == j || want <= 0 || want < threshold {
						want = 0
					} else if i < j {
						edges++
					}
					if got := g.Weight(i, j); got != want {
						t.Fatalf("threshold %v, %d workers: weight(%d,%d) = %v, want %v", threshold, workers, i, j, got, want)
					}
				}
			}
			if g.Edges() != edges || edges == 0 {
				t.Fatalf("threshold %v: %d edges, want %d (> 0)", threshold, g.Edges(), edges)
			}
			checkCSR(t, g)
			if workers == 1 {
				first = g
			} else if !reflect.DeepEqual(g, first) {
				t.Fatalf("threshold %v: %d workers differ from 1", threshold, workers)
			}
		}
	}
}

// TestLinkBudget checks what the graph promises when the budget leaves the
// common terms out of candidate generation: every pair at or above Exact,
// every pair at or above Threshold that shares a term held by at most D
// rows, exact weights, nothing else.
func TestLinkBudget(t *testing.T) {
	m := randomMatrix(5, 500, 120, 16)
	d, df := allPairs(m)
	for _, s := range []Linking{
		{Threshold: 0.1, Exact: 0.4, Budget: 6},
		{Threshold: 0.1, Exact: 0.3, Budget: 3},
		{Threshold: 0.2, Exact: 0.2, Budget: 3}, // Exact = Threshold: exact
	} {
		limit := maxDF(df, len(m.Ind), s.Budget)
		top := 0
		for _, x := range df {
			top = max(top, x)
		}
		if limit >= top {
			t.Fatalf("%+v: budget does not bind (D = %d, top df %d)", s, limit, top)
		}
		g := Link(m, s)
		checkCSR(t, g)
		missed := 0
		for i := range d {
			for j := range d[i] {
				if i == j {
					continue
				}
				got, want := g.Weight(i, j), d[i][j]
				switch {
				case got != 0 && got != want:
					t.Fatalf("%+v: weight(%d,%d) = %v, exact %v", s, i, j, got, want)
				case got != 0 && want < s.Threshold:
					t.Fatalf("%+v: edge %d–%d of %v below the threshold", s, i, j, want)
				case got == 0 && want >= s.Threshold && (want >= s.Exact || sharesTermUnder(m, df, i, j, limit)):
					t.Fatalf("%+v: pair %d–%d of %v missing (D = %d)", s, i, j, want, limit)
				case got == 0 && want >= s.Threshold:
					missed++
				}
			}
		}
		if s.Exact > s.Threshold && missed == 0 {
			t.Errorf("%+v: the budget dropped no pair; the test does not exercise it", s)
		}
		if s.Exact <= s.Threshold && missed != 0 {
			t.Errorf("%+v: %d pairs missing from an exact graph", s, missed)
		}
		t.Logf("%+v: D = %d of %d, %d edges, %d weak pairs left out", s, limit, top, g.Edges(), missed/2)
		for _, workers := range []int{1, 3} {
			s.Workers = workers
			if !reflect.DeepEqual(Link(m, s), g) {
				t.Fatalf("%+v: result depends on the worker count", s)
			}
		}
	}
}

func checkCSR(t *testing.T, g Graph) {
	t.Helper()
	for i := 0; i < g.Nodes(); i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if int(g.Adj[k]) == i || (k > g.Ptr[i] && g.Adj[k] <= g.Adj[k-1]) {
				t.Fatalf("row %d: neighbours not increasing or a self-loop", i)
			}
			if g.Weight(int(g.Adj[k]), i) != g.W[k] || math.IsNaN(g.W[k]) {
				t.Fatalf("edge %d–%d not symmetric", i, g.Adj[k])
			}
		}
	}
}

func TestLinkEmpty(t *testing.T) {
	if g := Link(Matrix{}, Linking{}); g.Nodes() != 0 || g.Edges() != 0 {
		t.Errorf("empty matrix: %+v", g)
	}
	g := Link(Matrix{Cols: 3, Ptr: []int{0, 0, 0}}, Linking{Threshold: 0.1})
	if g.Nodes() != 2 || g.Edges() != 0 {
		t.Errorf("empty rows: %+v", g)
	}
}
