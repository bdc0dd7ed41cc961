package rank

// A linkage keeps, for every group of Group, the summed edge weight to
// each group it has edges to, so that the average linkage of two groups
// is one look-up and a merge costs the smaller group's number of
// neighbouring groups: Group stays near-linear in the number of edges
// even when every sentence is like every other (a thousand posts about one
// event), where summing over all pairs of members would take hours.
//
// Only active nodes (those with an edge at or above the grouping
// threshold) get sums, and only to nodes of their own part (the nodes
// such edges join, directly or through others): every group with more
// than one member holds only active nodes of one part, and Group asks
// only for the sums between two groups that such an edge joins, so other
// sums would never be read.
//
// Every sum is updated with the same additions from both ends, so the
// weight from a to b is the weight from b to a, and each key of a map gets
// one addition per merge, so map order never changes a result.
type linkage struct {
	to []sums // by group root: its neighbouring roots and the summed weights
}

// sums are a group's neighbouring groups, in increasing order, and the
// summed weight to each: two slices rather than a map, at a third of a
// map's memory (a large story's grouping held 81 MB of maps).
type sums struct {
	id []int32
	w  []float64
	// own is false while id and w are the node's row of the graph
	// itself (every neighbour active): a change copies them first.
	own bool
}

// mine makes s's slices its own, to change them.
func (s *sums) mine() {
	if !s.own {
		s.id, s.w, s.own = append([]int32(nil), s.id...), append([]float64(nil), s.w...), true
	}
}

// find returns the index of group c in s, and whether s has it.
func (s *sums) find(c int32) (int, bool) {
	lo, hi := 0, len(s.id)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.id[m] < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(s.id) && s.id[lo] == c
}

// remove drops group c from s and returns its sum (0 when s lacks it).
func (s *sums) remove(c int32) float64 {
	k, ok := s.find(c)
	if !ok {
		return 0
	}
	w := s.w[k]
	s.mine()
	s.id = append(s.id[:k], s.id[k+1:]...)
	s.w = append(s.w[:k], s.w[k+1:]...)
	return w
}

// add adds w to the sum of group c in s (from 0 when s lacks it).
func (s *sums) add(c int32, w float64) {
	k, ok := s.find(c)
	s.mine()
	if ok {
		s.w[k] += w
		return
	}
	s.id = append(s.id, 0)
	s.w = append(s.w, 0)
	copy(s.id[k+1:], s.id[k:])
	copy(s.w[k+1:], s.w[k:])
	s.id[k], s.w[k] = c, 0+w // 0 + w: the map's addition to a new key
}

// move moves the sum of group from to group to, as add(to,
// remove(from)) does, with one shift of the entries between the two.
func (s *sums) move(from, to int32) {
	kf, ok := s.find(from)
	if !ok {
		s.add(to, 0)
		return
	}
	w := s.w[kf]
	kt, has := s.find(to)
	s.mine()
	if has {
		s.w[kt] += w
		s.id = append(s.id[:kf], s.id[kf+1:]...)
		s.w = append(s.w[:kf], s.w[kf+1:]...)
		return
	}
	// to takes from's place, the entries between them shifted by one
	if kt > kf {
		kt-- // from's entry leaves a place before to's
		copy(s.id[kf:kt], s.id[kf+1:kt+1])
		copy(s.w[kf:kt], s.w[kf+1:kt+1])
	} else {
		copy(s.id[kt+1:kf+1], s.id[kt:kf])
		copy(s.w[kt+1:kf+1], s.w[kt:kf])
	}
	s.id[kt], s.w[kt] = to, 0+w
}

// newLinkage returns the linkage of g's nodes as groups of their own,
// keeping sums only between nodes where active is true and of the same
// part.
func newLinkage(g Graph, active []bool, part []int32) *linkage {
	same := func(i int, j int32) bool { return active[j] && part[i] == part[j] }
	n := g.Nodes()
	l := &linkage{to: make([]sums, n)}
	for i := 0; i < n; i++ {
		if !active[i] {
			continue
		}
		lo, hi := g.Ptr[i], g.Ptr[i+1]
		size := 0
		for k := lo; k < hi; k++ {
			if same(i, g.Adj[k]) {
				size++
			}
		}
		if size == hi-lo {
			// The row itself (in increasing order), until a merge
			// changes it.
			l.to[i] = sums{id: g.Adj[lo:hi:hi], w: g.W[lo:hi:hi]}
			continue
		}
		s := sums{id: make([]int32, 0, size), w: make([]float64, 0, size), own: true}
		for k := lo; k < hi; k++ {
			if j := g.Adj[k]; same(i, j) {
				s.id, s.w = append(s.id, j), append(s.w, g.W[k])
			}
		}
		l.to[i] = s
	}
	return l
}

// sum returns the summed weight of the edges between groups a and b.
func (l *linkage) sum(a, b int) float64 {
	s := &l.to[a]
	if k, ok := s.find(int32(b)); ok {
		return s.w[k]
	}
	return 0
}

// merge folds group b into group a.
func (l *linkage) merge(a, b int) {
	ma, mb := &l.to[a], &l.to[b]
	// a's new sums: the two lists merged, without a and b, a sum of both
	// added as the map's ma[c] += w added it.
	id := make([]int32, 0, len(ma.id)+len(mb.id))
	w := make([]float64, 0, len(ma.id)+len(mb.id))
	x, y := 0, 0
	for x < len(ma.id) || y < len(mb.id) {
		switch {
		case x < len(ma.id) && ma.id[x] == int32(b):
			x++
		case y < len(mb.id) && mb.id[y] == int32(a):
			y++
		case y == len(mb.id) || x < len(ma.id) && ma.id[x] < mb.id[y]:
			id, w = append(id, ma.id[x]), append(w, ma.w[x])
			x++
		case x == len(ma.id) || mb.id[y] < ma.id[x]:
			id, w = append(id, mb.id[y]), append(w, 0+mb.w[y])
			y++
		default:
			id, w = append(id, ma.id[x]), append(w, ma.w[x]+mb.w[y])
			x++
			y++
		}
	}
	for _, c := range mb.id {
		if c == int32(a) {
			continue
		}
		l.to[c].move(int32(b), int32(a))
	}
	l.to[a] = sums{id: id, w: w, own: true}
	l.to[b] = sums{}
}
