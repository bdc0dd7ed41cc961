package rank

import (
	"github.com/concordsum/concord/internal/parallel"

	"math"
	"slices"
	"sort"
)

// Bounds on the similarity graph (see Link). Real story clusters stay far
// inside them (DUC 2004 and the NeuS validation set: at most 505
// sentences, 99 neighbours per sentence and 161 sentences per term; all
// 500 DUC 2004 articles as one cluster: 8.7 million candidate pairs, 63
// neighbours per sentence), so there the graph is exact; hostile input
// (thousands of copies of one line, a large input drawn from a tiny
// vocabulary) and very large clusters get the bounded graph instead.
const (
	// exactWork is the number of candidate pairs (pairs of rows that
	// share a term, counted once per shared term) the exact graph may
	// examine, at least; it may also examine exactWorkPerEntry per
	// non-zero entry.
	exactWork         = 1 << 26
	exactWorkPerEntry = 512
	// exactDegree is the average number of neighbours per row the exact
	// graph may keep; past it the threshold rises.
	exactDegree = 128
	// boundedDegree is the number of strongest neighbours each row keeps
	// in the bounded graph (more, through its neighbours' choices).
	boundedDegree = 32
	// boundedPostings is the number of rows of a term's postings the
	// bounded graph looks at: those where it weighs most.
	boundedPostings = 64
	// boundedCandidates is the number of rows the bounded graph compares
	// each row with.
	boundedCandidates = 1024
)

// largePairs is the number of member pairs past which sourceCheck marks
// sources instead of comparing them pair by pair.
const largePairs = 1 << 8

// sourceCheck returns sharesSource for source, which for large groups
// marks the sources of one group and looks the other's up, in time
// |a|+|b| rather than |a|·|b|.
func sourceCheck(source []int) func(a, b []int) bool {
	var mark []int // group stamp per source
	stamp := 0
	return func(a, b []int) bool {
		if len(a)*len(b) <= largePairs {
			return sharesSource(a, b, source)
		}
		if mark == nil {
			top := 0
			for _, s := range source {
				top = max(top, s)
			}
			mark = make([]int, top+1)
		}
		stamp++
		for _, x := range a {
			mark[source[x]] = stamp
		}
		for _, y := range b {
			if mark[source[y]] == stamp {
				return true
			}
		}
		return false
	}
}

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
func maxExactEdges(n int) int { return max(n*exactDegree/2, 1<<18) }

// boundedSimilarity returns a similarity graph of m whose time and size
// are linear in the number of rows (for rows of bounded length). Each row
// looks for neighbours among at most boundedCandidates rows, found
// through its terms from the rarest up; for a term held by more than
// boundedPostings rows only the boundedPostings rows where it weighs most
// (ties: lower row first) are looked at. The row then keeps its
// boundedDegree strongest neighbours (ties: lower row first), an edge
// being kept when either end keeps it. Weights are exact cosines, the
// same sums as in the exact graph; what the bounded graph may miss is
// weak edges and edges between rows that share only common terms. Rows
// are searched on up to workers goroutines (0 or less: GOMAXPROCS); the
// result does not depend on it.
func boundedSimilarity(m Matrix, threshold float64, workers int) Graph {
	n := m.Rows()
	post := boundedPostingsOf(m)

	type edge struct {
		j int32
		w float64
	}
	// kept[i]: the neighbours row i keeps, strongest first.
	kept := make([][]edge, n)
	// Rows of equal entries (copies of a sentence) have equal cosines
	// with any row: each row's cosine with a content is computed once.
	same, contents := sameRows(m)
	w := parallel.Workers(workers, (n+255)/256)
	bounds := parallel.Chunks(n, 8*w, func(i int) int { return m.Ptr[i+1] - m.Ptr[i] })
	parallel.ForEach(len(bounds)-1, w, func(p int) {
		scatter := make([]float64, m.Cols)
		seen := make([]bool, n)
		memo := make([]float64, contents)
		stamp := make([]int32, contents) // 1 + the row memo[c] was computed for
		var cands []int32
		var terms []int32
		var row []edge
		for i := bounds[p]; i < bounds[p+1]; i++ {
			// Candidates through the row's terms, rarest first.
			terms = append(terms[:0], m.Ind[m.Ptr[i]:m.Ptr[i+1]]...)
			slices.SortFunc(terms, func(a, b int32) int {
				if da, db := post.df[a], post.df[b]; da != db {
					return da - db
				}
				return int(a - b)
			})
			cands = cands[:0]
		terms:
			for _, t := range terms {
				for _, j := range post.rows(t) {
					if int(j) == i || seen[j] {
						continue
					}
					seen[j] = true
					cands = append(cands, j)
					if len(cands) == boundedCandidates {
						break terms
					}
				}
			}
			// Exact cosines: row i scattered, each candidate's terms summed
			// in increasing order, as the exact graph sums them.
			for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
				scatter[m.Ind[k]] = m.Val[k]
			}
			// row: the boundedDegree strongest so far, strongest first
			// (ties: lower row first), kept by insertion.
			row = row[:0]
			for _, j := range cands {
				seen[j] = false
				var w float64
				if c := same[j]; stamp[c] == int32(i+1) {
					w = memo[c]
				} else {
					for k := m.Ptr[j]; k < m.Ptr[j+1]; k++ {
						if v := scatter[m.Ind[k]]; v != 0 {
							w += v * m.Val[k]
						}
					}
					memo[c], stamp[c] = w, int32(i+1)
				}
				if !(w > 0 && w >= threshold) {
					continue
				}
				e := edge{j, w}
				stronger := func(a, b edge) bool { return a.w > b.w || a.w == b.w && a.j < b.j }
				if len(row) == boundedDegree {
					if !stronger(e, row[len(row)-1]) {
						continue
					}
					row = row[:len(row)-1]
				}
				at := len(row)
				for at > 0 && stronger(e, row[at-1]) {
					at--
				}
				row = slices.Insert(row, at, e)
			}
			for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
				scatter[m.Ind[k]] = 0
			}
			kept[i] = slices.Clone(row)
		}
	})

	// CSR: rows in order, neighbours increasing, each edge once. An edge
	// that both ends keep is taken from its lower end (j.w is the same
	// either way: the same products summed in column order); its entry in
	// the higher row is marked (j = -1) and skipped.
	deg := make([]int, n+1)
	for i, row := range kept {
		for x, e := range row {
			if int(e.j) < i && slices.ContainsFunc(kept[e.j], func(f edge) bool { return int(f.j) == i }) {
				row[x].j = -1
				continue
			}
			deg[i+1]++
			deg[e.j+1]++
		}
	}
	for i := 0; i < n; i++ {
		deg[i+1] += deg[i]
	}
	g := Graph{Ptr: deg, Adj: make([]int32, deg[n]), W: make([]float64, deg[n]), Threshold: threshold, Bounded: true}
	fill := slices.Clone(deg[:n])
	for i, row := range kept {
		for _, e := range row {
			if e.j < 0 {
				continue
			}
			g.Adj[fill[i]], g.W[fill[i]] = e.j, e.w
			fill[i]++
			g.Adj[fill[e.j]], g.W[fill[e.j]] = int32(i), e.w
			fill[e.j]++
		}
	}
	kept = nil
	// Each row's neighbours in increasing order.
	var buf []edge
	for i := 0; i < n; i++ {
		lo, hi := g.Ptr[i], g.Ptr[i+1]
		buf = buf[:0]
		for k := lo; k < hi; k++ {
			buf = append(buf, edge{g.Adj[k], g.W[k]})
		}
		slices.SortFunc(buf, func(a, b edge) int { return int(a.j) - int(b.j) })
		for x, e := range buf {
			g.Adj[lo+x], g.W[lo+x] = e.j, e.w
		}
	}
	return g
}

