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
			sortKeys(xs, width, make([]uint64, n+kind))
			if !slices.Equal(xs, want) {
				t.Fatalf("n %d kind %d: not sorted as slices.Sort sorts", n, kind)
			}
		}
	}
}

// TestLCS holds lcs (bit-parallel up to 64 words) to the table of lengths
// on random sequences over small and large alphabets, of up to 150 words.
func TestLCS(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for range 20000 {
		alpha := 1 + r.IntN(30)
		symbols := make([]uint64, alpha)
		for k := range symbols {
			symbols[k] = r.Uint64()
			if k%3 == 0 {
				symbols[k] = uint64(k) // small values, as some hashes may be
			}
		}
		seq := func() []uint64 {
			s := make([]uint64, r.IntN(90))
			if r.IntN(10) == 0 {
				s = make([]uint64, r.IntN(150))
			}
			for i := range s {
				s[i] = symbols[r.IntN(alpha)]
			}
			return s
		}
		a, b := seq(), seq()
		want := lcsTable(a, b)
		if len(a) < len(b) {
			want = lcsTable(b, a)
		}
		if got := lcs(a, b); got != want {
			t.Fatalf("lcs(%v, %v) = %d, want %d", a, b, got, want)
		}
	}
}
