package vectorize

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/clipperhouse/uax29/v2/words"
)

// TestASCIISegments holds asciiSegments to package words on ASCII texts:
// the segments with a letter, a digit or an underscore, in order.
func TestASCIISegments(t *testing.T) {
	texts := sentencesOf(t, filepath.Join("..", "testdata", "seeds", "*.txt"))
	texts = append(texts, sentencesOf(t, filepath.Join("..", "..", "shared", "data", "duc2004", "docs", "d3001*", "*"))...)
	texts = append(texts, "", "a", "_", "a.b.c", "U.S.", "3.14", "1,000,000.5", "can't", "rock'n'roll", "a:b", "1:2",
		"a1.2", "1.a", "a.1", "_a_", "a__b", "a..b", "1,,2", "x;y", "3;4", "'a'", "a'", ".a", "a.\r\nb", "e-mail")
	r := rand.New(rand.NewPCG(29, 29))
	alphabet := []string{"a", "Z", "1", "0", "_", ".", "'", ",", ";", ":", " ", "  ", "-", "\n", "\r", "\t", "\"", "(", "!", "é"[:1]}
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for j := r.IntN(12); j > 0; j-- {
			b.WriteString(alphabet[r.IntN(len(alphabet)-1)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if !isASCII(s) {
			continue
		}
		var want, got []string
		for it := words.FromString(s); it.Next(); {
			if seg := it.Value(); strings.ContainsFunc(seg, func(r rune) bool { return wbClass[r] >= wbLetter && wbClass[r] <= wbExtend }) {
				want = append(want, seg)
			}
		}
		asciiSegments(s, func(seg string) { got = append(got, seg) })
		if !slices.Equal(got, want) {
			t.Fatalf("asciiSegments(%q) = %q, package words %q", s, got, want)
		}
	}
}

// TestASCIISegmentsLeftOut checks that the segments asciiSegments leaves
// out, ASCII bytes without a letter, a digit or an underscore (package
// words makes each its own segment, a run of spaces one), have no term
// in any language: Count and ForEachIn can skip them.
func TestASCIISegmentsLeftOut(t *testing.T) {
	for _, name := range Languages() {
		tok, err := NewTokeniser(name)
		if err != nil {
			t.Fatal(err)
		}
		for c := 0; c < 128; c++ {
			if cl := wbClass[c]; cl >= wbLetter && cl <= wbExtend {
				continue
			}
			for _, seg := range []string{string(rune(c)), strings.Repeat(string(rune(c)), 3)} {
				if term := tok.term(seg); term != "" {
					t.Errorf("%s: segment %q has the term %q", name, seg, term)
				}
			}
		}
	}
}