// sameRows numbers the distinct rows of m: same[i] == same[j] when rows i
// and j have the same entries (the same columns, the same bits), numbers
// from 0 to contents-1 in order of first appearance.
func sameRows(m Matrix) (same []int32, contents int) {
	n := m.Rows()
	same = make([]int32, n)
	byHash := make(map[uint64][]int32, n) // first rows of each content, by hash
	equalRows := func(i, j int) bool {
		a, b := m.Ind[m.Ptr[i]:m.Ptr[i+1]], m.Ind[m.Ptr[j]:m.Ptr[j+1]]
		if !slices.Equal(a, b) {
			return false
		}
		va, vb := m.Val[m.Ptr[i]:m.Ptr[i+1]], m.Val[m.Ptr[j]:m.Ptr[j+1]]
		for k := range va {
			if math.Float64bits(va[k]) != math.Float64bits(vb[k]) {
				return false
			}
		}
		return true
	}
	for i := 0; i < n; i++ {
		h := uint64(14695981039346656037)
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			h = (h ^ uint64(m.Ind[k])) * 1099511628211
			h = (h ^ math.Float64bits(m.Val[k])) * 1099511628211
		}
		found := false
		for _, f := range byHash[h] {
			if equalRows(int(f), i) {
				same[i] = same[f]
				found = true
				break
			}
		}
		if !found {
			same[i] = int32(contents)
			contents++
			byHash[h] = append(byHash[h], int32(i))
		}
	}
	return same, contents
}

// prunedPostings is an inverted index whose lists are cut to the
// boundedPostings rows where the term weighs most.
type prunedPostings struct {
	df    []int   // rows holding each term (before pruning)
	start []int   // the rows of term t are list[start[t]:start[t+1]]
	list  []int32 // rows, by decreasing weight of the term, then increasing row
}

func (p prunedPostings) rows(t int32) []int32 { return p.list[p.start[t]:p.start[t+1]] }

func boundedPostingsOf(m Matrix) prunedPostings {
	n := m.Rows()
	count := make([]int, m.Cols+1)
	for _, t := range m.Ind {
		count[t+1]++
	}
	df := make([]int, m.Cols)
	for t := range df {
		df[t] = count[t+1]
	}
	for t := 0; t < m.Cols; t++ {
		count[t+1] += count[t]
	}
	rows := make([]int32, len(m.Ind))
	vals := make([]float64, len(m.Ind))
	next := append([]int(nil), count[:m.Cols]...)
	for i := 0; i < n; i++ {
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			t := m.Ind[k]
			rows[next[t]] = int32(i)
			vals[next[t]] = m.Val[k]
			next[t]++
		}
	}
	p := prunedPostings{df: df, start: make([]int, m.Cols+1)}
	for t := 0; t < m.Cols; t++ {
		r, v := rows[count[t]:count[t+1]], vals[count[t]:count[t+1]]
		if len(r) > boundedPostings {
			idx := make([]int, len(r))
			for k := range idx {
				idx[k] = k
			}
			sort.Slice(idx, func(a, b int) bool {
				if v[idx[a]] != v[idx[b]] {
					return v[idx[a]] > v[idx[b]]
				}
				return r[idx[a]] < r[idx[b]]
			})
			top := make([]int32, boundedPostings)
			for k := range top {
				top[k] = r[idx[k]]
			}
			r = top
		}
		p.list = append(p.list, r...)
		p.start[t+1] = len(p.list)
	}
	return p
}
