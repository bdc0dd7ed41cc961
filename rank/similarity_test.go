package rank

import (
	"math"
	"reflect"
	"testing"
)

// allPairs returns every pair's dot product as a dense n×n table (test
// sizes only) and each column's document frequency.
func allPairs(m Matrix) ([][]float64, []int) {
	n := m.Rows()
	d := make([][]float64, n)
	for i := range d {
		d[i] = make([]float64, n)
		for j := range d[i] {
			if i != j {
				d[i][j] = dot(m, i, j)
			}
		}
	}
	df := make([]int, m.Cols)
	for _, t := range m.Ind {
		df[t]++
	}
	return d, df
}

// TestLinkExact holds the inverted index to the all-pairs graph, bit for
// bit, at several thresholds and worker counts.
func TestLinkExact(t *testing.T) {
	m := randomMatrix(21, 400, 300, 14)
	d, df := allPairs(m)
	for _, threshold := range []float64{0.25, 0.4} {
		if ix := buildIndex(m, df, threshold); !ix.anyTail {
			t.Fatalf("threshold %v: no row has a common tail; the test does not exercise it", threshold)
		}
	}
	linkExact(t, m, d)

	// Negative values: candidates are told apart by marks, not sums.
	neg := m
	neg.Val = append([]float64(nil), m.Val...)
	for k := range neg.Val {
		if k%3 == 0 {
			neg.Val[k] = -neg.Val[k]
		}
	}
	if ix := buildIndex(neg, df, 0.1); ix.positive {
		t.Fatal("negative values taken for positive")
	}
	dn, _ := allPairs(neg)
	linkExact(t, neg, dn)
}

func linkExact(t *testing.T, m Matrix, d [][]float64) {
	for _, threshold := range []float64{0, 0.1, 0.25, 0.4} {
		var first Graph
		for _, workers := range []int{1, 2, 7} {
			g := Link(m, Linking{Threshold: threshold, Workers: workers})
			edges := 0
			for i := range d {
				for j := range d[i] {
					want := d[i][j]
					if i == j || want <= 0 || want < threshold {
						want = 0
					} else if i < j {
						edges++
					}
					if got := g.Weight(i, j); got != want {
						t.Fatalf("threshold %v, %d workers: weight(%d,%d) = %v, want %v", threshold, workers, i, j, got, want)
					}
				}
			}
			if g.Edges() != edges || edges == 0 {
				t.Fatalf("threshold %v: %d edges, want %d (> 0)", threshold, g.Edges(), edges)
			}
			checkCSR(t, g)
			if workers == 1 {
				first = g
			} else if !reflect.DeepEqual(g, first) {
				t.Fatalf("threshold %v: %d workers differ from 1", threshold, workers)
			}
		}
	}
}

// TestLinkDegree checks the cap on the graph's size: the threshold is
// raised to a multiple of 1/1024 at which the graph is small enough, and
// the graph is exact at the raised threshold.
func TestLinkDegree(t *testing.T) {
	for _, c := range []struct {
		rows, cols, terms, degree int
	}{
		{500, 120, 16, 40},   // every row counted: the cap is exact
		{3000, 400, 12, 60},  // rows sampled
		{500, 5000, 3, 1000}, // the cap does not bind
	} {
		m := randomMatrix(uint64(c.rows), c.rows, c.cols, c.terms)
		d, _ := allPairs(m)
		s := Linking{Threshold: 0.1, MaxEdges: c.degree * c.rows}
		g := Link(m, s)
		checkCSR(t, g)
		if g.Bounded {
			t.Fatalf("%+v: bounded graph (threshold would rise past %v)", c, maxRaised)
		}
		at := func(th float64) int {
			e := 0
			for i := range d {
				for j := i + 1; j < len(d); j++ {
					if d[i][j] > 0 && d[i][j] >= th {
						e++
					}
				}
			}
			return e
		}
		for i := range d {
			for j := range d[i] {
				want := d[i][j]
				if i == j || want <= 0 || want < g.Threshold {
					want = 0
				}
				if got := g.Weight(i, j); got != want {
					t.Fatalf("%+v: weight(%d,%d) = %v, want %v at threshold %v", c, i, j, got, want, g.Threshold)
				}
			}
		}
		budget := c.degree * c.rows
		raised := g.Threshold > s.Threshold
		switch {
		case !raised && at(s.Threshold) > budget && c.rows <= capSample:
			t.Errorf("%+v: %d edges at %v, over the budget %d, but the threshold was not raised", c, at(s.Threshold), s.Threshold, budget)
		case raised && math.Mod(g.Threshold*1024, 1) != 0:
			t.Errorf("%+v: threshold %v not a multiple of 1/1024", c, g.Threshold)
		case raised && c.rows <= capSample && (g.Edges() > budget || at(g.Threshold-1.0/1024) <= budget):
			t.Errorf("%+v: threshold %v gives %d edges, one step lower %d; budget %d", c, g.Threshold, g.Edges(), at(g.Threshold-1.0/1024), budget)
		case raised && float64(g.Edges()) > 1.5*float64(budget):
			t.Errorf("%+v: threshold %v gives %d edges, budget %d", c, g.Threshold, g.Edges(), budget)
		}
		t.Logf("%+v: threshold %v, %d edges (budget %d; %d at %v)", c, g.Threshold, g.Edges(), budget, at(s.Threshold), s.Threshold)
		if c.degree < 100 && !raised {
			t.Errorf("%+v: the cap does not bind; the case tests nothing", c)
		}
		if raised && g.Threshold > maxRaised {
			t.Errorf("%+v: threshold raised to %v, past %v", c, g.Threshold, maxRaised)
		}
		for _, workers := range []int{1, 3} {
			s.Workers = workers
			if !reflect.DeepEqual(Link(m, s), g) {
				t.Fatalf("%+v: result depends on the worker count", c)
			}
		}
	}
}

