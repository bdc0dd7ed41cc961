package rank

import "slices"

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
// node numbers); each joins two groups when they do not share a source
// (unless the edge is a duplicate) and the average similarity between them
// reaches Link·Threshold. The average sums the edge weights between the
// two groups' members in member order (members in the order they joined),
// so it is the same number however it is computed.
func Group(g Graph, source []int, s Grouping) []int {
	s = s.withDefaults()
	n := g.Nodes()
	var edges []groupEdge
	for i := 0; i < n; i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if j := g.Adj[k]; int(j) > i && g.W[k] >= s.Threshold {
				edges = append(edges, groupEdge{int32(i), j, g.W[k]})
			}
		}
	}
	slices.SortFunc(edges, func(a, b groupEdge) int {
		switch {
		case a.w != b.w:
			if a.w > b.w {
				return -1
			}
			return 1
		case a.i != b.i:
			return int(a.i) - int(b.i)
		}
		return int(a.j) - int(b.j)
	})

	gs := newGroups(g, source)
	minLink := s.Link * s.Threshold
	for _, e := range edges {
		a, b := gs.root[e.i], gs.root[e.j]
		if a == b {
			continue
		}
		if e.w < s.Duplicate && gs.sharesSource(a, b) {
			continue
		}
		if !gs.linked(a, b, minLink) {
			continue
		}
		gs.merge(a, b)
	}

	label := make([]int, n)
	id := make([]int, n)
	for i := range id {
		id[i] = -1
	}
	next := 0
	for i := 0; i < n; i++ {
		r := gs.root[i]
		if id[r] < 0 {
			id[r] = next
			next++
		}
		label[i] = id[r]
	}
	return label
}

type groupEdge struct {
	i, j int32
	w    float64
}

// groups is the state of Group: a partition of the nodes with, per group,
// its members in joining order, its sources and a version that changes
// with its membership, plus the verdicts already reached on pairs of
// groups whose membership has not changed since.
type groups struct {
	g       Graph
	source  []int
	root    []int32   // group of each node (numbered by a member)
	pos     []int32   // position of each node among its group's members
	members [][]int32 // per group, in joining order
	sources [][]int   // per group, its members' sources, increasing, distinct
	version []int32
	shares  map[[2]int32]struct{} // pairs found sharing a source
	weak    map[[2]int32][2]int32 // ordered pair → versions when found too weakly linked
	links   []memberLink          // scratch
	tmp     []memberLink
	count   []int32
}

func newGroups(g Graph, source []int) *groups {
	n := g.Nodes()
	gs := &groups{
		g: g, source: source,
		root: make([]int32, n), pos: make([]int32, n),
		members: make([][]int32, n), sources: make([][]int, n),
		version: make([]int32, n),
		shares:  make(map[[2]int32]struct{}),
		weak:    make(map[[2]int32][2]int32),
	}
	// Every node starts as a group of its own: one-element windows on
	// shared arrays (capacity 1, so growing a group copies it).
	self := make([]int32, n)
	srcs := make([]int, n)
	for i := range gs.root {
		gs.root[i] = int32(i)
		self[i] = int32(i)
		srcs[i] = source[i]
		gs.members[i] = self[i : i+1 : i+1]
		gs.sources[i] = srcs[i : i+1 : i+1]
	}
	return gs
}

// sharesSource reports whether groups a and b hold sentences of one
// source.
func (gs *groups) sharesSource(a, b int32) bool {
	x, y := gs.sources[a], gs.sources[b]
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x)*len(y) <= cacheAbove {
		for _, src := range x {
			if slices.Contains(y, src) {
				return true
			}
		}
		return false
	}
	// Groups only grow, so once two share a source they always do.
	key := [2]int32{min(a, b), max(a, b)}
	if _, ok := gs.shares[key]; ok {
		return true
	}
	for _, src := range x {
		if _, found := slices.BinarySearch(y, src); found {
			gs.shares[key] = struct{}{}
			return true
		}
	}
	return false
}

// cacheAbove is the product of two groups' sizes above which verdicts on
// them are remembered; below it they are cheaper to recompute.
const cacheAbove = 64

