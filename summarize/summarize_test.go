package summarize

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// seeds reads the bundled seed story from ../testdata/seeds.
func seeds(t testing.TB) []Document {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seed files: %v, %v", files, err)
	}
	var docs []Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Document{ID: filepath.Base(f), Text: string(data)})
	}
	return docs
}

// checkInvariants checks what must hold for every summary.
func checkInvariants(t *testing.T, docs []Document, s *Summary) {
	t.Helper()
	if len(s.Sources) != len(docs) {
		t.Errorf("%d sources for %d documents", len(s.Sources), len(docs))
	}
	for i, sent := range s.Sentences {
		sources := map[int]bool{}
		rep := 0
		for _, c := range sent.Citations {
			if c.Source < 1 || c.Source > len(docs) {
				t.Fatalf("sentence %d cites source %d", i, c.Source)
			}
			text := docs[c.Source-1].Text
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End || text[c.Start:c.End] != c.Text {
				t.Errorf("sentence %d: citation span %d:%d does not hold %q", i, c.Start, c.End, c.Text)
			}
			sources[c.Source] = true
			if c.Representative {
				rep++
				if collapse(c.Text) != sent.Text {
					t.Errorf("sentence %d: representative %q is not the text %q", i, c.Text, sent.Text)
				}
			}
		}
		if rep != 1 {
			t.Errorf("sentence %d: %d representatives", i, rep)
		}
		if sent.Support != len(sources) {
			t.Errorf("sentence %d: support %d, cites %d sources", i, sent.Support, len(sources))
		}
		if sent.Score <= 0 || sent.Score > 1 {
			t.Errorf("sentence %d: score %v outside (0, 1]", i, sent.Score)
		}
	}
}

func TestSeeds(t *testing.T) {
	docs := seeds(t)
	s, err := Summarize(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, docs, s)
	if len(s.Sentences) != 5 {
		t.Fatalf("%d sentences, want 5", len(s.Sentences))
	}
	first := s.Sentences[0]
	if !strings.Contains(first.Text, "planners") || first.Support != 5 {
		t.Errorf("first claim %q has support %d, want the planners claim with 5", first.Text, first.Support)
	}
	// The "European forces under US command and control" claim, which
	// four sources carry in four wordings, is cited for all four in a
	// longer summary.
	long, err := Summarize(docs, Options{Sentences: 10})
	if err != nil {
		t.Fatal(err)
	}
	var command *Sentence
	for i := range long.Sentences {
		if strings.Contains(long.Sentences[i].Text, "command") {
			command = &long.Sentences[i]
		}
	}
	if command == nil {
		t.Fatal("no command-and-control claim in the summary of 10 sentences")
	}
	if command.Support != 4 {
		t.Errorf("command-and-control claim %q: support %d, want 4", command.Text, command.Support)
	}
	// No claim twice: no two summary sentences make the same claim.
	m, _ := NewMatcher("")
	for i, a := range long.Sentences {
		for _, b := range long.Sentences[i+1:] {
			if m.Same(a.Text, b.Text) {
				t.Errorf("the summary says twice %q and %q", a.Text, b.Text)
			}
		}
	}
	for _, sent := range s.Sentences {
		for _, junk := range []string{"Select Language", "Post a Comment", "jpeg", "date 2025", "Category"} {
			if strings.Contains(sent.Text, junk) {
				t.Errorf("junk %q in summary sentence %q", junk, sent.Text)
			}
		}
	}
}

func TestLengthBudgets(t *testing.T) {
	docs := seeds(t)
	for _, tc := range []struct {
		opt   Options
		check func(words, bytes, n int) bool
	}{
		{Options{Sentences: 3}, func(w, b, n int) bool { return n == 3 }},
		{Options{Sentences: 1}, func(w, b, n int) bool { return n == 1 }},
		{Options{Words: 60}, func(w, b, n int) bool { return w >= 60 }},
		{Options{Bytes: 665}, func(w, b, n int) bool { return b >= 665 }},
	} {
		s, err := Summarize(docs, tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, docs, s)
		words, bytes := 0, 0
		for i, sent := range s.Sentences {
			words += len(strings.Fields(sent.Text))
			if i > 0 {
				bytes++
			}
			bytes += len(sent.Text)
		}
		if !tc.check(words, bytes, len(s.Sentences)) {
			t.Errorf("%+v: %d sentences, %d words, %d bytes", tc.opt, len(s.Sentences), words, bytes)
		}
		// Whole claims: without the last sentence the budget is not met.
		if n := len(s.Sentences); tc.opt.Words > 0 && words-len(strings.Fields(s.Sentences[n-1].Text)) >= tc.opt.Words {
			t.Errorf("%+v: one sentence too many", tc.opt)
		}
	}
}

