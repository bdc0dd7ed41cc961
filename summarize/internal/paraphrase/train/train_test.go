//go:build !race

package main

import (
	"maps"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/concordsum/concord/summarize/internal/paraphrase"
)

// TestCrossValidation reproduces the cross-validated figures that the
// committed model.json records (and the README states): the 10-fold MSRP
// accuracy and the STS Pearson correlations, from the data in
// ../shared/data (skipped when absent, in -short mode, and under the race
// detector, where it would take minutes).
func TestCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: cross-validation fits 23 models")
	}
	d := trainingData(t)
	recorded := paraphrase.Default().Same.Trained["cross_validated"].(map[string]any)
	check := func(name string, got float64) {
		t.Helper()
		want, ok := recorded[name].(float64)
		if !ok {
			t.Errorf("model.json records no %s", name)
			return
		}
		if math.Abs(round4(got)-want) > 1e-9 {
			t.Errorf("%s: %.4f, model.json records %.4f", name, got, want)
		}
		t.Logf("%s %.4f", name, got)
	}
	check("msrp_cv_accuracy", crossValidateMSRP(d, sameSettings))
	tenfold, heldOut := crossValidateSTS(d.sts, d.years, gradedSettings)
	for _, y := range []string{"sts2013", "sts2014", "sts2015"} {
		check(y+"_cv_pearson", tenfold[y])
		check(y+"_heldout_pearson", heldOut[y])
	}
}

// TestWeightsReproduce fits both heads on all the data, as the training
// program does, and finds exactly the committed weights.
func TestWeightsReproduce(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	d := trainingData(t)
	msrp, sts := d.msrp, d.sts
	committed := paraphrase.Default()
	txt, err := os.ReadFile("../lexicon.txt")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := paraphrase.ParseLexicon(txt)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(lex, d.lexicon) {
		t.Errorf("the lexicon differs from lexicon.txt; run go run ./summarize/internal/paraphrase/train")
	}
	for _, h := range []struct {
		name      string
		got, want *paraphrase.Model
	}{
		{"same", fit(msrp, sameSettings), committed.Same},
		{"graded", fit(sts, gradedSettings), committed.Graded},
	} {
		if !slices.Equal(h.got.Out, h.want.Out) || h.got.OutB != h.want.OutB || !slices.Equal(h.got.Mean, h.want.Mean) || !slices.Equal(h.got.Scale, h.want.Scale) {
			t.Errorf("%s head: the fit differs from model.json; run go run ./summarize/internal/paraphrase/train", h.name)
		}
	}
}

// trainingData returns the training samples from ../shared/data, or skips
// the test when the data is absent.
func trainingData(t *testing.T) *prepared {
	t.Helper()
	pairs, err := load("../../../../../shared/data")
	if err != nil {
		t.Skipf("training data not found (%v); it lives in shared/data beside the repository", err)
	}
	d, err := prepare(pairs)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
