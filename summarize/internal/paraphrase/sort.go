package paraphrase

import (
	"math/bits"
	"slices"
)

// sortKeys sorts xs, whose values are all below 1<<width, in increasing
// order: the result of slices.Sort, faster on the lists Analyse sorts
// (a few hundred hashes, or concept numbers): the values are scattered
// into buckets by their top bits, in order, and one insertion sort then
// only moves each value within its bucket. tmp is scratch space of at
// least len(xs) values (else slices.Sort sorts).
func sortKeys(xs []uint64, width int, tmp []uint64) {
	n := len(xs)
	if n < 32 || len(tmp) < n {
		slices.Sort(xs)
		return
	}
	b := min(bits.Len(uint(n)), 8) // about one value a bucket, up to 256
	shift := uint(max(width-b, 0))
	var countBuf [1<<8 + 1]int32
	count := countBuf[:1<<b+1]
	for _, x := range xs {
		count[x>>shift+1]++
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1]
	}
	tmp = tmp[:n]
	for _, x := range xs {
		k := x >> shift
		tmp[count[k]] = x
		count[k]++
	}
	// Each value now lies in its bucket's span, the buckets in order: the
	// insertion sort moves values only within a bucket.
	for i, x := range tmp {
		j := i
		for ; j > 0 && xs[j-1] > x; j-- {
			xs[j] = xs[j-1]
		}
		xs[j] = x
	}
}
