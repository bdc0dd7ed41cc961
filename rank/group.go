package rank

import "sort"

// Grouping settings. The zero value is usable: each field says what its
// zero means.
type Grouping struct {
	// Threshold is the edge weight (a similarity: cosine, or the claim
	// similarity concord's summarize package puts on the edges) at or
	// above which two sentences are taken to say the same thing. Zero
	// means 0.5.
	Threshold float64
	// Link is the fraction of Threshold that the average similarity over
	// all pairs of two groups must reach for them to merge (average
	// linkage). It stops chains A≈B≈C from joining an A and a C that share
	// little. Zero means 0.6.
	Link float64
	// Duplicate is the similarity at or above which two sentences of one
	// source still join the same group (a source that repeats itself). Below
	// it, a group holds at most one sentence per source. Zero means 0.9.
	Duplicate float64
	// Key, if not nil, orders the nodes for breaking ties between edges
	// of equal weight (the smaller key first, then the node number): give
	// each node the rank of its text, and the groups do not depend on the
	// order of the nodes where weights tie. Nil means node numbers alone.
	Key []int
}

func (s Grouping) withDefaults() Grouping {
	if s.Threshold == 0 {
		s.Threshold = 0.5
	}
	if s.Link == 0 {
		s.Link = 0.6
	}
	if s.Duplicate == 0 {
		s.Duplicate = 0.9
	}
	return s
}

// Group partitions the nodes of g into groups of near-duplicates and
// returns, for each node, the number of its group. source[i] is the source
// (document) of node i. Groups are numbered 0, 1, 2, ... in the order of
// their smallest node, so a node alone is a group of its own.
//
// Edges at or above the threshold are taken from the heaviest down (ties by
// Key, then node numbers); each joins two groups when they do not share a source
// (unless the edge is a duplicate) and the average similarity between them
// reaches Link·Threshold.
func Group(g Graph, source []int, s Grouping) []int {
	s = s.withDefaults()
	n := g.Nodes()
	// An edge: node i and the place k of the edge in g (its other node
	// g.Adj[k], its weight g.W[k]): eight bytes an edge, where there may
	// be millions.
	type edge struct{ i, k int32 }
	var edges []edge
	active := make([]bool, n)
	for i := 0; i < n; i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if j := g.Adj[k]; int(j) > i && g.W[k] >= s.Threshold {
				edges = append(edges, edge{int32(i), int32(k)})
				active[i], active[j] = true, true
			}
		}
	}
	sort.Slice(edges, func(a, b int) bool {
		ea, eb := edges[a], edges[b]
		if wa, wb := g.W[ea.k], g.W[eb.k]; wa != wb {
			return wa > wb
		}
		ja, jb := g.Adj[ea.k], g.Adj[eb.k]
		if s.Key != nil {
			ka := [2]int{s.Key[ea.i], s.Key[ja]}
			kb := [2]int{s.Key[eb.i], s.Key[jb]}
			if ka[0] > ka[1] {
				ka[0], ka[1] = ka[1], ka[0]
			}
			if kb[0] > kb[1] {
				kb[0], kb[1] = kb[1], kb[0]
			}
			if ka != kb {
				return ka[0] < kb[0] || ka[0] == kb[0] && ka[1] < kb[1]
			}
		}
		if ea.i != eb.i {
			return ea.i < eb.i
		}
		return ja < jb
	})

	shares := sourceCheck(source)
	// Sums only within the parts of the graph that edges at or above the
	// threshold join: two groups merge only along such an edge, so the
	// sums between parts are never read.
	link := newLinkage(g, active, parts(n, edges, func(e edge) (int32, int32) { return e.i, g.Adj[e.k] }))
	root := make([]int, n)
	members := make([][]int, n)
	for i := range root {
		root[i] = i
		members[i] = []int{i}
	}
	for _, e := range edges {
		a, b := root[e.i], root[g.Adj[e.k]]
		if a == b {
			continue
		}
		if g.W[e.k] < s.Duplicate && shares(members[a], members[b]) {
			continue
		}
		if link.sum(a, b)/float64(len(members[a])*len(members[b])) < s.Link*s.Threshold {
			continue
		}
		if len(members[a]) < len(members[b]) {
			a, b = b, a
		}
		link.merge(a, b)
		for _, m := range members[b] {
			root[m] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
	}

	label := make([]int, n)
	id := make([]int, n)
	for i := range id {
		id[i] = -1
	}
	next := 0
	for i := 0; i < n; i++ {
		r := root[i]
		if id[r] < 0 {
			id[r] = next
			next++
		}
		label[i] = id[r]
	}
	return label
}

// parts returns, for each of the n nodes, the smallest node of its part:
// the nodes that edges (each read by ends) join, directly or through
// others; a node without an edge is a part of its own.
func parts[E any](n int, edges []E, ends func(E) (int32, int32)) []int32 {
	up := make([]int32, n)
	for i := range up {
		up[i] = int32(i)
	}
	find := func(x int32) int32 {
		for up[x] != x {
			up[x] = up[up[x]]
			x = up[x]
		}
		return x
	}
	for _, e := range edges {
		a, b := ends(e)
		a, b = find(a), find(b)
		if a > b {
			a, b = b, a
		}
		up[b] = a
	}
	for i := range up {
		up[i] = find(int32(i))
	}
	return up
}

func sharesSource(a, b []int, source []int) bool {
	for _, x := range a {
		for _, y := range b {
			if source[x] == source[y] {
				return true
			}
		}
	}
	return false
}
