package vectorize

import (
	"github.com/concordsum/concord/internal/intern"
	"github.com/concordsum/concord/internal/parallel"

	"sort"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// Counts holds the term counts of texts in compressed sparse row form:
// text i holds the terms Ind[Ptr[i]:Ptr[i+1]] (term numbers, increasing),
// each occurring Count[k] times. Terms[t] is term t; terms are numbered in
// order of first appearance over the texts, as nlp.CountVectoriser numbers
// them. The zero Counts has no texts.
type Counts struct {
	Terms []string
	Ptr   []int
	Ind   []int32
	Count []int32
}

// Rows returns the number of texts.
func (c Counts) Rows() int {
	if len(c.Ptr) == 0 {
		return 0
	}
	return len(c.Ptr) - 1
}

// Count tokenises texts with tok and counts their terms, on up to workers
// goroutines (0 or less means GOMAXPROCS). The result does not depend on
// workers: it equals what nlp.CountVectoriser finds with tok, term numbers
// included.
//
// Each goroutine tokenises a contiguous run of texts with its own
// vocabulary (no lock, no shared map on the hot path); the vocabularies
// are then merged in text order, which numbers the terms exactly as one
// sequential pass would.
func Count(texts []string, tok *Tokeniser, workers int) Counts {
	n := len(texts)
	c := Counts{Ptr: make([]int, n+1)}
	if n == 0 {
		return c
	}
	w := parallel.Workers(workers, (n+63)/64)
	parts := 1
	if w > 1 {
		parts = 4 * w // several runs per worker even out their speeds
	}
	bounds := parallel.Chunks(n, parts, func(i int) int { return len(texts[i]) / 64 })
	runs := make([]countRun, len(bounds)-1)
	parallel.ForEach(len(runs), w, func(r int) {
		runs[r].count(texts[bounds[r]:bounds[r+1]], tok)
	})

	// Merge the vocabularies in text order.
	terms := make([][]string, len(runs))
	for r := range runs {
		terms[r] = runs[r].terms
	}
	var remap [][]int32
	c.Terms, remap = intern.Merge(terms)
	for r := range runs {
		runs[r].remap = remap[r]
	}

	// Lay the rows out and renumber them, each sorted by term number.
	for r := range runs {
		run := &runs[r]
		base := c.Ptr[bounds[r]]
		for i := 0; i+1 < len(run.ptr); i++ {
			c.Ptr[bounds[r]+i+1] = base + run.ptr[i+1]
		}
	}
	c.Ind = make([]int32, c.Ptr[n])
	c.Count = make([]int32, c.Ptr[n])
	parallel.ForEach(len(runs), w, func(r int) {
		run := &runs[r]
		for i := 0; i+1 < len(run.ptr); i++ {
			lo, hi := c.Ptr[bounds[r]+i], c.Ptr[bounds[r]+i+1]
			ind, cnt := c.Ind[lo:hi], c.Count[lo:hi]
			for k := range ind {
				ind[k] = run.remap[run.ids[run.ptr[i]+k]]
				cnt[k] = run.cnt[run.ptr[i]+k]
			}
			sortRow(ind, cnt)
		}
		*run = countRun{}
	})
	return c
}

// A countRun tokenises a run of texts with a vocabulary of its own.
type countRun struct {
	terms []string // local term number → term
	ptr   []int    // text i's terms are ids[ptr[i]:ptr[i+1]]
	ids   []int32  // local term numbers, in order of first appearance in the text
	cnt   []int32  // their counts
	remap []int32  // local → global term number
}

func (run *countRun) count(texts []string, tok *Tokeniser) {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	cache := tok.segCaches.Get()
	defer tok.segCaches.Put(cache)
	defer cache.EndRun()
	cache.Trim()
	term := tok.term
	// About one word a six bytes, and a term in five words.
	run.ids = make([]int32, 0, size/30+16)
	run.cnt = make([]int32, 0, size/30+16)
	run.ptr = make([]int, 1, len(texts)+1)
	var seen []int32 // local term → 1 + position in the current text's row, or 0
	start := 0       // the current text's first place in run.ids
	add := func(seg string) {
		if noWord(seg) {
			return // spaces and punctuation: no map lookup
		}
		id := cache.Local(seg, term, &run.terms)
		if id < 0 {
			return
		}
		if int(id) >= len(seen) {
			seen = append(seen, make([]int32, int(id)+1-len(seen))...)
		}
		if p := seen[id]; p > 0 {
			run.cnt[start+int(p)-1]++
			return
		}
		run.ids = append(run.ids, id)
		run.cnt = append(run.cnt, 1)
		seen[id] = int32(len(run.ids) - start)
	}
	for _, text := range texts {
		start = len(run.ids)
		if isASCII(text) {
			asciiSegments(text, add) // the segments below, faster
		} else {
			for it := words.FromString(text); it.Next(); {
				add(it.Value())
			}
		}
		for _, id := range run.ids[start:] {
			seen[id] = 0
		}
		run.ptr = append(run.ptr, len(run.ids))
	}
}

// noWord reports whether seg is made of ASCII bytes that are neither
// letters nor digits, which the tokeniser always drops.
func noWord(seg string) bool {
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		if c >= utf8.RuneSelf || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// sortRow sorts ind increasingly, moving cnt along. Term numbers in a row
// are distinct.
func sortRow(ind, cnt []int32) {
	if len(ind) > 24 {
		sort.Sort(rowSorter{ind, cnt})
		return
	}
	for i := 1; i < len(ind); i++ {
		for j := i; j > 0 && ind[j] < ind[j-1]; j-- {
			ind[j], ind[j-1] = ind[j-1], ind[j]
			cnt[j], cnt[j-1] = cnt[j-1], cnt[j]
		}
	}
}

type rowSorter struct{ ind, cnt []int32 }

func (s rowSorter) Len() int           { return len(s.ind) }
func (s rowSorter) Less(i, j int) bool { return s.ind[i] < s.ind[j] }
func (s rowSorter) Swap(i, j int) {
	s.ind[i], s.ind[j] = s.ind[j], s.ind[i]
	s.cnt[i], s.cnt[j] = s.cnt[j], s.cnt[i]
}
