package summarize

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/concordsum/concord/internal/freelist"
	"github.com/concordsum/concord/internal/intern"
	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/summarize/internal/paraphrase"
	"github.com/concordsum/concord/vectorize"
)

// The claim graph: the similarity graph's edges weighed by the same-claim
// decision (Matcher), each edge once, rows on up to workers goroutines.

// claimGraphOf returns g with its weights replaced by the claim
// similarity of the sentences' texts: claimSimilarity of their words, with
// the same additions in the same order, so the same bits.
//
// claimSimilarity adds weights in the sorted order of the words, and every
// stop word (stopMark, a zero byte, then the word) sorts before every
// other stem (which holds no zero byte): its sums are stopWeight added as
// many times as there are stop words, then 1 as many times as there are
// other words. So only those two counts matter, and the words need only
// numbers, in any order. Each sentence's total weight is computed once;
// each edge once (the similarity is symmetric); rows on up to workers
// goroutines.
func claimGraphOf(g rank.Graph, m *Matcher, body []vectorize.Sentence, workers int) rank.Graph {
	n := len(body)
	// Sentences of the same text share one row of words (wire copies,
	// editions of one story): first[i] is the first sentence of i's text.
	at := make(map[string]int32, n)
	first := make([]int32, n)
	for i := range body {
		f, ok := at[body[i].Text]
		if !ok {
			f = int32(i)
			at[body[i].Text] = f
		}
		first[i] = f
	}
	// Each run of sentences numbers the stems it meets in its own order;
	// the numbers are then made common to all runs.
	ids := make([][]int32, n)
	type run struct {
		lo, hi int
		stems  []string // local number → stem
	}
	var mu sync.Mutex
	var runs []run
	pool := wordCaches(m.tok)
	parallelRange(n, workers, func(lo, hi int) {
		cache := pool.Get()
		defer pool.Put(cache)
		cache.Trim()
		var stems []string
		for i := lo; i < hi; i++ {
			if first[i] != int32(i) {
				continue
			}
			row := make([]int32, 0, len(body[i].Text)/5+1)
			eachRawWord(body[i].Text, func(w []byte) {
				row = append(row, cache.LocalBytes(w, m.stemOf, &stems))
			})
			ids[i] = row
		}
		cache.EndRun()
		mu.Lock()
		runs = append(runs, run{lo, hi, stems})
		mu.Unlock()
	})
	var vocab []string // common number → stem
	if len(runs) == 1 {
		vocab = runs[0].stems
	} else {
		slices.SortFunc(runs, func(a, b run) int { return a.lo - b.lo })
		common := make(map[string]int32)
		remap := make([][]int32, len(runs))
		for r, rn := range runs {
			remap[r] = make([]int32, len(rn.stems))
			for k, w := range rn.stems {
				x, ok := common[w]
				if !ok {
					x = int32(len(vocab))
					common[w] = x
					vocab = append(vocab, w)
				}
				remap[r][k] = x
			}
		}
		parallelRange(len(runs), workers, func(lo, hi int) {
			for r := lo; r < hi; r++ {
				for i := runs[r].lo; i < runs[r].hi; i++ {
					row := ids[i] // nil for a text met before
					for k, x := range row {
						row[k] = remap[r][x]
					}
				}
			}
		})
	}
	// Stop words are numbered after every other word, so that a word x
	// is a stop word when x >= nonStop: a comparison where a table of
	// flags would take a load and a bounds check for every word.
	perm := make([]int32, len(vocab))
	nonStop := int32(0)
	for k, w := range vocab {
		if !strings.HasPrefix(w, stopMark) {
			perm[k] = nonStop
			nonStop++
		}
	}
	stopNumber := nonStop
	for k, w := range vocab {
		if strings.HasPrefix(w, stopMark) {
			perm[k] = stopNumber
			stopNumber++
		}
	}
	parallelRange(n, workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if first[i] == int32(i) {
				row := ids[i]
				for k, x := range row {
					row[k] = perm[x]
				}
			}
		}
	})
	for i, f := range first {
		ids[i] = ids[f]
	}
	// sums[s] is stopWeight added s times, as claimSimilarity adds it.
	longest := 0
	for _, row := range ids {
		longest = max(longest, len(row))
	}
	sums := make([]float64, longest+1)
	for s := 1; s < len(sums); s++ {
		sums[s] = sums[s-1] + wordWeight(stopMark)
	}
	weigh := func(stops, others int) float64 {
		h := sums[stops]
		for range others {
			h += wordWeight("")
		}
		return h
	}
	if m.memo != nil {
		// The rows, sorted, for Matcher.Lexical: the counts below do not
		// depend on the order of a row.
		parallelRange(n, workers, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				if first[i] == int32(i) {
					slices.Sort(ids[i]) // and so its copies'
				}
			}
		})
		m.rows = &wordRows{at: at, rows: ids, nonStop: nonStop}
	}
	total := make([]float64, n) // claimSimilarity's la for each sentence
	for i, row := range ids {
		stops := 0
		for _, x := range row {
			stops += b2i(x >= nonStop)
		}
		total[i] = weigh(stops, len(row)-stops)
	}
	out := rank.Graph{Ptr: g.Ptr, Adj: g.Adj, W: make([]float64, len(g.Adj)), Threshold: g.Threshold}
	parallelRange(n, workers, func(lo, hi int) {
		// Row i's words counted in have; a pair's matches counted in used.
		// Stamps say which row or pair a count belongs to. Both counts of
		// a word sit in one slot, and the loop over j's words has no
		// branch on them (whether a word is in i is a coin toss to a
		// processor's branch predictor).
		slots := make([]wordSlot, len(vocab))
		pair := int32(0)
		for i := lo; i < hi; i++ {
			row := int32(i + 1)
			for _, x := range ids[i] {
				if slots[x].row != row {
					slots[x].row, slots[x].have = row, 0
				}
				slots[x].have++
			}
			for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
				j := int(g.Adj[k])
				if j <= i {
					continue
				}
				la, lb := total[i], total[j]
				if la == 0 || lb == 0 {
					continue // 0, as claimSimilarity says
				}
				// The words of j that pair with a word of i: what
				// claimSimilarity's merge adds, counted. A word not in i
				// has no have for this row, so it is never taken.
				pair++
				stops, matched := 0, 0
				for _, x := range ids[j] {
					sl := &slots[x]
					have := sl.have & -int32(b2i(sl.row == row))
					used := sl.used & -int32(b2i(sl.pair == pair))
					take := b2i(used < have)
					sl.pair, sl.used = pair, used+int32(take)
					matched += take
					stops += take & b2i(x >= nonStop)
				}
				others := matched - stops
				h := weigh(stops, others)
				out.W[k] = (2*h/(la+lb) + h/min(la, lb)) / 2
			}
		}
	})
	if m.learned {
		m.learnedWeights(out, body, workers)
	}
	// The lower half mirrors the upper one: row j's neighbours below j
	// come first, in increasing order, so taking the upper edges i–j by
	// increasing i fills them in turn.
	next := slices.Clone(g.Ptr[:n])
	for i := 0; i < n; i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if j := g.Adj[k]; int(j) > i {
				out.W[next[j]] = out.W[k]
				next[j]++
			}
		}
	}
	return out
}

