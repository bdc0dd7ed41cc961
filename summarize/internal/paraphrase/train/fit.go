package main

import (
	"math"
	"math/rand/v2"

	"github.com/concordsum/concord/summarize/internal/paraphrase"
)

// fitSettings are the training settings of one model.
type fitSettings struct {
	hidden int     // tanh units; 0: a logistic regression
	l2     float64 // weight decay on the weights (not the biases), per pair
	epochs int     // full-batch Adam steps
	rate   float64 // Adam's step size
	seed   uint64  // initial weights
}

type sample struct {
	x      [paraphrase.NumFeatures]float64
	y      float64 // target in [0, 1]
	weight float64 // weight of the sample in the loss
}

// fit trains a model on samples by full-batch Adam on the weighted
// cross-entropy with soft targets (MSRP's labels, STS scores / 5). The
// result depends only on its arguments.
func fit(samples []sample, s fitSettings) *paraphrase.Model {
	const nf = paraphrase.NumFeatures
	m := &paraphrase.Model{Features: paraphrase.FeatureNames[:], Mean: make([]float64, nf), Scale: make([]float64, nf), Threshold: 0.5}
	var wsum float64
	for _, p := range samples {
		wsum += p.weight
		for i, v := range p.x {
			m.Mean[i] += p.weight * v
		}
	}
	for i := range m.Mean {
		m.Mean[i] /= wsum
	}
	for _, p := range samples {
		for i, v := range p.x {
			d := v - m.Mean[i]
			m.Scale[i] += p.weight * d * d
		}
	}
	for i := range m.Scale {
		m.Scale[i] = math.Sqrt(m.Scale[i] / wsum)
		if m.Scale[i] < 1e-9 {
			m.Scale[i] = 1
		}
	}
	xs := make([][nf]float64, len(samples))
	for k, p := range samples {
		for i, v := range p.x {
			xs[k][i] = (v - m.Mean[i]) / m.Scale[i]
		}
	}

	// Parameters in one slice: hidden weights (H×nf), hidden biases (H),
	// output weights (H, or nf without hidden units), output bias.
	H := s.hidden
	nOut := H
	if H == 0 {
		nOut = nf
	}
	nParam := H*nf + H + nOut + 1
	theta := make([]float64, nParam)
	rng := rand.New(rand.NewPCG(s.seed, 0x636f6e636f7264))
	for i := 0; i < H*nf; i++ {
		theta[i] = rng.NormFloat64() / math.Sqrt(nf)
	}
	for i := H*nf + H; i < H*nf+H+nOut; i++ {
		if H > 0 {
			theta[i] = rng.NormFloat64() / math.Sqrt(float64(H))
		}
	}
	decayed := func(i int) bool { return i < H*nf || (i >= H*nf+H && i < H*nf+H+nOut) }

	grad := make([]float64, nParam)
	mom := make([]float64, nParam)
	vel := make([]float64, nParam)
	act := make([]float64, H)
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for step := 1; step <= s.epochs; step++ {
		clear(grad)
		for k := range xs {
			x := &xs[k]
			z := theta[nParam-1]
			if H == 0 {
				for i := 0; i < nf; i++ {
					z += theta[i] * x[i]
				}
			} else {
				for h := 0; h < H; h++ {
					a := theta[H*nf+h]
					row := theta[h*nf : (h+1)*nf]
					for i, w := range row {
						a += w * x[i]
					}
					act[h] = math.Tanh(a)
					z += theta[H*nf+H+h] * act[h]
				}
			}
			p := 1 / (1 + math.Exp(-z))
			d := samples[k].weight * (p - samples[k].y) / wsum // ∂loss/∂z
			grad[nParam-1] += d
			if H == 0 {
				for i := 0; i < nf; i++ {
					grad[i] += d * x[i]
				}
				continue
			}
			for h := 0; h < H; h++ {
				grad[H*nf+H+h] += d * act[h]
				da := d * theta[H*nf+H+h] * (1 - act[h]*act[h])
				grad[H*nf+h] += da
				row := grad[h*nf : (h+1)*nf]
				for i := range row {
					row[i] += da * x[i]
				}
			}
		}
		c1 := 1 - math.Pow(b1, float64(step))
		c2 := 1 - math.Pow(b2, float64(step))
		for i := range theta {
			g := grad[i]
			if decayed(i) {
				g += s.l2 * theta[i]
			}
			mom[i] = b1*mom[i] + (1-b1)*g
			vel[i] = b2*vel[i] + (1-b2)*g*g
			theta[i] -= s.rate * (mom[i] / c1) / (math.Sqrt(vel[i]/c2) + eps)
		}
	}
	if H > 0 {
		m.Hidden = make([][]float64, H)
		for h := range m.Hidden {
			m.Hidden[h] = append([]float64(nil), theta[h*nf:(h+1)*nf]...)
		}
		m.HiddenB = append([]float64(nil), theta[H*nf:H*nf+H]...)
	} else {
		m.Hidden, m.HiddenB = [][]float64{}, []float64{}
	}
	m.Out = append([]float64(nil), theta[H*nf+H:H*nf+H+nOut]...)
	m.OutB = theta[nParam-1]
	return m
}
