// Command train fits concord's same-claim model (summarize/internal/paraphrase) on
// the MSRP training split and the SemEval STS news headlines, reports
// cross-validated figures and writes the weights.
//
//	go run ./summarize/internal/paraphrase/train [-data ../shared/data] [-out summarize/internal/paraphrase/model.json] [-lexicon summarize/internal/paraphrase/lexicon.txt]
//
// First it fits the lexicon (paraphrase.Lexicon, lexicon.txt, and beside
// it lexicon.bin, the form the package embeds): a
// logistic regression on the terms that only one sentence of an MSRP
// pair has (lexfit.go). The "same" head is fitted on MSRP's 4,076 pairs
// (label 0 or 1), each pair's "unshared-words" scored by a lexicon fitted
// on the other folds of a 5-fold split (out of fold, as the lexicon
// scores the pairs of use); in cross-validation the lexicon is refitted
// inside each fold from the training folds only. The
// "graded" head on the 2,250 scored STS headline pairs of 2013–2015
// (score / 5). Before the final fit on all the data, it prints the
// 10-fold cross-validated MSRP accuracy (folds stratified by label) and
// the STS Pearson correlation of each year both in 10-fold
// cross-validation over all years and with that year held out. Every
// step is deterministic: the same data gives the same bytes.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/concordsum/concord/internal/stats"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/internal/paraphrase"
	"github.com/concordsum/concord/vectorize"
)

// The settings chosen by cross-validation (see -search).
var (
	sameSettings   = fitSettings{hidden: 0, l2: 1e-3, epochs: 3000, rate: 0.02, seed: 1}
	gradedSettings = fitSettings{hidden: 0, l2: 1e-3, epochs: 3000, rate: 0.02, seed: 1}
)

