package summarize

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/concordsum/concord/internal/freelist"
	"github.com/concordsum/concord/internal/intern"
	"github.com/concordsum/concord/rank"
	"github.com/concordsum/concord/summarize/internal/paraphrase"
	"github.com/concordsum/concord/vectorize"
)

// Helpers that keep the pipeline's cost proportional to the graph's edges
// rather than to pairs of sentences, and that share work out among
// goroutines. Each gives exactly the value of the plain loop it replaces.

// workersFor returns the goroutines to use on docs: workers (GOMAXPROCS
// when 0 or less), but one for an input of less than parallelFrom bytes,
// whose stages take less time than starting goroutines and handing work
// to them costs.
func workersFor(docs []Document, workers int) int {
	size := 0
	for _, d := range docs {
		if size += len(d.Text); size >= parallelFrom {
			return workers
		}
	}
	return 1
}

// parallelFrom is the input size, in bytes, from which Summarize shares
// its work out (about 2,000 sentences of news).
const parallelFrom = 256 << 10

// splitDocs splits texts into sentences, one document per job, on up to
// workers goroutines (0 or less means GOMAXPROCS).
func splitDocs(texts []string, lang vectorize.Language, workers int) [][]vectorize.Sentence {
	out := make([][]vectorize.Sentence, len(texts))
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(texts))
	if workers <= 1 || len(texts) < 4 {
		for d, t := range texts {
			out[d] = lang.Split(d, t)
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range next {
				out[d] = lang.Split(d, texts[d])
			}
		}()
	}
	for d := range texts {
		next <- d
	}
	close(next)
	wg.Wait()
	return out
}

// wordsUpTo returns min(len(strings.Fields(text)), n), without building
// the fields.
func wordsUpTo(text string, n int) int {
	words, in := 0, false
	for i := 0; i < len(text); {
		c := text[i]
		space := false
		if c < utf8.RuneSelf {
			i++
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			space = unicode.IsSpace(r)
		}
		switch {
		case space:
			in = false
		case !in:
			in = true
			if words++; words >= n {
				return n
			}
		}
	}
	return min(words, n)
}

// isCollapsed reports whether collapse(s) == s: s holds no white space
// but single ASCII spaces between words.
func isCollapsed(s string) bool {
	prev := byte(' ') // as if a space came before: no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && prev == ' ':
			return false
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			// U+0085 and U+00A0 (C2 85, C2 A0) and the spaces of
			// U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
			// U+3000: let strings.Fields decide.
			if c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 {
				return false
			}
		}
		prev = c
	}
	return prev != ' ' || len(s) == 0
}

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
					row := ids[i]
					for k, x := range row {
						row[k] = remap[r][x]
					}
				}
			}
		})
	}
	stop := make([]bool, len(vocab))
	for k, w := range vocab {
		stop[k] = strings.HasPrefix(w, stopMark)
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
	total := make([]float64, n) // claimSimilarity's la for each sentence
	for i, row := range ids {
		stops := 0
		for _, x := range row {
			if stop[x] {
				stops++
			}
		}
		total[i] = weigh(stops, len(row)-stops)
	}
	out := rank.Graph{Ptr: g.Ptr, Adj: g.Adj, W: make([]float64, len(g.W)), Threshold: g.Threshold}
	parallelRange(n, workers, func(lo, hi int) {
		// Row i's words counted in have; a pair's matches counted in used.
		// Stamps say which row or pair a count belongs to.
		have := make([]wordCount, len(vocab))
		used := make([]wordCount, len(vocab))
		pair := int32(0)
		for i := lo; i < hi; i++ {
			for _, x := range ids[i] {
				if have[x].stamp != int32(i+1) {
					have[x] = wordCount{int32(i + 1), 0}
				}
				have[x].n++
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
				// claimSimilarity's merge adds, counted.
				pair++
				stops, others := 0, 0
				for _, x := range ids[j] {
					if have[x].stamp != int32(i+1) {
						continue
					}
					if used[x].stamp != pair {
						used[x] = wordCount{pair, 0}
					}
					if used[x].n < have[x].n {
						used[x].n++
						if stop[x] {
							stops++
						} else {
							others++
						}
					}
				}
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

// A wordCount counts a word for the row or pair of its stamp.
type wordCount struct{ stamp, n int32 }

// parallelRange calls f on contiguous ranges covering [0, n), on up to
// workers goroutines (0 or less means GOMAXPROCS).
func parallelRange(n, workers int, f func(lo, hi int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parts := min(workers*4, (n+255)/256)
	if workers <= 1 || parts <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, parts)
	for p := 0; p < parts; p++ {
		next <- p
	}
	close(next)
	for range min(workers, parts) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				f(p*n/parts, (p+1)*n/parts)
			}
		}()
	}
	wg.Wait()
}

// learnedWeights replaces the upper edges i–j (j > i) of g, which hold the
// lexical similarity, by the grouping's weight (Matcher.Similarity) where
// the lexical similarity reaches ModelGate; below it, for sentences of
// the same words, and between two sentences of one document (which
// grouping joins only as near-duplicates, on the lexical similarity) the
// lexical similarity stands. Each sentence is analysed once.
func (m *Matcher) learnedWeights(g rank.Graph, body []vectorize.Sentence, workers int) {
	n := len(body)
	need := make([]bool, n)
	for i := 0; i < n; i++ {
		for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
			if j := int(g.Adj[k]); j > i && g.W[k] >= ModelGate && g.W[k] < 1 && body[i].Doc != body[j].Doc {
				need[i], need[j] = true, true
			}
		}
	}
	an := make([]*paraphrase.Sentence, n)
	parallelRange(n, workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if need[i] {
				an[i] = m.analyse(body[i].Text)
			}
		}
	})
	if m.memo != nil {
		for i, a := range an {
			if a != nil {
				m.memo.Store(body[i].Text, a)
			}
		}
	}
	model := paraphrase.Default().Same
	parallelRange(n, workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for k := g.Ptr[i]; k < g.Ptr[i+1]; k++ {
				j := int(g.Adj[k])
				if j <= i {
					continue
				}
				if g.W[k] < ModelGate || g.W[k] == 1 || body[i].Doc == body[j].Doc {
					continue // the lexical similarity stands
				}
				x, y := an[i], an[j]
				if body[j].Text < body[i].Text {
					x, y = y, x // the order Matcher.Similarity uses
				}
				g.W[k] = m.joinWeight(x, y, g.W[k], model)
			}
		}
	})
}
