package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/concordsum/concord/summarize"
)

const citationsHelp = `concord-eval citations: how many citations state the claim they cite.

Usage:
  concord-eval citations [flags]

Summarises every DUC 2004 cluster (100 words) and NeuS validation story
(65 words) and looks up each citation other than the representative's
among the 300 that two readers judged (citations.tsv, embedded: does the
cited sentence state the summary sentence's claim, a part of it, or not?).
Prints per set: the judged citations still cited, how many of them both
readers found carrying the claim (precision), the same for the citations
marked partial (~) and for the others, the judged ones no longer cited by
verdict, and the citations of today's summaries that nobody
judged (when that grows, the figures say less: judge a new sample).

Flags:
  -data DIR     the evaluation data (default ../shared/data)
`

// citationLabels holds the readers' verdicts (see the file's header).
//
//go:embed citations.tsv
var citationLabels []byte

// A citationLabel is one judged citation.
type citationLabel struct {
	set, story, summary, cited string // cited: the hash of the cited sentence's text
	carries                    bool   // neither reader said "no"
}

// parseCitationLabels reads citations.tsv.
func parseCitationLabels(data []byte) ([]citationLabel, error) {
	var out []citationLabel
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("citations.tsv, line %d: %d fields, want 6", n, len(f))
		}
		for _, v := range f[4:] {
			if v != "full" && v != "part" && v != "no" {
				return nil, fmt.Errorf("citations.tsv, line %d: verdict %q, want full, part or no", n, v)
			}
		}
		out = append(out, citationLabel{f[0], f[1], f[2], f[3], f[4] != "no" && f[5] != "no"})
	}
	return out, sc.Err()
}

// textHash names a sentence as citations.tsv does.
func textHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// citationTally is the outcome on one set.
type citationTally struct {
	judged, cited, carrying    int // judged citations; still cited; of those, carrying
	partial, partialCarrying   int // of the cited: marked partial; of those, carrying
	droppedRight, droppedWrong int // judged, no longer cited: carrying, not
	unjudged, all              int // today's other citations not judged; all of them
}

// tallyCitations compares the citations of sums (story name → summary)
// with the labels of set.
func tallyCitations(set string, sums map[string]*summarize.Summary, labels []citationLabel) citationTally {
	var t citationTally
	now := map[[3]string]bool{}
	partial := map[[3]string]bool{}
	for story, s := range sums {
		for _, sent := range s.Sentences {
			h := textHash(sent.Text)
			for _, c := range sent.Citations {
				if c.Representative || c.Text == sent.Text {
					continue
				}
				t.all++
				k := [3]string{story, h, textHash(c.Text)}
				now[k] = true
				partial[k] = partial[k] || c.Partial
			}
		}
	}
	seen := map[[3]string]bool{}
	for _, l := range labels {
		if l.set != set {
			continue
		}
		t.judged++
		k := [3]string{l.story, l.summary, l.cited}
		seen[k] = true
		if now[k] && partial[k] {
			t.partial++
			if l.carries {
				t.partialCarrying++
			}
		}
		switch {
		case now[k] && l.carries:
			t.cited++
			t.carrying++
		case now[k]:
			t.cited++
		case l.carries:
			t.droppedRight++
		default:
			t.droppedWrong++
		}
	}
	for k := range now {
		if !seen[k] {
			t.unjudged++
		}
	}
	return t
}

func runCitations(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("citations")
	data := fs.String("data", defaultData, "")
	if code := parse(fs, args, citationsHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, fs, "unexpected argument %q", fs.Arg(0))
	}
	labels, err := parseCitationLabels(citationLabels)
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	start := time.Now()
	tallies, err := citationTallies(*data, labels, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "%-8s %7s %7s %9s %10s %16s %16s %14s %14s %10s\n", "set", "judged", "cited", "carrying", "precision", "full: carrying", "~: carrying", "dropped right", "dropped wrong", "unjudged")
	for _, set := range []string{"duc2004", "neus"} {
		t := tallies[set]
		fmt.Fprintf(stdout, "%-8s %7d %7d %9d %10s %16s %16s %14d %14d %5d of %d\n", set, t.judged, t.cited, t.carrying, share(t.carrying, t.cited),
			ratio(t.carrying-t.partialCarrying, t.cited-t.partial), ratio(t.partialCarrying, t.partial), t.droppedRight, t.droppedWrong, t.unjudged, t.all)
	}
	fmt.Fprintf(stderr, "concord-eval: citations: %.1fs\n", time.Since(start).Seconds())
	return 0
}

// share prints a of b as a percentage, "-" when b is 0.
func share(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}

// citationTallies summarises both sets and tallies their citations.
func citationTallies(data string, labels []citationLabel, stderr io.Writer) (map[string]citationTally, error) {
	type story struct {
		set, name string
		docs      []summarize.Document
		words     int
	}
	var stories []story
	topics, err := loadDUCTopics(filepath.Join(data, "duc2004"), "")
	if err != nil {
		return nil, err
	}
	for _, t := range topics {
		docs, err := readDUCDocs(t.dir, io.Discard)
		if err != nil {
			return nil, err
		}
		stories = append(stories, story{"duc2004", t.name, docs, 100})
	}
	ns, err := loadNeuS(filepath.Join(data, "neus-val"))
	if err != nil {
		return nil, err
	}
	for _, s := range ns {
		stories = append(stories, story{"neus", s.name, s.docs, 65})
	}
	sums := make([]*summarize.Summary, len(stories))
	prog := newProgress(stderr, "citations: summarising", len(stories))
	if err := parallel(len(stories), func(i int) error {
		s, err := summarize.Summarize(stories[i].docs, summarize.Options{Words: stories[i].words, Lean: true})
		if err != nil {
			return fmt.Errorf("%s %s: %v", stories[i].set, stories[i].name, err)
		}
		sums[i] = s
		prog.step()
		return nil
	}); err != nil {
		return nil, err
	}
	prog.finish()
	out := map[string]citationTally{}
	for _, set := range []string{"duc2004", "neus"} {
		by := map[string]*summarize.Summary{}
		for i, st := range stories {
			if st.set == set {
				by[st.name] = sums[i]
			}
		}
		out[set] = tallyCitations(set, by, labels)
	}
	return out, nil
}
