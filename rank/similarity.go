package rank

import (
	"github.com/concordsum/concord/internal/parallel"

	"math"
	"slices"
)

// Similarity returns the cosine similarity graph of the rows of m: an edge
// i–j for every pair of distinct rows whose dot product is at least
// threshold (rows are expected to be L2-normalised, so the dot product is
// the cosine). A threshold of 0 or less keeps every pair with a positive
// dot product. It is Link with Linking{Threshold: threshold}: exact within
// Link's bounds, on GOMAXPROCS goroutines.
func Similarity(m Matrix, threshold float64) Graph {
	return Link(m, Linking{Threshold: threshold})
}

// Linking settings for Link. The zero value is usable: each field says
// what its zero means.
type Linking struct {
	// Threshold is the cosine at or above which two rows are linked. Zero
	// or less keeps every pair with a positive dot product.
	Threshold float64
	// MaxEdges caps the size of the graph at about MaxEdges edges: when
	// linking at Threshold would give more (as estimated from a sample of
	// rows), the threshold is raised to the cosine, on a grid of 1/1024,
	// at which it gives no more. Zero means max(64·rows, 2²¹) (a graph of
	// at most about 100 bytes a row, or 50 MB).
	MaxEdges int
	// Exact gives the exact graph at Threshold whatever it costs: no
	// bound applies (MaxEdges included). For tests and small inputs.
	Exact bool
	// Workers caps the goroutines. Zero or less means GOMAXPROCS. The
	// result does not depend on it.
	Workers int
}

// Link returns the similarity graph of the rows of m under s: an edge i–j
// for every pair of distinct rows whose dot product is at least the
// graph's Threshold, which is s.Threshold unless the edge cap raised it.
// The graph is exact at that threshold: no pair at or above it is
// missing, none below it is kept, and every weight is bit for bit the dot
// product of the two rows summed in column order. What a raised threshold
// leaves out are pairs below it, so each weighs less than Graph.Threshold.
//
// Unless s.Exact, two bounds keep time and memory linear in the number of
// rows on any input. When the rows share terms so widely that finding the
// exact graph would examine more than max(2²⁶, 512·entries) candidate
// pairs, or when the cap would need a threshold above 0.25 (thousands of
// copies of one sentence), Link returns the bounded graph
// instead (Graph.Bounded): each row keeps its 32 strongest neighbours
// among at most 1,024 candidates found through its rarest terms, where a
// term's candidates are the 64 rows it weighs most in; weights stay
// exact, and what it may miss is weak edges and edges between rows that
// share only common terms. Real story clusters stay inside both bounds.
//
// Candidate pairs come from an inverted index over terms, so the time is
// proportional to the number of pairs that share a term and the memory to
// the number of edges kept: no n×n matrix is ever built. The most common
// terms cost the most (a term held by d rows pairs them d² ways), and they
// are pruned as in the All-Pairs algorithm (Bayardo, Ma and Srikant,
// 2007): a row's most common terms whose weights together (in L2 norm)
// cannot reach the threshold do not open new candidates; they only add to
// the candidates the row's other terms found, by looking the term up in
// those rows when that is cheaper than reading its posting list. Rows are
// processed in parallel; the result does not depend on the number of
// goroutines.
func Link(m Matrix, s Linking) Graph {
	n := m.Rows()
	if n == 0 {
		return Graph{Ptr: make([]int, 1), Threshold: s.Threshold}
	}
	// Only the rows' entries: m may be the first rows of a larger matrix.
	m.Ind, m.Val = m.Ind[:m.Ptr[n]], m.Val[:m.Ptr[n]]
	df := make([]int, m.Cols)
	for _, t := range m.Ind {
		df[t]++
	}
	w := parallel.Workers(s.Workers, (n+255)/256)
	threshold := s.Threshold
	var estimate float64 // upper-triangle edges, as sampled; 0: not sampled
	if !s.Exact {
		if !exactAffordable(m) {
			return boundedSimilarity(m, threshold, s.Workers)
		}
		maxEdges := s.MaxEdges
		if maxEdges <= 0 {
			maxEdges = maxExactEdges(n)
		}
		var fits bool
		if threshold, estimate, fits = capThreshold(m, df, s.Threshold, maxEdges, w); !fits || threshold > max(s.Threshold, maxRaised) {
			// A graph of near-copies only would rank nothing: keep each
			// row's strongest links instead.
			return boundedSimilarity(m, s.Threshold, s.Workers)
		}
	}
	ix := buildIndex(m, df, threshold)
	bounds := parallel.Chunks(n, 8*w, func(i int) int { return m.Ptr[i+1] - m.Ptr[i] })
	parts := make([]linkPart, len(bounds)-1)
	scratch := make(chan *linkScratch, w)
	for range w {
		scratch <- newLinkScratch(ix, n)
	}
	parallel.ForEach(len(parts), w, func(p int) {
		sc := <-scratch
		// Room for the part's share of the edges the cap's sample
		// counted, with a margin, so that its slices rarely grow.
		room := int(estimate * 1.125 * float64(bounds[p+1]-bounds[p]) / float64(n))
		parts[p] = ix.link(m, bounds[p], bounds[p+1], room, sc)
		scratch <- sc
	})
	g := symmetrise(n, bounds, parts)
	g.Threshold = threshold
	return g
}

