package rank

import (
	"slices"
	"sort"
)

// Bounds on the similarity graph. Real story clusters stay far inside
// them (DUC 2004 and the NeuS validation set: at most 505 sentences, 99
// neighbours per sentence and 161 sentences per term), so there the graph
// is exact; hostile input (thousands of copies of one line, a large input
// drawn from a tiny vocabulary) gets the bounded graph instead.
const (
	// exactWork is the number of candidate pairs (pairs of rows that
	// share a term, counted once per shared term) the exact graph may
	// examine, at least; it may also examine exactWorkPerEntry per
	// non-zero entry.
	exactWork         = 1 << 26
	exactWorkPerEntry = 64
	// exactDegree is the average number of neighbours per row the exact
	// graph may keep.
	exactDegree = 128
	// boundedDegree is the number of strongest neighbours each row keeps
	// in the bounded graph (more, through its neighbours' choices).
	boundedDegree = 32
	// boundedPostings is the number of rows a term may be held by and
	// still count in the bounded graph.
	boundedPostings = 256
)

// exactAffordable reports whether the exact graph of m examines few
// enough candidate pairs.
func exactAffordable(m Matrix) bool {
	df := make([]int64, m.Cols)
	for _, t := range m.Ind {
		df[t]++
	}
	var work int64
	for _, d := range df {
		work += d * (d - 1) / 2
	}
	return work <= max(exactWork, exactWorkPerEntry*int64(len(m.Ind)))
}

// maxExactEdges is the number of edges the exact graph of n rows may keep.
func maxExactEdges(n int) int { return max(n*exactDegree/2, 1<<21) }

// boundedSimilarity returns a similarity graph of m whose time is linear in
// the number of non-zero entries and whose size is linear in the number of
// rows. It differs from the exact graph in two ways: terms held by more
// than boundedPostings rows do not count (they are the common words of a
// large input, and in a story cluster nearly stop words), and each row
// keeps only its boundedDegree strongest neighbours (ties: lower row
// first), an edge being kept when either end keeps it. Weights are the
// same sums as in the exact graph, less the ignored terms' part.
func boundedSimilarity(m Matrix, threshold float64) Graph {
	n := m.Rows()
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

	type edge struct {
		j int32
		w float64
	}
	acc := make([]float64, n)
	var touched []int32
	var row []edge
	// pairs holds every kept edge once per direction: (i, j) and (j, i).
	var pairs []edge
	var from []int32
	for i := 0; i < n; i++ {
		touched = touched[:0]
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			t := m.Ind[k]
			if count[t+1]-count[t] > boundedPostings {
				continue
			}
			v := m.Val[k]
			for p := count[t]; p < count[t+1]; p++ {
				j := post[p]
				if int(j) == i {
					continue
				}
				if acc[j] == 0 {
					touched = append(touched, j)
				}
				// Terms come in increasing order from both ends of a
				// pair, so w(i, j) and w(j, i) are the same sum.
				acc[j] += v * postVal[p]
			}
		}
		row = row[:0]
		for _, j := range touched {
			if w := acc[j]; w > 0 && w >= threshold {
				row = append(row, edge{j, w})
			}
			acc[j] = 0
		}
		if len(row) > boundedDegree {
			sort.Slice(row, func(a, b int) bool {
				if row[a].w != row[b].w {
					return row[a].w > row[b].w
				}
				return row[a].j < row[b].j
			})
			row = row[:boundedDegree]
		}
		for _, e := range row {
			pairs = append(pairs, e, edge{int32(i), e.w})
			from = append(from, int32(i), e.j)
		}
	}

	// CSR: rows in order, neighbours increasing, each edge once.
	deg := make([]int, n+1)
	for _, f := range from {
		deg[f+1]++
	}
	for i := 0; i < n; i++ {
		deg[i+1] += deg[i]
	}
	adj := make([]edge, len(pairs))
	fill := append([]int(nil), deg[:n]...)
	for k, f := range from {
		adj[fill[f]] = pairs[k]
		fill[f]++
	}
	g := Graph{Ptr: make([]int, n+1)}
	for i := 0; i < n; i++ {
		es := adj[deg[i]:deg[i+1]]
		slices.SortFunc(es, func(a, b edge) int { return int(a.j) - int(b.j) })
		for k, e := range es {
			if k > 0 && e.j == es[k-1].j {
				continue // kept from both ends
			}
			g.Adj = append(g.Adj, e.j)
			g.W = append(g.W, e.w)
		}
		g.Ptr[i+1] = len(g.Adj)
	}
	return g
}
