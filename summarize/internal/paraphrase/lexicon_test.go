package paraphrase

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// lexiconText returns the committed lexicon.txt.
func lexiconText(t testing.TB) []byte {
	txt, err := os.ReadFile("lexicon.txt")
	if err != nil {
		t.Fatal(err)
	}
	return txt
}

// TestDefaultLexicon checks that the committed lexicon.bin is
// LexiconBinary of the committed lexicon.txt, and that DefaultLexicon,
// which reads it, is the Lexicon NewLexicon builds from ParseLexicon's
// map of lexicon.txt: the same slots, weights, filter and count.
func TestDefaultLexicon(t *testing.T) {
	txt := lexiconText(t)
	bin, err := LexiconBinary(txt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bin, []byte(lexiconBin)) {
		t.Fatal("lexicon.bin is not LexiconBinary(lexicon.txt); run go run ./summarize/internal/paraphrase/train")
	}
	w, err := ParseLexicon(txt)
	if err != nil {
		t.Fatal(err)
	}
	want := NewLexicon(w)
	got := DefaultLexicon()
	if got.Len() != len(w) || !reflect.DeepEqual(got, want) {
		t.Fatalf("DefaultLexicon (%d terms) differs from NewLexicon(ParseLexicon(lexicon.txt)) (%d terms)", got.Len(), want.Len())
	}
	for name, x := range w {
		if y := got.weight(termID(name)); y != x {
			t.Fatalf("%q: weight %v, lexicon.txt says %v", name, y, x)
		}
	}
	if _, err := LexiconBinary([]byte("0.5\tok\nnot a line\n")); err == nil {
		t.Error("LexiconBinary accepted a line without a tab")
	}
	if _, err := LexiconBinary([]byte("x\tterm\n")); err == nil {
		t.Error("LexiconBinary accepted a weight that is not a number")
	}
	for _, bad := range []string{"", "CLX0\x00\x00\x00\x00", lexiconBin[:len(lexiconBin)-1], lexiconBin + "x"} {
		if _, err := readLexicon(bad); err == nil {
			t.Errorf("readLexicon accepted %d bytes that are not a lexicon", len(bad))
		}
	}
	if lx, err := readLexicon(lexiconMagic + "\x00\x00\x00\x00"); err != nil || lx.Len() != 0 {
		t.Errorf("no terms: Len %d, error %v", lx.Len(), err)
	}
}

// TestLexiconTable checks the open-addressing table on its edge cases:
// a term whose termID is 0, a term set twice, terms that share a first
// slot, and a term that is absent.
func TestLexiconTable(t *testing.T) {
	lx := newLexicon(4)
	lx.add(0, 1.5)
	lx.add(0, 2)
	// three terms with the same first slot (slotOf reads t*spread >> 8)
	base := uint64(12345)
	same := []uint64{base}
	for t2 := base + 1; len(same) < 3; t2++ {
		if lx.slotOf(t2) == lx.slotOf(base) {
			same = append(same, t2)
		}
	}
	for k, t2 := range same {
		lx.add(t2, float32(k+1))
	}
	lx.add(same[1], -7)
	if lx.Len() != 4 {
		t.Errorf("Len %d, want 4", lx.Len())
	}
	for _, c := range []struct {
		t uint64
		w float32
	}{{0, 2}, {same[0], 1}, {same[1], -7}, {same[2], 3}, {99, 0}} {
		if got := lx.weight(c.t); got != c.w {
			t.Errorf("weight(%d) = %v, want %v", c.t, got, c.w)
		}
	}
	var zero Lexicon
	if got := zero.weights([]uint64{0, 1, 2}); got[0] != 0 || got[1] != 0 || got[2] != 0 || zero.Len() != 0 {
		t.Errorf("the zero Lexicon weighs %v, Len %d", got, zero.Len())
	}
}

// BenchmarkReadLexicon reads the committed lexicon as DefaultLexicon
// does on its first call.
func BenchmarkReadLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readLexicon(lexiconBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLexicon reads lexicon.txt as before (ParseLexicon,
// NewLexicon): the yardstick of BenchmarkReadLexicon.
func BenchmarkParseLexicon(b *testing.B) {
	txt := lexiconText(b)
	b.ReportAllocs()
	for b.Loop() {
		w, err := ParseLexicon(txt)
		if err != nil {
			b.Fatal(err)
		}
		NewLexicon(w)
	}
}
