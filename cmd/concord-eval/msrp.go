package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/vectorize"
)

const msrpHelp = `concord-eval msrp: concord's "same claim?" decision on paraphrase pairs.

Reads a file in the format of the Microsoft Research Paraphrase Corpus (a
header line, then tab-separated Quality, #1 ID, #2 ID, #1 String, #2 String;
Quality 1 means the two sentences say the same thing) and prints the
accuracy, precision, recall and F1 of summarize.Matcher's decision, the one
concord's consensus grouping takes before it cites two sources for one
claim (the learned model, which was trained on this split: see
summarize/internal/paraphrase/model.json for its cross-validated accuracy), with its
first stage (the lexical similarity), the baselines "always same" and, for reference, TF-IDF cosine
of concord's terms at 0.4 with IDF over the file's sentences (the grouping
decision before the Matcher).

Usage:
  concord-eval msrp [flags] [file]

The default file is DATA/msrp/train.tsv.

Flags:
  -data DIR   evaluation data (default ../shared/data)
  -pairs      also print the decision for every pair: label, decision,
              similarity, the two IDs
`

type msrpPair struct {
	label  bool
	id1    string
	id2    string
	s1, s2 string
}

func runMSRP(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("msrp")
	data := fs.String("data", defaultData, "")
	pairs := fs.Bool("pairs", false, "")
	if code := parse(fs, args, msrpHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 1 {
		return usageError(stderr, fs, "want at most one file, got %d", fs.NArg())
	}
	path := filepath.Join(*data, "msrp", "train.tsv")
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	ps, err := readMSRP(path, fs.NArg() == 0)
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	m, err := summarize.NewMatcher("")
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	sims := make([]float64, len(ps))
	same := make([]bool, len(ps))
	always := make([]bool, len(ps))
	lex := make([]bool, len(ps))
	for i, p := range ps {
		lex[i] = m.Lexical(p.s1, p.s2) >= summarize.SameClaimThreshold
		sims[i] = m.Probability(p.s1, p.s2)
		same[i] = sims[i] >= m.Threshold()
		always[i] = true
	}
	cos, err := cosineDecisions(ps, 0.4)
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	positive := 0
	for _, p := range ps {
		if p.label {
			positive++
		}
	}
	fmt.Fprintf(w, "MSRP %s: %d pairs, %d labelled the same (%.1f%%); figures in %%\n", path, len(ps), positive, 100*float64(positive)/float64(len(ps)))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "decision\taccuracy\tprecision\trecall\tF1\t")
	for _, row := range []struct {
		name string
		dec  []bool
	}{
		{fmt.Sprintf("concord same claim (model ≥ %.2f, gate lexical ≥ %.2f)", m.Threshold(), summarize.ModelGate), same},
		{fmt.Sprintf("lexical similarity ≥ %.2f (the first stage)", summarize.SameClaimThreshold), lex},
		{"TF-IDF cosine ≥ 0.4", cos},
		{"always same", always},
	} {
		acc, prec, rec, f1 := binaryScores(ps, row.dec)
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t\n", row.name, 100*acc, 100*prec, 100*rec, 100*f1)
	}
	tw.Flush()
	if filepath.Base(path) == "train.tsv" {
		// The model's unshared-words lexicon (summarize/internal/paraphrase)
		// is fitted on MSRP train's labels: on its own pairs the learned
		// decision is scored in-sample.
		fmt.Fprintln(w, "note: the model's word lexicon is fitted on MSRP train, so on these pairs its row is in-sample; for held-out accuracy see the 10-fold cross-validation of go run ./summarize/internal/paraphrase/train (the lexicon refitted in each fold), or run this on pairs the model was not trained on")
	}
	if *pairs {
		fmt.Fprintln(w, "\nlabel\tsame\tsimilarity\t#1 ID\t#2 ID")
		for i, p := range ps {
			fmt.Fprintf(w, "%d\t%d\t%.4f\t%s\t%s\n", b2i(p.label), b2i(same[i]), sims[i], p.id1, p.id2)
		}
	}
	return exitOK
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// binaryScores returns accuracy, precision, recall and F1 of dec against
// the labels.
func binaryScores(ps []msrpPair, dec []bool) (acc, prec, rec, f1 float64) {
	var tp, fp, fn, tn int
	for i, p := range ps {
		switch {
		case dec[i] && p.label:
			tp++
		case dec[i]:
			fp++
		case p.label:
			fn++
		default:
			tn++
		}
	}
	acc = float64(tp+tn) / float64(len(ps))
	if tp+fp > 0 {
		prec = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		rec = float64(tp) / float64(tp+fn)
	}
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	return
}

// readMSRP reads an MSRP file. isDefault tells whether path was chosen by
// default, for the message when it is missing.
func readMSRP(path string, isDefault bool) ([]msrpPair, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if isDefault {
			return nil, missingData("MSRP training split", path, err)
		}
		return nil, fmt.Errorf("%s: %v", path, pathError(err))
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	var out []msrpPair
	for n, line := range lines {
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if n == 0 && len(cols) > 0 && !isLabel(cols[0]) {
			continue // the header
		}
		if len(cols) != 5 {
			return nil, fmt.Errorf("%s, line %d: %d tab-separated columns, want 5 (Quality, #1 ID, #2 ID, #1 String, #2 String)", path, n+1, len(cols))
		}
		if !isLabel(cols[0]) {
			return nil, fmt.Errorf("%s, line %d: Quality %q is neither 0 nor 1", path, n+1, cols[0])
		}
		out = append(out, msrpPair{label: cols[0] == "1", id1: cols[1], id2: cols[2], s1: cols[3], s2: cols[4]})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no sentence pairs", path)
	}
	return out, nil
}

func isLabel(s string) bool { return s == "0" || s == "1" }

// cosineDecisions returns, for each pair, whether the TF-IDF cosine of
// concord's terms, with IDF over all the file's sentences, is at least
// threshold.
func cosineDecisions(ps []msrpPair, threshold float64) ([]bool, error) {
	tok, err := vectorize.NewTokeniser("")
	if err != nil {
		return nil, err
	}
	texts := make([]string, 0, 2*len(ps))
	for _, p := range ps {
		texts = append(texts, p.s1, p.s2)
	}
	m, err := vectorize.TFIDF(texts, tok)
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(ps))
	for i := range ps {
		out[i] = m.Dot(2*i, 2*i+1) >= threshold
	}
	return out, nil
}
