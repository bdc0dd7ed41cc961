package vectorize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/james-bowman/nlp"
)

var _ nlp.Tokeniser = (*Tokeniser)(nil)

// sentencesOf returns the sentences of the files matching pattern, in
// file order, or nil when there are none.
func sentencesOf(t *testing.T, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	sort.Strings(files)
	var out []string
	for d, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range Split(d, string(b)) {
			out = append(out, s.Text)
		}
	}
	return out
}

// randomTexts returns texts that stress the tokeniser: mixed case,
// acronyms, possessives, numbers, punctuation, non-Latin scripts, empty
// and stop-word-only texts, and very long texts.
func randomTexts(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 9))
	pieces := strings.Fields(`The U.S. US NATO's Trump’s planners planner PLANNING 2.5 2022 $3
		— ... “quoted” (brackets) e-mail post-war don't it's Ukraine UKRAINE ukraine
		Zürich Ελλάδα Москва 東京 the of and a said said. U.K. n.a.t.o fooled fool fools
		running runs ran runner 3,000 10% #tag @user x y z`)
	out := make([]string, n)
	for i := range out {
		k := r.IntN(30)
		if i%17 == 0 {
			k = 400 + r.IntN(400) // a long junk "sentence"
		}
		var b strings.Builder
		for j := 0; j < k; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		out[i] = b.String()
	}
	out = append(out, "", "the and of", "   ")
	return out
}

// TestTFIDFEqualsNLP holds the fast path to the reference: nlp's
// CountVectoriser and TfidfTransformer, bit for bit, at any worker count.
func TestTFIDFEqualsNLP(t *testing.T) {
	cases := map[string][]string{
		"random": randomTexts(1, 3000),
		"small":  {"Planners explore guarantees.", "planners", "", "US and U.S. troops"},
		"empty":  {},
		"stop":   {"the of and", "a"},
	}
	if s := sentencesOf(t, filepath.Join("..", "testdata", "seeds", "*.txt")); s != nil {
		cases["seeds"] = s
	}
	if s := sentencesOf(t, filepath.Join("..", "..", "shared", "data", "duc2004", "docs", "d3000*", "*")); s != nil {
		cases["duc"] = s
	} else {
		t.Log("DUC 2004 data not found; comparing on seeds and generated texts only")
	}
	tok, _ := NewTokeniser("")
	for name, texts := range cases {
		want, err := tfidfNLP(texts, tok)
		if err != nil {
			t.Fatal(err)
		}
		for _, workers := range []int{1, 2, 3, 8} {
			got := TFIDFWorkers(texts, tok, workers)
			if got.Cols != want.Cols || !reflect.DeepEqual(got.Ptr, want.Ptr) ||
				!equalInt32s(got.Ind, want.Ind) || !equalBits(got.Val, want.Val) {
				t.Errorf("%s, %d workers: TFIDF differs from the nlp reference (cols %d/%d, nnz %d/%d)",
					name, workers, got.Cols, want.Cols, len(got.Ind), len(want.Ind))
			}
		}
		// Term numbers are nlp.CountVectoriser's.
		cv := &nlp.CountVectoriser{Vocabulary: make(map[string]int), Tokeniser: tok}
		cv.Fit(texts...)
		c := Count(texts, tok, 3)
		if len(c.Terms) != len(cv.Vocabulary) {
			t.Fatalf("%s: %d terms, nlp has %d", name, len(c.Terms), len(cv.Vocabulary))
		}
		for i, term := range c.Terms {
			if cv.Vocabulary[term] != i {
				t.Fatalf("%s: term %q is %d, nlp numbers it %d", name, term, i, cv.Vocabulary[term])
			}
		}
	}
}

// TestCountTokenise checks the counts against Tokenise, text by text.
func TestCountTokenise(t *testing.T) {
	tok, _ := NewTokeniser("")
	texts := randomTexts(2, 500)
	c := Count(texts, tok, 2)
	for i, text := range texts {
		want := map[string]int32{}
		for _, term := range tok.Tokenise(text) {
			want[term]++
		}
		got := map[string]int32{}
		for k := c.Ptr[i]; k < c.Ptr[i+1]; k++ {
			if k > c.Ptr[i] && c.Ind[k] <= c.Ind[k-1] {
				t.Fatalf("text %d: terms not increasing", i)
			}
			got[c.Terms[c.Ind[k]]] = c.Count[k]
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("text %d %q: counts %v, want %v", i, text, got, want)
		}
	}
}

func equalInt32s(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// equalBits reports whether a and b hold the same float64 values bit for
// bit (NaN included).
func equalBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(a[i] != a[i] && b[i] != b[i]) {
			return false
		}
	}
	return true
}
