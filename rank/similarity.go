package rank

import (
	"math"
	"slices"
	"sort"
)

// Similarity returns the cosine similarity graph of the rows of m: an edge
// i–j for every pair of distinct rows whose dot product is at least
// threshold (rows are expected to be L2-normalised, so the dot product is
// the cosine). A threshold of 0 or less keeps every pair that shares a
// term. It is Link with Linking{Threshold: threshold}: exact, on
// GOMAXPROCS goroutines.
func Similarity(m Matrix, threshold float64) Graph {
	return Link(m, Linking{Threshold: threshold})
}

// Linking settings for Link. The zero value is usable: each field says
// what its zero means.
type Linking struct {
	// Threshold is the cosine at or above which two rows are linked. Zero
	// or less keeps every pair that shares a term.
	Threshold float64
	// Budget bounds the work on large inputs: candidate pairs are drawn
	// from a term's rows only for terms held by at most D rows, where D is
	// the largest document frequency for which the sum of df² over those
	// terms stays within Budget times the number of non-zero entries of m.
	// Zero means no bound: every term draws candidates.
	Budget int
	// Exact is the cosine at or above which every pair is linked whatever
	// terms it shares, also when Budget leaves some terms out (prefix
	// filtering guarantees it). Zero, or a value at or below Threshold,
	// means Threshold: the graph is then exact whatever the budget.
	Exact float64
	// Workers caps the goroutines. Zero or less means GOMAXPROCS. The
	// result does not depend on it.
	Workers int
}

// Link returns the similarity graph of the rows of m under s.
//
// The graph holds every pair of rows whose dot product is at least
// s.Exact, and every pair at or above s.Threshold that shares a term held
// by at most D rows (see Linking.Budget). When the budget does not bind,
// and for small inputs it does not, that is every pair at or above
// s.Threshold: the graph is exact. Edge weights are always exact: bit for
// bit the dot product of the two rows summed in column order.
//
// Candidate pairs come from an inverted index over terms, so the time is
// proportional to the number of pairs that share an indexed term and the
// memory to the number of edges kept: no n×n matrix is ever built. The
// index follows the All-Pairs algorithm (Bayardo, Ma and Srikant, 2007):
// terms are taken from the most common down; the common terms (df > D) at
// the front of a row, as long as they cannot give the row a cosine of
// s.Exact with any other row (bounded by the sum of the row's weights
// times each term's largest weight, and by their L2 norm), are left out of
// the index. Rows are processed in parallel; the result does not depend
// on the number of goroutines.
func Link(m Matrix, s Linking) Graph {
	n := m.Rows()
	if n == 0 {
		return Graph{Ptr: make([]int, 1)}
	}
	ix := buildIndex(m, s)
	w := workerCount(s.Workers, (n+255)/256)
	bounds := chunks(n, 8*w, func(i int) int { return m.Ptr[i+1] - m.Ptr[i] })
	parts := make([]linkPart, len(bounds)-1)
	scratch := make(chan *linkScratch, w)
	for range w {
		scratch <- &linkScratch{slot: make([]linkSlot, n)}
	}
	forEach(len(parts), w, func(p int) {
		sc := <-scratch
		parts[p] = ix.link(m, bounds[p], bounds[p+1], sc)
		scratch <- sc
	})
	return symmetrise(n, bounds, parts)
}

// An index holds the postings of the indexed entries of m.
type index struct {
	threshold float64
	start     []int     // postings of term t are rows[start[t]:start[t+1]]
	rows      []int32   // increasing within a term
	vals      []float64 // the entries' weights
	prefix    []float64 // per row, a bound on its dot product through unindexed terms; 0 if none
	anyPrefix bool      // whether some row has unindexed terms
}

// slack keeps bounds safe from rounding: a pair is pruned only when its
// bound is below the threshold by more than slack.
const slack = 1e-9

func buildIndex(m Matrix, s Linking) *index {
	n := m.Rows()
	ix := &index{threshold: s.Threshold, prefix: make([]float64, n)}
	df := make([]int, m.Cols)
	maxw := make([]float64, m.Cols)
	for k, t := range m.Ind {
		df[t]++
		if v := m.Val[k]; v > maxw[t] {
			maxw[t] = v
		}
	}
	limit := maxDF(df, len(m.Ind), s.Budget)
	exact := s.Exact
	if exact <= s.Threshold {
		exact = s.Threshold
	}

	// Which entries to index: all but the unindexed prefix of common terms.
	indexed := make([]bool, len(m.Ind))
	var common []int // entries of common terms in the current row
	for i := 0; i < n; i++ {
		common = common[:0]
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			indexed[k] = true
			if df[m.Ind[k]] > limit {
				common = append(common, k)
			}
		}
		if len(common) == 0 || exact <= 0 {
			continue
		}
		// Most common first; ties by column.
		sort.Slice(common, func(a, b int) bool {
			ta, tb := m.Ind[common[a]], m.Ind[common[b]]
			if df[ta] != df[tb] {
				return df[ta] > df[tb]
			}
			return ta < tb
		})
		var byMax, sq, bound float64
		for _, k := range common {
			v := m.Val[k]
			b1, b2 := byMax+v*maxw[m.Ind[k]], sq+v*v
			b := math.Min(b1, math.Sqrt(b2))
			if b >= exact-slack {
				break
			}
			byMax, sq, bound = b1, b2, b
			indexed[k] = false
		}
		ix.prefix[i] = bound
		ix.anyPrefix = ix.anyPrefix || bound > 0
	}

	ix.start = make([]int, m.Cols+1)
	for k, t := range m.Ind {
		if indexed[k] {
			ix.start[t+1]++
		}
	}
	for t := 0; t < m.Cols; t++ {
		ix.start[t+1] += ix.start[t]
	}
	ix.rows = make([]int32, ix.start[m.Cols])
	ix.vals = make([]float64, ix.start[m.Cols])
	fill := slices.Clone(ix.start[:m.Cols])
	for i := 0; i < n; i++ {
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			if indexed[k] {
				t := m.Ind[k]
				ix.rows[fill[t]] = int32(i)
				ix.vals[fill[t]] = m.Val[k]
				fill[t]++
			}
		}
	}
	return ix
}

