package rouge

import (
	"errors"
	"fmt"
	"strconv"
)

// Options selects the ROUGE measures and the ROUGE-1.5.5 settings to compute
// them with. The zero value computes ROUGE-1 to ROUGE-4 on the full texts,
// without stemming or stop-word removal, with F weighting recall and
// precision equally and averaging over the references (ROUGE-1.5.5
// -n 4 -x -p 0.5 -f A).
type Options struct {
	// MaxN is the longest n-gram for ROUGE-N (ROUGE -n): ROUGE-1 to
	// ROUGE-MaxN are computed. 0 means 4; a negative value computes no
	// ROUGE-N.
	MaxN int

	// LCS computes ROUGE-L (ROUGE-1.5.5 computes it unless -x is given).
	LCS bool

	// SkipBigrams computes ROUGE-S, skip-bigram co-occurrence (ROUGE -2).
	SkipBigrams bool
	// SkipGap is the largest number of words allowed between the two
	// words of a skip bigram (the value of ROUGE -2); a negative value
	// allows any gap (ROUGE-S*). It is used only with SkipBigrams.
	SkipGap int
	// SkipUnigrams counts unigrams along with the skip bigrams (ROUGE -u),
	// giving ROUGE-SU; ROUGE-SU4 is SkipBigrams with SkipGap 4 and
	// SkipUnigrams. As in ROUGE-1.5.5, the last word of a summary is not
	// counted as a unigram.
	SkipUnigrams bool

	// Stem applies ROUGE's WordNet exception lookup and Porter stemmer to
	// tokens longer than 3 bytes (ROUGE -m); see [Stem].
	Stem bool
	// RemoveStopwords drops the words of the SMART stop list (ROUGE -s);
	// see [IsStopword].
	RemoveStopwords bool

	// LengthWords keeps only the first LengthWords words of every summary,
	// references included (ROUGE -l). Words are counted before any
	// clean-up, split at white space, so "Sen's" and "--" are words.
	// 0 means no limit.
	LengthWords int
	// LengthBytes keeps only the first LengthBytes bytes of every summary,
	// references included (ROUGE -b); sentences are joined by one space,
	// which is not counted. 0 means no limit. At most one of LengthWords
	// and LengthBytes may be set.
	LengthBytes int

	// Alpha is the weight of precision in the F measure (ROUGE -p):
	// F = 1 / (Alpha/P + (1-Alpha)/R). It must lie in [0, 1]; 0 means 0.5,
	// ROUGE's default. (ROUGE's -p 0 makes F equal to recall, which
	// Score.Recall already gives.)
	Alpha float64

	// BestOf scores the summary against the single reference that gives
	// the best recall (ROUGE -f B) instead of pooling the counts over all
	// references (-f A, the default).
	BestOf bool
}

// DUC2004Options returns the settings of the standard DUC 2004 evaluation,
// ROUGE-1.5.5 -n 4 -x -m -l 100 -p 0.5 -f A: ROUGE-1 to ROUGE-4 with
// stemming on the first 100 words.
func DUC2004Options() Options {
	return Options{MaxN: 4, Stem: true, LengthWords: 100, Alpha: 0.5}
}

func (o Options) maxN() int {
	if o.MaxN == 0 {
		return 4
	}
	if o.MaxN < 0 {
		return 0
	}
	return o.MaxN
}

func (o Options) alpha() float64 {
	if o.Alpha == 0 {
		return 0.5
	}
	return o.Alpha
}

// Validate reports whether the options are usable.
func (o Options) Validate() error {
	switch {
	case o.LengthWords < 0 || o.LengthBytes < 0:
		return errors.New("rouge: negative length limit")
	case o.LengthWords > 0 && o.LengthBytes > 0:
		return errors.New("rouge: set a length limit in words or in bytes, not both")
	case !(o.Alpha >= 0 && o.Alpha <= 1):
		return fmt.Errorf("rouge: Alpha %v outside [0, 1]", o.Alpha)
	}
	return nil
}

// Score is one ROUGE figure for a summary, or an average of such figures.
// Evaluate rounds each value to 5 decimals, as ROUGE-1.5.5 does, and computes
// F from the rounded recall and precision.
type Score struct {
	Recall    float64
	Precision float64
	F         float64
}

// Counts are the raw counts behind a [MetricScore], summed over the
// references used (all of them, or the best one with Options.BestOf).
type Counts struct {
	// Ref is the number of reference units: n-grams for ROUGE-N, words
	// for ROUGE-L, skip bigrams (and unigrams) for ROUGE-S/SU.
	Ref int
	// Peer is the number of summary units, counted once per reference
	// used. For ROUGE-L it is the summary's word count.
	Peer int
	// Hit is the number of matching units (clipped counts).
	Hit int
}

