package summarize

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/vectorize"
)

// Benchmarks of the whole call and of each stage, on the seeds, one DUC
// 2004 cluster, all 500 DUC 2004 articles as one cluster, and generated
// clusters of 10 000 to 100 000 sentences (see gen_test.go). Run them with
//
//	go test ./summarize -run '^$' -bench . -benchmem -count 5
//
// Each reports sentences/s (sentences the splitter found) and MB/s (input
// bytes). DUC cases are skipped with a message when ../shared/data is
// absent.

// ducDir is DUC 2004's documents, seen from this package.
const ducDir = "../../shared/data/duc2004/docs"

type benchCase struct {
	name string
	docs func(b *testing.B) []Document
}

var benchCases = []benchCase{
	{"seeds", func(b *testing.B) []Document { return seeds(b) }},
	{"duc-d30001t", func(b *testing.B) []Document { return ducDocs(b, "d30001t") }},
	{"duc-all", func(b *testing.B) []Document { return ducDocs(b, "") }},
	{"gen-10k", func(*testing.B) []Document { return genCached(10000, 10) }},
	{"gen-20k", func(*testing.B) []Document { return genCached(20000, 10) }},
	{"gen-50k", func(*testing.B) []Document { return genCached(50000, 10) }},
	{"gen-100k", func(*testing.B) []Document { return genCached(100000, 10) }},
	// One story told 1000 times: claims with hundreds of members.
	{"gen-story1000", func(*testing.B) []Document { return genCached(20000, 1000) }},
}

var genCache sync.Map

func genCached(n, versions int) []Document {
	key := [2]int{n, versions}
	if d, ok := genCache.Load(key); ok {
		return d.([]Document)
	}
	d := genStories(n, versions)
	genCache.Store(key, d)
	return d
}

// ducDocs reads one DUC 2004 topic, or all 50 topics in name order when
// topic is "", skipping the benchmark when the data is absent.
func ducDocs(b testing.TB, topic string) []Document {
	b.Helper()
	pattern := filepath.Join(ducDir, "*", "*")
	if topic != "" {
		pattern = filepath.Join(ducDir, topic, "*")
	}
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Skipf("DUC 2004 data not found at %s; it lives in shared/data beside the repository", ducDir)
	}
	sort.Strings(files)
	var docs []Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if len(data) == 0 {
			continue // 12 DUC files are empty
		}
		rel, _ := filepath.Rel(ducDir, f)
		docs = append(docs, Document{ID: rel, Text: string(data)})
	}
	return docs
}

// size returns the number of sentences Split finds and the bytes of text.
func size(docs []Document) (sents, bytes int) {
	for d, doc := range docs {
		sents += len(vectorize.Split(d, doc.Text))
		bytes += len(doc.Text)
	}
	return sents, bytes
}

func report(b *testing.B, sents, bytes int) {
	sec := b.Elapsed().Seconds()
	if sec <= 0 {
		return
	}
	b.ReportMetric(float64(sents)*float64(b.N)/sec, "sentences/s")
	b.ReportMetric(float64(bytes)*float64(b.N)/sec/1e6, "MB/s")
	b.ReportMetric(float64(sents), "sentences")
}

// BenchmarkSummarize times the whole call, Summarize with the zero
// Options.
func BenchmarkSummarize(b *testing.B) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			docs := c.docs(b)
			sents, bytes := size(docs)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := Summarize(docs, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			report(b, sents, bytes)
		})
	}
}

// BenchmarkTokenize is the floor the pipeline is compared with: every
// document's text turned into term counts (vectorize.Count on all cores,
// the tokeniser's word segmentation, stop words and stemming), nothing
// else. Any TF-IDF summarizer has to do at least this much.
func BenchmarkTokenize(b *testing.B) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			docs := c.docs(b)
			sents, bytes := size(docs)
			texts := make([]string, len(docs))
			for i, d := range docs {
				texts[i] = d.Text
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				tok, err := vectorize.NewTokeniser("")
				if err != nil {
					b.Fatal(err)
				}
				vectorize.Count(texts, tok, 0)
			}
			report(b, sents, bytes)
		})
	}
}