// capThreshold returns the threshold at which the rows of m have about
// maxEdges edges or fewer: threshold itself when they do, otherwise the
// smallest multiple of 1/1024 above it (and at least 0) at which they do;
// fits is false when no threshold does. estimate is the number of edges
// (each counted once) the sample gives at that threshold, or 0 when no
// sample was needed. The count is estimated from every s-th row's
// upper-triangle edges (s = 1 below 2048 rows: exact), after a bound on
// the pairs that share a term has ruled the cap out for most inputs.
func capThreshold(m Matrix, df []int, threshold float64, maxEdges, workers int) (t, estimate float64, fits bool) {
	n := m.Rows()
	budget := float64(maxEdges)
	var pairs float64
	for _, d := range df {
		pairs += float64(d) * float64(d-1) / 2
	}
	if pairs <= budget {
		return threshold, 0, true
	}
	stride := (n + capSample - 1) / capSample
	ix := buildIndex(m, df, 0) // no pruning: every candidate, exact sums
	const bins = 1024
	sampled := make([]int, 0, n/stride+1)
	for i := 0; i < n; i += stride {
		sampled = append(sampled, i)
	}
	w := parallel.Workers(workers, len(sampled)/64)
	hists := make([][]int64, w)
	parallel.ForEach(w, w, func(p int) {
		hist := make([]int64, bins+1)
		sc := newLinkScratch(ix, n)
		for q := p; q < len(sampled); q += w {
			i := sampled[q]
			ix.candidates(m, i, sc)
			for _, j := range sc.touched {
				if v := sc.acc[j]; v > 0 && v >= threshold {
					hist[min(bins, int(v*bins))]++
				}
			}
			sc.reset()
		}
		hists[p] = hist
	})
	// count[k]: sampled edges of weight at least k/bins.
	count := make([]int64, bins+2)
	for k := bins; k >= 0; k-- {
		count[k] = count[k+1]
		for _, h := range hists {
			count[k] += h[k]
		}
	}
	if float64(count[0])*float64(stride) <= budget {
		return threshold, float64(count[0]) * float64(stride), true
	}
	for k := max(0, int(math.Ceil(threshold*bins))); k <= bins; k++ {
		if t := float64(k) / bins; t > threshold && float64(count[k])*float64(stride) <= budget {
			return t, float64(count[k]) * float64(stride), true
		}
	}
	return 1, 0, false
}

// maxRaised is the highest threshold the edge cap may raise the graph's
// to; past it Link gives the bounded graph.
const maxRaised = 0.25

// capSample is about how many rows capThreshold samples.
const capSample = 2048

// An index holds the postings of m's entries and, per row, where its
// common tail starts: the entries that open no new candidates.
type index struct {
	threshold float64
	start     []int     // postings of term t are rows[start[t]:start[t+1]]
	rows      []int32   // increasing within a term
	vals      []float64 // the entries' weights
	// order[m.Ptr[i]:m.Ptr[i+1]] are row i's entries (indices into m.Ind):
	// first its open ones, up to open[i], in column order; then its tail,
	// rarest term first.
	order   []int32
	open    []int
	anyTail bool // whether some row has a tail
	// positive: every value is positive and large enough that no product
	// of two is zero, so a zero sum means "not a candidate".
	positive bool
}

// slack keeps bounds and comparisons safe from rounding.
const slack = 1e-9

