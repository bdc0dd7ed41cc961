package wordvec

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"testing"
)

// wantWords is the -words flag the committed vectors.bin was generated
// with (see the package doc).
const wantWords = 40000

func idx(t testing.TB, w string) int32 {
	t.Helper()
	i := Index(w)
	if i < 0 {
		t.Fatalf("Index(%q) = -1, want a word of the table", w)
	}
	return i
}

func cos(t testing.TB, a, b string) float64 {
	t.Helper()
	return Cosine(idx(t, a), idx(t, b))
}

func TestIndex(t *testing.T) {
	if i := Index("the"); i < 0 || int(i) >= Len() {
		t.Errorf("Index(the) = %d, want in [0, %d)", i, Len())
	}
	for _, w := range []string{"", "Zzzqqx", "zzzqqx", "The", "a", "i", "don't", "1990", "the\n", "the said"} {
		if i := Index(w); i != -1 {
			t.Errorf("Index(%q) = %d, want -1", w, i)
		}
	}
}

func TestLenAndNorms(t *testing.T) {
	if n := Len(); n != wantWords {
		t.Fatalf("Len() = %d, want %d", n, wantWords)
	}
	if len(ends) != Len() || len(vectors) != Len()*Dims {
		t.Fatalf("%d words, %d components for %d vectors", len(ends), len(vectors), Len())
	}
	Cosine(0, 0)
	if len(inv) != Len() {
		t.Fatalf("%d norms for %d vectors", len(inv), Len())
	}
	for i, x := range inv {
		if !(x > 0) || math.IsInf(x, 0) {
			t.Fatalf("vector %d: 1/norm = %v, want a positive norm", i, x)
		}
	}
}

func TestWordsSortedAndPlain(t *testing.T) {
	words := make([]string, Len())
	for i := range words {
		words[i] = word(i)
		if Index(words[i]) != int32(i) {
			t.Fatalf("Index(%q) = %d, want %d", words[i], Index(words[i]), i)
		}
	}
	for i, w := range words {
		if len(w) < 2 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Fatalf("word %d = %q, want only a–z, at least two letters", i, w)
		}
		if i > 0 && words[i-1] >= w {
			t.Fatalf("words %d, %d = %q, %q: not sorted", i-1, i, words[i-1], w)
		}
	}
}

func TestVector(t *testing.T) {
	v := Vector(idx(t, "the"))
	if len(v) != Dims || cap(v) != Dims {
		t.Fatalf("Vector(the): len %d cap %d, want %d", len(v), cap(v), Dims)
	}
	for _, i := range []int32{-1, -2, int32(Len()), math.MaxInt32} {
		if v := Vector(i); v != nil {
			t.Errorf("Vector(%d) = %v, want nil", i, v)
		}
	}
}

func TestCosineOrder(t *testing.T) {
	hurt, banana := cos(t, "injured", "hurt"), cos(t, "injured", "banana")
	if !(hurt > banana) {
		t.Errorf("cosine(injured, hurt) = %.3f, not above cosine(injured, banana) = %.3f", hurt, banana)
	}
	t.Logf("cosine(injured, hurt) = %.3f, cosine(injured, banana) = %.3f", hurt, banana)
}

// The vectors put weekdays (and other words of the same kind) together:
// a high cosine is evidence of related use, not a match of meaning.
func TestCosineWeekdays(t *testing.T) {
	if c := cos(t, "monday", "tuesday"); !(c > 0.7) {
		t.Errorf("cosine(monday, tuesday) = %.3f, want > 0.7", c)
	}
}

func TestCosineSelfSymmetricBounds(t *testing.T) {
	n := int32(Len())
	for i := int32(0); i < n; i++ {
		if c := Cosine(i, i); math.Abs(c-1) > 1e-6 {
			t.Fatalf("Cosine(%d, %d) = %v, want 1", i, i, c)
		}
	}
	for k := int32(0); k < 20000; k++ {
		i, j := (k*7919)%n, (k*104729+13)%n
		a, b := Cosine(i, j), Cosine(j, i)
		if a != b {
			t.Fatalf("Cosine(%d, %d) = %v, Cosine(%d, %d) = %v", i, j, a, j, i, b)
		}
		if a < -1 || a > 1 {
			t.Fatalf("Cosine(%d, %d) = %v, out of [-1, 1]", i, j, a)
		}
	}
}

func TestCosineOutOfRange(t *testing.T) {
	the := idx(t, "the")
	for _, p := range [][2]int32{{-1, the}, {the, -1}, {-1, -1}, {int32(Len()), the}, {the, math.MaxInt32}} {
		if c := Cosine(p[0], p[1]); c != 0 {
			t.Errorf("Cosine(%d, %d) = %v, want 0", p[0], p[1], c)
		}
	}
	if c := Cosine(Index(""), the); c != 0 {
		t.Errorf("Cosine(Index(\"\"), the) = %v, want 0", c)
	}
}

// nearest returns the k words of highest cosine with w, w excluded.
func nearest(t testing.TB, w string, k int) []string {
	i := idx(t, w)
	type hit struct {
		w string
		c float64
	}
	hits := make([]hit, 0, Len())
	for j := range int32(Len()) {
		if j != i {
			hits = append(hits, hit{word(int(j)), Cosine(i, j)})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(b.c, a.c), strings.Compare(a.w, b.w))
	})
	var out []string
	for _, h := range hits[:k] {
		out = append(out, h.w)
	}
	return out
}

func TestNearest(t *testing.T) {
	for _, c := range []struct{ word, want string }{
		{"monday", "tuesday"},
		{"said", "told"},
		{"killed", "wounded"},
		{"approved", "approval"},
		{"rose", "fell"},
	} {
		got := nearest(t, c.word, 5)
		t.Logf("%s: %s", c.word, strings.Join(got, " "))
		if !slices.Contains(got, c.want) {
			t.Errorf("5 nearest to %q = %q, want %q among them", c.word, got, c.want)
		}
	}
}

// TestDecodeTime logs how long the first call takes; run it alone
// (go test -run DecodeTime -v) for the time a program pays, page faults
// on the embedded data included.
func BenchmarkDecode(b *testing.B) {
	Len()
	for b.Loop() {
		load()
	}
}

// BenchmarkCosine compares two words over and over, as a caller
// comparing the words of two sentences does: both vectors in cache.
func BenchmarkCosine(b *testing.B) {
	i, j := idx(b, "injured"), idx(b, "hurt")
	var s float64
	for b.Loop() {
		s += Cosine(i, j)
	}
	_ = s
}

// BenchmarkCosineSpread compares pairs spread over the whole table, so
// most vectors come from memory.
func BenchmarkCosineSpread(b *testing.B) {
	n := int32(Len())
	pairs := make([][2]int32, 4096)
	for k := range pairs {
		pairs[k] = [2]int32{int32(k*7919) % n, int32(k*104729+13) % n}
	}
	var s float64
	k := 0
	for b.Loop() {
		p := pairs[k&4095]
		s += Cosine(p[0], p[1])
		k++
	}
	_ = s
}

func BenchmarkIndex(b *testing.B) {
	words := []string{"the", "injured", "banana", "zzzqqx", "approved"}
	k := 0
	for b.Loop() {
		k++
		Index(words[k%len(words)])
	}
}