// MetricScore is the score of one measure.
type MetricScore struct {
	// Name is the measure as ROUGE-1.5.5 prints it: "ROUGE-1" ...
	// "ROUGE-4", "ROUGE-L", "ROUGE-S4", "ROUGE-SU4", "ROUGE-S*",
	// "ROUGE-SU*".
	Name string
	Score
	Counts Counts
}

// Result holds the scores of one summary, in ROUGE-1.5.5's order:
// ROUGE-N by increasing N, then ROUGE-L, then ROUGE-S/SU.
type Result struct {
	Metrics []MetricScore
}

// Metric returns the score of the measure named name (as in
// MetricScore.Name) and whether the result has it.
func (r Result) Metric(name string) (MetricScore, bool) {
	for _, m := range r.Metrics {
		if m.Name == name {
			return m, true
		}
	}
	return MetricScore{}, false
}

// round5 is Perl's sprintf("%7.5f", x) read back as a number. Go's
// formatting rounds the exact binary value correctly, as C's printf does.
func round5(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return v
}

// fMeasure is ROUGE's F from (already rounded) recall r and precision p. The
// explicit conversions keep the compiler from fusing multiply-adds, so that
// the arithmetic is Perl's.
func fMeasure(r, p, alpha float64) float64 {
	d := float64((1-alpha)*p) + float64(alpha*r)
	if d > 0 {
		return round5(float64(p*r) / d)
	}
	return 0
}

func ratio5(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return round5(float64(a) / float64(b))
}

// summary is one text prepared the ROUGE way.
type summary struct {
	tokens []int   // ids of the tokens of readText + createNGram
	units  [][]int // ids of the tokens of readText_LCS + tokenizeText_LCS
}

type vocab map[string]int

func (v vocab) ids(toks []string) []int {
	out := make([]int, len(toks))
	for i, t := range toks {
		id, ok := v[t]
		if !ok {
			id = len(v)
			v[t] = id
		}
		out[i] = id
	}
	return out
}

func prepare(lines []string, opt Options, v vocab, cache map[string]string) summary {
	snts := readLines(lines)
	var s summary
	s.tokens = v.ids(filterTokens(splitTokens(truncateText(snts, opt.LengthWords, opt.LengthBytes)), opt.Stem, opt.RemoveStopwords, cache))
	if opt.LCS {
		for _, u := range truncateUnits(snts, opt.LengthWords, opt.LengthBytes) {
			s.units = append(s.units, v.ids(filterTokens(splitTokens(u), opt.Stem, opt.RemoveStopwords, cache)))
		}
	}
	return s
}

// gram is an n-gram (n <= 4) or skip bigram of token ids, unused places -1.
type gram [4]int32

type gramCount struct {
	counts map[gram]int
	total  int
}

func ngrams(toks []int, n int) gramCount {
	g := gramCount{counts: make(map[gram]int, len(toks))}
	for i := 0; i+n <= len(toks); i++ {
		k := gram{-1, -1, -1, -1}
		for j := 0; j < n; j++ {
			k[j] = int32(toks[i+j])
		}
		g.counts[k]++
		g.total++
	}
	return g
}

// skipBigrams is ROUGE's createSkipBigram. Its outer loop stops before the
// last token, so with unigrams the last token is not counted.
func skipBigrams(toks []int, gap int, unigrams bool) gramCount {
	g := gramCount{counts: make(map[gram]int, len(toks)*5)}
	for i := 0; i < len(toks)-1; i++ {
		if unigrams {
			g.counts[gram{int32(toks[i]), -1, -1, -1}]++
			g.total++
		}
		for j := i + 1; j < len(toks) && (gap < 0 || j <= i+gap+1); j++ {
			g.counts[gram{int32(toks[i]), int32(toks[j]), -1, -1}]++
			g.total++
		}
	}
	return g
}

// hits is ROUGE's ngramScore: the clipped number of matches.
func hits(model, peer gramCount) int {
	h := 0
	for k, m := range model.counts {
		if p, ok := peer.counts[k]; ok {
			h += min(p, m)
		}
	}
	return h
}

// pool accumulates the per-reference counts as ROUGE's -f A or -f B.
type pool struct {
	bestOf bool
	best   float64
	c      Counts
}

func newPool(bestOf bool) pool { return pool{bestOf: bestOf, best: -1} }

// add records one reference; score is ROUGE's per-reference score used by
// -f B to choose (a strictly better one replaces the chosen one).
func (p *pool) add(score float64, c Counts) {
	if !p.bestOf {
		p.c.Ref += c.Ref
		p.c.Peer += c.Peer
		p.c.Hit += c.Hit
		return
	}
	if score > p.best {
		p.best = score
		p.c = c
	}
}

func (p *pool) result(name string, alpha float64) MetricScore {
	r := ratio5(p.c.Hit, p.c.Ref)
	pr := ratio5(p.c.Hit, p.c.Peer)
	return MetricScore{Name: name, Score: Score{Recall: r, Precision: pr, F: fMeasure(r, pr, alpha)}, Counts: p.c}
}

