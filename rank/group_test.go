package rank

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// groupReference is Group as first written: every pair of members looked
// up in the graph for each candidate edge. The fast Group must equal it.
func groupReference(g Graph, source []int, s Grouping) []int {
	s = s.withDefaults()
	n := g.Nodes()
	type edge struct {
		i, j int32
		w    float64
	}
	var edges []edge
	for i := 0; i < n; i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if j := g.Adj[k]; int(j) > i && g.W[k] >= s.Threshold {
				edges = append(edges, edge{int32(i), j, g.W[k]})
			}
		}
	}
	sort.Slice(edges, func(a, b int) bool {
		if edges[a].w != edges[b].w {
			return edges[a].w > edges[b].w
		}
		if edges[a].i != edges[b].i {
			return edges[a].i < edges[b].i
		}
		return edges[a].j < edges[b].j
	})
	root := make([]int, n)
	members := make([][]int, n)
	for i := range root {
		root[i] = i
		members[i] = []int{i}
	}
	for _, e := range edges {
		a, b := root[e.i], root[e.j]
		if a == b {
			continue
		}
		shares := false
		for _, x := range members[a] {
			for _, y := range members[b] {
				shares = shares || source[x] == source[y]
			}
		}
		if e.w < s.Duplicate && shares {
			continue
		}
		var sum float64
		for _, x := range members[a] {
			for _, y := range members[b] {
				sum += g.Weight(x, y)
			}
		}
		if sum/float64(len(members[a])*len(members[b])) < s.Link*s.Threshold {
			continue
		}
		if len(members[a]) < len(members[b]) {
			a, b = b, a
		}
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
		if id[root[i]] < 0 {
			id[root[i]] = next
			next++
		}
		label[i] = id[root[i]]
	}
	return label
}

// claimMatrix returns rows that paraphrase a few claims: each row is one
// of claims centre vectors with some terms replaced, as versions of a
// story reword a sentence. Row i comes from source i % sources.
func claimMatrix(seed uint64, rows, claims, sources int) (Matrix, []int) {
	r := rand.New(rand.NewPCG(seed, 3))
	const cols, width = 3000, 12
	centre := make([][]int32, claims)
	for c := range centre {
		for k := 0; k < width; k++ {
			centre[c] = append(centre[c], int32(r.IntN(cols)))
		}
	}
	m := Matrix{Cols: cols, Ptr: []int{0}}
	source := make([]int, rows)
	for i := 0; i < rows; i++ {
		source[i] = i % sources
		terms := map[int32]float64{}
		for _, t := range centre[r.IntN(claims)] {
			if r.Float64() < 0.35 {
				t = int32(r.IntN(cols))
			}
			terms[t] += 0.5 + r.Float64()
		}
		idx := make([]int32, 0, len(terms))
		for t := range terms {
			idx = append(idx, t)
		}
		sortInt32s(idx)
		var norm float64
		for _, t := range idx {
			norm += terms[t] * terms[t]
		}
		for _, t := range idx {
			m.Ind = append(m.Ind, t)
			m.Val = append(m.Val, terms[t]/math.Sqrt(norm))
		}
		m.Ptr = append(m.Ptr, len(m.Ind))
	}
	return m, source
}

// TestGroupEqualsReference compares Group with the pairwise reference on
// stories with large claims, where groups of many members meet.
func TestGroupEqualsReference(t *testing.T) {
	for _, c := range []struct {
		seed                  uint64
		rows, claims, sources int
		s                     Grouping
	}{
		{1, 600, 20, 40, Grouping{Threshold: 0.4}},
		{2, 800, 10, 200, Grouping{Threshold: 0.4}},
		{3, 500, 30, 25, Grouping{Threshold: 0.3, Link: 0.5, Duplicate: 0.6}},
		{4, 400, 5, 400, Grouping{Threshold: 0.5}},
		// Cases where a pair of groups first found too weakly linked
		// joins after one of them has grown.
		{11, 800, 10, 200, Grouping{Threshold: 0.25, Link: 0.9}},
		{14, 800, 10, 200, Grouping{Threshold: 0.3, Link: 0.5, Duplicate: 0.6}},
		{25, 1000, 40, 100, Grouping{Threshold: 0.25, Link: 0.9}},
	} {
		m, source := claimMatrix(c.seed, c.rows, c.claims, c.sources)
		g := Similarity(m, 0.1)
		want := groupReference(g, source, c.s)
		got := Group(g, source, c.s)
		size := map[int]int{}
		biggest := 0
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("seed %d: node %d in group %d, reference %d", c.seed, i, got[i], want[i])
			}
			size[got[i]]++
			biggest = max(biggest, size[got[i]])
		}
		t.Logf("seed %d: %d groups, largest %d", c.seed, len(size), biggest)
		if biggest < 10 {
			t.Errorf("seed %d: largest group has %d members; the case does not test large groups", c.seed, biggest)
		}
	}
}
