package rank_test

import (
	"fmt"
	"math"

	"github.com/concordsum/concord/rank"
)

// rows builds an L2-normalised Matrix from dense rows.
func rows(dense ...[]float64) rank.Matrix {
	m := rank.Matrix{Cols: len(dense[0]), Ptr: []int{0}}
	for _, r := range dense {
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
	return m
}

func ExampleLink() {
	m := rows(
		[]float64{1, 1, 0, 0},
		[]float64{1, 1, 1, 0},
		[]float64{0, 0, 1, 1},
	)
	g := rank.Link(m, rank.Linking{Threshold: 0.1})
	for i := 0; i < g.Nodes(); i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			fmt.Printf("%d–%d %.3f\n", i, g.Adj[k], g.W[k])
		}
	}
	// Output:
	// 0–1 0.816
	// 1–0 0.816
	// 1–2 0.408
	// 2–1 0.408
}

func ExampleTextRank() {
	m := rows(
		[]float64{1, 1, 0, 0},
		[]float64{1, 1, 1, 0},
		[]float64{0, 0, 1, 1},
	)
	g := rank.Link(m, rank.Linking{Threshold: 0.1})
	// The middle sentence shares words with both others: it is the most
	// central. A nil personalisation jumps uniformly; the scores sum to 1.
	scores := rank.TextRank(nil, g, nil, rank.Settings{})
	for i, s := range scores {
		fmt.Printf("%d %.3f\n", i, s)
	}
	// Output:
	// 0 0.326
	// 1 0.486
	// 2 0.188
}

func ExampleGroup() {
	// Sentences 0 and 1 (sources 0 and 1) say the same thing; 2 and 3
	// (sources 0 and 2) say another; 4 is alone.
	m := rows(
		[]float64{1, 1, 0, 0, 0},
		[]float64{1, 0.9, 0, 0, 0},
		[]float64{0, 0, 1, 1, 0},
		[]float64{0, 0, 1, 0.8, 0},
		[]float64{0, 0.2, 0, 0, 1},
	)
	g := rank.Link(m, rank.Linking{})
	labels := rank.Group(g, []int{0, 1, 0, 2, 1}, rank.Grouping{})
	fmt.Println(labels)
	// Output:
	// [0 0 1 1 2]
}