func main() {
	data := flag.String("data", "../shared/data", "evaluation data")
	out := flag.String("out", "summarize/internal/paraphrase/model.json", "where to write the weights")
	lexOut := flag.String("lexicon", "summarize/internal/paraphrase/lexicon.txt", "where to write the lexicon")
	dump := flag.String("dump", "", "write the features of every pair as CSV to this file and stop")
	noCV := flag.Bool("no-cv", false, "skip cross-validation")
	hidden := flag.Int("hidden", sameSettings.hidden, "tanh units of the same-claim head (0: logistic regression)")
	l2 := flag.Float64("l2", sameSettings.l2, "weight decay of the same-claim head")
	epochs := flag.Int("epochs", sameSettings.epochs, "Adam steps of the same-claim head")
	flag.Parse()
	sameSettings.hidden, sameSettings.l2, sameSettings.epochs = *hidden, *l2, *epochs
	pairs, err := load(*data)
	if err != nil {
		fail(err)
	}
	d, err := prepare(pairs)
	if err != nil {
		fail(err)
	}
	if *dump != "" {
		if err := writeCSV(*dump, pairs, d.feats()); err != nil {
			fail(err)
		}
		return
	}
	msrp, sts, years := d.msrp, d.sts, d.years
	cv := map[string]any{}
	if !*noCV {
		acc := crossValidateMSRP(d, sameSettings)
		fmt.Printf("MSRP train, 10-fold cross-validation: accuracy %.2f%%\n", 100*acc)
		cv["msrp_cv_accuracy"] = round4(acc)
		tenfold, heldOut := crossValidateSTS(sts, years, gradedSettings)
		for _, y := range []string{"sts2013", "sts2014", "sts2015"} {
			fmt.Printf("STS %s: Pearson %.4f in 10-fold cross-validation, %.4f with the year held out\n", y[3:], tenfold[y], heldOut[y])
			cv[y+"_cv_pearson"] = round4(tenfold[y])
			cv[y+"_heldout_pearson"] = round4(heldOut[y])
		}
	}
	same := fit(msrp, sameSettings)
	graded := fit(sts, gradedSettings)
	// On its own training pairs the lexicon fitted on all of MSRP knows
	// every pair's terms (a term of one pair is a quarter of its terms):
	// the accuracy there, as summarize.Matcher gives it, says little; the
	// head's accuracy on the out-of-fold scores it was fitted on is the
	// fair one, and the cross-validated one the figure.
	lx := paraphrase.NewLexicon(d.lexicon)
	deployed := slices.Clone(msrp)
	for i := range deployed {
		deployed[i].x[paraphrase.UnsharedWords] = lx.Unshared(d.msrpSents[i][0], d.msrpSents[i][1])
	}
	fitted := map[string]any{"msrp_train_accuracy": round4(accuracy(same, deployed)), "msrp_train_accuracy_out_of_fold_lexicon": round4(accuracy(same, msrp))}
	for _, y := range []string{"sts2013", "sts2014", "sts2015"} {
		fitted[y+"_train_pearson"] = round4(pearsonOf(graded, sts, years, y))
	}
	same.Trained = map[string]any{"data": "MSRP train (../shared/data/msrp/train.tsv), 4,076 pairs", "settings": fmt.Sprintf("%+v", sameSettings), "lexicon": fmt.Sprintf("%+v, %d terms", lexiconSettings, len(d.lexicon)), "fitted": fitted, "cross_validated": cv}
	graded.Trained = map[string]any{"data": "SemEval STS headlines 2013-2015 (../shared/data/sts-headlines), scored pairs", "settings": fmt.Sprintf("%+v", gradedSettings)}
	b, err := json.MarshalIndent(paraphrase.Models{Same: same, Graded: graded}, "", " ")
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		fail(err)
	}
	lex := paraphrase.FormatLexicon(lexiconHeader, d.lexicon)
	if err := os.WriteFile(*lexOut, lex, 0o644); err != nil {
		fail(err)
	}
	bin, err := paraphrase.LexiconBinary(lex)
	if err != nil {
		fail(err)
	}
	binOut := strings.TrimSuffix(*lexOut, ".txt") + ".bin"
	if err := os.WriteFile(binOut, bin, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("wrote %s and %s (%d terms)\n", *lexOut, binOut, len(d.lexicon))
	fmt.Printf("wrote %s (MSRP train accuracy of the final fit %.2f%% on the out-of-fold lexicon scores, %.2f%% with the lexicon fitted on all of it)\n", *out, 100*fitted["msrp_train_accuracy_out_of_fold_lexicon"].(float64), 100*fitted["msrp_train_accuracy"].(float64))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// folds returns a fold number in [0, k) for each of n items, balanced
// within each class of class (nil: one class), from a fixed shuffle.
func folds(n, k int, class []bool) []int {
	rng := rand.New(rand.NewPCG(7, 11))
	perm := rng.Perm(n)
	out := make([]int, n)
	count := map[bool]int{}
	for _, i := range perm {
		c := class != nil && class[i]
		out[i] = count[c] % k
		count[c]++
	}
	return out
}

// crossValidateMSRP returns the 10-fold cross-validated accuracy of the
// same-claim head on d's MSRP pairs. In each fold the lexicon is fitted
// on the training folds only: their samples get out-of-fold scores
// (outOfFold, within the training folds), the test fold the scores of a
// lexicon fitted on all the training folds.
func crossValidateMSRP(d *prepared, set fitSettings) float64 {
	s := slices.Clone(d.msrp)
	label := make([]bool, len(s))
	y := make([]float64, len(s))
	for i, p := range s {
		label[i] = p.y > 0.5
		y[i] = p.y
	}
	f := folds(len(s), 10, label)
	correct := 0
	for k := 0; k < 10; k++ {
		var trainIdx []int
		for i := range s {
			if f[i] != k {
				trainIdx = append(trainIdx, i)
			}
		}
		outOfFold(s, d.msrpSents, d.msrpTerms, trainIdx, lexiconSettings)
		lx := paraphrase.NewLexicon(fitLexicon(d.msrpTerms, y, trainIdx, lexiconSettings))
		var train, test []sample
		for i, p := range s {
			if f[i] == k {
				p.x[paraphrase.UnsharedWords] = lx.Unshared(d.msrpSents[i][0], d.msrpSents[i][1])
				test = append(test, p)
			} else {
				train = append(train, p)
			}
		}
		m := fit(train, set)
		for _, p := range test {
			if (m.Similarity(&p.x) >= m.Threshold) == (p.y > 0.5) {
				correct++
			}
		}
	}
	return float64(correct) / float64(len(s))
}

func crossValidateSTS(s []sample, years []string, set fitSettings) (tenfold, heldOut map[string]float64) {
	pred := make([]float64, len(s))
	f := folds(len(s), 10, nil)
	for k := 0; k < 10; k++ {
		var train []sample
		for i, p := range s {
			if f[i] != k {
				train = append(train, p)
			}
		}
		m := fit(train, set)
		for i := range s {
			if f[i] == k {
				pred[i] = m.Similarity(&s[i].x)
			}
		}
	}
	tenfold, heldOut = map[string]float64{}, map[string]float64{}
	for _, y := range []string{"sts2013", "sts2014", "sts2015"} {
		var xs, ys []float64
		var train []sample
		for i, p := range s {
			if years[i] == y {
				xs = append(xs, pred[i])
				ys = append(ys, p.y)
			} else {
				train = append(train, p)
			}
		}
		tenfold[y] = stats.Pearson(xs, ys)
		m := fit(train, set)
		heldOut[y] = pearsonOf(m, s, years, y)
	}
	return tenfold, heldOut
}

func accuracy(m *paraphrase.Model, s []sample) float64 {
	correct := 0
	for _, p := range s {
		if (m.Similarity(&p.x) >= m.Threshold) == (p.y > 0.5) {
			correct++
		}
	}
	return float64(correct) / float64(len(s))
}

func pearsonOf(m *paraphrase.Model, s []sample, years []string, year string) float64 {
	var xs, ys []float64
	for i, p := range s {
		if years[i] == year {
			xs = append(xs, m.Similarity(&p.x))
			ys = append(ys, p.y)
		}
	}
	return stats.Pearson(xs, ys)
}

func load(data string) ([]pair, error) {
	ps, err := readMSRP(filepath.Join(data, "msrp", "train.tsv"))
	if err != nil {
		return nil, err
	}
	for _, y := range []string{"2013", "2014", "2015"} {
		s, err := readSTS(filepath.Join(data, "sts-headlines", y+".tsv"))
		if err != nil {
			return nil, err
		}
		ps = append(ps, s...)
	}
	return ps, nil
}

// A prepared holds the training samples of the two heads and the
// lexicon fitted on all of MSRP.
type prepared struct {
	msrp, sts []sample
	years     []string                  // the year of each STS sample
	msrpSents [][2]*paraphrase.Sentence // the analysed sentences of each MSRP sample
	msrpTerms [][]string                // the unshared terms of each MSRP sample
	lexicon   map[string]float32        // fitted on all MSRP pairs
}

// prepare measures the pairs and fits the lexicon on all the MSRP pairs:
// the MSRP samples get out-of-fold lexicon scores (outOfFold), the STS
// samples the scores of that lexicon.
func prepare(ps []pair) (*prepared, error) {
	feats, sents, err := features(ps)
	if err != nil {
		return nil, err
	}
	d := &prepared{}
	d.msrp, d.sts, d.years = split(ps, feats)
	var stsSents [][2]*paraphrase.Sentence
	for i, p := range ps {
		if p.graded {
			stsSents = append(stsSents, sents[i])
		} else {
			d.msrpSents = append(d.msrpSents, sents[i])
			d.msrpTerms = append(d.msrpTerms, paraphrase.UnsharedTerms(sents[i][0], sents[i][1]))
		}
	}
	all := make([]int, len(d.msrp))
	y := make([]float64, len(d.msrp))
	for i := range all {
		all[i] = i
		y[i] = d.msrp[i].y
	}
	d.lexicon = fitLexicon(d.msrpTerms, y, all, lexiconSettings)
	outOfFold(d.msrp, d.msrpSents, d.msrpTerms, all, lexiconSettings)
	lx := paraphrase.NewLexicon(d.lexicon)
	for i := range d.sts {
		d.sts[i].x[paraphrase.UnsharedWords] = lx.Unshared(stsSents[i][0], stsSents[i][1])
	}
	return d, nil
}

// feats returns the features of every pair, MSRP's first (as load
// reads them).
func (d *prepared) feats() [][paraphrase.NumFeatures]float64 {
	var out [][paraphrase.NumFeatures]float64
	for _, s := range append(slices.Clone(d.msrp), d.sts...) {
		out = append(out, s.x)
	}
	return out
}

// lexiconHeader heads lexicon.txt.
const lexiconHeader = "concord same-claim lexicon: weights of the terms only one sentence of a pair has, a logistic regression on MSRP train (Microsoft Research Paraphrase Corpus; see LICENSE-MSRP); written by go run ./summarize/internal/paraphrase/train"

// features returns the measures of each pair (with the committed
// lexicon's unshared-words) and its two analysed sentences, in the order
// summarize.Matcher puts them.
func features(ps []pair) ([][paraphrase.NumFeatures]float64, [][2]*paraphrase.Sentence, error) {
	m, err := summarize.NewMatcher("")
	if err != nil {
		return nil, nil, err
	}
	tok, err := vectorize.NewTokeniser("")
	if err != nil {
		return nil, nil, err
	}
	an := paraphrase.NewAnalyser(func(w string) string {
		if t := tok.Tokenise(w); len(t) > 0 {
			return t[0]
		}
		return ""
	})
	out := make([][paraphrase.NumFeatures]float64, len(ps))
	sents := make([][2]*paraphrase.Sentence, len(ps))
	for i, p := range ps {
		a, b := p.a, p.b
		if b < a {
			a, b = b, a // the order summarize.Matcher uses
		}
		sents[i] = [2]*paraphrase.Sentence{an.Analyse(a), an.Analyse(b)}
		out[i] = paraphrase.Features(sents[i][0], sents[i][1], m.Lexical(a, b))
	}
	return out, sents, nil
}

func writeCSV(path string, ps []pair, fs [][paraphrase.NumFeatures]float64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprint(w, "set,target")
	for _, n := range paraphrase.FeatureNames {
		fmt.Fprintf(w, ",%s", n)
	}
	fmt.Fprintln(w)
	for i, p := range ps {
		t := p.score
		if !p.graded {
			t = b2f(p.label)
		}
		fmt.Fprintf(w, "%s,%g", p.set, t)
		for _, x := range fs[i] {
			fmt.Fprintf(w, ",%.6g", x)
		}
		fmt.Fprintln(w)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// split returns the training samples of the two heads, and the year of
// each STS sample.
func split(pairs []pair, feats [][paraphrase.NumFeatures]float64) (msrp, sts []sample, years []string) {
	for i, p := range pairs {
		if p.graded {
			sts = append(sts, sample{x: feats[i], y: p.score / 5, weight: 1})
			years = append(years, p.set)
		} else {
			msrp = append(msrp, sample{x: feats[i], y: b2f(p.label), weight: 1})
		}
	}
	return msrp, sts, years
}
