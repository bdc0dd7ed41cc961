package summarize

import (
	"fmt"
	"slices"
	"sort"

	"github.com/concordsum/concord/vectorize"
)

// explain adds what the explain view shows to sum: each citation's claim
// similarity (the Matcher's, which grouping uses) to its claim's
// representative, and the single-source claims left out (Summary.LeftOut)
// with the reason.
func (p *prepared) explain(sum *Summary, cs *claimSet, chosen []int, opt Options, tok *vectorize.Tokeniser) {
	matcher := p.matcher(tok)
	similarity := func(m, rep int) float64 {
		if m == rep {
			return 1
		}
		// rounded to 4 decimals so that output is the same on every machine
		return roundScore(matcher.Similarity(p.body[m].Text, p.body[rep].Text))
	}
	// Body sentence of each (source, sentence index).
	type key struct{ doc, index int }
	body := make(map[key]int, len(p.body))
	for i, b := range p.body {
		body[key{b.Doc, b.Index}] = i
	}
	for i := range sum.Sentences {
		cits := sum.Sentences[i].Citations
		rep := -1
		for _, c := range cits {
			if c.Representative {
				rep = body[key{c.Source - 1, c.Sentence}]
			}
		}
		for j, c := range cits {
			// A copy's citation is its original's sentence.
			if m, ok := body[key{p.first[c.Source-1], c.Sentence}]; ok && rep >= 0 {
				cits[j].Similarity = similarity(m, rep)
			}
		}
		sum.Sentences[i].NotCited = p.notCited(cs.claims[chosen[i]], similarity)
	}

	minSupport := max(opt.MinSupport, 1)
	in := make(map[int]bool, len(chosen))
	for _, k := range chosen {
		in[k] = true
	}
	var out []LeftOut
	var first []int // first member of each entry of out, for ordering
	for k, c := range cs.claims {
		// Single-source claims, and the claims -min-support removed.
		if in[k] || c.support != 1 && c.support >= minSupport {
			continue
		}
		lo := LeftOut{Text: c.text, Score: c.score}
		rep := c.rep
		if rep < 0 {
			rep = c.members[0]
			lo.Text = collapse(p.body[rep].Text)
		}
		switch sim, with := cs.closestChosen(k, chosen); {
		case !c.candidate:
			lo.Reason = fmt.Sprintf("not a summary sentence: fewer than %d words, or it ends with ':' or ','", minWords)
		case c.support < minSupport:
			lo.Reason = fmt.Sprintf("%s, below -min-support %d", count(c.support, "source", "sources"), minSupport)
		case sim >= redundant:
			lo.Reason = fmt.Sprintf("repeats summary sentence %d (similarity %.2f)", position(chosen, with)+1, sim)
		case cs.repeats(k, chosen):
			lo.Reason = fmt.Sprintf("makes the same claim as summary sentence %d", position(chosen, cs.repeated(k, chosen))+1)
		default:
			lo.Reason = "one source only; the summary's length was filled by better-scored claims"
		}
		for _, m := range c.cited {
			b := p.body[m]
			lo.Citations = append(lo.Citations, Citation{
				Source: b.Doc + 1, Sentence: b.Index, Start: b.Start, End: b.End, Text: b.Text,
				Representative: m == rep, Similarity: similarity(m, rep),
			})
		}
		out = append(out, lo)
		first = append(first, c.members[0])
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		x, y := out[idx[a]], out[idx[b]]
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		return first[idx[a]] < first[idx[b]]
	})
	sum.LeftOut = make([]LeftOut, len(out))
	for i, j := range idx {
		sum.LeftOut[i] = out[j]
	}
}

// notCited returns the citations of c's members that c does not cite
// (those not in c.cited), with their copies, ordered as a summary
// sentence's citations; nil when there are none.
func (p *prepared) notCited(c claim, similarity func(m, rep int) float64) []Citation {
	if len(c.members) == len(c.cited) || c.rep < 0 {
		return nil
	}
	var out []Citation
	for _, m := range c.members {
		if _, ok := slices.BinarySearch(c.cited, m); ok {
			continue
		}
		b := p.body[m]
		sim := similarity(m, c.rep)
		out = append(out, Citation{Source: b.Doc + 1, Sentence: b.Index, Start: b.Start, End: b.End, Text: b.Text, Similarity: sim})
		for _, d := range p.copies[b.Doc] {
			out = append(out, Citation{Source: d + 1, Sentence: b.Index, Start: b.Start, End: b.End, Text: b.Text, Similarity: sim})
		}
	}
	sortCitations(out)
	return out
}

// closestChosen returns the highest similarity between a member of claim k
// and a member of a chosen claim, and that chosen claim (-1 if none).
func (cs *claimSet) closestChosen(k int, chosen []int) (float64, int) {
	best, with := 0.0, -1
	for _, o := range chosen {
		if s := cs.maxSim(k, []int{o}); s > best {
			best, with = s, o
		}
	}
	return best, with
}

// position returns the index of k in the summary's claims (chosen is in
// summary order).
func position(chosen []int, k int) int {
	for i, c := range chosen {
		if c == k {
			return i
		}
	}
	return -1
}

func roundScore(x float64) float64 {
	return float64(int64(x*1e4+0.5)) / 1e4
}
