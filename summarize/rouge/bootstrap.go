package rouge

import (
	"math"
	"sort"
)

// Bootstrap sets how [Aggregate] estimates confidence intervals. The zero
// value is ROUGE-1.5.5's default: 1000 resamples, 95% interval.
type Bootstrap struct {
	// Resamples is the number of bootstrap resamples (ROUGE -r); 0 means
	// 1000.
	Resamples int
	// Confidence is the interval's coverage in percent (ROUGE -c), in
	// (0, 100]; 0 means 95.
	Confidence float64
}

// Estimate is an average over evaluations with its bootstrap confidence
// interval.
type Estimate struct {
	// Average is what ROUGE-1.5.5 prints as Average_R, Average_P or
	// Average_F: the mean of the bootstrap resample means, rounded to 5
	// decimals (not the plain mean).
	Average float64
	// Low and High are the bounds of the confidence interval, rounded to 5
	// decimals.
	Low, High float64
	// Mean is the plain mean of the scores, rounded to 5 decimals.
	Mean float64
}

// Summary is the aggregate of one measure over many evaluations.
type Summary struct {
	Recall, Precision, F Estimate
	// N is the number of evaluations aggregated.
	N int
}

// drand48 is Perl's random number generator: since Perl 5.20 Perl carries
// its own copy of FreeBSD's drand48 on every platform, and older Perls on
// glibc used the C library's drand48, which is the same generator.
// srand(seed) sets the 48-bit state to seed<<16 + 0x330E; each rand() step
// is x = (0x5DEECE66D*x + 0xB) mod 2^48 and returns x/2^48.
type drand48 uint64

func (d *drand48) seed(s uint32) { *d = drand48(uint64(s)<<16 + 0x330E) }

func (d *drand48) float64() float64 {
	*d = drand48((uint64(*d)*0x5DEECE66D + 0xB) & (1<<48 - 1))
	return math.Ldexp(float64(*d), -48)
}

// Aggregate averages per-evaluation scores (one per summary, usually one
// per topic) and estimates confidence intervals by bootstrap resampling
// exactly as ROUGE-1.5.5's computeAverages does for its default
// sentence-level averaging (-t 0): resample i draws len(scores) indexes
// int(rand(len)) after srand(i), the resample means are sorted, Average is
// their mean and the interval bounds are read from the sorted means with
// ROUGE's interpolation.
//
// The resampling is deterministic. It uses Perl's own generator (see
// drand48 in the source), so with the scores in ROUGE's order it gives the
// very figures ROUGE-1.5.5 prints. ROUGE orders the evaluations by the
// bytewise sort of "<eval id>.<system id>", e.g. "d30001.Lead" before
// "d30002.Lead"; pass the scores in that order to reproduce its output.
// Another order gives another (equally valid) resampling.
//
// Scores should be as [Evaluate] returns them (rounded to 5 decimals), which
// is what ROUGE averages. An empty scores gives zeros.
func Aggregate(scores []Score, b Bootstrap) Summary {
	n := len(scores)
	R := b.Resamples
	if R <= 0 {
		R = 1000
	}
	cf := b.Confidence
	if cf <= 0 || cf > 100 {
		cf = 95
	}
	out := Summary{N: n}
	if n == 0 {
		return out
	}

	var sum [3]float64
	for _, s := range scores {
		sum[0] += s.Recall
		sum[1] += s.Precision
		sum[2] += s.F
	}
	out.Recall.Mean = round5(sum[0] / float64(n))
	out.Precision.Mean = round5(sum[1] / float64(n))
	out.F.Mean = round5(sum[2] / float64(n))

	samples := [3][]float64{make([]float64, R), make([]float64, R), make([]float64, R)}
	var rng drand48
	for i := 0; i < R; i++ {
		rng.seed(uint32(i))
		var s [3]float64
		for k := 0; k < n; k++ {
			x := scores[int(float64(n)*rng.float64())]
			s[0] += x.Recall
			s[1] += x.Precision
			s[2] += x.F
		}
		for j := range s {
			samples[j][i] = s[j] / float64(n)
		}
	}

	delta := float64(R) * ((100 - cf) / 2.0) / 100.0
	ciUa := int(float64(R) - delta - 1)
	ciUb := ciUa + 1
	ciLa := int(delta)
	ciLb := ciLa + 1
	ciR := float64(R) - delta - 1 - float64(ciUa)
	at := func(a []float64, i int) float64 {
		// Perl reads past the end of an array as undef, that is 0.
		if i < 0 || i >= len(a) {
			return 0
		}
		return a[i]
	}
	est := [3]*Estimate{&out.Recall, &out.Precision, &out.F}
	for j, a := range samples {
		sort.Float64s(a)
		t := 0.0
		for _, x := range a {
			t += x
		}
		est[j].Average = round5(t / float64(R))
		est[j].Low = round5(at(a, ciLa) + float64((at(a, ciLb)-at(a, ciLa))*ciR))
		est[j].High = round5(at(a, ciUa) + float64((at(a, ciUb)-at(a, ciUa))*ciR))
	}
	return out
}
