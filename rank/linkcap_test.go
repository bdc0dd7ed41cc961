package rank

import (
	"math"
	"math/rand/v2"
	"testing"
)

// storyMatrix returns L2-normalised rows in the shape of a news cluster:
// stories of versions that reword a few sentences, over a Zipf-like
// vocabulary of common words shared by all stories.
func storyMatrix(seed uint64, stories, versions, sentences, cols int) Matrix {
	r := rand.New(rand.NewPCG(seed, 2))
	m := Matrix{Cols: cols, Ptr: []int{0}}
	word := func() int32 { return int32(math.Floor(float64(cols) * math.Pow(r.Float64(), 3))) }
	for range stories {
		base := make([][]int32, sentences)
		for s := range base {
			for range 4 + r.IntN(12) {
				base[s] = append(base[s], word())
			}
		}
		for range versions {
			for _, b := range base {
				used := map[int32]float64{}
				for _, t := range b {
					if r.IntN(5) > 0 {
						used[t] += 1
					}
				}
				for range r.IntN(4) {
					used[word()] += 1
				}
				if len(used) == 0 {
					used[word()] = 1
				}
				var idx []int32
				for t := range used {
					idx = append(idx, t)
				}
				sortInt32s(idx)
				var norm float64
				vals := make([]float64, len(idx))
				for k, t := range idx {
					// Rarer terms (higher numbers) weigh more, as with IDF.
					vals[k] = used[t] * (1 + math.Log(1+float64(t)))
					norm += vals[k] * vals[k]
				}
				for k, t := range idx {
					m.Ind = append(m.Ind, t)
					m.Val = append(m.Val, vals[k]/math.Sqrt(norm))
				}
				m.Ptr = append(m.Ptr, len(m.Ind))
			}
		}
	}
	return m
}

func sameGraph(t *testing.T, what string, got, want Graph) {
	t.Helper()
	if got.Threshold != want.Threshold || got.Bounded != want.Bounded || len(got.Ptr) != len(want.Ptr) || len(got.Adj) != len(want.Adj) || len(got.W) != len(want.W) {
		t.Fatalf("%s: threshold %v bounded %v, %d rows, %d edges; want %v %v, %d rows, %d edges", what,
			got.Threshold, got.Bounded, len(got.Ptr)-1, len(got.Adj), want.Threshold, want.Bounded, len(want.Ptr)-1, len(want.Adj))
	}
	for i := range got.Ptr {
		if got.Ptr[i] != want.Ptr[i] {
			t.Fatalf("%s: Ptr[%d] = %d, want %d", what, i, got.Ptr[i], want.Ptr[i])
		}
	}
	for k := range got.Adj {
		if got.Adj[k] != want.Adj[k] || math.Float64bits(got.W[k]) != math.Float64bits(want.W[k]) {
			t.Fatalf("%s: edge %d = %d %v, want %d %v", what, k, got.Adj[k], got.W[k], want.Adj[k], want.W[k])
		}
	}
}

// TestLinkCappedEqualsExact holds Link, whatever threshold its edge cap
// chose and with any number of workers, to the exact graph at that
// threshold (itself held to all pairs by TestLinkExact), bit for bit, on
// random and story-shaped matrices (the latter large enough that the cap
// samples every other row), with negative values too.
func TestLinkCappedEqualsExact(t *testing.T) {
	type tcase struct {
		name string
		m    Matrix
	}
	cases := []tcase{
		{"random", randomMatrix(5, 600, 400, 14)},
		{"random-dense", randomMatrix(6, 300, 40, 10)},
		{"stories", storyMatrix(7, 60, 8, 6, 3000)},
	}
	neg := randomMatrix(9, 400, 300, 12)
	neg.Val = append([]float64(nil), neg.Val...)
	for k := range neg.Val {
		if k%4 == 1 {
			neg.Val[k] = -neg.Val[k]
		}
	}
	cases = append(cases, tcase{"negative", neg})
	raised := 0
	for _, c := range cases {
		for _, threshold := range []float64{-1, 0, 0.1, 0.25, 0.5} {
			for _, s := range []Linking{
				{Threshold: threshold},
				{Threshold: threshold, MaxEdges: c.m.Rows() * 4, Workers: 2},
				{Threshold: threshold, MaxEdges: c.m.Rows(), Workers: 3},
			} {
				got := Link(c.m, s)
				if threshold < 0 && got.Threshold < 0 && got.Threshold != threshold {
					// A cap below zero once panicked; the threshold is
					// raised to a multiple of 1/1024 of at least 0.
					t.Fatalf("%s: threshold %v raised to %v", c.name, threshold, got.Threshold)
				}
				if got.Bounded {
					continue
				}
				if got.Threshold > threshold {
					raised++
				}
				want := Link(c.m, Linking{Threshold: got.Threshold, Exact: true, Workers: 1})
				sameGraph(t, c.name, got, want)
			}
		}
	}
	if raised == 0 {
		t.Fatal("no case raised the threshold: the edge cap is not exercised")
	}
}
