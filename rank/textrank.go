package rank

import (
	"math"

	"github.com/concordsum/concord/internal/parallel"
)

// Settings for TextRank. The zero value is usable: each field says what its
// zero means.
type Settings struct {
	// Damping is the probability of following an edge rather than jumping
	// back to the personalisation distribution. Zero means 0.85.
	Damping float64
	// Tolerance stops the iteration when the L1 change of the scores falls
	// below it. Zero means 1e-9.
	Tolerance float64
	// MaxIter caps the number of iterations. Zero means 200.
	MaxIter int
	// Workers caps the goroutines of each iteration. Zero or less means
	// GOMAXPROCS. The result does not depend on it.
	Workers int
}

func (s Settings) withDefaults() Settings {
	if s.Damping == 0 {
		s.Damping = 0.85
	}
	if s.Tolerance == 0 {
		s.Tolerance = 1e-9
	}
	if s.MaxIter == 0 {
		s.MaxIter = 200
	}
	return s
}

// TextRank computes the weighted, personalised PageRank of every node of
// g (TextRank with cosine edge weights; continuous LexRank when g holds all
// cosine similarities above a threshold) and writes it into dst, which it
// returns; dst is allocated when it is shorter than the number of nodes.
//
// personal is the teleport distribution: a node's share of the random
// jumps. It need not be normalised; nil or all-zero means uniform. Nodes
// without edges send their score back through personal, so scores always
// sum to 1.
//
// Each iteration is one product of the graph with the score vector, cut
// into fixed blocks of rows that run in parallel; sums over nodes add the
// blocks' partial sums in block order, so results are bit-identical from
// run to run and at any worker count.
func TextRank(dst []float64, g Graph, personal []float64, s Settings) []float64 {
	s = s.withDefaults()
	n := g.Nodes()
	if cap(dst) < n {
		dst = make([]float64, n)
	}
	dst = dst[:n]
	if n == 0 {
		return dst
	}
	p := make([]float64, n)
	var psum float64
	for i := 0; i < n && i < len(personal); i++ {
		if personal[i] > 0 && !math.IsInf(personal[i], 0) {
			p[i] = personal[i]
			psum += p[i]
		}
	}
	if psum == 0 {
		for i := range p {
			p[i] = 1
		}
		psum = float64(n)
	}
	for i := range p {
		p[i] /= psum
	}
	inv := make([]float64, n) // 1/degree, 0 for dangling nodes
	for i := 0; i < n; i++ {
		if d := g.Degree(i); d > 0 {
			inv[i] = 1 / d
		}
	}
	blocks := (n + rankBlock - 1) / rankBlock
	w := parallel.Workers(s.Workers, blocks)
	if g.Edges() < parallelEdges {
		w = 1 // too small to share out
	}
	r, next := dst, make([]float64, n)
	copy(r, p)
	out := make([]float64, n)
	outNext := make([]float64, n)
	dangling := make([]float64, blocks) // per block: score on dangling nodes
	danglingNext := make([]float64, blocks)
	delta := make([]float64, blocks)
	for b := 0; b < blocks; b++ {
		for i := b * rankBlock; i < min(n, (b+1)*rankBlock); i++ {
			if inv[i] == 0 {
				dangling[b] += r[i]
			}
			out[i] = r[i] * inv[i]
		}
	}
	for iter := 0; iter < s.MaxIter; iter++ {
		var dsum float64
		for _, v := range dangling {
			dsum += v
		}
		// next = d·(Wᵀ·out + dangling·p) + (1-d)·p; W is symmetric.
		step := func(b int) {
			// Locals, not the enclosing variables: the loop keeps them in
			// registers.
			ptr, adj, wt := g.Ptr, g.Adj, g.W
			out, outNext, r, next := out, outNext, r, next
			damp := s.Damping
			var dl, dn float64
			for i := b * rankBlock; i < min(n, (b+1)*rankBlock); i++ {
				// Four sums, by place modulo 4, so that each addition
				// waits on the one four before it, not the last.
				var s0, s1, s2, s3 float64
				lo, hi := ptr[i], ptr[i+1]
				row, w := adj[lo:hi], wt[lo:hi]
				k := 0
				for ; k+3 < len(row); k += 4 {
					s0 += w[k] * out[row[k]]
					s1 += w[k+1] * out[row[k+1]]
					s2 += w[k+2] * out[row[k+2]]
					s3 += w[k+3] * out[row[k+3]]
				}
				for ; k < len(row); k++ {
					s0 += w[k] * out[row[k]]
				}
				sum := (s0 + s1) + (s2 + s3)
				v := damp*(sum+dsum*p[i]) + (1-damp)*p[i]
				dl += math.Abs(v - r[i])
				next[i] = v
				if inv[i] == 0 {
					dn += v
				}
				outNext[i] = v * inv[i]
			}
			delta[b], danglingNext[b] = dl, dn
		}
		parallel.ForEach(blocks, w, step)
		r, next = next, r
		out, outNext = outNext, out
		dangling, danglingNext = danglingNext, dangling
		var d float64
		for _, v := range delta {
			d += v
		}
		if d < s.Tolerance {
			break
		}
	}
	if &r[0] != &dst[0] {
		copy(dst, r)
	}
	return dst
}

// rankBlock is the number of rows whose sums TextRank adds up as one
// block. It fixes the order of additions independently of the workers.
const rankBlock = 1024

// parallelEdges is the number of edges from which TextRank shares each
// iteration out: below it an iteration takes less than the goroutines
// cost. (A variable so that tests can lower it.)
var parallelEdges = 1 << 17
