package summarize

import (
	"math"
	"slices"
	"sort"
)

// choose picks the claims of the summary: candidates with enough support,
// best score first, each weighed against the claims already chosen by
// maximal marginal relevance, until the length budget is met. It returns
// the chosen claims in the order they appear in the sources, except that
// under a word or byte budget the claim that filled the budget (the last
// chosen, which may run past it) comes last, so that cutting the summary
// at the budget loses the least important claim.
func (cs *claimSet) choose(opt Options) []int {
	minSupport := max(opt.MinSupport, 1)
	var pool []int
	for k, c := range cs.claims {
		if c.candidate && c.support >= minSupport {
			pool = append(pool, k)
		}
	}
	sort.SliceStable(pool, func(a, b int) bool {
		ca, cb := cs.claims[pool[a]], cs.claims[pool[b]]
		return better(ca.score, cb.score, ca.text, cb.text)
	})

	var chosen []int
	b := newBudget(opt)
	top := make([]float64, len(pool)+1) // top[at]: the best score in pool[at:]
	for len(pool) > 0 && !b.full() {
		top = top[:len(pool)+1]
		top[len(pool)] = math.Inf(-1)
		for at := len(pool) - 1; at >= 0; at-- {
			top[at] = max(top[at+1], cs.claims[pool[at]].score)
		}
		bestAt, bestVal := -1, 0.0
		for at, k := range pool {
			// A claim's MMR value is at most mmrLambda times its score: once
			// that bound for the rest of the pool is below the best value, no
			// later claim can win or tie, and their similarities (the costly
			// part on large inputs) need not be computed.
			if bestAt >= 0 && quantize(mmrLambda*top[at]) < quantize(bestVal) {
				break
			}
			sim := cs.maxSim(k, chosen)
			if sim >= redundant || cs.sameText(k, chosen) || cs.repeats(k, chosen) {
				continue
			}
			v := mmrLambda*cs.claims[k].score - (1-mmrLambda)*sim
			if bestAt < 0 || better(v, bestVal, cs.claims[k].text, cs.claims[pool[bestAt]].text) {
				bestAt, bestVal = at, v
			}
		}
		if bestAt < 0 {
			break
		}
		k := pool[bestAt]
		pool = append(pool[:bestAt], pool[bestAt+1:]...)
		chosen = append(chosen, k)
		b.add(cs.claims[k])
	}
	head := chosen
	if (opt.Words > 0 || opt.Bytes > 0) && len(chosen) > 1 {
		head = chosen[:len(chosen)-1]
	}
	sort.SliceStable(head, func(a, b int) bool {
		ca, cb := cs.claims[head[a]], cs.claims[head[b]]
		if pa, pb := quantize(ca.pos), quantize(cb.pos); pa != pb {
			return pa < pb
		}
		if ca.text != cb.text {
			return ca.text < cb.text
		}
		return ca.members[0] < cb.members[0]
	})
	return chosen
}

// repeats reports whether the wording of claim k makes the same claim as,
// or is roughly equivalent to, the wording of a chosen claim from another
// source (an edge of the claim graph at or above the grouping threshold
// that grouping did not take: a source's second wording of a claim, or a
// link average linkage refused). Such a claim would say again what the
// summary says. That one wording carries part of the other is not enough:
// the other may add to it.
func (cs *claimSet) repeats(k int, chosen []int) bool {
	return cs.repeated(k, chosen) >= 0
}

// repeated returns the chosen claim that claim k repeats (see repeats),
// the first in chosen, or -1.
func (cs *claimSet) repeated(k int, chosen []int) int {
	if cs.cg.W == nil || cs.claims[k].rep < 0 {
		return -1
	}
	// Every member worded as the representative counts, so that the
	// answer does not depend on which of equal wordings is the
	// representative (the order of the documents).
	rep := cs.texts[cs.claims[k].rep]
	var found []int
	for _, a := range cs.claims[k].members {
		if cs.texts[a] != rep {
			continue
		}
		for e := cs.cg.Ptr[a]; e < cs.cg.Ptr[a+1]; e++ {
			b := int(cs.cg.Adj[e])
			o := cs.of[b]
			if cs.cg.W[e] < cs.joinAt || cs.source[a] == cs.source[b] || cs.claims[o].rep < 0 || cs.texts[b] != cs.texts[cs.claims[o].rep] {
				continue
			}
			if slices.Contains(chosen, o) && cs.equivalent(a, b) {
				found = append(found, o)
			}
		}
	}
	for _, o := range chosen {
		if slices.Contains(found, o) {
			return o
		}
	}
	return -1
}

// equivalent reports whether body sentences a and b make the same claim
// or are roughly equivalent (Matcher.equivalent), remembering the answer.
func (cs *claimSet) equivalent(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	key := [2]int{a, b}
	if v, ok := cs.equiv[key]; ok {
		return v
	}
	v := cs.matcher.equivalent(cs.texts[a], cs.texts[b])
	if cs.equiv == nil {
		cs.equiv = make(map[[2]int]bool)
	}
	cs.equiv[key] = v
	return v
}

// sameText reports whether a chosen claim reads exactly as claim k. (A
// sentence of stop words alone has no vector, so copies of it are not
// linked in the graph.)
func (cs *claimSet) sameText(k int, chosen []int) bool {
	for _, o := range chosen {
		if cs.claims[o].text == cs.claims[k].text {
			return true
		}
	}
	return false
}

// maxSim returns the highest similarity between a member of claim k and a
// member of any chosen claim, walking the members' neighbours. Without
// the graph's weights (a large input) it computes them again from the
// TF-IDF rows: the same bits (rank.Matrix.Dot).
func (cs *claimSet) maxSim(k int, chosen []int) float64 {
	var best float64
	for _, a := range cs.claims[k].members {
		for e := cs.g.Ptr[a]; e < cs.g.Ptr[a+1]; e++ {
			if !slices.Contains(chosen, cs.of[cs.g.Adj[e]]) {
				continue
			}
			var w float64
			if cs.g.W != nil {
				w = cs.g.W[e]
			} else {
				w = cs.m.Dot(a, int(cs.g.Adj[e]))
			}
			best = max(best, w)
		}
	}
	return best
}

// summary builds the result from the chosen claims.
func (p *prepared) summary(cs *claimSet, chosen []int, matcher *Matcher) *Summary {
	s := &Summary{Sources: p.sources, Sentences: make([]Sentence, 0, len(chosen))}
	for _, k := range chosen {
		c := cs.claims[k]
		out := Sentence{Text: c.text, Score: c.score, Support: c.support}
		for _, m := range c.cited {
			b := p.body[m]
			partial := m != c.rep && matcher.Partial(p.body[c.rep].Text, b.Text)
			out.Citations = append(out.Citations, Citation{
				Source:         b.Doc + 1,
				Sentence:       b.Index,
				Start:          b.Start,
				End:            b.End,
				Text:           b.Text,
				Representative: m == c.rep,
				Partial:        partial,
			})
			for _, d := range p.copies[b.Doc] {
				out.Citations = append(out.Citations, Citation{Source: d + 1, Sentence: b.Index, Start: b.Start, End: b.End, Text: b.Text, Partial: partial})
			}
		}
		if len(out.Citations) > len(c.cited) {
			sortCitations(out.Citations)
		}
		s.Sentences = append(s.Sentences, out)
	}
	return s
}