func checkCSR(t *testing.T, g Graph) {
	t.Helper()
	for i := 0; i < g.Nodes(); i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if int(g.Adj[k]) == i || (k > g.Ptr[i] && g.Adj[k] <= g.Adj[k-1]) {
				t.Fatalf("row %d: neighbours not increasing or a self-loop", i)
			}
			if g.Weight(int(g.Adj[k]), i) != g.W[k] || math.IsNaN(g.W[k]) {
				t.Fatalf("edge %d–%d not symmetric", i, g.Adj[k])
			}
		}
	}
}

// TestLinkCapBounded: when the cap would need a threshold past
// maxRaised, Link gives the bounded graph, with exact weights.
func TestLinkCapBounded(t *testing.T) {
	m := randomMatrix(500, 500, 120, 16)
	g := Link(m, Linking{Threshold: 0.1, MaxEdges: 6 * 500})
	if !g.Bounded || g.Threshold != 0.1 {
		t.Fatalf("bounded %v, threshold %v; want the bounded graph at 0.1", g.Bounded, g.Threshold)
	}
	checkCSR(t, g)
	for i := 0; i < g.Nodes(); i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if w := dot(m, i, int(g.Adj[k])); g.W[k] != w || w < 0.1 {
				t.Fatalf("weight(%d,%d) = %v, want %v ≥ 0.1", i, g.Adj[k], g.W[k], w)
			}
		}
	}
}

// TestLinkFirstRows links the first rows of a matrix, as Summarize does
// with the body sentences before the titles: the later rows' entries must
// not count.
func TestLinkFirstRows(t *testing.T) {
	all := randomMatrix(31, 300, 200, 10)
	first := all
	first.Ptr = all.Ptr[:201]
	clean := Matrix{Cols: all.Cols, Ptr: first.Ptr, Ind: all.Ind[:all.Ptr[200]], Val: all.Val[:all.Ptr[200]]}
	for _, s := range []Linking{{Threshold: 0.1}, {Threshold: 0.4}, {Threshold: 0.1, MaxEdges: 500}} {
		if got, want := Link(first, s), Link(clean, s); !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: the later rows changed the graph", s)
		}
	}
}

func TestLinkEmpty(t *testing.T) {
	if g := Link(Matrix{}, Linking{}); g.Nodes() != 0 || g.Edges() != 0 {
		t.Errorf("empty matrix: %+v", g)
	}
	g := Link(Matrix{Cols: 3, Ptr: []int{0, 0, 0}}, Linking{Threshold: 0.1})
	if g.Nodes() != 2 || g.Edges() != 0 {
		t.Errorf("empty rows: %+v", g)
	}
}

// TestMaxSimilarity compares the inverted index with every pair, bit for
// bit.
func TestMaxSimilarity(t *testing.T) {
	m := randomMatrix(8, 700, 400, 10)
	for _, nb := range []int{0, 1, 350, 699, 700} {
		for _, workers := range []int{1, 3} {
			got := MaxSimilarity(m, nb, workers)
			if len(got) != nb {
				t.Fatalf("nb %d: %d values", nb, len(got))
			}
			for i := 0; i < nb; i++ {
				want := 0.0
				for j := nb; j < m.Rows(); j++ {
					if s := dot(m, i, j); s > want {
						want = s
					}
				}
				if got[i] != want {
					t.Fatalf("nb %d, row %d: %v, want %v", nb, i, got[i], want)
				}
			}
		}
	}
}
