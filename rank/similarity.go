package rank

import "slices"

// Similarity returns the cosine similarity graph of the rows of m: an edge
// i–j for every pair of distinct rows whose dot product is at least
// threshold (rows are expected to be L2-normalised, so the dot product is
// the cosine). A threshold of 0 or less keeps every pair that shares a
// term.
//
// Candidate pairs come from an inverted index over terms, so the time is
// proportional to the number of pairs that share a term, and the memory to
// the number of edges kept: no n×n matrix is ever built. The result is
// exact (every pair above the threshold is found) unless the input is so
// dense that this would take more than quadratic-looking time or memory;
// then the graph is bounded as boundedSimilarity says.
func Similarity(m Matrix, threshold float64) Graph {
	if !exactAffordable(m) {
		return boundedSimilarity(m, threshold)
	}
	n := m.Rows()
	// Postings: for each term, the rows that hold it, in increasing order.
	count := make([]int, m.Cols+1)
	for _, t := range m.Ind {
		count[t+1]++
	}
	for t := 0; t < m.Cols; t++ {
		count[t+1] += count[t]
	}
	post := make([]int32, len(m.Ind))
	postVal := make([]float64, len(m.Ind))
	next := append([]int(nil), count[:m.Cols]...)
	for i := 0; i < n; i++ {
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			t := m.Ind[k]
			post[next[t]] = int32(i)
			postVal[next[t]] = m.Val[k]
			next[t]++
		}
	}

	// Upper-triangle edges, row by row, with a dense accumulator that is
	// reset through the list of touched rows.
	acc := make([]float64, n)
	var touched []int32
	type edge struct {
		j int32
		w float64
	}
	upper := make([][]edge, n)
	edges := 0
	for i := 0; i < n; i++ {
		touched = touched[:0]
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			t := m.Ind[k]
			v := m.Val[k]
			for p := count[t]; p < count[t+1]; p++ {
				j := post[p]
				if int(j) <= i {
					continue
				}
				if acc[j] == 0 {
					touched = append(touched, j)
				}
				acc[j] += v * postVal[p]
			}
		}
		slices.Sort(touched)
		for _, j := range touched {
			w := acc[j]
			acc[j] = 0
			if w > 0 && w >= threshold {
				upper[i] = append(upper[i], edge{j, w})
			}
		}
		if edges += len(upper[i]); edges > maxExactEdges(n) {
			return boundedSimilarity(m, threshold)
		}
	}

	// Symmetrise into CSR. Row i gets its lower neighbours (from earlier
	// rows, already in increasing order) then its upper ones.
	deg := make([]int, n+1)
	for i, es := range upper {
		deg[i+1] += len(es)
		for _, e := range es {
			deg[e.j+1]++
		}
	}
	for i := 0; i < n; i++ {
		deg[i+1] += deg[i]
	}
	g := Graph{Ptr: deg, Adj: make([]int32, deg[n]), W: make([]float64, deg[n])}
	fill := append([]int(nil), deg[:n]...)
	for i, es := range upper {
		for _, e := range es {
			g.Adj[fill[e.j]] = int32(i)
			g.W[fill[e.j]] = e.w
			fill[e.j]++
		}
	}
	for i, es := range upper {
		for _, e := range es {
			g.Adj[fill[i]] = e.j
			g.W[fill[i]] = e.w
			fill[i]++
		}
	}
	return g
}
