package summarize

import (
	"strings"
	"testing"
)

func TestMethods(t *testing.T) {
	docs := seeds(t)
	for _, m := range Methods() {
		got, err := ParseMethod(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMethod(%q) = %v, %v", m.String(), got, err)
		}
		for _, opt := range []Options{{Method: m}, {Method: m, Words: 100}, {Method: m, Sentences: 1}} {
			s, err := Summarize(docs, opt)
			if err != nil {
				t.Fatalf("%v: %v", m, err)
			}
			checkInvariants(t, docs, s)
			words := 0
			for _, sent := range s.Sentences {
				words += len(strings.Fields(sent.Text))
			}
			switch {
			case opt.Words > 0 && words < opt.Words:
				t.Errorf("%v: %d words, want at least %d", m, words, opt.Words)
			case opt.Sentences == 1 && len(s.Sentences) != 1:
				t.Errorf("%v: %d sentences, want 1", m, len(s.Sentences))
			case opt.Words == 0 && opt.Sentences == 0 && len(s.Sentences) != defaultLength:
				t.Errorf("%v: %d sentences, want %d", m, len(s.Sentences), defaultLength)
			}
		}
	}
	if _, err := ParseMethod("bogus"); err == nil {
		t.Error("ParseMethod accepted bogus")
	}
	if _, err := Summarize(docs, Options{Method: Method(99)}); err == nil {
		t.Error("Summarize accepted Method(99)")
	}
	if Method(99).String() != "Method(99)" {
		t.Errorf("Method(99).String() = %q", Method(99).String())
	}
}

// TestLead checks that the Lead baseline takes the first body sentence of
// each document in turn.
func TestLead(t *testing.T) {
	docs := []Document{
		{ID: "a", Text: "The mayor opened the new harbor bridge on Sunday morning.\nTraffic moved slowly across it for most of the day.\n"},
		{ID: "b", Text: "Heavy rain flooded three villages in the northern valley overnight.\nRescue teams reached them by boat before dawn.\n"},
	}
	s, err := Summarize(docs, Options{Method: Lead, Sentences: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sent := range s.Sentences {
		got = append(got, sent.Text[:strings.IndexByte(sent.Text, ' ')])
	}
	if strings.Join(got, " ") != "The Traffic Heavy" {
		t.Errorf("lead summary starts %v, want The Traffic Heavy (document order)", got)
	}
}
