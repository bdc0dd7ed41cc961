package summarize

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/vectorize"
)

// A claim is a group of body sentences from one or more sources that say
// the same thing.
type claim struct {
	members   []int   // indices into prepared.body, increasing
	rep       int     // the member whose wording is shown
	cited     []int   // the members a citation names (carrying): rep and those joined to it directly; increasing
	support   int     // distinct sources among cited
	score     float64 // the representative's TextRank score × (distinct sources among members)^supportExponent, best claim = 1
	pos       float64 // mean relative position of the members in their documents
	candidate bool    // whether the claim may appear in a summary
	words     int     // words in the representative
	text      string  // the representative, white space collapsed
}

type claimSet struct {
	claims []claim
	of     []int       // claim of each body sentence
	g      rank.Graph  // the similarity graph (nil W on a large input: maxSim)
	m      rank.Matrix // the body sentences' TF-IDF rows (for the explain view and maxSim)
	cg     rank.Graph  // the claim graph grouping used (nil W: none)
	joinAt float64     // its threshold
	source []int       // document of each body sentence
	texts  []string    // text of each body sentence

	matcher *Matcher        // the decision of cg
	equiv   map[[2]int]bool // see equivalent
}

// claims vectorises the body sentences, links them, groups them into
// claims and scores them.
func (p *prepared) claims(tok *vectorize.Tokeniser, method Method) (*claimSet, error) {
	nb := len(p.body)
	texts := make([]string, 0, nb+len(p.titles))
	for _, s := range p.body {
		texts = append(texts, s.Text)
	}
	for _, s := range p.titles {
		texts = append(texts, s.Text)
	}
	vm := vectorize.TFIDFWorkers(texts, tok, p.workers)
	p.countWords()
	all := rank.Matrix(vm)
	body := all
	body.Ptr = all.Ptr[:nb+1]

	g := rank.Link(body, rank.Linking{Threshold: edgeThreshold, Workers: p.workers})
	source := make([]int, nb)
	for i, s := range p.body {
		source[i] = s.Doc
	}
	matcher := p.matcher(tok)

	// TextRank needs the similarity graph alone, grouping the claim
	// graph: with more than one worker the two run side by side, so that
	// grouping, which runs on one goroutine, does not hold up the rest.
	// On a large input memory counts for more: TextRank runs first, and
	// the similarity weights go before the claim graph takes as much room
	// (selection computes the few it asks for again: maxSim).
	var scores []float64
	var ranked sync.WaitGroup
	ranked.Add(1)
	rankAll := func() {
		defer ranked.Done()
		scores = p.textRank(all, g, nb)
	}
	large := textBytes(p.body) >= keepAnalysesBelow
	if large {
		rankAll()
		g.W = nil
	}
	cg := claimGraphOf(g, matcher, p.body, p.workers)
	if !large {
		if p.workers > 1 {
			go rankAll()
		} else {
			rankAll()
		}
	}
	key := p.textRanks()
	label := rank.Group(cg, source, rank.Grouping{Threshold: matcher.Threshold(), Key: key})
	p.joinLeads(label, body, key)

	// Claims numbered in order of their first member; groups emptied by
	// joinLeads disappear.
	id := make(map[int]int)
	cs := &claimSet{of: make([]int, nb), g: g, m: body, cg: cg, joinAt: matcher.Threshold(), source: source, texts: make([]string, nb), matcher: matcher}
	for i, s := range p.body {
		cs.texts[i] = s.Text
	}
	for i, l := range label {
		k, ok := id[l]
		if !ok {
			k = len(cs.claims)
			id[l] = k
			cs.claims = append(cs.claims, claim{})
		}
		cs.claims[k].members = append(cs.claims[k].members, i)
		cs.of[i] = k
	}

	// Positions within each document's body sentences, relative to the
	// document's length.
	rel := make([]float64, nb)
	for i, k := range p.positions() {
		rel[i] = float64(k) / float64(p.used[p.body[i].Doc])
	}
	ranked.Wait()

	best := 0.0
	for k := range cs.claims {
		c := &cs.claims[k]
		var pos float64
		c.rep = -1
		for _, m := range c.members {
			pos += rel[m]
			// The representative: the candidate wording TextRank ranks
			// highest (near-ties: the text that sorts first, so that the
			// order of the documents does not matter; see order.go).
			if p.candidate[m] && (c.rep < 0 || better(scores[m], scores[c.rep], p.body[m].Text, p.body[c.rep].Text)) {
				c.rep = m
			}
		}
		c.pos = pos / float64(len(c.members))
		// A claim scores as its best wording, raised by its support. A
		// claim without a candidate wording keeps the score of its best
		// member (the explain view shows it) but is never chosen.
		top := c.rep
		if c.rep >= 0 && len(c.members) > 1 {
			c.rep = cs.consensusRep(p, c.members, c.rep, scores)
		}
		if top < 0 {
			top = c.members[0]
			for _, m := range c.members {
				if scores[m] > scores[top] {
					top = m
				}
			}
		}
		c.cited = cs.carrying(c)
		c.support = p.support(c.cited)
		c.score = scores[top]
		if method != NoSupport {
			// the sources of the whole group, those that write about the
			// claim, not only those that state it: consensus on the subject
			c.score *= math.Pow(float64(p.support(c.members)), supportExponent)
		}
		if c.rep < 0 {
			continue
		}
		c.candidate = true
		c.text = collapse(p.body[c.rep].Text)
		c.words = p.fields[c.rep] // collapse keeps the fields
		best = max(best, c.score)
	}
	if best > 0 {
		for k := range cs.claims {
			cs.claims[k].score = min(cs.claims[k].score/best, 1)
		}
	}
	return cs, nil
}

