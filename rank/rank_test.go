package rank

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/mat"
)

// randomMatrix returns n L2-normalised sparse rows over a vocabulary of
// cols terms, each with up to k terms, from a fixed seed.
func randomMatrix(seed uint64, n, cols, k int) Matrix {
	r := rand.New(rand.NewPCG(seed, 1))
	m := Matrix{Cols: cols, Ptr: []int{0}}
	for i := 0; i < n; i++ {
		used := map[int32]bool{}
		nt := 1 + r.IntN(k)
		var idx []int32
		for len(idx) < nt {
			// Zipf-like: low term numbers are common.
			t := int32(math.Floor(float64(cols) * math.Pow(r.Float64(), 2)))
			if !used[t] {
				used[t] = true
				idx = append(idx, t)
			}
		}
		sortInt32s(idx)
		var norm float64
		vals := make([]float64, len(idx))
		for j := range vals {
			vals[j] = 0.5 + r.Float64()
			norm += vals[j] * vals[j]
		}
		for j := range vals {
			m.Ind = append(m.Ind, idx[j])
			m.Val = append(m.Val, vals[j]/math.Sqrt(norm))
		}
		m.Ptr = append(m.Ptr, len(m.Ind))
	}
	return m
}

func sortInt32s(a []int32) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func dot(m Matrix, i, j int) float64 {
	a, b := m.Ptr[i], m.Ptr[j]
	var s float64
	for a < m.Ptr[i+1] && b < m.Ptr[j+1] {
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

// TestSimilarityExact checks the inverted-index graph against all pairs.
func TestSimilarityExact(t *testing.T) {
	for _, threshold := range []float64{0, 0.1, 0.3} {
		m := randomMatrix(7, 300, 200, 12)
		g := Similarity(m, threshold)
		n := m.Rows()
		edges := 0
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if i == j {
					continue
				}
				want := dot(m, i, j)
				if want <= 0 || want < threshold {
					want = 0
				} else if i < j {
					edges++
				}
				if got := g.Weight(i, j); math.Abs(got-want) > 1e-12 {
					t.Fatalf("threshold %v: weight(%d,%d) = %v, want %v", threshold, i, j, got, want)
				}
			}
			for k := g.Ptr[i] + 1; k < g.Ptr[i+1]; k++ {
				if g.Adj[k] <= g.Adj[k-1] {
					t.Fatalf("row %d not strictly increasing", i)
				}
			}
		}
		if g.Edges() != edges {
			t.Errorf("threshold %v: %d edges, want %d", threshold, g.Edges(), edges)
		}
		if edges == 0 {
			t.Fatalf("threshold %v: test graph has no edges", threshold)
		}
	}
}

// TestTextRankGonum compares the uniform TextRank with gonum's weighted
// PageRank on the same graph.
func TestTextRankGonum(t *testing.T) {
	m := randomMatrix(3, 200, 150, 10)
	g := Similarity(m, 0.1)
	gg := simple.NewWeightedDirectedGraph(0, 0)
	for i := 0; i < g.Nodes(); i++ {
		gg.AddNode(simple.Node(i))
	}
	for i := 0; i < g.Nodes(); i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			gg.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(i), T: simple.Node(g.Adj[k]), W: g.W[k]})
		}
	}
	want := network.PageRankSparse(gg, 0.85, 1e-12)
	got := TextRank(nil, g, nil, Settings{Tolerance: 1e-13, MaxIter: 1000})
	const tol = 1e-8
	var sum float64
	for i, v := range got {
		sum += v
		if math.Abs(v-want[int64(i)]) > tol {
			t.Errorf("node %d: %v, gonum %v", i, v, want[int64(i)])
		}
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("scores sum to %v, want 1", sum)
	}
}