// maxDF returns the largest document frequency D such that the terms held
// by at most D rows have a sum of df² within budget·nnz; every term's
// frequency when budget is zero or less or when all terms fit.
func maxDF(df []int, nnz, budget int) int {
	top := 0
	for _, d := range df {
		top = max(top, d)
	}
	if budget <= 0 {
		return top
	}
	limit := float64(budget) * float64(nnz)
	hist := make(map[int]int)
	for _, d := range df {
		hist[d]++
	}
	ds := make([]int, 0, len(hist))
	for d := range hist {
		ds = append(ds, d)
	}
	slices.Sort(ds)
	var work float64
	D := 0
	for _, d := range ds {
		work += float64(hist[d]) * float64(d) * float64(d)
		if work > limit {
			break
		}
		D = d
	}
	return D
}

// linkScratch is one goroutine's accumulator over all rows.
type linkScratch struct {
	slot    []linkSlot
	touched []int32
	kept    []int32
}

type linkSlot struct {
	acc  float64
	mark int32 // 1 + the row whose candidates are being gathered
}

// linkPart holds the upper-triangle edges of a run of rows: row i's are
// adj[ptr[i-lo]:ptr[i-lo+1]], increasing.
type linkPart struct {
	ptr []int
	adj []int32
	w   []float64
}

// link finds the edges i–j, j > i, of rows lo..hi-1.
func (ix *index) link(m Matrix, lo, hi int, sc *linkScratch) linkPart {
	part := linkPart{ptr: make([]int, 1, hi-lo+1)}
	slot := sc.slot
	for i := lo; i < hi; i++ {
		touched := sc.touched[:0]
		stamp := int32(i + 1)
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			t := m.Ind[k]
			v := m.Val[k]
			post := ix.rows[ix.start[t]:ix.start[t+1]]
			vals := ix.vals[ix.start[t]:ix.start[t+1]]
			// Only rows after i.
			p, _ := slices.BinarySearch(post, int32(i+1))
			vals = vals[p:]
			for q, j := range post[p:] {
				sl := &slot[j]
				if sl.mark != stamp {
					sl.mark = stamp
					sl.acc = 0
					touched = append(touched, j)
				}
				sl.acc += v * vals[q]
			}
		}
		kept := sc.kept[:0]
		for _, j := range touched {
			sl := &slot[j]
			w := sl.acc
			if ix.anyPrefix {
				if bp := ix.prefix[j]; bp > 0 {
					// Part of the dot product went through j's unindexed
					// terms: bound it, then compute it exactly.
					if w+bp < ix.threshold-slack {
						continue
					}
					w = rowDot(m, i, int(j))
					sl.acc = w
				}
			}
			if w > 0 && w >= ix.threshold {
				kept = append(kept, j)
			}
		}
		slices.Sort(kept)
		for _, j := range kept {
			part.adj = append(part.adj, j)
			part.w = append(part.w, slot[j].acc)
		}
		part.ptr = append(part.ptr, len(part.adj))
		sc.touched, sc.kept = touched, kept
	}
	return part
}

// rowDot returns the dot product of rows i and j, summed in column order.
func rowDot(m Matrix, i, j int) float64 {
	a, ae := m.Ptr[i], m.Ptr[i+1]
	b, be := m.Ptr[j], m.Ptr[j+1]
	var s float64
	for a < ae && b < be {
		switch ta, tb := m.Ind[a], m.Ind[b]; {
		case ta < tb:
			a++
		case ta > tb:
			b++
		default:
			s += m.Val[a] * m.Val[b]
			a++
			b++
		}
	}
	return s
}

// symmetrise builds the CSR graph from the upper-triangle parts. Row i
// gets its lower neighbours (from earlier rows, in increasing order) then
// its upper ones.
func symmetrise(n int, bounds []int, parts []linkPart) Graph {
	deg := make([]int, n+1)
	for p, part := range parts {
		for r := 0; r+1 < len(part.ptr); r++ {
			i := bounds[p] + r
			deg[i+1] += part.ptr[r+1] - part.ptr[r]
		}
		for _, j := range part.adj {
			deg[j+1]++
		}
	}
	for i := 0; i < n; i++ {
		deg[i+1] += deg[i]
	}
	g := Graph{Ptr: deg, Adj: make([]int32, deg[n]), W: make([]float64, deg[n])}
	fill := slices.Clone(deg[:n])
	for p, part := range parts {
		for r := 0; r+1 < len(part.ptr); r++ {
			i := int32(bounds[p] + r)
			for k := part.ptr[r]; k < part.ptr[r+1]; k++ {
				j := part.adj[k]
				g.Adj[fill[j]] = i
				g.W[fill[j]] = part.w[k]
				fill[j]++
			}
		}
	}
	for p, part := range parts {
		for r := 0; r+1 < len(part.ptr); r++ {
			i := bounds[p] + r
			n := copy(g.Adj[fill[i]:], part.adj[part.ptr[r]:part.ptr[r+1]])
			copy(g.W[fill[i]:], part.w[part.ptr[r]:part.ptr[r+1]])
			fill[i] += n
		}
	}
	return g
}
