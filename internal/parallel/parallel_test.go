package parallel

import (
	"sync/atomic"
	"testing"
)

func TestForEachRunsEveryJobOnce(t *testing.T) {
	for _, workers := range []int{-1, 0, 1, 3, 64} {
		for _, jobs := range []int{0, 1, 7, 1000} {
			hits := make([]atomic.Int32, jobs)
			ForEach(jobs, workers, func(j int) { hits[j].Add(1) })
			for j := range hits {
				if n := hits[j].Load(); n != 1 {
					t.Fatalf("workers %d, jobs %d: job %d ran %d times", workers, jobs, j, n)
				}
			}
		}
	}
}

func TestChunksCoverInOrder(t *testing.T) {
	for _, n := range []int{0, 1, 5, 100} {
		for _, parts := range []int{0, 1, 3, 8, 200} {
			b := Chunks(n, parts, func(i int) int { return i % 7 })
			if b[0] != 0 || b[len(b)-1] != n {
				t.Fatalf("n %d, parts %d: bounds %v do not cover [0, n)", n, parts, b)
			}
			for k := 1; k < len(b); k++ {
				if b[k] < b[k-1] || (n > 0 && b[k] == b[k-1]) {
					t.Fatalf("n %d, parts %d: bounds %v not increasing", n, parts, b)
				}
			}
			if want := max(1, min(parts, n)); n > 0 && len(b)-1 > want {
				t.Fatalf("n %d, parts %d: %d ranges, want at most %d", n, parts, len(b)-1, want)
			}
		}
	}
}

func TestWorkers(t *testing.T) {
	if w := Workers(4, 2); w != 2 {
		t.Errorf("Workers(4, 2) = %d, want 2 (no more than the jobs)", w)
	}
	if w := Workers(3, 0); w != 1 {
		t.Errorf("Workers(3, 0) = %d, want 1", w)
	}
	if w := Workers(2, 100); w != 2 {
		t.Errorf("Workers(2, 100) = %d, want 2", w)
	}
}