// TestTextRankPersonalised checks personalised scores against the exact
// solution of the linear system (I − d·M − d·p·zᵀ)·r = (1−d)·p, where M is
// the column-stochastic transition matrix and z marks dangling nodes.
func TestTextRankPersonalised(t *testing.T) {
	m := randomMatrix(11, 60, 40, 6)
	// One more row with a term of its own: a dangling node.
	m.Cols++
	m.Ind = append(m.Ind, int32(m.Cols-1))
	m.Val = append(m.Val, 1)
	m.Ptr = append(m.Ptr, len(m.Ind))
	g := Similarity(m, 0.2)
	n := g.Nodes()
	personal := make([]float64, n)
	for i := range personal {
		personal[i] = float64(1 + i%5)
	}
	const d = 0.85
	got := TextRank(nil, g, personal, Settings{Damping: d, Tolerance: 1e-14, MaxIter: 5000})

	var psum float64
	for _, v := range personal {
		psum += v
	}
	a := mat.NewDense(n, n, nil)
	b := mat.NewVecDense(n, nil)
	dangling := 0
	for j := 0; j < n; j++ {
		deg := g.Degree(j)
		if deg == 0 {
			dangling++
		}
		for i := 0; i < n; i++ {
			v := 0.0
			if i == j {
				v = 1
			}
			if deg > 0 {
				v -= d * g.Weight(i, j) / deg
			} else {
				v -= d * personal[i] / psum
			}
			a.Set(i, j, v)
		}
	}
	if dangling == 0 {
		t.Fatal("test graph should have a dangling node")
	}
	for i := 0; i < n; i++ {
		b.SetVec(i, (1-d)*personal[i]/psum)
	}
	var want mat.VecDense
	if err := want.SolveVec(a, b); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		if math.Abs(got[i]-want.AtVec(i)) > 1e-10 {
			t.Errorf("node %d: %v, want %v", i, got[i], want.AtVec(i))
		}
	}
}

func TestTextRankEmptyAndEdgeless(t *testing.T) {
	if got := TextRank(nil, Graph{}, nil, Settings{}); len(got) != 0 {
		t.Errorf("empty graph: %v", got)
	}
	g := Similarity(Matrix{Cols: 2, Ptr: []int{0, 1, 2, 2}, Ind: []int32{0, 1}, Val: []float64{1, 1}}, 0.1)
	got := TextRank(nil, g, []float64{1, 3, 0}, Settings{})
	want := []float64{0.25, 0.75, 0}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-12 || math.IsNaN(got[i]) {
			t.Errorf("edgeless graph: score[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestGroup(t *testing.T) {
	// Six sentences: 0,2,4 say one thing (sources 0,1,2); 1 and 3 another
	// (sources 0,1); 5 is alone; 0 and 1 share a source.
	rows := [][]float64{
		{1, 0, 0, 0.1}, {0, 1, 0, 0}, {0.95, 0, 0.05, 0.1}, {0, 0.9, 0.1, 0}, {0.9, 0, 0.1, 0.2}, {0, 0, 1, 0},
	}
	m := Matrix{Cols: 4, Ptr: []int{0}}
	for _, r := range rows {
		var norm float64
		for _, v := range r {
			norm += v * v
		}
		for j, v := range r {
			if v != 0 {
				m.Ind = append(m.Ind, int32(j))
				m.Val = append(m.Val, v/math.Sqrt(norm))
			}
		}
		m.Ptr = append(m.Ptr, len(m.Ind))
	}
	g := Similarity(m, 0.05)
	label := Group(g, []int{0, 0, 1, 1, 2, 2}, Grouping{Threshold: 0.5})
	want := []int{0, 1, 0, 1, 0, 2}
	for i := range want {
		if label[i] != want[i] {
			t.Fatalf("labels %v, want %v", label, want)
		}
	}
	// One source: only duplicates (cosine ≥ Duplicate) join.
	one := []int{0, 0, 0, 0, 0, 0}
	if label = Group(g, one, Grouping{Threshold: 0.5}); !equalInts(label, want) {
		t.Errorf("one source, default Duplicate: labels %v, want %v", label, want)
	}
	label = Group(g, one, Grouping{Threshold: 0.5, Duplicate: 1.5})
	for i, l := range label {
		if l != i {
			t.Fatalf("one source, no duplicates: labels %v, want all apart", label)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
