package rank

import (
	"math"
	"testing"
)

// TestTextRankWorkers checks that the blocked parallel iteration gives the
// same bits at any worker count, on a graph of several blocks.
func TestTextRankWorkers(t *testing.T) {
	defer func(v int) { parallelEdges = v }(parallelEdges)
	parallelEdges = 0
	m := randomMatrix(13, 3*rankBlock+500, 4000, 8)
	g := Similarity(m, 0.1)
	personal := make([]float64, g.Nodes())
	for i := range personal {
		personal[i] = float64(1 + i%3)
	}
	want := TextRank(nil, g, personal, Settings{Workers: 1, MaxIter: 20})
	var sum float64
	for _, v := range want {
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Fatalf("scores sum to %v", sum)
	}
	for _, w := range []int{2, 3, 8} {
		got := TextRank(nil, g, personal, Settings{Workers: w, MaxIter: 20})
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%d workers: score[%d] = %v, 1 worker %v", w, i, got[i], want[i])
			}
		}
	}
}
