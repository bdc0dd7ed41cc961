package summarize

import (
	"math"
	"sort"
	"strings"

	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/vectorize"
)

// The baselines (Methods TextRank, LexRank and Lead) rank single sentences:
// every body sentence is a claim of its own, cited by its own source only.

// plainRedundant is the cosine at or above which a baseline skips a
// sentence too close to one already chosen (documents in news clusters
// are sometimes exact copies of each other).
const plainRedundant = 0.5

// baseline builds one single-sentence claim per body sentence and scores
// them with the method's plain ranking.
func (p *prepared) baseline(tok *vectorize.Tokeniser, method Method) (*claimSet, error) {
	nb := len(p.body)
	texts := make([]string, nb)
	for i, s := range p.body {
		texts[i] = s.Text
	}
	vm, err := vectorize.TFIDF(texts, tok)
	if err != nil {
		return nil, err
	}
	g := rank.Similarity(rank.Matrix(vm), edgeThreshold)
	cs := &claimSet{claims: make([]claim, nb), of: make([]int, nb), g: g, m: rank.Matrix(vm)}

	scores := make([]float64, nb)
	switch method {
	case LexRank:
		// Continuous LexRank: every cosine above the edge threshold.
		rank.TextRank(scores, g, nil, rank.Settings{})
	case TextRank:
		rank.TextRank(scores, overlapGraph(vm, texts), nil, rank.Settings{})
	case Lead:
		// First sentences of every document, then the second ones, ...
		// scored so that a higher score comes first.
		seen := make([]int, len(p.used))
		for i, s := range p.body {
			scores[i] = -float64(seen[s.Doc]*len(p.used) + s.Doc)
			seen[s.Doc]++
		}
	}
	for i := range cs.claims {
		cs.of[i] = i
		c := &cs.claims[i]
		c.members = []int{i}
		c.cited = c.members
		c.rep = i
		c.support = 1
		c.score = scores[i]
		c.pos = float64(i) // document order
		if isCandidate(p.body[i].Text) {
			c.candidate = true
			c.text = collapse(p.body[i].Text)
			c.words = len(strings.Fields(c.text))
		}
	}
	normaliseScores(cs.claims)
	return cs, nil
}

// overlapGraph returns the TextRank graph of Mihalcea and Tarau (2004):
// sentences i and j are linked with weight |Ti ∩ Tj| / (ln|Si| + ln|Sj|),
// where T are the distinct terms of a sentence and |S| its number of
// words.
func overlapGraph(vm vectorize.Matrix, texts []string) rank.Graph {
	bin := rank.Matrix(vm)
	bin.Val = make([]float64, len(vm.Val))
	for k := range bin.Val {
		bin.Val[k] = 1
	}
	g := rank.Similarity(bin, 1) // weights: the number of shared terms
	logLen := make([]float64, len(texts))
	for i, t := range texts {
		logLen[i] = math.Log(float64(len(strings.Fields(t))))
	}
	for i := 0; i < g.Nodes(); i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if d := logLen[i] + logLen[g.Adj[k]]; d > 0 {
				g.W[k] /= d
			}
		}
	}
	return g
}

// normaliseScores rescales claim scores so that the best candidate scores
// 1 and every candidate scores in (0, 1], keeping their order.
func normaliseScores(claims []claim) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, c := range claims {
		if c.candidate {
			lo = math.Min(lo, c.score)
			hi = math.Max(hi, c.score)
		}
	}
	if math.IsInf(lo, 0) {
		return
	}
	for k := range claims {
		c := &claims[k]
		switch {
		case hi == lo:
			c.score = 1
		case lo > 0:
			c.score /= hi
		default:
			// Shift into (0, 1]: the worst candidate keeps a small
			// positive score.
			c.score = (c.score - lo + (hi-lo)/float64(len(claims))) / (hi - lo + (hi-lo)/float64(len(claims)))
		}
	}
}

// choosePlain picks baseline claims best first, skipping one whose cosine
// with a chosen claim reaches plainRedundant, until the budget is met, and
// returns them in document order.
func (cs *claimSet) choosePlain(opt Options) []int {
	var pool []int
	for k, c := range cs.claims {
		if c.candidate {
			pool = append(pool, k)
		}
	}
	sort.SliceStable(pool, func(a, b int) bool { return cs.claims[pool[a]].score > cs.claims[pool[b]].score })
	b := newBudget(opt)
	var chosen []int
	for _, k := range pool {
		if b.full() {
			break
		}
		if cs.maxSim(k, chosen) >= plainRedundant {
			continue
		}
		chosen = append(chosen, k)
		b.add(cs.claims[k])
	}
	sort.Ints(chosen)
	return chosen
}

// A budget tracks the length of a summary against Options.
type budget struct {
	opt             Options
	n, words, bytes int
}

func newBudget(opt Options) *budget { return &budget{opt: opt} }

func (b *budget) add(c claim) {
	b.n++
	b.words += c.words
	if b.bytes > 0 {
		b.bytes++ // the space that joins two sentences
	}
	b.bytes += len(c.text)
}

func (b *budget) full() bool {
	switch {
	case b.opt.Words > 0:
		return b.words >= b.opt.Words
	case b.opt.Bytes > 0:
		return b.bytes >= b.opt.Bytes
	case b.opt.Sentences > 0:
		return b.n >= b.opt.Sentences
	}
	return b.n >= defaultLength
}
