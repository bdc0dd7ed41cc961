package rank

import (
	"fmt"
	"math"
	"sort"
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
	got := boundedSimilarity(m, 0.1, 0)
	if !equalGraphs(got, exact) {
		t.Fatalf("bounded graph differs from the exact one on a sparse matrix")
	}
}

// On dense input the bounded graph is symmetric, keeps each row's
// strongest neighbours, has the exact weights (no term is common enough
// to be ignored here) and stays linear in size.
func TestBoundedSimilarityDense(t *testing.T) {
	m := randomMatrix(9, boundedPostings-10, 12, 6) // 12 terms: nearly every pair shares one
	g := boundedSimilarity(m, 0.1, 0)
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
// Similarity then gives the bounded graph, which links every copy to
// others with the exact weight and stays linear in size.
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
	if g.Nodes() != n || g.Edges() > n*boundedDegree {
		t.Fatalf("%d nodes, %d edges; want %d nodes and at most %d edges", g.Nodes(), g.Edges(), n, n*boundedDegree)
	}
	want := dot(m, 0, 1)
	for i := 0; i < n; i++ {
		if g.Ptr[i+1]-g.Ptr[i] < boundedDegree {
			t.Fatalf("row %d has %d neighbours, want at least %d", i, g.Ptr[i+1]-g.Ptr[i], boundedDegree)
		}
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if g.W[k] != want || g.Weight(int(g.Adj[k]), i) != want {
				t.Fatalf("weight(%d,%d) = %v, want %v both ways", i, g.Adj[k], g.W[k], want)
			}
		}
	}
}

