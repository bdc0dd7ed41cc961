package summarize

import (
	"testing"
)

// Exact copies add support and citations, and cost nothing else: the
// summary of a document and two copies of it is the document's own, with
// every claim citing all three at the same spans.
func TestCopies(t *testing.T) {
	docs := seeds(t)
	alone, err := Summarize(docs[:1], Options{Sentences: 4})
	if err != nil {
		t.Fatal(err)
	}
	three := []Document{docs[0], {ID: "copy1", Text: docs[0].Text}, {ID: "copy2", Text: docs[0].Text}}
	s, err := Summarize(three, Options{Sentences: 4})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, three, s)
	if len(s.Sentences) != len(alone.Sentences) {
		t.Fatalf("%d sentences, alone %d", len(s.Sentences), len(alone.Sentences))
	}
	for i, sent := range s.Sentences {
		if sent.Text != alone.Sentences[i].Text || sent.Support != 3 || len(sent.Citations) != 3 {
			t.Fatalf("sentence %d: %q support %d, %d citations; want %q, 3, 3", i, sent.Text, sent.Support, len(sent.Citations), alone.Sentences[i].Text)
		}
		c0 := sent.Citations[0]
		for k, c := range sent.Citations {
			if c.Source != k+1 || c.Start != c0.Start || c.End != c0.End || c.Sentence != c0.Sentence || c.Similarity != c0.Similarity {
				t.Errorf("sentence %d: citation %+v differs from the original's %+v", i, c, c0)
			}
			if c.Representative != (k == 0) {
				t.Errorf("sentence %d: citation %d representative %v", i, k, c.Representative)
			}
		}
	}
	for k, src := range s.Sources {
		want := s.Sources[0]
		if src.Sentences != want.Sentences || src.Used != want.Used || src.Title != want.Title || src.ID != three[k].ID {
			t.Errorf("source %d: %+v, want the original's counts and its own ID", k+1, src)
		}
	}
}