// buildIndex indexes the entries of m and finds each row's common tail
// for linking at threshold (none when threshold ≤ 0).
func buildIndex(m Matrix, df []int, threshold float64) *index {
	n := m.Rows()
	ix := &index{threshold: threshold, order: make([]int32, len(m.Ind)), open: make([]int, n), positive: true}
	for _, v := range m.Val {
		if !(v >= 1e-150) {
			ix.positive = false
			break
		}
	}
	maxNorm := 0.0
	for i := 0; i < n; i++ {
		var sq float64
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			sq += m.Val[k] * m.Val[k]
		}
		maxNorm = max(maxNorm, math.Sqrt(sq))
	}
	for i := 0; i < n; i++ {
		lo, hi := m.Ptr[i], m.Ptr[i+1]
		ord := ix.order[lo:hi]
		for k := range ord {
			ord[k] = int32(lo + k)
		}
		ix.open[i] = hi
		if threshold <= 0 || hi-lo < 2 {
			continue
		}
		// Rarest first, so that the tail holds the most common terms.
		slices.SortFunc(ord, func(a, b int32) int {
			da, db := df[m.Ind[a]], df[m.Ind[b]]
			if da != db {
				return da - db
			}
			return int(m.Ind[a]) - int(m.Ind[b])
		})
		// The tail: from the end, while those entries' norm times the
		// largest row norm stays below the threshold, no row first met
		// there can reach it.
		var sq float64
		for k := hi - 1; k > lo; k-- {
			v := m.Val[ord[k-lo]]
			if math.Sqrt(sq+v*v)*maxNorm >= threshold-slack {
				break
			}
			sq += v * v
			ix.open[i] = k
		}
		ix.anyTail = ix.anyTail || ix.open[i] < hi
		// The open part in column order, so that sums over it are in
		// column order when the tail adds nothing.
		slices.Sort(ord[:ix.open[i]-lo])
	}

	ix.start = make([]int, m.Cols+1)
	for _, t := range m.Ind {
		ix.start[t+1]++
	}
	for t := 0; t < m.Cols; t++ {
		ix.start[t+1] += ix.start[t]
	}
	ix.rows = make([]int32, len(m.Ind))
	ix.vals = make([]float64, len(m.Ind))
	fill := slices.Clone(ix.start[:m.Cols])
	for i := 0; i < n; i++ {
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			t := m.Ind[k]
			ix.rows[fill[t]] = int32(i)
			ix.vals[fill[t]] = m.Val[k]
			fill[t]++
		}
	}
	return ix
}

// linkScratch is one goroutine's accumulator over all rows. With
// positive values, a candidate is a row whose sum is not zero, and sums
// go back to zero after each row; otherwise mark tells candidates apart.
type linkScratch struct {
	acc     []float64
	mark    []int32 // 1 + the row whose candidates are being gathered
	touched []int32
	kept    []int32
}

func newLinkScratch(ix *index, n int) *linkScratch {
	sc := &linkScratch{acc: make([]float64, n)}
	if !ix.positive {
		sc.mark = make([]int32, n)
	}
	return sc
}

// met reports whether row j is a candidate of row i.
func (sc *linkScratch) met(j int32, stamp int32) bool {
	if sc.mark == nil {
		return sc.acc[j] != 0
	}
	return sc.mark[j] == stamp
}

// reset readies the accumulator for the next row.
func (sc *linkScratch) reset() {
	if sc.mark == nil {
		for _, j := range sc.touched {
			sc.acc[j] = 0
		}
	}
}

// linkPart holds the upper-triangle edges of a run of rows: row i's are
// adj[ptr[i-lo]:ptr[i-lo+1]], increasing.
type linkPart struct {
	ptr []int
	adj []int32
	w   []float64
}

// candidates gathers in sc.slot the dot products of row i with the rows j
// > i that share one of its open terms, leaving those rows in sc.touched
// (in no particular order). It reports whether the sums are in column
// order (bit for bit the dot product): they are unless the row's tail
// added to them.
func (ix *index) candidates(m Matrix, i int, sc *linkScratch) (exact bool) {
	touched := sc.touched[:0]
	acc := sc.acc
	stamp := int32(i + 1)
	lo := m.Ptr[i]
	for _, k := range ix.order[lo:ix.open[i]] {
		t := m.Ind[k]
		v := m.Val[k]
		post := ix.rows[ix.start[t]:ix.start[t+1]]
		vals := ix.vals[ix.start[t]:ix.start[t+1]]
		// Only rows after i.
		p, _ := slices.BinarySearch(post, int32(i+1))
		post, vals = post[p:], vals[p:len(post)]
		if sc.mark == nil {
			for q, j := range post {
				a := acc[j]
				if a == 0 {
					touched = append(touched, j)
				}
				acc[j] = a + v*vals[q]
			}
			continue
		}
		for q, j := range post {
			if sc.mark[j] != stamp {
				sc.mark[j] = stamp
				acc[j] = 0
				touched = append(touched, j)
			}
			acc[j] += v * vals[q]
		}
	}
	exact = true
	for _, k := range ix.order[ix.open[i]:m.Ptr[i+1]] {
		// A tail term: only rows already met. Read its posting list, or
		// look it up in each of those rows, whichever is shorter.
		t := m.Ind[k]
		v := m.Val[k]
		post := ix.rows[ix.start[t]:ix.start[t+1]]
		p, _ := slices.BinarySearch(post, int32(i+1))
		if len(post)-p <= 8*len(touched) {
			vals := ix.vals[ix.start[t]+p : ix.start[t+1]]
			for q, j := range post[p:] {
				if sc.met(j, stamp) {
					acc[j] += v * vals[q]
					exact = false
				}
			}
			continue
		}
		for _, j := range touched {
			row := m.Ind[m.Ptr[j]:m.Ptr[j+1]]
			if at, found := slices.BinarySearch(row, t); found {
				acc[j] += v * m.Val[m.Ptr[j]+at]
				exact = false
			}
		}
	}
	sc.touched = touched
	return exact
}

