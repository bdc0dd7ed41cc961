package rank

import "sort"

// A Matrix holds sparse, L2-normalised row vectors in compressed sparse row
// form: row i has columns Ind[Ptr[i]:Ptr[i+1]] (increasing) and values
// Val[Ptr[i]:Ptr[i+1]]. It has the same layout as vectorize.Matrix, so one
// converts to the other. The zero Matrix has no rows.
type Matrix struct {
	Cols int
	Ptr  []int
	Ind  []int32
	Val  []float64
}

// Rows returns the number of rows.
func (m Matrix) Rows() int {
	if len(m.Ptr) == 0 {
		return 0
	}
	return len(m.Ptr) - 1
}

// A Graph is an undirected weighted graph in compressed sparse row form.
// The neighbours of node i are Adj[Ptr[i]:Ptr[i+1]] in increasing order,
// with edge weights W[Ptr[i]:Ptr[i+1]]; every edge is stored in both
// directions and there are no self-loops. The zero Graph has no nodes.
type Graph struct {
	Ptr []int
	Adj []int32
	W   []float64
	// Threshold, in a graph made by Link, is the cosine at or above which
	// every pair of rows is an edge (and below which none is), unless
	// Bounded. Zero in a graph made otherwise.
	Threshold float64
	// Bounded reports a graph made by Link's bounded method: its edges are
	// at or above Threshold, but pairs at or above it may be missing.
	Bounded bool
}

// Nodes returns the number of nodes.
func (g Graph) Nodes() int {
	if len(g.Ptr) == 0 {
		return 0
	}
	return len(g.Ptr) - 1
}

// Edges returns the number of undirected edges.
func (g Graph) Edges() int { return len(g.Adj) / 2 }

// Weight returns the weight of edge i–j, or 0 if there is none.
func (g Graph) Weight(i, j int) float64 {
	lo, hi := g.Ptr[i], g.Ptr[i+1]
	adj := g.Adj[lo:hi]
	k := sort.Search(len(adj), func(k int) bool { return adj[k] >= int32(j) })
	if k < len(adj) && adj[k] == int32(j) {
		return g.W[lo+k]
	}
	return 0
}

// Degree returns the weighted degree of node i: the sum of its edge
// weights.
func (g Graph) Degree(i int) float64 {
	var s float64
	for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
		s += g.W[k]
	}
	return s
}
