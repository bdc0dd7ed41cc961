package summarize

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/concordsum/concord/vectorize"
)

func TestExplainData(t *testing.T) {
	docs := seeds(t)
	sum, err := Summarize(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := vectorize.NewTokeniser("english")
	for i, s := range sum.Sentences {
		var rep Citation
		for _, c := range s.Citations {
			if c.Representative {
				rep = c
			}
		}
		for _, c := range s.Citations {
			switch {
			case c.Representative && c.Similarity != 1:
				t.Errorf("sentence %d: representative similarity %v", i, c.Similarity)
			case !c.Representative && (c.Similarity <= 0 || c.Similarity >= 1):
				t.Errorf("sentence %d, source %d: similarity %v out of (0, 1)", i, c.Source, c.Similarity)
			}
			// Members share terms with the representative.
			if !c.Representative && !shareTerm(tok, c.Text, rep.Text) {
				t.Errorf("sentence %d: %q and %q share no term but similarity %v", i, c.Text, rep.Text, c.Similarity)
			}
		}
	}
	if len(sum.LeftOut) == 0 {
		t.Fatal("no left-out claims for the seeds")
	}
	inSummary := map[string]bool{}
	for _, s := range sum.Sentences {
		for _, c := range s.Citations {
			inSummary[c.Text] = true
		}
	}
	for i, lo := range sum.LeftOut {
		if i > 0 && lo.Score > sum.LeftOut[i-1].Score {
			t.Errorf("left-out claims not in score order at %d", i)
		}
		sources := map[int]bool{}
		for _, c := range lo.Citations {
			sources[c.Source] = true
			if inSummary[c.Text] {
				t.Errorf("left-out sentence %q is in the summary", c.Text)
			}
			if text := docs[c.Source-1].Text; text[c.Start:c.End] != c.Text {
				t.Errorf("left-out citation span does not hold %q", c.Text)
			}
		}
		if len(sources) != 1 || lo.Reason == "" {
			t.Errorf("left-out claim %q: %d sources, reason %q", lo.Text, len(sources), lo.Reason)
		}
	}
	// With -min-support 2 the single-source claims say so.
	sum2, err := Summarize(docs, Options{MinSupport: 2})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, lo := range sum2.LeftOut {
		if strings.Contains(lo.Reason, "min-support 2") {
			n++
		}
	}
	if n == 0 {
		t.Error("no left-out claim gives -min-support as its reason")
	}
}

func shareTerm(tok *vectorize.Tokeniser, a, b string) bool {
	in := map[string]bool{}
	for _, w := range tok.Tokenise(a) {
		in[w] = true
	}
	for _, w := range tok.Tokenise(b) {
		if in[w] {
			return true
		}
	}
	return false
}

func TestWriteExplainJSON(t *testing.T) {
	docs := seeds(t)
	sum, err := Summarize(docs, Options{Sentences: 2})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := sum.WriteExplainJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Language  string `json:"language"`
		Sentences []struct {
			Citations []struct {
				Similarity *float64 `json:"similarity"`
			} `json:"citations"`
		} `json:"sentences"`
		LeftOut []struct {
			Text, Reason string
		} `json:"left_out"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Language != "english" || len(got.Sentences) != 2 || len(got.LeftOut) != len(sum.LeftOut) {
		t.Fatalf("explain JSON: language %q, %d sentences, %d left out", got.Language, len(got.Sentences), len(got.LeftOut))
	}
	for _, s := range got.Sentences {
		for _, c := range s.Citations {
			if c.Similarity == nil {
				t.Error("citation without similarity")
			}
		}
	}
	// The text view names every member and every left-out claim.
	buf.Reset()
	if err := sum.WriteExplain(&buf); err != nil {
		t.Fatal(err)
	}
	for _, s := range sum.Sentences {
		for _, c := range s.Citations {
			if !strings.Contains(buf.String(), collapse(c.Text)) {
				t.Errorf("explain text lacks member %q", c.Text)
			}
		}
	}
	for _, lo := range sum.LeftOut {
		if !strings.Contains(buf.String(), lo.Text) {
			t.Errorf("explain text lacks left-out %q", lo.Text)
		}
	}
}

func TestDocumentTitle(t *testing.T) {
	docs := seeds(t)[:2]
	docs[0].Title = "  Given   headline "
	sum, err := Summarize(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Sources[0].Title != "Given headline" {
		t.Errorf("title %q", sum.Sources[0].Title)
	}
	for _, s := range sum.Sentences {
		if strings.Contains(s.Text, "Given headline") {
			t.Error("a given title reached the summary")
		}
	}
}

func TestLanguageOption(t *testing.T) {
	docs := []Document{
		{ID: "a", Text: "Ein schwerer Sturm hat am Montag den Bahnverkehr im Norden lahmgelegt. Die Bahn stellte den Fernverkehr zwischen Hamburg und Berlin ein."},
		{ID: "b", Text: "Wegen eines schweren Sturms hat die Bahn am Montag den Fernverkehr zwischen Hamburg und Berlin eingestellt. Verletzt wurde niemand."},
	}
	for _, tc := range []struct{ lang, want, err string }{
		{"german", "german", ""},
		{"DE", "german", ""},
		{"auto", "german", ""},
		{"", "english", ""},
		{"klingon", "", `unsupported language "klingon"`},
	} {
		sum, err := Summarize(docs, Options{Language: tc.lang})
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.lang, err, tc.err)
			}
		case err != nil:
			t.Errorf("%q: %v", tc.lang, err)
		case sum.Language != tc.want:
			t.Errorf("%q: language %s, want %s", tc.lang, sum.Language, tc.want)
		}
	}
	if got := DetectLanguages(append(docs, Document{Text: "The storm closed the railway between the two cities on Monday, and nobody was hurt."})); strings.Join(got, ",") != "german,german,english" {
		t.Errorf("DetectLanguages = %q", got)
	}
}

// TestExplainMinSupport: the claims -min-support removes are listed in
// LeftOut with the reason, beside the single-source ones.
func TestExplainMinSupport(t *testing.T) {
	docs := seeds(t)
	s, err := Summarize(docs, Options{MinSupport: 4})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, lo := range s.LeftOut {
		sources := map[int]bool{}
		for _, c := range lo.Citations {
			sources[c.Source] = true
		}
		if len(sources) > 1 {
			found = true
			if want := fmt.Sprintf("%d sources, below -min-support 4", len(sources)); lo.Reason != want {
				t.Errorf("%q: reason %q, want %q", lo.Text, lo.Reason, want)
			}
		}
	}
	if !found {
		t.Error("no claim of two or three sources in LeftOut with -min-support 4")
	}
}

// TestExplainNotCited holds Sentence.NotCited to the claim's members that
// its citations leave out: on the seeds at 22 sentences, source 4's
// sentence 6 is grouped into the claim about Trump ruling out ground
// troops but too unlike its representative to be cited; every member is
// listed once, cited or not; none is listed with Options.Lean.
func TestExplainNotCited(t *testing.T) {
	docs := seeds(t)
	sum, err := Summarize(docs, Options{Sentences: 22})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for i, s := range sum.Sentences {
		seen := map[[2]int]bool{}
		for _, c := range s.Citations {
			seen[[2]int{c.Source, c.Sentence}] = true
		}
		for _, c := range s.NotCited {
			k := [2]int{c.Source, c.Sentence}
			if seen[k] {
				t.Errorf("sentence %d: source %d sentence %d both cited and not cited", i, c.Source, c.Sentence)
			}
			seen[k] = true
			if c.Representative || c.Partial || c.Similarity <= 0 || c.Similarity >= 1 {
				t.Errorf("sentence %d: not-cited member %+v", i, c)
			}
			if docs[c.Source-1].Text[c.Start:c.End] != c.Text {
				t.Errorf("sentence %d: not-cited span does not hold %q", i, c.Text)
			}
			if c.Source == 4 && c.Sentence == 6 && strings.HasPrefix(s.Text, "Trump has publicly stated he would not send US troops") {
				found = true
			}
		}
	}
	if !found {
		t.Error("source 4 sentence 6 is not listed as a not-cited member of the ground-troops claim")
	}
	lean, err := Summarize(docs, Options{Sentences: 22, Lean: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range lean.Sentences {
		if s.NotCited != nil {
			t.Errorf("Lean: sentence %d has NotCited", i)
		}
	}
}
