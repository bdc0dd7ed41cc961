package paraphrase

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/concordsum/concord/summarize/internal/wordvec"
	"github.com/concordsum/concord/vectorize"
)

func english(t testing.TB) *Analyser {
	t.Helper()
	tok, err := vectorize.NewTokeniser("")
	if err != nil {
		t.Fatal(err)
	}
	return NewAnalyser(func(w string) string {
		if terms := tok.Tokenise(w); len(terms) > 0 {
			return terms[0]
		}
		return ""
	})
}

func TestRawWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the lower-case words, space-separated
	}{
		{"The U.S. didn't send 1,200 troops.", "the us did not send 1200 troops"},
		{"It rose 7.7 per cent, to $45.9 billion.", "it rose 7.7 per cent to 45.9 billion"},
		{"NATO's chief", "natos chief"},
		{"市政府", "市 政 府"},
		{"", ""},
		{"...", ""},
	} {
		var got []string
		for _, w := range rawWords(tc.text) {
			got = append(got, w.lower)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("rawWords(%q) = %q, want %q", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}

func TestAnalyseNumbersAndNames(t *testing.T) {
	an := english(t)
	for _, tc := range []struct {
		a, b string
	}{
		{"It cost 1.2 million dollars.", "It cost 1,200,000 dollars."},
		{"Seven people died.", "7 people died."},
		{"1000 flights", "1,000 flights"},
	} {
		x, y := an.Analyse(tc.a), an.Analyse(tc.b)
		if len(x.nums) != 1 || len(y.nums) != 1 || x.nums[0] != y.nums[0] {
			t.Errorf("%q has numbers %v, %q has %v: want one and the same", tc.a, x.nums, tc.b, y.nums)
		}
		f := Features(x, y, 0.5)
		if f[fNumberDiff] != 0 || f[fNumbersUnmatched] != 0 {
			t.Errorf("%q and %q: number-diff %v, numbers-unmatched %v; want 0", tc.a, tc.b, f[fNumberDiff], f[fNumbersUnmatched])
		}
	}
	s := an.Analyse("Secretary of State Marco Rubio met NATO officials.")
	var names []string
	for _, tok := range s.Tokens {
		if tok.Name {
			names = append(names, tok.Lower)
		}
	}
	if strings.Join(names, " ") != "state marco rubio nato" {
		t.Errorf("names %q, want the capitalised words after the first and the acronym", names)
	}
	if !an.Analyse("He did not go.").negated || an.Analyse("He went.").negated {
		t.Error("negation not seen, or seen where there is none")
	}
	f := Features(an.Analyse("The toll rose to 357."), an.Analyse("The toll rose to 6,100."), 0.5)
	if f[fNumberDiff] != 1 || f[fNumbersUnmatched] != 2 {
		t.Errorf("different numbers: number-diff %v, numbers-unmatched %v; want 1 and 2", f[fNumberDiff], f[fNumbersUnmatched])
	}
}

// TestFeatures checks the measures on pairs whose values are plain.
func TestFeatures(t *testing.T) {
	an := english(t)
	a := an.Analyse("The city closed the bridge on Sunday.")
	f := Features(a, a, 1)
	for _, k := range []int{fExactMin, fExactMax, fWordNetMin, fWordNetMax, fSoftMin, fSoftMax, fBigramMin, fBigramMax, fLCSMin, fLCSMax, fGram1Min, fGram1Max, fGram2Min, fGram2Max, fChars, fWeighted, fVector} {
		if math.Abs(f[k]-1) > 1e-9 {
			t.Errorf("identical sentences: %s = %v, want 1", FeatureNames[k], f[k])
		}
	}
	for _, k := range []int{fNumberDiff, fNumberOne, fNameMin, fNameMax, fNegation, fUnmatchedMin, fUnmatchedMax, fMissingMin, fMissingMax, fNamesUnmatched, fNumbersUnmatched} {
		if f[k] != 0 {
			t.Errorf("identical sentences: %s = %v, want 0", FeatureNames[k], f[k])
		}
	}
	// WordNet: "hurt" and "injured" are one word to the wordnet measure,
	// not to the exact one.
	x, y := an.Analyse("Officials said nobody was injured."), an.Analyse("Officials said nobody was hurt.")
	g := Features(x, y, 0.6)
	if g[fWordNetMin] != 1 || g[fExactMin] >= 1 {
		t.Errorf("hurt/injured: exact-min %v (want < 1), wordnet-min %v (want 1)", g[fExactMin], g[fWordNetMin])
	}
	// Symmetric in meaning.
	p, q := an.Analyse("The House gave final passage Wednesday to a $1.9 trillion relief package."),
		an.Analyse("The House of Representatives on Wednesday approved President Biden's $1.9 trillion stimulus bill.")
	fpq, fqp := Features(p, q, 0.4), Features(q, p, 0.4)
	for k := range fpq {
		if math.Abs(fpq[k]-fqp[k]) > 1e-12 {
			t.Errorf("%s: %v one way, %v the other", FeatureNames[k], fpq[k], fqp[k])
		}
	}
	// Coverage is directional: the long sentence states all of the short.
	long := an.Analyse("The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its piers.")
	short := an.Analyse("The city closed the Harbor Bridge.")
	if c := Coverage(short, long); c != 1 {
		t.Errorf("Coverage(short, long) = %v, want 1", c)
	}
	if c := Coverage(long, short); c > 0.6 {
		t.Errorf("Coverage(long, short) = %v, want at most 0.6", c)
	}
}

// TestHostile feeds sentences no model was trained on: every measure
// stays finite and every similarity in [0, 1].
func TestHostile(t *testing.T) {
	an := english(t)
	texts := []string{
		"", "word", strings.Repeat("lorem ipsum dolor ", 120), "市政府关闭了大桥。", "1 2 3 4 5 6.5 7,000",
		"\uFFFD\uFFFD", strings.Repeat("a", 2000), "Not not not no never.", "U.S. U.N. E.U.",
	}
	m := Default()
	for _, a := range texts {
		for _, b := range texts {
			f := Features(an.Analyse(a), an.Analyse(b), 0.5)
			for k, v := range f {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("%q, %q: %s = %v", a, b, FeatureNames[k], v)
				}
			}
			for _, h := range []*Model{m.Same, m.Graded} {
				if s := h.Similarity(&f); !(s >= 0 && s <= 1) {
					t.Fatalf("%q, %q: similarity %v", a, b, s)
				}
			}
		}
	}
}

func TestParseModels(t *testing.T) {
	m := Default()
	if len(m.Same.Features) != NumFeatures || len(FeatureNames) != NumFeatures {
		t.Fatalf("%d features in the model, %d names, want %d", len(m.Same.Features), len(FeatureNames), NumFeatures)
	}
	for _, bad := range []string{
		`{}`,
		`{"same": {"features": []}, "graded": {}}`,
		`not json`,
	} {
		if _, err := ParseModels([]byte(bad)); err == nil {
			t.Errorf("ParseModels(%q) accepted it", bad)
		}
	}
	// A model that has lost a weight is refused.
	broken := *m.Same
	broken.Out = broken.Out[:len(broken.Out)-1]
	if err := broken.check(); err == nil {
		t.Error("a model with a missing output weight passed its check")
	}
}

// benchSentence is the sentence the benchmarks analyse: a long one of the
// seeds.
const benchSentence = "One option under consideration would involve deploying European forces to Ukraine under the command and control of the United States, though troops would operate under their national flags rather than a NATO banner, two sources familiar with the discussions said."

func BenchmarkAnalyse(b *testing.B) {
	an := english(b)
	an.Analyse(benchSentence)
	for b.Loop() {
		an.Analyse(benchSentence)
	}
}

// BenchmarkLocalAnalyse is BenchmarkAnalyse with a Local, as the claim
// graph analyses its sentences.
func BenchmarkLocalAnalyse(b *testing.B) {
	l := english(b).Local()
	l.Analyse(benchSentence)
	for b.Loop() {
		l.Analyse(benchSentence)
	}
}

// BenchmarkLocalAnalyseLean is BenchmarkLocalAnalyse without the
// tokens kept, as the claim graph analyses its sentences.
func BenchmarkLocalAnalyseLean(b *testing.B) {
	l := english(b).Local()
	l.AnalyseLean(benchSentence)
	for b.Loop() {
		l.AnalyseLean(benchSentence)
	}
}

// BenchmarkPair measures the model's cost per sentence pair: the
// measures and both heads, on analysed sentences.
func BenchmarkPair(b *testing.B) {
	an := english(b)
	x := an.Analyse(benchSentence)
	y := an.Analyse("One possible strategy involves deploying European troops to Ukraine under US command and control.")
	m := Default()
	for b.Loop() {
		f := Features(x, y, 0.6)
		m.Same.Similarity(&f)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/pair")
}

// FuzzFeatures feeds any two texts to the model: the measures stay
// finite and the same either way round (to rounding), the heads in
// [0, 1], and a text compared with itself matches all its words.
func FuzzFeatures(f *testing.F) {
	for _, s := range [][2]string{
		{"The city closed the bridge.", "The bridge was closed by the city."},
		{"", "word"},
		{"市政府关闭了大桥。", "1 2 3"},
		{"U.S. didn't send 1,200 troops.", "Not one of the 1.2 thousand troops was sent."},
		{strings.Repeat("x ", 1000), "\xff\xfe"},
	} {
		f.Add(s[0], s[1])
	}
	an := english(f)
	m := Default()
	f.Fuzz(func(t *testing.T, a, b string) {
		x, y := an.Analyse(a), an.Analyse(b)
		fxy, fyx := Features(x, y, 0.5), Features(y, x, 0.5)
		for k := range fxy {
			if math.IsNaN(fxy[k]) || math.IsInf(fxy[k], 0) {
				t.Fatalf("%s = %v", FeatureNames[k], fxy[k])
			}
			if math.Abs(fxy[k]-fyx[k]) > 1e-6 {
				t.Fatalf("%s: %v one way, %v the other", FeatureNames[k], fxy[k], fyx[k])
			}
		}
		for _, h := range []*Model{m.Same, m.Graded} {
			if s := h.Similarity(&fxy); !(s >= 0 && s <= 1) {
				t.Fatalf("similarity %v", s)
			}
		}
		if c := Coverage(x, x); c != 1 {
			t.Fatalf("Coverage of a text with itself = %v, want 1", c)
		}
	})
}

// TestDot32x2: the paired dot products are dot32's, bit for bit.
func TestDot32x2(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vec := func() []float32 {
		v := make([]float32, wordvec.Dims)
		for k := range v {
			v[k] = float32(r.NormFloat64())
		}
		return v
	}
	for range 1000 {
		a, b, c := vec(), vec(), vec()
		x, y := dot32x2(a, b, c)
		if math.Float32bits(x) != math.Float32bits(dot32(a, b)) || math.Float32bits(y) != math.Float32bits(dot32(a, c)) {
			t.Fatalf("dot32x2 = %v, %v; dot32 = %v, %v", x, y, dot32(a, b), dot32(a, c))
		}
	}
}

// TestMeasure: Measure gives Features and the coverage both ways, bit
// for bit as Coverage gives them.
func TestMeasure(t *testing.T) {
	an := english(t)
	texts := []string{
		"One option under consideration would involve deploying European forces to Ukraine under the command of the United States.",
		"One possible strategy involves deploying European troops to Ukraine under US command and control.",
		"The city closed the bridge on Sunday.",
		"Officials did not say when the bridge would reopen.",
	}
	for _, p := range texts {
		for _, q := range texts {
			x, y := an.Analyse(p), an.Analyse(q)
			f, ca, cb := Measure(x, y, 0.4)
			if f != Features(x, y, 0.4) {
				t.Errorf("%q, %q: Measure's features differ from Features", p, q)
			}
			if math.Float64bits(ca) != math.Float64bits(Coverage(x, y)) || math.Float64bits(cb) != math.Float64bits(Coverage(y, x)) {
				t.Errorf("%q, %q: coverage %v, %v; Coverage gives %v, %v", p, q, ca, cb, Coverage(x, y), Coverage(y, x))
			}
		}
	}
}

// TestLocal holds Local.Analyse to Analyser.Analyse: the same analysis,
// word forms looked up in the Local's map or in the shared cache alike,
// and the same measures against another sentence.
func TestLocal(t *testing.T) {
	an := english(t)
	texts := []string{
		"The U.S. didn't send 1,200 troops to Kyiv on Monday.",
		"Not one of the 1.2 thousand troops was sent, officials said.",
		"European forces would operate under their national flags.",
		"", "...", "市政府关闭了大桥。", "Troops troops TROOPS",
	}
	local := an.Local()
	for round := range 2 { // the second round finds every form in the map
		for i, text := range texts {
			got, want := local.Analyse(text), an.Analyse(text)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: Local.Analyse(%q) differs from Analyse", round, text)
			}
			lean := local.AnalyseLean(text)
			if lean.Tokens != nil {
				t.Fatalf("round %d: Local.AnalyseLean(%q) kept its tokens", round, text)
			}
			if lean.Tokens = want.Tokens; !reflect.DeepEqual(lean, want) {
				t.Fatalf("round %d: Local.AnalyseLean(%q) differs from Analyse but for the tokens", round, text)
			}
			other := an.Analyse(texts[(i+1)%len(texts)])
			if Features(got, other, 0.5) != Features(want, other, 0.5) {
				t.Fatalf("round %d: %q: measures differ", round, text)
			}
		}
	}
	if len(local.words) == 0 {
		t.Fatal("the Local remembered no word")
	}
}

// TestLexicon checks that the committed lexicon parses, that Features'
// unshared-words is DefaultLexicon().Unshared (one from the weights kept
// with each sentence, the other from the lexicon's map), that a sentence
// shares every term with itself, and that FormatLexicon and ParseLexicon
// round-trip.
func TestLexicon(t *testing.T) {
	w, err := ParseLexicon(lexiconText(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(w) == 0 || DefaultLexicon().Len() != len(w) {
		t.Fatalf("lexicon.txt: %d terms, DefaultLexicon %d", len(w), DefaultLexicon().Len())
	}
	an := english(t)
	x := an.Analyse("The death toll rose to 357 on Tuesday, officials said.")
	y := an.Analyse("Officials said 6,100 people had died.")
	f := Features(x, y, 0.5)
	if got := DefaultLexicon().Unshared(x, y); got != f[UnsharedWords] || got == 0 {
		t.Errorf("Unshared %v, Features %v", got, f[UnsharedWords])
	}
	if g := Features(x, x, 1); g[UnsharedWords] != 0 {
		t.Errorf("a sentence with itself: unshared-words %v", g[UnsharedWords])
	}
	// The terms UnsharedTerms names are those the lexicon sums.
	var sum float64
	for _, term := range UnsharedTerms(x, y) {
		sum += float64(w[term])
	}
	if d := sum - f[UnsharedWords]; d > 1e-9 || d < -1e-9 {
		t.Errorf("the weights of UnsharedTerms sum to %v, Unshared %v", sum, f[UnsharedWords])
	}
	back, err := ParseLexicon(FormatLexicon("test", map[string]float32{"a": 0.001, "_the a": -1.5}))
	if err != nil || len(back) != 2 || back["a"] != 0.001 || back["_the a"] != -1.5 {
		t.Errorf("round trip: %v, %v", back, err)
	}
}