// carrying returns the members of claim c that carry it, the ones its
// citations name: the representative, the members of its text, and each
// member whose Similarity to the representative reaches the join
// threshold (the similarity the explain view shows). Grouping joins
// members on their average link to the whole claim, so a member may stand
// in it through others alone; such a member shares the claim's subject
// more often than it states the claim, and is not cited. A claim without
// a representative carries all its members.
//
// The similarity of a member of another document is its edge's weight in
// the claim graph, which is Matcher.Similarity (learnedWeights), or 0
// without an edge; only members of the representative's own document
// (near-duplicates, whose edge holds the lexical similarity) are measured
// again.
func (cs *claimSet) carrying(c *claim) []int {
	if c.rep < 0 || len(c.members) == 1 {
		return c.members
	}
	rep := cs.texts[c.rep]
	out := make([]int, 0, len(c.members))
	var row []int32
	if cs.cg.W != nil {
		row = cs.cg.Adj[cs.cg.Ptr[c.rep]:cs.cg.Ptr[c.rep+1]]
	}
	for _, m := range c.members {
		t := cs.texts[m]
		var sim float64
		switch {
		case m == c.rep || t == rep:
			sim = 1
		case cs.cg.W == nil || cs.source[m] == cs.source[c.rep]:
			sim = cs.matcher.Similarity(rep, t)
		default:
			if k, ok := slices.BinarySearch(row, int32(m)); ok {
				sim = cs.cg.W[int(cs.cg.Ptr[c.rep])+k]
			}
		}
		if sim >= cs.joinAt {
			out = append(out, m)
		}
	}
	return out
}

// consensusRep returns the representative of a claim of members whose
// best-ranked candidate wording is best: among the candidate wordings
// whose TextRank score reaches consensusNear of best's, the one of the
// highest score × mean claim similarity (Matcher.Lexical) to the claim's
// other members, the wording the versions share most (ties: better's
// order). The sums run over the members' distinct texts in sorted order,
// so the choice does not depend on the order of the documents; at most
// consensusWordings wordings are weighed, the best-ranked.
func (cs *claimSet) consensusRep(p *prepared, members []int, best int, scores []float64) int {
	counts := make(map[string]int, len(members))
	var cands []int
	for _, m := range members {
		t := p.body[m].Text
		counts[t]++
		if m == best || p.candidate[m] && quantize(scores[m]) >= quantize(consensusNear*scores[best]) {
			cands = append(cands, m)
		}
	}
	if len(cands) < 2 || len(counts) < 2 {
		return best
	}
	sort.SliceStable(cands, func(x, y int) bool {
		return better(scores[cands[x]], scores[cands[y]], p.body[cands[x]].Text, p.body[cands[y]].Text)
	})
	cands = cands[:min(len(cands), consensusWordings)]
	texts := make([]string, 0, len(counts))
	for t := range counts {
		texts = append(texts, t)
	}
	sort.Strings(texts)
	rep, repV := best, -1.0
	for _, m := range cands {
		own := p.body[m].Text
		sum := float64(counts[own] - 1) // its copies: the same words
		for _, t := range texts {
			if t != own {
				sum += float64(counts[t]) * cs.matcher.Lexical(own, t)
			}
		}
		// quantized, as better does: the scores may differ in their last
		// bits with the order of the documents
		v := quantize(quantize(scores[m]) * sum / float64(len(members)-1))
		if v > repV || v == repV && better(scores[m], scores[rep], own, p.body[rep].Text) {
			rep, repV = m, v
		}
	}
	return rep
}

// positions returns the index of each body sentence among its
// document's body sentences.
func (p *prepared) positions() []int {
	idx := make([]int, len(p.body))
	seen := make([]int, len(p.used))
	for i, s := range p.body {
		idx[i] = seen[s.Doc]
		seen[s.Doc]++
	}
	return idx
}

// textRank returns the TextRank scores of the nb body sentences, the
// first rows of all (the titles after them), on their similarity graph
// g. Personalisation: the random jumps of TextRank land on a word of the
// sources rather than on a sentence, so a sentence's share is its length
// in words (up to maxWeighedWords: longer ones are run-ons, lists or
// glued paragraphs), raised for the first sentences of each document
// (the inverted pyramid: news comes first) and by likeness to the
// headlines.
func (p *prepared) textRank(all rank.Matrix, g rank.Graph, nb int) []float64 {
	titleSim := rank.MaxSimilarity(all, nb, p.workers)
	idx := p.positions()
	personal := make([]float64, nb)
	for i := range personal {
		words := min(p.fields[i], maxWeighedWords)
		personal[i] = (1 + titleSim[i]) * positionPrior(idx[i]) * float64(words)
	}
	return rank.TextRank(nil, g, personal, rank.Settings{Workers: p.workers, Tolerance: rankTolerance})
}

