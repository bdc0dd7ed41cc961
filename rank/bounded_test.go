package rank

import (
	"math"
	"testing"
)

// Where the bounds do not bind, the bounded graph is the exact one.
func TestBoundedSimilarityMatchesExact(t *testing.T) {
	m := randomMatrix(5, 120, 2000, 8)
	exact := Similarity(m, 0.1)
	for i := 0; i < exact.Nodes(); i++ {
		if d := exact.Ptr[i+1] - exact.Ptr[i]; d > boundedDegree/2 {
			t.Fatalf("test matrix too dense: row %d has %d neighbours", i, d)
		}
	}
	got := boundedSimilarity(m, 0.1)
	if !equalGraphs(got, exact) {
		t.Fatalf("bounded graph differs from the exact one on a sparse matrix")
	}
}

// On dense input the bounded graph is symmetric, keeps each row's
// strongest neighbours, has the exact weights (no term is common enough
// to be ignored here) and stays linear in size.
func TestBoundedSimilarityDense(t *testing.T) {
	m := randomMatrix(9, boundedPostings-10, 12, 6) // 12 terms: nearly every pair shares one
	g := boundedSimilarity(m, 0.1)
	n := m.Rows()
	if g.Edges() > n*boundedDegree {
		t.Errorf("%d edges for %d rows, want at most %d", g.Edges(), n, n*boundedDegree)
	}
	for i := 0; i < n; i++ {
		var above []float64
		for j := 0; j < n; j++ {
			if w := dot(m, i, j); j != i && w > 0 && w >= 0.1 {
				above = append(above, w)
			}
		}
		deg := g.Ptr[i+1] - g.Ptr[i]
		if want := min(len(above), boundedDegree); deg < want {
			t.Fatalf("row %d keeps %d neighbours, want at least %d", i, deg, want)
		}
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			j := int(g.Adj[k])
			if k > g.Ptr[i] && g.Adj[k] <= g.Adj[k-1] {
				t.Fatalf("row %d not strictly increasing", i)
			}
			if w := dot(m, i, j); math.Abs(g.W[k]-w) > 1e-12 {
				t.Fatalf("weight(%d,%d) = %v, want %v", i, j, g.W[k], w)
			}
			if g.Weight(j, i) != g.W[k] {
				t.Fatalf("weight(%d,%d) = %v but weight(%d,%d) = %v", i, j, g.W[k], j, i, g.Weight(j, i))
			}
		}
	}
}

// Many copies of one row are more than the exact graph may afford;
// Similarity then gives the bounded graph.
func TestSimilarityCopiesBounded(t *testing.T) {
	const n = 10000
	m := Matrix{Cols: 3, Ptr: []int{0}}
	for i := 0; i < n; i++ {
		m.Ind = append(m.Ind, 0, 1, 2)
		m.Val = append(m.Val, 0.6, 0.64, 0.48)
		m.Ptr = append(m.Ptr, len(m.Ind))
	}
	if exactAffordable(m) {
		t.Fatal("10000 copies should be past the exact graph's budget")
	}
	g := Similarity(m, 0.1)
	if g.Nodes() != n || g.Edges() != 0 {
		t.Errorf("%d nodes, %d edges; want %d nodes and no edge (every term is in more than %d rows)", g.Nodes(), g.Edges(), n, boundedPostings)
	}
}

func equalGraphs(a, b Graph) bool {
	if len(a.Ptr) != len(b.Ptr) || len(a.Adj) != len(b.Adj) {
		return false
	}
	for i := range a.Ptr {
		if a.Ptr[i] != b.Ptr[i] {
			return false
		}
	}
	for k := range a.Adj {
		if a.Adj[k] != b.Adj[k] || a.W[k] != b.W[k] {
			return false
		}
	}
	return true
}
