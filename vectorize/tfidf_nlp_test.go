package vectorize

import (
	"math"
	"sort"

	"github.com/james-bowman/nlp"
	"github.com/james-bowman/sparse"
)

// tfidfNLP is the reference for TFIDF: the same weights computed with
// nlp.CountVectoriser (our Tokeniser, a map-backed DOK matrix) and
// nlp.TfidfTransformer from github.com/james-bowman/nlp. It was concord's
// implementation before the single-pass counting of Count replaced it.
func tfidfNLP(texts []string, tok *Tokeniser) (Matrix, error) {
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
