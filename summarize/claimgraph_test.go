package summarize

import (
	"maps"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/vectorize"
)

// TestFastHelpers checks the allocation-free helpers against the plain
// code they stand for.
func TestFastHelpers(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	pieces := []string{"a", "Bé", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2009", "\u3000", "—", "é", "x.", "\xff", "\u1680", "ℓ",
		"Q", "7", "'", "’", ",", "\u212a", "\u0130", "市", "_"}
	texts := []string{"", " ", "a", "a b", " a", "a ", "a  b", "one two three four five six", "one two three four five"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.IntN(12); j > 0; j-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		f := strings.Fields(s)
		if got, want := isCollapsed(s), strings.Join(f, " ") == s; got && !want {
			t.Fatalf("isCollapsed(%q) = true, but collapse changes it", s)
		}
		if got, want := collapse(s), strings.Join(f, " "); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
		var got, want []string
		eachRawWord(s, func(w []byte) { got = append(got, string(w)) })
		eachRawWordReference(s, func(w []byte) { want = append(want, string(w)) })
		if !slices.Equal(got, want) {
			t.Fatalf("eachRawWord(%q) gives %q, want %q", s, got, want)
		}
		for _, n := range []int{0, 1, 2, 6, math.MaxInt} {
			if got, want := wordsUpTo(s, n), min(len(f), n); got != want {
				t.Fatalf("wordsUpTo(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// eachRawWordReference is eachRawWord rune by rune, without its table
// for ASCII.
func eachRawWordReference(text string, f func(w []byte)) {
	var w []byte
	for _, r := range text {
		r = unicode.ToLower(r)
		switch {
		case vectorize.IsSpaceless(r):
			if len(w) > 0 {
				f(w)
				w = w[:0]
			}
			w = utf8.AppendRune(w, r)
			f(w)
			w = w[:0]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w = utf8.AppendRune(w, r)
		case r == '.' || r == '\'' || r == '’':
		default:
			if len(w) > 0 {
				f(w)
				w = w[:0]
			}
		}
	}
	if len(w) > 0 {
		f(w)
	}
}

// TestClaimGraphOf holds the numbered, symmetric, parallel claim graph to
// claimSimilarity on every edge, bit for bit.
func TestClaimGraphOf(t *testing.T) {
	docs := append(seeds(t), genStories(800, 4)...)
	lang, _ := vectorize.LookupLanguage("english")
	p := prepare(docs, lang, Options{}.maxSentenceBytes(), 0)
	texts := make([]string, len(p.body))
	for i, s := range p.body {
		texts[i] = s.Text
	}
	tok, _ := vectorize.NewTokeniser("")
	g := rank.Similarity(rank.Matrix(vectorize.TFIDFWorkers(texts, tok, 0)), edgeThreshold)
	m := &Matcher{tok: tok}
	for _, workers := range []int{1, 3} {
		got := claimGraphOf(g, m, p.body, workers)
		for i := range p.body {
			for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
				want := claimSimilarity(m.words(texts[i]), m.words(texts[g.Adj[k]]))
				if got.W[k] != want {
					t.Fatalf("%d workers: edge %d–%d: %v, want %v", workers, i, g.Adj[k], got.W[k], want)
				}
			}
		}
	}
	if g.Edges() < 1000 {
		t.Fatalf("only %d edges", g.Edges())
	}
}

// TestLexicalRows holds Matcher.Lexical on the claim graph's word rows
// (a Summarize call's Matcher) to claimSimilarity of the words, bit for
// bit, on every pair of body sentences, with one worker and with three.
func TestLexicalRows(t *testing.T) {
	docs := append(seeds(t), genStories(300, 3)...)
	lang, _ := vectorize.LookupLanguage("english")
	tok, _ := vectorize.NewTokeniser("")
	plain := &Matcher{tok: tok}
	for _, workers := range []int{1, 3} {
		p := prepare(docs, lang, Options{}.maxSentenceBytes(), workers)
		p.workers = workers
		texts := make([]string, len(p.body))
		for i, s := range p.body {
			texts[i] = s.Text
		}
		m := p.matcher(tok)
		g := rank.Similarity(rank.Matrix(vectorize.TFIDFWorkers(texts, tok, 0)), edgeThreshold)
		claimGraphOf(g, m, p.body, workers)
		if m.rows == nil {
			t.Fatal("no word rows kept")
		}
		pairs := 0
		for i := range texts {
			for j := i; j < len(texts); j += 1 + i%7 {
				want := claimSimilarity(plain.words(texts[i]), plain.words(texts[j]))
				if got := m.Lexical(texts[i], texts[j]); got != want {
					t.Fatalf("%d workers: Lexical(%q, %q) = %v, want %v", workers, texts[i], texts[j], got, want)
				}
				pairs++
			}
		}
		if got, want := m.Lexical(texts[0], "a text of no body sentence"), claimSimilarity(plain.words(texts[0]), plain.words("a text of no body sentence")); got != want {
			t.Fatalf("Lexical with a text outside the rows = %v, want %v", got, want)
		}
		if pairs < 10000 {
			t.Fatalf("only %d pairs", pairs)
		}
	}
}

// TestMatcherWords holds Matcher.words (cached, rune by rune) to the
// plain implementation it replaced.
func TestMatcherWords(t *testing.T) {
	m, _ := NewMatcher("english")
	texts := []string{"The U.S. İstanbul KELVIN K ǅ Σ didn't’ 市政府关闭了大桥。 x\xffy ΑΘΗΝΑ", ""}
	for _, d := range seeds(t) {
		texts = append(texts, d.Text)
	}
	r := rand.New(rand.NewPCG(8, 8))
	pieces := []string{"A", "b", "İ", "ẞ", "ǅ", "Σ", " ", ".", "'", "’", "市", "7", "\xff", "Ä", "K", "-"}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := r.IntN(20); j > 0; j-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	cache := map[string]string{}
	for _, text := range texts {
		want := wordsReference(m, text)
		for _, got := range [][]string{m.words(text), m.wordsCached(text, cache)} {
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("words(%q) = %q, want %q", text, got, want)
			}
		}
	}
}

// wordsReference is Matcher.words as first written.
func wordsReference(m *Matcher, text string) []string {
	var out []string
	var w strings.Builder
	flush := func() {
		if w.Len() == 0 {
			return
		}
		word := w.String()
		w.Reset()
		if terms := m.tok.Tokenise(word); len(terms) > 0 {
			out = append(out, terms[0])
		} else {
			out = append(out, stopMark+word)
		}
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case vectorize.IsSpaceless(r):
			// a letter of Chinese, Japanese, Thai...: a word of its own
			flush()
			w.WriteRune(r)
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(r)
		case r == '.' || r == '\'' || r == '’':
			// inside a word: dropped ("u.s." → "us", "didn't" → "didnt")
		default:
			flush()
		}
	}
	flush()
	sort.Strings(out)
	return out
}

// TestLargeInputPath: a large input (keepAnalysesBelow) is summarised
// otherwise, to use less memory (TextRank before the claim graph, the
// similarity weights dropped and computed again where selection asks,
// the model's analyses made and dropped run by run), and gives the same
// summary, explain view and disagreements, byte for byte. Here every
// input is made large.
func TestLargeInputPath(t *testing.T) {
	stories := map[string][]Document{"seeds": seeds(t)}
	for _, topic := range []string{"d30001t", "d30002t", "d31001t"} {
		if files, _ := filepath.Glob(filepath.Join(ducDir, topic, "*")); len(files) > 0 {
			stories[topic] = ducDocs(t, topic)
		}
	}
	render := func(docs []Document) string {
		sum, err := Summarize(docs, Options{Words: 100})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		sum.WriteJSON(&b)
		sum.WriteExplain(&b)
		return b.String()
	}
	for _, name := range slices.Sorted(maps.Keys(stories)) {
		docs := stories[name]
		want := render(docs)
		saved := keepAnalysesBelow
		keepAnalysesBelow = 0
		got := render(docs)
		keepAnalysesBelow = saved
		if got != want {
			t.Errorf("%s: the large-input path changes the output:\n%s\nwant:\n%s", name, got, want)
		}
		if !strings.Contains(want, `"disagreements"`) && name == "d30002t" {
			t.Errorf("%s: no disagreements to compare", name)
		}
	}
}
