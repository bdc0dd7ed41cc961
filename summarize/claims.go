package summarize

import (
	"math"
	"sort"
	"strings"

	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/vectorize"
)

// A claim is a group of body sentences from one or more sources that say
// the same thing.
type claim struct {
	members   []int   // indices into prepared.body, increasing
	rep       int     // the member whose wording is shown
	support   int     // distinct sources among the members
	score     float64 // summed centrality of the members, best claim = 1
	pos       float64 // mean relative position of the members in their documents
	candidate bool    // whether the claim may appear in a summary
	words     int     // words in the representative
	text      string  // the representative, white space collapsed
}

type claimSet struct {
	claims []claim
	of     []int // claim of each body sentence
	g      rank.Graph
}

// claims vectorises the body sentences, links them, groups them into
// claims and scores them.
func (p *prepared) claims(tok *vectorize.Tokeniser) (*claimSet, error) {
	nb := len(p.body)
	texts := make([]string, 0, nb+len(p.titles))
	for _, s := range p.body {
		texts = append(texts, s.Text)
	}
	for _, s := range p.titles {
		texts = append(texts, s.Text)
	}
	vm, err := vectorize.TFIDF(texts, tok)
	if err != nil {
		return nil, err
	}
	all := rank.Matrix(vm)
	body := all
	body.Ptr = all.Ptr[:nb+1]

	g := rank.Similarity(body, edgeThreshold)
	source := make([]int, nb)
	for i, s := range p.body {
		source[i] = s.Doc
	}
	label := rank.Group(g, source, rank.Grouping{Threshold: groupThreshold})
	p.joinLeads(label, body)

	// Claims numbered in order of their first member; groups emptied by
	// joinLeads disappear.
	id := make(map[int]int)
	cs := &claimSet{of: make([]int, nb), g: g}
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
	label = cs.of
	for k := range cs.claims {
		c := &cs.claims[k]
		c.support = p.support(c.members)
	}

	// Personalisation: support, raised by likeness to the titles.
	titleSim := maxSimilarity(all, nb, len(p.titles))
	personal := make([]float64, nb)
	for i := range personal {
		personal[i] = float64(cs.claims[label[i]].support) * (1 + titleSim[i])
	}
	scores := rank.TextRank(nil, g, personal, rank.Settings{})

	// Relative positions within each document's body sentences.
	rel := make([]float64, nb)
	seen := make([]int, len(p.used))
	for i, s := range p.body {
		rel[i] = float64(seen[s.Doc]) / float64(p.used[s.Doc])
		seen[s.Doc]++
	}

	best := 0.0
	for k := range cs.claims {
		c := &cs.claims[k]
		var sum, pos float64
		for _, m := range c.members {
			sum += scores[m]
			pos += rel[m]
		}
		c.score = sum
		c.pos = pos / float64(len(c.members))
		c.rep = -1
		bestCentral := -1.0
		for _, m := range c.members {
			if !isCandidate(p.body[m].Text) {
				continue
			}
			// The medoid: the wording closest to all the others. (The
			// neighbours come in increasing order, as the members do.)
			var central float64
			for e := g.Ptr[m]; e < g.Ptr[m+1]; e++ {
				if cs.of[g.Adj[e]] == k {
					central += g.W[e]
				}
			}
			if c.rep < 0 || repBefore(central, scores[m], p.body[m].Text, bestCentral, scores[c.rep], p.body[c.rep].Text) {
				c.rep, bestCentral = m, central
			}
		}
		if c.rep >= 0 {
			c.candidate = true
			c.text = collapse(p.body[c.rep].Text)
			c.words = len(strings.Fields(c.text))
			if c.score > best {
				best = c.score
			}
		}
	}
	if best > 0 {
		for k := range cs.claims {
			cs.claims[k].score /= best
		}
	}
	return cs, nil
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

// maxSimilarity returns, for each of the first nb rows of m, its highest
// cosine with any of the nt rows that follow them.
func maxSimilarity(m rank.Matrix, nb, nt int) []float64 {
	out := make([]float64, nb)
	if nt == 0 {
		return out
	}
	vm := vectorize.Matrix(m)
	for i := 0; i < nb; i++ {
		for t := nb; t < nb+nt; t++ {
			if s := vm.Dot(i, t); s > out[i] {
				out[i] = s
			}
		}
	}
	return out
}

// joinLeads applies the inverted pyramid: versions of one story open with
// the same news, however they word it. The claim that holds the most lead
// sentences (first body sentences, at least two of them) takes in the lead
// of every other source that stands alone, when its cosine with the
// claim's centroid is at least leadThreshold. Labels are changed in place.
func (p *prepared) joinLeads(label []int, m rank.Matrix) {
	lead := make([]int, 0, len(p.used))
	last := -1
	for i, s := range p.body {
		if s.Doc != last {
			lead = append(lead, i)
			last = s.Doc
		}
	}
	count := make(map[int]int)
	best, bestCount := -1, 1
	for _, i := range lead {
		l := label[i]
		count[l]++
		if c := count[l]; c > bestCount || (c == bestCount && l < best) {
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
