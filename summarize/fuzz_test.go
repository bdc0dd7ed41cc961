package summarize

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/concordsum/concord/vectorize"
)

// fuzzDocs splits the fuzzer's text into at most 8 documents at the
// record separator U+001E.
func fuzzDocs(text string) []Document {
	parts := strings.Split(text, "\x1e")
	if len(parts) > 8 {
		parts = parts[:8]
	}
	docs := make([]Document, len(parts))
	for i, p := range parts {
		docs[i] = Document{ID: fmt.Sprintf("d%d", i), Text: p}
	}
	return docs
}

// fuzzOptions builds Options from the fuzzer's numbers: a length in
// sentences, words or bytes, and a minimum support.
func fuzzOptions(mode, length, minSupport uint8) Options {
	var opt Options
	switch mode % 3 {
	case 0:
		opt.Sentences = int(length % 12)
	case 1:
		opt.Words = int(length)
	case 2:
		opt.Bytes = int(length) * 4
	}
	opt.MinSupport = int(minSupport % 4)
	return opt
}

// FuzzSummarize runs the whole Summarize call on up to eight documents and
// checks what must hold for every input: no panic; only the documented
// errors; every citation's span lies inside its source (as repaired) and
// holds its text, which is a sentence the splitter found there; every
// summary sentence is the collapsed text of its one representative
// citation; support is the number of distinct sources cited and at least
// MinSupport; the length budget is kept; no text is chosen twice; output is
// deterministic, valid UTF-8 in every format and valid JSON.
//
// The seed corpus is in testdata/fuzz/FuzzSummarize; go test runs it. A
// longer run: go test ./summarize -run '^$' -fuzz FuzzSummarize -fuzztime 5m
func FuzzSummarize(f *testing.F) {
	f.Add("The city closed the bridge on Sunday after a ship struck a pier.\nNobody was hurt, officials said on Sunday.\x1eA ship struck a pier of the bridge on Sunday and the city closed it.\nNobody was hurt in the crash, officials said.", uint8(0), uint8(3), uint8(0))
	f.Add("Title Line Here\n\nOne two three four five six seven.\x1eOne two three four five six seven.\x1eOne two three four five six seven.", uint8(1), uint8(5), uint8(2))
	f.Add("It is what it is and it was.  It is what it is and it was.\r\nIt is what it is and it was.", uint8(0), uint8(5), uint8(0))
	f.Add("\xff\xfe The bridge \x00 closed on Sunday after a ship hit it hard.\x1e\x1e   \x1e市政府周日关闭了港口大桥，因为一艘货船撞上了桥墩。没有人受伤。", uint8(2), uint8(40), uint8(1))
	f.Fuzz(func(t *testing.T, text string, mode, length, minSupport uint8) {
		docs := fuzzDocs(text)
		opt := fuzzOptions(mode, length, minSupport)
		s, err := Summarize(docs, opt)
		if err != nil {
			var le *LimitError
			if !errors.Is(err, ErrNoSentences) && !errors.As(err, &le) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkSummary(t, docs, opt, s)
		var j1, j2 bytes.Buffer
		if err := s.WriteJSON(&j1); err != nil {
			t.Fatal(err)
		}
		again, err := Summarize(docs, opt)
		if err != nil {
			t.Fatalf("second run failed: %v", err)
		}
		again.WriteJSON(&j2)
		if !bytes.Equal(j1.Bytes(), j2.Bytes()) {
			t.Fatalf("two runs differ")
		}
		if !json.Valid(j1.Bytes()) || !utf8.Valid(j1.Bytes()) {
			t.Fatalf("invalid JSON output")
		}
		var back struct {
			Sources   []json.RawMessage
			Sentences []struct{ Text string }
		}
		if err := json.Unmarshal(j1.Bytes(), &back); err != nil || len(back.Sources) != len(docs) || len(back.Sentences) != len(s.Sentences) {
			t.Fatalf("JSON output does not decode to the summary: %v", err)
		}
		for i, sent := range back.Sentences {
			if sent.Text != s.Sentences[i].Text {
				t.Fatalf("JSON sentence %d is %q, want %q", i, sent.Text, s.Sentences[i].Text)
			}
		}
		var txt, md bytes.Buffer
		s.WriteText(&txt)
		s.WriteMarkdown(&md)
		if !utf8.Valid(txt.Bytes()) || !utf8.Valid(md.Bytes()) {
			t.Fatalf("text or Markdown output is not valid UTF-8")
		}
		legend := 0
		if s.anyPartial() {
			legend = 1
		}
		differ := 0
		if len(s.Disagreements) > 0 {
			differ = len(s.Disagreements) + 2 // heading, items, blank line
		}
		if lines := strings.Count(txt.String(), "\n"); lines != len(s.Sentences)+1+len(s.Sources)+legend+differ {
			t.Fatalf("text output has %d lines for %d sentences and %d sources", lines, len(s.Sentences), len(s.Sources))
		}
	})
}

// checkSummary checks the properties of a summary of docs made with opt.
func checkSummary(t *testing.T, docs []Document, opt Options, s *Summary) {
	t.Helper()
	checkDisagreements(t, docs, s)
	if len(s.Sources) != len(docs) {
		t.Fatalf("%d sources for %d documents", len(s.Sources), len(docs))
	}
	texts := make([]string, len(docs))
	split := make([][]vectorize.Sentence, len(docs))
	for d, doc := range docs {
		texts[d] = strings.ToValidUTF8(doc.Text, "\uFFFD")
		split[d] = vectorize.Split(d, texts[d])
		if s.Sources[d].Sentences != len(split[d]) {
			t.Fatalf("source %d: %d sentences, the splitter finds %d", d+1, s.Sources[d].Sentences, len(split[d]))
		}
	}
	minSupport := max(opt.MinSupport, 1)
	words, size, maxWords, maxSize := 0, 0, 0, 0
	seen := map[string]bool{}
	cited := map[[2]int]bool{}
	for i, sent := range s.Sentences {
		if !utf8.ValidString(sent.Text) || sent.Text == "" {
			t.Fatalf("sentence %d: %q is empty or not UTF-8", i, sent.Text)
		}
		if seen[sent.Text] {
			t.Fatalf("sentence %d: %q is in the summary twice", i, sent.Text)
		}
		seen[sent.Text] = true
		sources := map[int]bool{}
		reps := 0
		for k, c := range sent.Citations {
			if c.Source < 1 || c.Source > len(docs) {
				t.Fatalf("sentence %d cites source %d", i, c.Source)
			}
			if k > 0 {
				p := sent.Citations[k-1]
				if p.Source > c.Source || p.Source == c.Source && p.Sentence >= c.Sentence {
					t.Fatalf("sentence %d: citations out of order: %+v then %+v", i, p, c)
				}
			}
			text := texts[c.Source-1]
			if c.Start < 0 || c.Start >= c.End || c.End > len(text) || text[c.Start:c.End] != c.Text {
				t.Fatalf("sentence %d: citation [%d:%d] of source %d does not hold %q", i, c.Start, c.End, c.Source, c.Text)
			}
			ss := split[c.Source-1]
			if c.Sentence < 0 || c.Sentence >= len(ss) {
				t.Fatalf("sentence %d: citation of sentence %d, source %d has %d", i, c.Sentence, c.Source, len(ss))
			}
			// Cleaning may cut a dateline off the front, nothing else.
			if sp := ss[c.Sentence]; c.Start < sp.Start || c.End != sp.End {
				t.Fatalf("sentence %d: citation [%d:%d] is not within sentence %d [%d:%d] of source %d", i, c.Start, c.End, c.Sentence, sp.Start, sp.End, c.Source)
			}
			key := [2]int{c.Source, c.Sentence}
			if cited[key] {
				t.Fatalf("sentence %d: source %d sentence %d cited twice", i, c.Source, c.Sentence)
			}
			cited[key] = true
			sources[c.Source] = true
			if c.Representative {
				reps++
				if collapse(c.Text) != sent.Text {
					t.Fatalf("sentence %d: representative %q is not the text %q", i, c.Text, sent.Text)
				}
			}
		}
		if reps != 1 {
			t.Fatalf("sentence %d: %d representatives", i, reps)
		}
		if sent.Support != len(sources) || sent.Support < minSupport {
			t.Fatalf("sentence %d: support %d, cites %d sources, minimum %d", i, sent.Support, len(sources), minSupport)
		}
		if !(sent.Score > 0 && sent.Score <= 1) {
			t.Fatalf("sentence %d: score %v outside (0, 1]", i, sent.Score)
		}
		w := len(strings.Fields(sent.Text))
		words += w
		maxWords = max(maxWords, w)
		if i > 0 {
			size++
		}
		size += len(sent.Text)
		maxSize = max(maxSize, len(sent.Text)+1)
	}
	n := len(s.Sentences)
	switch {
	case opt.Words > 0:
		// Whole sentences until the budget is met: before the last one
		// was added the summary was short of it.
		if n > 0 && words-maxWords >= opt.Words {
			t.Fatalf("%d words for a budget of %d: more than one sentence too many", words, opt.Words)
		}
	case opt.Bytes > 0:
		if n > 0 && size-maxSize >= opt.Bytes {
			t.Fatalf("%d bytes for a budget of %d: more than one sentence too many", size, opt.Bytes)
		}
	case opt.Sentences > 0:
		if n > opt.Sentences {
			t.Fatalf("%d sentences, budget %d", n, opt.Sentences)
		}
	default:
		if n > defaultLength {
			t.Fatalf("%d sentences, default budget %d", n, defaultLength)
		}
	}
}

// checkDisagreements checks that every disagreement concerns a summary
// sentence, has two or more values with different keys of statements,
// and that every statement's spans lie in its source's text and hold its
// words.
func checkDisagreements(t *testing.T, docs []Document, s *Summary) {
	t.Helper()
	for i, d := range s.Disagreements {
		if d.Sentence < 0 || d.Sentence >= len(s.Sentences) || len(d.Values) < 2 {
			t.Fatalf("disagreement %d: sentence %d of %d, %d values", i, d.Sentence, len(s.Sentences), len(d.Values))
		}
		if d.Kind != "number" && d.Kind != "name" && d.Kind != "polarity" {
			t.Fatalf("disagreement %d: kind %q", i, d.Kind)
		}
		for _, v := range d.Values {
			if len(v.Statements) == 0 || len(v.Sources) == 0 || !slices.IsSorted(v.Sources) {
				t.Fatalf("disagreement %d: value %+v", i, v)
			}
			for _, st := range v.Statements {
				c := st.Citation
				if c.Source < 1 || c.Source > len(docs) || !slices.Contains(v.Sources, c.Source) {
					t.Fatalf("disagreement %d: statement of source %d, value sources %v", i, c.Source, v.Sources)
				}
				text := strings.ToValidUTF8(docs[c.Source-1].Text, "\uFFFD")
				if c.Start < 0 || c.End > len(text) || text[c.Start:c.End] != c.Text ||
					st.WordStart < c.Start || st.WordEnd > c.End || st.WordStart > st.WordEnd || text[st.WordStart:st.WordEnd] != st.Words {
					t.Fatalf("disagreement %d: statement %+v does not fit source %d", i, st, c.Source)
				}
			}
		}
	}
}
