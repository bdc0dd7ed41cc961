package paraphrase

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
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

// TestBagAndByStem holds a sentence's content words by stem and its bag
// of weighted stems to their plain construction: a sort by stem then
// index, and a stable sort of the words by stem with the weights of a
// stem added in word order.
func TestBagAndByStem(t *testing.T) {
	an := english(t)
	texts := []string{
		"Troops, troops and more troops: the troops' commander said troops would stay.",
		"The U.S. didn't send 1,200 troops to Kyiv on Monday, officials said on Monday.",
		strings.Repeat("bridge river city bridge council vote ", 20), // more than 64 content words
		"", "the of and",
	}
	for _, text := range texts {
		s := an.Analyse(text)
		by := make([]stemAt, len(s.content))
		bag := make([]weighted, 0, len(s.content))
		for k, i := range s.content {
			by[k] = stemAt{s.Tokens[i].info.stemID, k}
			bag = append(bag, weighted{s.Tokens[i].info.stemID, s.weight[k]})
		}
		slices.SortFunc(by, func(x, y stemAt) int {
			if c := cmp.Compare(x.id, y.id); c != 0 {
				return c
			}
			return cmp.Compare(x.k, y.k)
		})
		slices.SortStableFunc(bag, func(x, y weighted) int { return cmp.Compare(x.id, y.id) })
		out := bag[:0]
		for _, b := range bag {
			if len(out) > 0 && out[len(out)-1].id == b.id {
				out[len(out)-1].w += b.w
				continue
			}
			out = append(out, b)
		}
		if !slices.Equal(s.byStem, by) {
			t.Fatalf("%q: byStem %v, want %v", text, s.byStem, by)
		}
		if !slices.Equal(s.bag, out) {
			t.Fatalf("%q: bag %v, want %v", text, s.bag, out)
		}
	}
}
