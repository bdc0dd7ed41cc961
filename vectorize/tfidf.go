package vectorize

import (
	"math"
	"sort"

	"github.com/james-bowman/nlp"
	"github.com/james-bowman/sparse"
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
// terms gives an empty row (all zeros), never NaN.
//
// Counting is done by nlp.CountVectoriser and the IDF by
// nlp.TfidfTransformer from github.com/james-bowman/nlp.
func TFIDF(texts []string, tok *Tokeniser) (Matrix, error) {
	m := Matrix{Ptr: make([]int, len(texts)+1)}
	if len(texts) == 0 {
		return m, nil
	}
	cv := &nlp.CountVectoriser{Vocabulary: make(map[string]int), Tokeniser: tok}
	counts, err := cv.FitTransform(texts...)
	if err != nil {
		return m, err
	}
	m.Cols = len(cv.Vocabulary)
	if m.Cols == 0 {
		return m, nil
	}
	tfidf, err := nlp.NewTfidfTransformer().FitTransform(counts)
	if err != nil {
		return m, err
	}
	// Both matrices are terms × texts; read them column by column.
	tc := toCSC(counts)
	wc := toCSC(tfidf)
	type entry struct {
		term int32
		val  float64
	}
	var row []entry
	for j := range texts {
		row = row[:0]
		// tf·ln((1+n)/(1+df)) + tf = tf·idf with the +1 smoothing.
		for k := tc.Indptr[j]; k < tc.Indptr[j+1]; k++ {
			row = append(row, entry{int32(tc.Ind[k]), tc.Data[k]})
		}
		sort.Slice(row, func(a, b int) bool { return row[a].term < row[b].term })
		w := make(map[int32]float64, wc.Indptr[j+1]-wc.Indptr[j])
		for k := wc.Indptr[j]; k < wc.Indptr[j+1]; k++ {
			w[int32(wc.Ind[k])] = wc.Data[k]
		}
		var norm float64
		for i := range row {
			row[i].val += w[row[i].term]
			norm += row[i].val * row[i].val
		}
		if norm == 0 {
			m.Ptr[j+1] = len(m.Ind)
			continue
		}
		norm = math.Sqrt(norm)
		for _, e := range row {
			m.Ind = append(m.Ind, e.term)
			m.Val = append(m.Val, e.val/norm)
		}
		m.Ptr[j+1] = len(m.Ind)
	}
	return m, nil
}

type rawCSC struct {
	Indptr, Ind []int
	Data        []float64
}

func toCSC(x interface{}) rawCSC {
	var c *sparse.CSC
	switch v := x.(type) {
	case *sparse.CSC:
		c = v
	case sparse.TypeConverter:
		c = v.ToCSC()
	default:
		panic("vectorize: unexpected matrix type")
	}
	r := c.RawMatrix()
	return rawCSC{Indptr: r.Indptr, Ind: r.Ind, Data: r.Data}
}