// linked reports whether the average similarity between the members of a
// and those of b is at least minLink.
func (gs *groups) linked(a, b int32, minLink float64) bool {
	if len(gs.members[a])*len(gs.members[b]) <= cacheAbove {
		return gs.avgLink(a, b) >= minLink
	}
	key := [2]int32{a, b}
	if v, ok := gs.weak[key]; ok && v == [2]int32{gs.version[a], gs.version[b]} {
		return false
	}
	if gs.avgLink(a, b) >= minLink {
		return true
	}
	gs.weak[key] = [2]int32{gs.version[a], gs.version[b]}
	return false
}

// avgLink returns the sum of Weight(x, y) over x in members[a] and y in
// members[b], both in member order, divided by the number of pairs. Small
// groups are summed pair by pair; larger ones from the adjacency lists of
// the smaller group, with the non-zero terms put back in that order (by
// two stable counting sorts when there are many), so both give the same
// bits.
func (gs *groups) avgLink(a, b int32) float64 {
	ma, mb := gs.members[a], gs.members[b]
	var s float64
	if len(ma)*len(mb) <= 16 {
		for _, x := range ma {
			for _, y := range mb {
				s += gs.g.Weight(int(x), int(y))
			}
		}
		return s / float64(len(ma)*len(mb))
	}
	links := gs.links[:0]
	small, other, swap := ma, b, false
	if len(mb) < len(ma) {
		small, other, swap = mb, a, true
	}
	for _, x := range small {
		for k := gs.g.Ptr[x]; k < gs.g.Ptr[x+1]; k++ {
			if y := gs.g.Adj[k]; gs.root[y] == other {
				if swap {
					links = append(links, memberLink{gs.pos[y], gs.pos[x], gs.g.W[k]})
				} else {
					links = append(links, memberLink{gs.pos[x], gs.pos[y], gs.g.W[k]})
				}
			}
		}
	}
	if 8*len(links) < len(ma)+len(mb) {
		slices.SortFunc(links, func(p, q memberLink) int {
			if p.inA != q.inA {
				return int(p.inA) - int(q.inA)
			}
			return int(p.inB) - int(q.inB)
		})
	} else {
		tmp := slices.Grow(gs.tmp[:0], len(links))[:len(links)]
		gs.count = countingSort(tmp, links, len(mb), func(l memberLink) int32 { return l.inB }, gs.count)
		gs.count = countingSort(links, tmp, len(ma), func(l memberLink) int32 { return l.inA }, gs.count)
		gs.tmp = tmp
	}
	for _, l := range links {
		s += l.w
	}
	gs.links = links
	return s / float64(len(ma)*len(mb))
}

// A memberLink is an edge between two groups: the positions of its ends
// among their groups' members, and its weight.
type memberLink struct {
	inA, inB int32
	w        float64
}

// countingSort writes src into dst stably sorted by key, which lies in
// [0, size), and returns its counting buffer for reuse.
func countingSort(dst, src []memberLink, size int, key func(memberLink) int32, count []int32) []int32 {
	count = slices.Grow(count[:0], size+1)[:size+1]
	clear(count)
	for _, l := range src {
		count[key(l)+1]++
	}
	for i := 1; i <= size; i++ {
		count[i] += count[i-1]
	}
	for _, l := range src {
		k := key(l)
		dst[count[k]] = l
		count[k]++
	}
	return count
}

// merge joins the smaller of groups a and b into the larger (a when they
// are the same size).
func (gs *groups) merge(a, b int32) {
	if len(gs.members[a]) < len(gs.members[b]) {
		a, b = b, a
	}
	base := int32(len(gs.members[a]))
	for k, m := range gs.members[b] {
		gs.root[m] = a
		gs.pos[m] = base + int32(k)
	}
	gs.members[a] = append(gs.members[a], gs.members[b]...)
	gs.members[b] = nil
	merged := make([]int, 0, len(gs.sources[a])+len(gs.sources[b]))
	x, y := gs.sources[a], gs.sources[b]
	for len(x) > 0 || len(y) > 0 {
		switch {
		case len(y) == 0 || (len(x) > 0 && x[0] < y[0]):
			merged, x = append(merged, x[0]), x[1:]
		case len(x) == 0 || y[0] < x[0]:
			merged, y = append(merged, y[0]), y[1:]
		default:
			merged, x, y = append(merged, x[0]), x[1:], y[1:]
		}
	}
	gs.sources[a], gs.sources[b] = merged, nil
	gs.version[a]++
	gs.version[b]++
}
