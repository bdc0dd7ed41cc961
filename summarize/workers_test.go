package summarize

import (
	"bytes"
	"testing"

	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/vectorize"
)

// TestWorkers checks that the number of goroutines changes nothing, on a
// generated cluster large enough for every stage to share its work out
// (several TextRank blocks, several tokenising runs, parallel rows).
func TestWorkers(t *testing.T) {
	sameAtWorkers(t, genStories(4500, 10), 3)
}

// sameAtWorkers checks that docs give the same explain JSON at each
// number of workers as at one.
func sameAtWorkers(t *testing.T, docs []Document, workers ...int) {
	t.Helper()
	render := func(workers int) []byte {
		s, err := Summarize(docs, Options{Words: 200, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := s.WriteExplainJSON(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	want := render(1)
	for _, w := range workers {
		if got := render(w); !bytes.Equal(got, want) {
			t.Fatalf("%d workers: output differs from 1 worker", w)
		}
	}
}

// TestEdgeCapExact checks that the similarity graph's bounds leave the
// graph exact on all 500 DUC 2004 articles as one cluster: they bind only
// on larger or denser input.
func TestEdgeCapExact(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	docs := ducDocs(t, "")
	lang, _ := vectorize.LookupLanguage("english")
	p := prepare(docs, lang, Options{}.maxSentenceBytes(), 0)
	texts := make([]string, len(p.body))
	for i, s := range p.body {
		texts[i] = s.Text
	}
	tok, _ := vectorize.NewTokeniser("")
	m := rank.Matrix(vectorize.TFIDFWorkers(texts, tok, 0))
	g := rank.Link(m, rank.Linking{Threshold: edgeThreshold})
	if len(texts) < 10000 {
		t.Fatalf("%d sentences; want the 12,000 of DUC 2004", len(texts))
	}
	if g.Threshold != edgeThreshold || g.Bounded {
		t.Errorf("the bounds bind on %d sentences: threshold %v, bounded %v", len(texts), g.Threshold, g.Bounded)
	}
	t.Logf("%d sentences, %d edges at %v", len(texts), g.Edges(), g.Threshold)
}

// TestWorkersDUC checks the same on all 500 DUC 2004 articles as one
// cluster (skipped without the data and in -short mode): real English,
// past the size from which work is shared out, so that the learned
// same-claim model weighs its pairs on several goroutines too.
func TestWorkersDUC(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	docs := ducDocs(t, "")
	if size := workersFor(docs, 8); size != 8 {
		t.Fatalf("DUC 2004 is under the parallel threshold: workersFor gives %d", size)
	}
	sameAtWorkers(t, docs, 2, 8)
}