// link finds the edges i–j, j > i, of rows lo..hi-1, with room for about
// room edges.
func (ix *index) link(m Matrix, lo, hi, room int, sc *linkScratch) linkPart {
	part := linkPart{ptr: make([]int, 1, hi-lo+1), adj: make([]int32, 0, room), w: make([]float64, 0, room)}
	for i := lo; i < hi; i++ {
		exact := ix.candidates(m, i, sc)
		kept := sc.kept[:0]
		for _, j := range sc.touched {
			w := sc.acc[j]
			if !exact {
				// Summed in another order than the columns': near the
				// threshold the dot product decides, and a kept edge
				// gets it as its weight.
				if w < ix.threshold-slack {
					continue
				}
				w = rowDot(m, i, int(j))
				sc.acc[j] = w
			}
			if w > 0 && w >= ix.threshold {
				kept = append(kept, j)
			}
		}
		slices.Sort(kept)
		for _, j := range kept {
			part.adj = append(part.adj, j)
			part.w = append(part.w, sc.acc[j])
		}
		part.ptr = append(part.ptr, len(part.adj))
		sc.kept = kept
		sc.reset()
	}
	return part
}

// rowDot returns the dot product of rows i and j, summed in column order.
func rowDot(m Matrix, i, j int) float64 { return m.Dot(i, j) }

// Dot returns the dot product of rows i and j, summed in column order:
// bit for bit the weight that Link and Similarity give an edge i–j.
func (m Matrix) Dot(i, j int) float64 {
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

// MaxSimilarity returns, for each of the first nb rows of m, its highest
// dot product with any of the rows from nb on, or 0 when it shares no
// term with them. Each dot product is summed in column order, so the
// result is bit for bit that of comparing every pair; the work is that of
// the pairs that share a term, found through an inverted index over the
// later rows. It runs on up to workers goroutines (0 or less means
// GOMAXPROCS); the result does not depend on it.
func MaxSimilarity(m Matrix, nb, workers int) []float64 {
	out := make([]float64, nb)
	n := m.Rows()
	if nb >= n {
		return out
	}
	// Postings of the later rows, by column.
	start := make([]int, m.Cols+1)
	for k := m.Ptr[nb]; k < m.Ptr[n]; k++ {
		start[m.Ind[k]+1]++
	}
	for t := 0; t < m.Cols; t++ {
		start[t+1] += start[t]
	}
	rows := make([]int32, m.Ptr[n]-m.Ptr[nb])
	vals := make([]float64, len(rows))
	fill := slices.Clone(start[:m.Cols])
	for i := nb; i < n; i++ {
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			t := m.Ind[k]
			rows[fill[t]] = int32(i - nb)
			vals[fill[t]] = m.Val[k]
			fill[t]++
		}
	}
	w := parallel.Workers(workers, (nb+1023)/1024)
	bounds := parallel.Chunks(nb, w, func(i int) int { return m.Ptr[i+1] - m.Ptr[i] })
	parallel.ForEach(len(bounds)-1, w, func(p int) {
		acc := make([]float64, n-nb)
		mark := make([]int32, n-nb)
		var touched []int32
		for i := bounds[p]; i < bounds[p+1]; i++ {
			touched = touched[:0]
			for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
				t, v := m.Ind[k], m.Val[k]
				for q := start[t]; q < start[t+1]; q++ {
					j := rows[q]
					if mark[j] != int32(i+1) {
						mark[j] = int32(i + 1)
						acc[j] = 0
						touched = append(touched, j)
					}
					acc[j] += v * vals[q]
				}
			}
			var best float64
			for _, j := range touched {
				best = max(best, acc[j])
			}
			out[i] = best
		}
	})
	return out
}