// BenchmarkStage times the pipeline's stages one at a time, each on the
// output of the stages before it (computed outside the timer):
// split, clean, vectorize (TF-IDF of body sentences and titles),
// similarity (the graph at the edge threshold), group (the claim
// similarity of the graph's edges, then claims at SameClaimThreshold), textrank (uniform personalisation), claims (everything from
// vectorize to scored claims, as Summarize runs it), select, disagree
// (Summary.Disagreements of the chosen claims) and write (text and JSON).
func BenchmarkStage(b *testing.B) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			docs := c.docs(b)
			sents, bytes := size(docs)
			stage := func(name string, f func()) {
				b.Run(name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						f()
					}
					report(b, sents, bytes)
				})
			}
			lang, _ := vectorize.LookupLanguage("english")
			split := make([][]vectorize.Sentence, len(docs))
			splitAll := func() {
				for d, doc := range docs {
					split[d] = lang.Split(d, doc.Text)
				}
			}
			splitAll()
			stage("split", splitAll)
			stage("clean", func() { vectorize.Clean(split) })

			p := prepare(docs, lang, Options{}.maxSentenceBytes(), 0)
			texts := make([]string, 0, len(p.body)+len(p.titles))
			for _, s := range p.body {
				texts = append(texts, s.Text)
			}
			for _, s := range p.titles {
				texts = append(texts, s.Text)
			}
			var vm vectorize.Matrix
			stage("vectorize", func() {
				tok, _ := vectorize.NewTokeniser("")
				var err error
				if vm, err = vectorize.TFIDF(texts, tok); err != nil {
					b.Fatal(err)
				}
			})
			if vm.Rows() == 0 {
				tok, _ := vectorize.NewTokeniser("")
				vm, _ = vectorize.TFIDF(texts, tok)
			}
			body := rank.Matrix(vm)
			body.Ptr = body.Ptr[:len(p.body)+1]
			var g rank.Graph
			stage("similarity", func() { g = rank.Similarity(body, edgeThreshold) })
			if g.Nodes() == 0 {
				g = rank.Similarity(body, edgeThreshold)
			}
			source := make([]int, len(p.body))
			for i, s := range p.body {
				source[i] = s.Doc
			}
			stage("group", func() {
				tok, _ := vectorize.NewTokeniser("")
				rank.Group(p.claimGraph(g, tok), source, rank.Grouping{Threshold: SameClaimThreshold})
			})
			stage("textrank", func() { rank.TextRank(nil, g, nil, rank.Settings{}) })
			stage("claims", func() {
				tok, _ := vectorize.NewTokeniser("")
				if _, err := p.claims(tok, Concord); err != nil {
					b.Fatal(err)
				}
			})
			tok, _ := vectorize.NewTokeniser("")
			cs, err := p.claims(tok, Concord)
			if err != nil {
				b.Fatal(err)
			}
			stage("select", func() { cs.choose(Options{}) })
			chosen := cs.choose(Options{})
			stage("disagree", func() {
				// as Summarize runs it: the claims' Matcher, its memo warm
				p.disagreements(cs, chosen, p.matcher(tok))
			})
			sum := p.summary(cs, chosen, matcherFor(tok))
			stage("write", func() {
				sum.WriteText(io.Discard)
				sum.WriteJSON(io.Discard)
			})
		})
	}
}

// BenchmarkStories summarises the 50 DUC 2004 clusters one after the
// other with one Summarize call each, as a Go program without batch mode
// would (ten times over: 500 stories). It reports stories/s.
func BenchmarkStories(b *testing.B) {
	topics, _ := filepath.Glob(filepath.Join(ducDir, "d*"))
	if len(topics) == 0 {
		b.Skipf("DUC 2004 data not found at %s", ducDir)
	}
	sort.Strings(topics)
	var stories [][]Document
	for _, t := range topics {
		stories = append(stories, ducDocs(b, filepath.Base(t)))
	}
	b.ReportAllocs()
	for b.Loop() {
		for range 10 {
			for _, docs := range stories {
				if _, err := Summarize(docs, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(10*len(stories)*b.N)/b.Elapsed().Seconds(), "stories/s")
}
