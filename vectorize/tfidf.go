package vectorize

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/concordsum/concord/internal/parallel"
)

// A Matrix holds one sparse row per sentence in compressed sparse row form:
// the non-zero entries of row i are Ind[Ptr[i]:Ptr[i+1]] (column numbers,
// increasing) with values Val[Ptr[i]:Ptr[i+1]]. Cols is the vocabulary
// size. The zero Matrix has no rows.
type Matrix struct {
	Cols int
	Ptr  []int
	Ind  []int32
	Val  []float64
}

// Matrix implements gonum's mat.Matrix, so TF-IDF rows can go straight
// into gonum (mat.Dense.Mul, mat.SVD, ...); the pipeline itself reads the
// fields.
var _ mat.Matrix = Matrix{}

// Dims returns the number of rows and columns (mat.Matrix).
func (m Matrix) Dims() (r, c int) { return m.Rows(), m.Cols }

// At returns the entry at row i, column j (mat.Matrix): a binary search
// of row i's sorted columns; 0 where the row has no entry. It panics, as
// gonum's matrices do, when i or j is out of range.
func (m Matrix) At(i, j int) float64 {
	if i < 0 || i >= m.Rows() || j < 0 || j >= m.Cols {
		panic(mat.ErrIndexOutOfRange)
	}
	ind := m.Ind[m.Ptr[i]:m.Ptr[i+1]]
	k, ok := slices.BinarySearch(ind, int32(j))
	if !ok {
		return 0
	}
	return m.Val[m.Ptr[i]+k]
}

// T returns the transpose of m (mat.Matrix), a view without a copy.
func (m Matrix) T() mat.Matrix { return mat.Transpose{Matrix: m} }

// Rows returns the number of rows.
func (m Matrix) Rows() int {
	if len(m.Ptr) == 0 {
		return 0
	}
	return len(m.Ptr) - 1
}

// Dot returns the dot product of rows i and j.
func (m Matrix) Dot(i, j int) float64 {
	a, ae := m.Ptr[i], m.Ptr[i+1]
	b, be := m.Ptr[j], m.Ptr[j+1]
	var s float64
	for a < ae && b < be {
		switch {
		case m.Ind[a] < m.Ind[b]:
			a++
		case m.Ind[a] > m.Ind[b]:
			b++
		default:
			s += m.Val[a] * m.Val[b]
			a++
			b++
		}
	}
	return s
}

// TFIDF returns the L2-normalised TF-IDF rows of texts, one row per text,
// with the terms of tok. Term frequencies are raw counts; the inverse
// document frequency is computed over texts (so over sentences, not over
// documents) and smoothed: idf(t) = ln((1+n)/(1+df(t))) + 1, so a term
// that every sentence carries still weighs 1, never 0. A text without
// terms gives an empty row (all zeros), never NaN. Columns are terms in
// order of first appearance (see Count).
//
// The result is bit for bit what nlp.CountVectoriser with tok followed by
// nlp.TfidfTransformer (github.com/james-bowman/nlp) gives, plus the
// smoothing term and the normalisation; the tests hold that path as the
// reference. It tokenises on GOMAXPROCS goroutines; see TFIDFWorkers.
func TFIDF(texts []string, tok *Tokeniser) (Matrix, error) {
	return TFIDFWorkers(texts, tok, 0), nil
}

// TFIDFWorkers is TFIDF on up to workers goroutines (0 or less means
// GOMAXPROCS). The result does not depend on workers.
func TFIDFWorkers(texts []string, tok *Tokeniser, workers int) Matrix {
	return Weigh(Count(texts, tok, workers), workers)
}

// Weigh turns term counts into L2-normalised TF-IDF rows, as TFIDF
// describes, on up to workers goroutines (0 or less means GOMAXPROCS).
// The result shares c.Ind's storage.
func Weigh(c Counts, workers int) Matrix {
	n := c.Rows()
	m := Matrix{Ptr: make([]int, n+1)}
	if n == 0 || len(c.Terms) == 0 {
		return m
	}
	m.Cols = len(c.Terms)
	df := make([]int, m.Cols)
	for _, t := range c.Ind {
		df[t]++
	}
	// nlp.TfidfTransformer's weight: ln((1+n)/(1+df)). Each count tf
	// becomes tf + tf·weight, which is tf·idf with the +1 smoothing.
	idf := make([]float64, m.Cols)
	for t, d := range df {
		idf[t] = math.Log(float64(1+n) / float64(1+d))
	}
	copy(m.Ptr, c.Ptr)
	m.Ind = c.Ind
	m.Val = make([]float64, len(c.Ind))
	w := parallel.Workers(workers, (n+1023)/1024)
	bounds := parallel.Chunks(n, w, func(i int) int { return c.Ptr[i+1] - c.Ptr[i] })
	parallel.ForEach(len(bounds)-1, w, func(r int) {
		for i := bounds[r]; i < bounds[r+1]; i++ {
			lo, hi := c.Ptr[i], c.Ptr[i+1]
			var norm float64
			for k := lo; k < hi; k++ {
				tf := float64(c.Count[k])
				v := tf + tf*idf[c.Ind[k]]
				m.Val[k] = v
				norm += v * v
			}
			norm = math.Sqrt(norm)
			for k := lo; k < hi; k++ {
				m.Val[k] /= norm
			}
		}
	})
	return m
}