func TestMinSupport(t *testing.T) {
	docs := seeds(t)
	s, err := Summarize(docs, Options{MinSupport: 4, Sentences: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sentences) == 0 {
		t.Fatal("no claims with support 4")
	}
	for _, sent := range s.Sentences {
		if sent.Support < 4 {
			t.Errorf("claim %q has support %d < 4", sent.Text, sent.Support)
		}
	}
}

func TestErrors(t *testing.T) {
	if _, err := Summarize(nil, Options{}); !errors.Is(err, ErrNoDocuments) {
		t.Errorf("no documents: %v", err)
	}
	_, err := Summarize([]Document{{ID: "a", Text: "Post a Comment\n- Category\n"}, {Text: "  "}}, Options{})
	if !errors.Is(err, ErrNoSentences) {
		t.Errorf("junk only: %v", err)
	}
	_, err = Summarize(seeds(t), Options{Language: "klingon"})
	if err == nil || !strings.Contains(err.Error(), "klingon") {
		t.Errorf("bad language: %v", err)
	}
}

func TestInvalidUTF8(t *testing.T) {
	docs := []Document{
		{ID: "a", Text: "The bridge was closed on Sunday after a ship hit \xff\xfe its pier.\n"},
		{ID: "b", Text: "The bridge was closed on Sunday after a ship hit its pier.\n"},
	}
	s, err := Summarize(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, sent := range s.Sentences {
		for _, c := range sent.Citations {
			if c.Source == 1 && !strings.Contains(c.Text, "\uFFFD") {
				t.Errorf("citation %q lacks the replacement character", c.Text)
			}
		}
	}
}

// TestDeterminism runs the seeds, and a generated cluster past the size
// from which Summarize shares its work out (skipped in -short mode),
// many times and at several GOMAXPROCS settings, and wants byte-identical
// JSON every time.
func TestDeterminism(t *testing.T) {
	inputs := map[string][]Document{"seeds": seeds(t)}
	if !testing.Short() {
		inputs["generated"] = genStories(2100, 10)
		if w := workersFor(inputs["generated"], 8); w != 8 {
			t.Fatalf("the generated cluster is under the parallel threshold: workersFor gives %d", w)
		}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, name := range []string{"seeds", "generated"} {
		docs, ok := inputs[name]
		if !ok {
			continue
		}
		render := func() []byte {
			s, err := Summarize(docs, Options{Sentences: 7})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := s.WriteJSON(&b); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}
		runtime.GOMAXPROCS(1)
		want := render()
		for _, procs := range []int{1, 2, 8} {
			runtime.GOMAXPROCS(procs)
			for i := 0; i < 3; i++ {
				if got := render(); !bytes.Equal(got, want) {
					t.Fatalf("%s, GOMAXPROCS=%d run %d: output differs", name, procs, i)
				}
			}
		}
	}
}

func TestNegativeOptions(t *testing.T) {
	docs := []Document{{Text: "The city closed the bridge on Sunday after a ship struck it."}}
	for _, opt := range []Options{{Sentences: -2}, {Words: -1}, {Bytes: -5}, {MinSupport: -1}} {
		if _, err := Summarize(docs, opt); err == nil || !strings.Contains(err.Error(), "must not be negative") {
			t.Errorf("Summarize with %+v: error %v, want one about a negative option", opt, err)
		}
	}
	if _, err := Summarize(docs, Options{Sentences: 1}); err != nil {
		t.Errorf("a valid option: %v", err)
	}
}

// TestSpansInvalidUTF8: for a document that is not valid UTF-8 the spans
// are offsets in strings.ToValidUTF8(text, "\uFFFD"), as Citation says.
func TestSpansInvalidUTF8(t *testing.T) {
	bad := "The city closed the \xff\xfe bridge on Sunday after a ship struck it. Engineers will inspect the pier this week."
	docs := []Document{{Text: bad}, {Text: "The city closed the bridge on Sunday after a ship struck it."}}
	s, err := Summarize(docs, Options{Sentences: 2})
	if err != nil {
		t.Fatal(err)
	}
	repaired := strings.ToValidUTF8(bad, "\uFFFD")
	checked := 0
	for _, sent := range s.Sentences {
		for _, c := range sent.Citations {
			if c.Source != 1 {
				continue
			}
			checked++
			if repaired[c.Start:c.End] != c.Text {
				t.Errorf("span %d–%d of the repaired text is %q, citation text %q", c.Start, c.End, repaired[c.Start:c.End], c.Text)
			}
		}
	}
	if checked < 2 {
		t.Errorf("%d citations of the invalid document, want both its sentences", checked)
	}
}

// TestLean: Options.Lean leaves LeftOut nil and every citation's
// Similarity 0, and changes nothing else: the text, Markdown and JSON
// outputs are byte-identical.
func TestLean(t *testing.T) {
	docs := seeds(t)
	full, err := Summarize(docs, Options{Sentences: 8})
	if err != nil {
		t.Fatal(err)
	}
	lean, err := Summarize(docs, Options{Sentences: 8, Lean: true})
	if err != nil {
		t.Fatal(err)
	}
	if lean.LeftOut != nil {
		t.Errorf("Lean: %d left-out claims, want nil", len(lean.LeftOut))
	}
	if len(full.LeftOut) == 0 {
		t.Fatal("no left-out claims without Lean: the test says nothing")
	}
	similar := false
	for _, s := range full.Sentences {
		for _, c := range s.Citations {
			similar = similar || c.Similarity != 0
		}
	}
	if !similar {
		t.Fatal("no citation similarity without Lean: the test says nothing")
	}
	for _, s := range lean.Sentences {
		for _, c := range s.Citations {
			if c.Similarity != 0 {
				t.Fatalf("Lean: citation similarity %v, want 0", c.Similarity)
			}
		}
	}
	for _, w := range []struct {
		name  string
		write func(*Summary, io.Writer) error
	}{
		{"text", (*Summary).WriteText}, {"markdown", (*Summary).WriteMarkdown}, {"json", (*Summary).WriteJSON},
	} {
		var a, b bytes.Buffer
		if err := w.write(full, &a); err != nil {
			t.Fatal(err)
		}
		if err := w.write(lean, &b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s output differs with Lean", w.name)
		}
	}
}

// TestCitationsCarry: every citation of a summary sentence other than its
// representative has a similarity to the representative of at least the
// join threshold, and the support counts the cited sources: a sentence
// grouped into a claim through other members alone is not cited
// (claimSet.carrying). On the seeds at 22 sentences, source 4's "President
// Trump, after his meeting with ... Zelenskyy, described Ukraine as “a
// frontline of Western civilization” ..." stands in the claim about halted
// weapons shipments at similarity 0.29, and the explain view shows the
// similarity of each citation, so the test also says that a reader can
// check the rule there. It reads DUC 2004 d30001t too when the data is
// there.
func TestCitationsCarry(t *testing.T) {
	cases := map[string][]Document{"seeds": seeds(t), "lead-tie": caseDocs(t, "lead-tie")}
	if files, _ := filepath.Glob(filepath.Join(ducDir, "d30001t", "*")); len(files) > 0 {
		cases["d30001t"] = ducDocs(t, "d30001t")
	}
	checked := 0
	for name, docs := range cases {
		s, err := Summarize(docs, Options{Sentences: 22})
		if err != nil {
			t.Fatal(err)
		}
		for _, sent := range s.Sentences {
			sources := map[int]bool{}
			for _, c := range sent.Citations {
				sources[c.Source] = true
				if c.Representative || c.Text == sent.Text {
					continue
				}
				checked++
				if c.Similarity < ModelThreshold {
					t.Errorf("%s: %q cites [%d] %q at similarity %.4f, below %.2f", name, sent.Text, c.Source, c.Text, c.Similarity, ModelThreshold)
				}
			}
			if sent.Support != len(sources) {
				t.Errorf("%s: %q has support %d but cites %d sources", name, sent.Text, sent.Support, len(sources))
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d citations checked: the test says little", checked)
	}
}