// Evaluate scores the summary peer against the reference summaries refs,
// each given as lines of text (one sentence per line, as in ROUGE's SPL
// format; an element holding "\n" is split there, empty lines are ignored).
// It reproduces ROUGE-1.5.5's per-evaluation scores (the "Eval" lines of -d)
// for the measures and settings in opt. The length limits apply to the
// references too, as in ROUGE. With no reference every score is 0.
func Evaluate(peer []string, refs [][]string, opt Options) (Result, error) {
	if err := opt.Validate(); err != nil {
		return Result{}, err
	}
	v := vocab{}
	cache := map[string]string{}
	p := prepare(peer, opt, v, cache)
	ms := make([]summary, len(refs))
	for i, r := range refs {
		ms[i] = prepare(r, opt, v, cache)
	}
	alpha := opt.alpha()
	var res Result

	for n := 1; n <= opt.maxN(); n++ {
		pg := ngrams(p.tokens, n)
		acc := newPool(opt.BestOf)
		for _, m := range ms {
			mg := ngrams(m.tokens, n)
			h := hits(mg, pg)
			acc.add(ratio5(h, mg.total), Counts{Ref: mg.total, Peer: pg.total, Hit: h})
		}
		res.Metrics = append(res.Metrics, acc.result("ROUGE-"+strconv.Itoa(n), alpha))
	}

	if opt.LCS {
		p1 := ngrams(p.tokens, 1)
		acc := newPool(opt.BestOf)
		for _, m := range ms {
			m1 := ngrams(m.tokens, 1)
			h, base := lcsHits(m.units, p.units, m1.counts, clone(p1.counts))
			score := 0.0
			if base > 0 {
				score = float64(h) / float64(base) // not rounded in ROUGE
			}
			acc.add(score, Counts{Ref: base, Peer: p1.total, Hit: h})
		}
		res.Metrics = append(res.Metrics, acc.result("ROUGE-L", alpha))
	}

	if opt.SkipBigrams {
		gap := opt.SkipGap
		name := "ROUGE-S"
		if opt.SkipUnigrams {
			name = "ROUGE-SU"
		}
		if gap < 0 {
			gap = -1
			name += "*"
		} else {
			name += strconv.Itoa(gap)
		}
		pg := skipBigrams(p.tokens, gap, opt.SkipUnigrams)
		acc := newPool(opt.BestOf)
		for _, m := range ms {
			mg := skipBigrams(m.tokens, gap, opt.SkipUnigrams)
			h := hits(mg, pg)
			acc.add(ratio5(h, mg.total), Counts{Ref: mg.total, Peer: pg.total, Hit: h})
		}
		res.Metrics = append(res.Metrics, acc.result(name, alpha))
	}
	return res, nil
}

func clone(m map[gram]int) map[gram]int {
	c := make(map[gram]int, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// lcsHits is ROUGE's lcs: for every reference sentence, the union of its
// longest common subsequences with each summary sentence, each word counted
// only while the unigram counts of the reference (model1) and of the summary
// (peer1) allow it; both maps are consumed. It returns the hit count and the
// number of reference words.
func lcsHits(model, peer [][]int, model1, peer1 map[gram]int) (hit, base int) {
	for _, m := range model {
		mask := make([]bool, len(m))
		base += len(m)
		for _, p := range peer {
			markLCS(m, p, mask)
		}
		for j, t := range m {
			if !mask[j] {
				continue
			}
			k := gram{int32(t), -1, -1, -1}
			if model1[k] > 0 && peer1[k] > 0 {
				hit++
				model1[k]--
				peer1[k]--
			}
		}
	}
	return hit, base
}

// markLCS is ROUGE's lcs_inner and markLCS: it marks in mask the words of m
// on one longest common subsequence with p, choosing the path the way the
// Perl back-trace does (diagonal on a match, else up when the upper cell is
// not smaller, else left).
func markLCS(m, p []int, mask []bool) {
	if len(m) == 0 {
		return
	}
	rows, cols := len(m)+1, len(p)+1
	c := make([]int32, rows*cols)
	b := make([]byte, rows*cols)
	for i := 1; i < rows; i++ {
		for j := 1; j < cols; j++ {
			switch {
			case m[i-1] == p[j-1]:
				c[i*cols+j] = c[(i-1)*cols+j-1] + 1
				b[i*cols+j] = '\\'
			case c[(i-1)*cols+j] >= c[i*cols+j-1]:
				c[i*cols+j] = c[(i-1)*cols+j]
				b[i*cols+j] = '^'
			default:
				c[i*cols+j] = c[i*cols+j-1]
				b[i*cols+j] = '<'
			}
		}
	}
	i, j := len(m), len(p)
	for i != 0 && j != 0 {
		switch b[i*cols+j] {
		case '\\':
			i--
			j--
			mask[i] = true
		case '^':
			i--
		default:
			j--
		}
	}
}
