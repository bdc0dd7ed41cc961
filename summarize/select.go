package summarize

import "sort"

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
		return cs.claims[pool[a]].score > cs.claims[pool[b]].score
	})

	var chosen []int
	b := newBudget(opt)
	for len(pool) > 0 && !b.full() {
		bestAt, bestVal := -1, 0.0
		for at, k := range pool {
			sim := cs.maxSim(k, chosen)
			if sim >= redundant {
				continue
			}
			v := mmrLambda*cs.claims[k].score - (1-mmrLambda)*sim
			if bestAt < 0 || v > bestVal {
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
		if ca.pos != cb.pos {
			return ca.pos < cb.pos
		}
		return ca.members[0] < cb.members[0]
	})
	return chosen
}

// maxSim returns the highest similarity between a member of claim k and a
// member of any chosen claim.
func (cs *claimSet) maxSim(k int, chosen []int) float64 {
	return maxWeightTo(cs.g, cs.claims[k].members, cs.claims, cs.of, chosen)
}

// summary builds the result from the chosen claims.
func (p *prepared) summary(cs *claimSet, chosen []int) *Summary {
	s := &Summary{Sources: p.sources, Sentences: make([]Sentence, 0, len(chosen))}
	for _, k := range chosen {
		c := cs.claims[k]
		out := Sentence{Text: c.text, Score: c.score, Support: c.support}
		for _, m := range c.members {
			b := p.body[m]
			out.Citations = append(out.Citations, Citation{
				Source:         b.Doc + 1,
				Sentence:       b.Index,
				Start:          b.Start,
				End:            b.End,
				Text:           b.Text,
				Representative: m == c.rep,
			})
		}
		s.Sentences = append(s.Sentences, out)
	}
	return s
}
