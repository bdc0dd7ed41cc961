package rank

// A linkage keeps, for every group of Group, the summed edge weight to
// each group it has edges to, so that the average linkage of two groups
// is one look-up and a merge costs the smaller group's number of
// neighbouring groups: Group stays near-linear in the number of edges
// even when every sentence is like every other (a thousand posts about one
// event), where summing over all pairs of members would take hours.
//
// Only active nodes (those with an edge at or above the grouping
// threshold) get sums: every group with more than one member holds only
// active nodes, and Group asks only for the sums between groups of active
// nodes, so edges to other nodes would never be read.
//
// Every sum is updated with the same additions from both ends, so the
// weight from a to b is the weight from b to a, and each key of a map gets
// one addition per merge, so map order never changes a result.
type linkage struct {
	to []map[int32]float64 // by group root: neighbouring root → summed weight
}

// newLinkage returns the linkage of g's nodes as groups of their own,
// keeping sums only between nodes where active is true.
func newLinkage(g Graph, active []bool) *linkage {
	n := g.Nodes()
	l := &linkage{to: make([]map[int32]float64, n)}
	for i := 0; i < n; i++ {
		if !active[i] {
			continue
		}
		size := 0
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if active[g.Adj[k]] {
				size++
			}
		}
		m := make(map[int32]float64, size)
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if j := g.Adj[k]; active[j] {
				m[j] = g.W[k]
			}
		}
		l.to[i] = m
	}
	return l
}

// sum returns the summed weight of the edges between groups a and b.
func (l *linkage) sum(a, b int) float64 { return l.to[a][int32(b)] }

// merge folds group b into group a.
func (l *linkage) merge(a, b int) {
	ma, mb := l.to[a], l.to[b]
	delete(ma, int32(b))
	delete(mb, int32(a))
	for c, w := range mb {
		ma[c] += w
		mc := l.to[c]
		mc[int32(a)] += mc[int32(b)]
		delete(mc, int32(b))
	}
	l.to[b] = nil
}