// Past the postings bound, rows still find their strongest neighbours when
// they share a rare term, and weights stay exact and symmetric.
func TestBoundedSimilarityPruned(t *testing.T) {
	m := randomMatrix(13, 3000, 40, 8) // few terms: every term in hundreds of rows
	g := boundedSimilarity(m, 0.1, 0)
	n := m.Rows()
	if g.Edges() > n*boundedDegree {
		t.Errorf("%d edges for %d rows, want at most %d", g.Edges(), n, n*boundedDegree)
	}
	for i := 0; i < n; i++ {
		if g.Ptr[i+1] == g.Ptr[i] {
			t.Fatalf("row %d has no neighbour", i)
		}
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			j := int(g.Adj[k])
			if w := dot(m, i, j); math.Abs(g.W[k]-w) > 1e-12 || g.Weight(j, i) != g.W[k] {
				t.Fatalf("weight(%d,%d) = %v, want %v both ways", i, j, g.W[k], w)
			}
		}
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

// Group's running link sums and source marks give the groups of the plain
// all-pairs computation, on sparse and dense graphs with large groups.
func TestGroupMatchesReference(t *testing.T) {
	for _, tc := range []struct {
		seed            uint64
		rows, cols, k   int
		sources         int
		threshold, link float64
	}{
		{1, 300, 400, 8, 10, 0.3, 0},
		{2, 400, 30, 6, 50, 0.3, 0.5},
		{3, 600, 12, 5, 600, 0.4, 0.3},
	} {
		m := randomMatrix(tc.seed, tc.rows, tc.cols, tc.k)
		g := Similarity(m, 0.05)
		source := make([]int, tc.rows)
		for i := range source {
			source[i] = (i * 7) % tc.sources
		}
		s := Grouping{Threshold: tc.threshold, Link: tc.link}
		got, want := Group(g, source, s), groupReference(g, source, s)
		if !equalInts(got, want) {
			t.Errorf("seed %d: labels differ from the all-pairs computation", tc.seed)
		}
		groups := map[int]int{}
		for _, l := range got {
			groups[l]++
		}
		big := 0
		for _, n := range groups {
			big = max(big, n)
		}
		t.Logf("seed %d: %d groups, largest %d", tc.seed, len(groups), big)
	}
}

// With copies among the rows (editions of a story), the bounded graph is
// the one its definition gives: each row's boundedDegree strongest
// candidates (ties: lower row first), an edge kept when either end keeps
// it, the weights bit for bit the column-order dot products. The
// reference computes every candidate's cosine and builds the graph from
// a plain list of edges.
func TestBoundedSimilarityCopies(t *testing.T) {
	base := randomMatrix(21, 700, 60, 8)
	m := Matrix{Cols: base.Cols, Ptr: []int{0}}
	for i := 0; i < 4*base.Rows(); i++ {
		r := (i * 7919) % 300 // rows 0..299 repeated, out of order
		m.Ind = append(m.Ind, base.Ind[base.Ptr[r]:base.Ptr[r+1]]...)
		m.Val = append(m.Val, base.Val[base.Ptr[r]:base.Ptr[r+1]]...)
		m.Ptr = append(m.Ptr, len(m.Ind))
	}
	same, contents := sameRows(m)
	keys := make([]string, m.Rows())
	for i := range keys {
		keys[i] = fmt.Sprint(m.Ind[m.Ptr[i]:m.Ptr[i+1]], m.Val[m.Ptr[i]:m.Ptr[i+1]])
	}
	for i := range keys {
		for j := 0; j < i; j++ {
			if eq := keys[i] == keys[j]; eq != (same[i] == same[j]) {
				t.Fatalf("sameRows: rows %d and %d equal %v, numbered %d and %d", i, j, eq, same[i], same[j])
			}
		}
	}
	if contents > 300 || contents < 250 {
		t.Fatalf("sameRows: %d contents of 300 rows repeated", contents)
	}
	got := boundedSimilarity(m, 0.1, 0)
	if want := referenceBounded(m, 0.1); !equalGraphs(got, want) {
		t.Fatalf("bounded graph differs from the reference: %d and %d entries", len(got.Adj), len(want.Adj))
	}
	if !got.Bounded || got.Threshold != 0.1 {
		t.Fatalf("Bounded %v, Threshold %v", got.Bounded, got.Threshold)
	}
}

func referenceBounded(m Matrix, threshold float64) Graph {
	n := m.Rows()
	post := boundedPostingsOf(m)
	adj := make([]map[int32]float64, n)
	for i := range adj {
		adj[i] = map[int32]float64{}
	}
	for i := 0; i < n; i++ {
		terms := append([]int32(nil), m.Ind[m.Ptr[i]:m.Ptr[i+1]]...)
		sort.Slice(terms, func(a, b int) bool {
			if da, db := post.df[terms[a]], post.df[terms[b]]; da != db {
				return da < db
			}
			return terms[a] < terms[b]
		})
		seen := map[int32]bool{}
		var cands []int32
	terms:
		for _, t := range terms {
			for _, j := range post.rows(t) {
				if int(j) != i && !seen[j] {
					seen[j] = true
					cands = append(cands, j)
					if len(cands) == boundedCandidates {
						break terms
					}
				}
			}
		}
		type edge struct {
			j int32
			w float64
		}
		var row []edge
		for _, j := range cands {
			if w := rowDot(m, i, int(j)); w > 0 && w >= threshold {
				row = append(row, edge{j, w})
			}
		}
		sort.Slice(row, func(a, b int) bool { return row[a].w > row[b].w || row[a].w == row[b].w && row[a].j < row[b].j })
		for _, e := range row[:min(len(row), boundedDegree)] {
			adj[i][e.j], adj[e.j][int32(i)] = e.w, e.w
		}
	}
	g := Graph{Ptr: []int{0}, Threshold: threshold, Bounded: true}
	for i := 0; i < n; i++ {
		var js []int32
		for j := range adj[i] {
			js = append(js, j)
		}
		sortInt32s(js)
		for _, j := range js {
			g.Adj = append(g.Adj, j)
			g.W = append(g.W, adj[i][j])
		}
		g.Ptr = append(g.Ptr, len(g.Adj))
	}
	return g
}
