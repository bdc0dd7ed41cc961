package stats

import (
	"math"
	"testing"
)

func TestPearson(t *testing.T) {
	for _, tc := range []struct {
		xs, ys []float64
		want   float64
	}{
		{[]float64{1, 2, 3}, []float64{2, 4, 6}, 1},
		{[]float64{1, 2, 3}, []float64{3, 2, 1}, -1},
		{[]float64{1, 2, 3, 4}, []float64{1, 3, 2, 4}, 0.8},
		{[]float64{1, 1, 1}, []float64{1, 2, 3}, 0},
		{nil, nil, 0},
	} {
		if got := Pearson(tc.xs, tc.ys); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("Pearson(%v, %v) = %v, want %v", tc.xs, tc.ys, got, tc.want)
		}
	}
}
