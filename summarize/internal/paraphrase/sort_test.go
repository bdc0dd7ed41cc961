package paraphrase

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortKeys holds sortKeys to slices.Sort on lists of every length up
// to 1500, of uniform hashes, of narrow values (concept numbers with a
// word index below them) and of many repeats.
func TestSortKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	for n := 0; n <= 1500; n += 1 + n/20 {
		for kind := range 3 {
			xs := make([]uint64, n)
			width := 64
			for i := range xs {
				switch kind {
				case 0:
					xs[i] = r.Uint64()
				case 1:
					width = 32 + 17
					xs[i] = uint64(r.IntN(120000))<<32 | uint64(r.IntN(40))
				case 2:
					width = 64
					xs[i] = uint64(r.IntN(5)) << 61
				}
			}
			want := slices.Clone(xs)
			slices.Sort(want)
			sortKeys(xs, width)
			if !slices.Equal(xs, want) {
				t.Fatalf("n %d kind %d: not sorted as slices.Sort sorts", n, kind)
			}
		}
	}
}