// wordCachePools holds, per Tokeniser, caches that number words as
// Matcher.words stems them (intern.Cache), one goroutine's at a time, kept
// from one call to the next.
var wordCachePools sync.Map // *vectorize.Tokeniser → *freelist.List[intern.Cache]

func wordCaches(tok *vectorize.Tokeniser) *freelist.List[intern.Cache] {
	if p, ok := wordCachePools.Load(tok); ok {
		return p.(*freelist.List[intern.Cache])
	}
	p, _ := wordCachePools.LoadOrStore(tok, &freelist.List[intern.Cache]{New: intern.NewCache})
	return p.(*freelist.List[intern.Cache])
}

// localAnalysers holds English paraphrase.Locals, one goroutine's at a
// time, kept from one call to the next (their word maps stay warm).
var localAnalysers = freelist.List[paraphrase.Local]{New: func() *paraphrase.Local { return englishAnalyser().Local() }}

// A wordSlot counts a word for claimGraphOf's edge loop: have times in
// the row numbered row, used times among the matches of the pair
// numbered pair.
type wordSlot struct{ row, have, pair, used int32 }

// b2i is 1 for true, 0 for false (compiled without a branch).
func b2i(b bool) int {
	var x int
	if b {
		x = 1
	}
	return x
}

// learnedWeights replaces the upper edges i–j (j > i) of g, which hold the
// lexical similarity, by the grouping's weight (Matcher.Similarity) where
// the lexical similarity reaches ModelGate; below it, for sentences of
// the same words, and between two sentences of one document (which
// grouping joins only as near-duplicates, on the lexical similarity) the
// lexical similarity stands. Each sentence is analysed once.
func (m *Matcher) learnedWeights(g rank.Graph, body []vectorize.Sentence, workers int) {
	n := len(body)
	// Sentences are numbered by text (uniq), so that a text is analysed
	// once and a pair of texts weighed once, however many documents repeat
	// them (wire copies with another first line, versions that share
	// sentences).
	uniq := make([]int32, n)
	ids := make(map[string]int32)
	var texts []string
	for i, s := range body {
		u, ok := ids[s.Text]
		if !ok {
			u = int32(len(texts))
			ids[s.Text] = u
			texts = append(texts, s.Text)
		}
		uniq[i] = u
	}
	gated := func(i, k int) bool {
		j := int(g.Adj[k])
		return j > i && g.W[k] >= ModelGate && g.W[k] < 1 && body[i].Doc != body[j].Doc
	}
	// The distinct text pairs of the gated edges, smaller number first,
	// sorted: what the model weighs.
	// (The lexical similarity depends on the texts alone, so equal keys
	// carry equal values.)
	type textPair struct {
		key  uint64
		lex  float64
		edge int // the gated edge's index in g.Adj
	}
	var pairs []textPair
	need := make([]bool, len(texts))
	for i := 0; i < n; i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if gated(i, k) {
				pairs = append(pairs, textPair{pairKey(uniq[i], uniq[g.Adj[k]]), g.W[k], k})
				need[uniq[i]], need[uniq[g.Adj[k]]] = true, true
			}
		}
	}
	slices.SortFunc(pairs, func(a, b textPair) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.edge, b.edge)
	})
	// Each gated edge (edges) and the distinct pair it weighs (at), then
	// the distinct pairs alone.
	edges := make([]int, len(pairs))
	at := make([]int32, len(pairs))
	u := -1
	for i, pr := range pairs {
		edges[i] = pr.edge
		if u < 0 || pairs[u].key != pr.key {
			u++
			pairs[u] = pr
		}
		at[i] = int32(u)
	}
	pairs = pairs[:u+1]
	// The analyses are kept in m's memo for what comes after the graph
	// (grouping, citations, selection, disagreements, the explain view),
	// except on a large input: there they are a large share of the memory,
	// and what comes after asks for few of them, which analyseWith
	// analyses again and keeps. On a large input the pairs are weighed in
	// runs of pairChunk, each text analysed before the first run that
	// needs it and dropped after the last: news clusters put similar
	// sentences near each other, so few analyses are alive at a time.
	keep := m.memo != nil && textBytes(body) < keepAnalysesBelow
	last := make([]int32, len(texts)) // the last pair that needs each text
	for p, pr := range pairs {
		last[pr.key>>32], last[uint32(pr.key)] = int32(p), int32(p)
	}
	an := make([]*paraphrase.Sentence, len(texts))
	model := paraphrase.Default().Same
	weight := make([]float64, len(pairs))
	chunk := len(pairs)
	if !keep {
		chunk = pairChunk
	}
	var todo []int32
	for lo := 0; lo < len(pairs); lo += chunk {
		hi := min(lo+chunk, len(pairs))
		todo = todo[:0]
		for _, pr := range pairs[lo:hi] {
			for _, u := range [2]int32{int32(pr.key >> 32), int32(uint32(pr.key))} {
				if need[u] {
					need[u] = false
					todo = append(todo, u)
				}
			}
		}
		parallelRange(len(todo), workers, func(a, b int) {
			local := localAnalysers.Get()
			defer localAnalysers.Put(local)
			for _, u := range todo[a:b] {
				an[u] = m.analyseWith(texts[u], local)
			}
		})
		parallelRange(hi-lo, workers, func(a, b int) {
			for p := lo + a; p < lo+b; p++ {
				u, v := int32(pairs[p].key>>32), int32(uint32(pairs[p].key))
				x, y := an[u], an[v]
				if texts[v] < texts[u] {
					x, y = y, x // the order Matcher.Similarity uses
				}
				weight[p] = m.joinWeight(x, y, pairs[p].lex, model)
			}
		})
		if !keep {
			for _, pr := range pairs[lo:hi] {
				for _, u := range [2]int32{int32(pr.key >> 32), int32(uint32(pr.key))} {
					if int(last[u]) < hi {
						an[u] = nil
					}
				}
			}
		}
	}
	if keep {
		for u, a := range an {
			if a != nil {
				m.memo.Store(texts[u], a)
			}
		}
	}
	for i, k := range edges {
		g.W[k] = weight[at[i]]
	}
}

// pairChunk is the number of pairs learnedWeights weighs at a time on a
// large input (see keepAnalysesBelow).
const pairChunk = 4096

// keepAnalysesBelow is the size of the body sentences' text, in bytes,
// below which learnedWeights keeps its analyses for later stages (about
// 10 kB each: 90 MB for the 9,000 distinct sentences of all DUC 2004
// compared; below this size, about 40 MB at most). From this size on, an
// input is large: claims also runs TextRank before the claim graph and
// drops the similarity weights. The output is the same either way
// (TestLargeInputPath); a variable so that the test can move it.
var keepAnalysesBelow = 4 << 20

// textBytes returns the summed length of the sentences' texts.
func textBytes(body []vectorize.Sentence) int {
	n := 0
	for _, s := range body {
		n += len(s.Text)
	}
	return n
}

// pairKey returns the key of the pair of numbers u, v: the smaller in the
// high half.
func pairKey(u, v int32) uint64 {
	if u > v {
		u, v = v, u
	}
	return uint64(u)<<32 | uint64(uint32(v))
}
