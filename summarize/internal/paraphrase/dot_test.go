package paraphrase

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/concordsum/concord/summarize/internal/wordvec"
)

// TestDot4 holds dot4 to dot32, bit for bit, on random unit vectors, on
// the committed word vectors at unit length, and on vectors of large and
// tiny components.
func TestDot4(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	var vecs [][]float32
	for i := int32(0); i < 400; i++ {
		if u := newWordInfo("w", "w", i*37, nil).unit; u != nil {
			vecs = append(vecs, u)
		}
	}
	for range 400 {
		v := make([]float32, wordvec.Dims)
		var n float64
		scale := math.Pow(10, float64(r.IntN(60)-30))
		for k := range v {
			v[k] = float32(r.NormFloat64() * scale)
			n += float64(v[k]) * float64(v[k])
		}
		if r.IntN(2) == 0 && n > 0 {
			for k := range v {
				v[k] = float32(float64(v[k]) / math.Sqrt(n))
			}
		}
		vecs = append(vecs, v)
	}
	if len(vecs) < 700 {
		t.Fatalf("only %d vectors", len(vecs))
	}
	var out [4]float32
	for i := 0; i+4 < len(vecs); i++ {
		a := vecs[r.IntN(len(vecs))]
		dot4(a, vecs[i], vecs[i+1], vecs[i+2], vecs[i+3], &out)
		for k := range 4 {
			if want := dot32(a, vecs[i+k]); math.Float32bits(out[k]) != math.Float32bits(want) {
				t.Fatalf("dot4 lane %d = %v, dot32 = %v", k, out[k], want)
			}
		}
	}
}

// TestAddScaled holds addScaled to the plain loop, bit for bit, on word
// vectors and random weights, sums built up over many words.
func TestAddScaled(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	got, want := make([]float64, wordvec.Dims), make([]float64, wordvec.Dims)
	words := 0
	for i := int32(0); i < 3000; i++ {
		info := newWordInfo("w", "w", i*11, nil)
		if info.unit == nil {
			continue
		}
		words++
		w := info.rarity * (0.5 + r.Float64())
		addScaled(got, w, info.unit)
		for k, x := range info.unit {
			want[k] += w * float64(x)
		}
		if i%97 == 0 {
			clear(got)
			clear(want)
		}
		for k := range got {
			if math.Float64bits(got[k]) != math.Float64bits(want[k]) {
				t.Fatalf("word %d component %d: %v, want %v", i, k, got[k], want[k])
			}
		}
	}
	if words < 1000 {
		t.Fatalf("only %d words with a vector", words)
	}
}
