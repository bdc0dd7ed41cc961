package main

import (
	"math"
	"slices"

	"github.com/concordsum/concord/summarize/internal/paraphrase"
)

// lexSettings are the training settings of the lexicon: a logistic
// regression on the terms that only one sentence of an MSRP pair has
// (paraphrase.UnsharedTerms), each a 0/1 feature, fitted by full-batch
// Adam on the mean cross-entropy plus l2/2 times the squared weights.
type lexSettings struct {
	l2     float64
	epochs int
	rate   float64
	inner  int // folds of the out-of-fold scores the same-claim head is fitted on
	min    int // pairs that must have a term for it to be in the lexicon
}

var lexiconSettings = lexSettings{l2: 3e-4, epochs: 600, rate: 0.05, inner: 5, min: 1}

// fitLexicon returns the weights of the terms of the pairs idx of ps
// (terms[i]: the unshared terms of pair i, y[i] its label), each rounded
// to a multiple of 0.001: the lexicon that paraphrase.NewLexicon reads.
// Only the terms of at least s.min pairs of idx are in it, though all
// take part in the fit. The result depends only on its arguments.
func fitLexicon(terms [][]string, y []float64, idx []int, s lexSettings) map[string]float32 {
	// The vocabulary, sorted, and each pair's terms as indices into it.
	var all []string
	for _, i := range idx {
		all = append(all, terms[i]...)
	}
	slices.Sort(all)
	var vocab []string
	var count []int
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j] == all[i] {
			j++
		}
		vocab = append(vocab, all[i])
		count = append(count, j-i)
		i = j
	}
	rows := make([][]int32, len(idx))
	for k, i := range idx {
		for _, t := range terms[i] {
			if at, ok := slices.BinarySearch(vocab, t); ok {
				rows[k] = append(rows[k], int32(at))
			}
		}
	}
	nv := len(vocab)
	theta := make([]float64, nv+1) // weights, then the bias
	grad := make([]float64, nv+1)
	mom := make([]float64, nv+1)
	vel := make([]float64, nv+1)
	n := float64(len(idx))
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for step := 1; step <= s.epochs; step++ {
		clear(grad)
		for k, row := range rows {
			z := theta[nv]
			for _, j := range row {
				z += theta[j]
			}
			d := (1/(1+math.Exp(-z)) - y[idx[k]]) / n
			grad[nv] += d
			for _, j := range row {
				grad[j] += d
			}
		}
		c1 := 1 - math.Pow(b1, float64(step))
		c2 := 1 - math.Pow(b2, float64(step))
		for i := range theta {
			g := grad[i]
			if i < nv {
				g += s.l2 * theta[i]
			}
			mom[i] = b1*mom[i] + (1-b1)*g
			vel[i] = b2*vel[i] + (1-b2)*g*g
			theta[i] -= s.rate * (mom[i] / c1) / (math.Sqrt(vel[i]/c2) + eps)
		}
	}
	out := make(map[string]float32, nv)
	for j, t := range vocab {
		if w := math.Round(theta[j]*1000) / 1000; w != 0 && count[j] >= s.min {
			out[t] = float32(w)
		}
	}
	return out
}

// outOfFold sets feature paraphrase.UnsharedWords of the samples idx of
// s, pairs sents, to the score of a lexicon fitted on the other samples
// of idx, in set.inner folds stratified by label: the scores a lexicon
// gives pairs it was not fitted on, as it gives the pairs of use.
func outOfFold(s []sample, sents [][2]*paraphrase.Sentence, terms [][]string, idx []int, set lexSettings) {
	y := make([]float64, len(s))
	label := make([]bool, len(idx))
	for k, i := range idx {
		label[k] = s[i].y > 0.5
	}
	for i := range s {
		y[i] = s[i].y
	}
	f := folds(len(idx), set.inner, label)
	for k := 0; k < set.inner; k++ {
		var train []int
		for j, i := range idx {
			if f[j] != k {
				train = append(train, i)
			}
		}
		lx := paraphrase.NewLexicon(fitLexicon(terms, y, train, set))
		for j, i := range idx {
			if f[j] == k {
				s[i].x[paraphrase.UnsharedWords] = lx.Unshared(sents[i][0], sents[i][1])
			}
		}
	}
}
