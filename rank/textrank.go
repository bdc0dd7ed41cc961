package rank

import "math"

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
// The iteration is sequential and starts from personal, so results are
// bit-identical from run to run.
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
	r := dst
	copy(r, p)
	next := make([]float64, n)
	out := make([]float64, n)
	for iter := 0; iter < s.MaxIter; iter++ {
		var dangling float64
		for i := 0; i < n; i++ {
			if inv[i] == 0 {
				dangling += r[i]
			}
			out[i] = r[i] * inv[i]
		}
		// next = d·(Wᵀ·out + dangling·p) + (1-d)·p; W is symmetric.
		var delta float64
		for i := 0; i < n; i++ {
			var sum float64
			for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
				sum += g.W[k] * out[g.Adj[k]]
			}
			v := s.Damping*(sum+dangling*p[i]) + (1-s.Damping)*p[i]
			delta += math.Abs(v - r[i])
			next[i] = v
		}
		copy(r, next)
		if delta < s.Tolerance {
			break
		}
	}
	return r
}