// positionPrior is the personalisation weight of the body sentence at
// index k of its document (from 0): 1 + leadPrior/(k+1)². In news the
// first sentence carries the story, the next few add to it, and later
// ones matter much less.
func positionPrior(k int) float64 {
	return 1 + leadPrior/float64((k+1)*(k+1))
}

// textRanks returns, for each body sentence, the rank of its text among
// the body sentences' texts (equal texts, equal ranks): grouping breaks
// ties between equal similarities by it, so that the claims do not depend
// on the order of the documents.
func (p *prepared) textRanks() []int {
	idx := make([]int, len(p.body))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return p.body[idx[a]].Text < p.body[idx[b]].Text })
	key := make([]int, len(p.body))
	for r, i := range idx {
		if r > 0 && p.body[i].Text == p.body[idx[r-1]].Text {
			key[i] = key[idx[r-1]]
			continue
		}
		key[i] = r
	}
	return key
}

// matcher returns the Matcher of one Summarize call: the language's,
// keeping the claim graph's analyses for the citations and the explain
// view.
func (p *prepared) matcher(tok *vectorize.Tokeniser) *Matcher {
	if p.match == nil {
		p.match = matcherFor(tok)
		p.match.memo = new(sync.Map)
	}
	return p.match
}

// claimGraph returns the graph g with its weights replaced by the claim
// similarity of the Matcher (see Matcher.Similarity): the graph of the
// "same claim?" decision. Pairs that share no term have no edge in g and
// are never the same claim.
func (p *prepared) claimGraph(g rank.Graph, tok *vectorize.Tokeniser) rank.Graph {
	return claimGraphOf(g, matcherFor(tok), p.body, p.workers)
}

// countWords fills p.fields and p.candidate, on all of p's workers.
func (p *prepared) countWords() {
	nb := len(p.body)
	p.fields, p.candidate = make([]int, nb), make([]bool, nb)
	parallelRange(nb, p.workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			t := p.body[i].Text
			p.fields[i] = wordsUpTo(t, math.MaxInt)
			p.candidate[i] = isCandidate(t)
		}
	})
}

// isCandidate reports whether a body sentence may stand in a summary: it
// is long enough to say something and does not end by announcing what
// follows (a ':' before a quotation).
func isCandidate(text string) bool {
	t := strings.TrimRight(text, " \t\r\n\"'”’)")
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") {
		return false
	}
	return vectorize.CountWords(text) >= minWords
}

func distinctSources(members []int, source []int) int {
	docs := make([]int, 0, len(members))
	for _, m := range members {
		docs = append(docs, source[m])
	}
	sort.Ints(docs)
	n := 0
	for i, d := range docs {
		if i == 0 || d != docs[i-1] {
			n++
		}
	}
	return n
}

// joinLeads applies the inverted pyramid: versions of one story open with
// the same news, however they word it. The claim that holds the most lead
// sentences (first body sentences, at least two of them) takes in the lead
// of every other source that stands alone, when its cosine with the
// claim's centroid is at least leadThreshold. Between claims holding as
// many leads, the one whose lead text sorts first (key, see textRanks)
// wins, so that the choice does not depend on the order of the documents.
// Labels are changed in place.
func (p *prepared) joinLeads(label []int, m rank.Matrix, key []int) {
	lead := make([]int, 0, len(p.used))
	last := -1
	for i, s := range p.body {
		if s.Doc != last {
			lead = append(lead, i)
			last = s.Doc
		}
	}
	count := make(map[int]int)
	first := make(map[int]int) // label → the smallest key of its leads
	for _, i := range lead {
		l := label[i]
		count[l]++
		if k, ok := first[l]; !ok || key[i] < k {
			first[l] = key[i]
		}
	}
	best, bestCount := -1, 1
	for _, i := range lead {
		l := label[i]
		if c := count[l]; c > bestCount || (c == bestCount && best >= 0 && first[l] < first[best]) {
			best, bestCount = l, c
		}
	}
	if best < 0 {
		return
	}
	size := make(map[int]int)
	for _, l := range label {
		size[l]++
	}
	inBest := make(map[int]bool)
	centroid := make([]float64, m.Cols)
	for i, l := range label {
		if l != best {
			continue
		}
		inBest[p.body[i].Doc] = true
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			centroid[m.Ind[k]] += m.Val[k]
		}
	}
	var norm float64
	for _, v := range centroid {
		norm += v * v
	}
	norm = math.Sqrt(norm)
	for _, i := range lead {
		if label[i] == best || size[label[i]] > 1 || inBest[p.body[i].Doc] {
			continue
		}
		var dot float64
		for k := m.Ptr[i]; k < m.Ptr[i+1]; k++ {
			dot += m.Val[k] * centroid[m.Ind[k]]
		}
		if dot/norm >= leadThreshold {
			label[i] = best
		}
	}
}
