package summarize

import "sort"

// Exact copies. A story scraped from several sites often comes back as
// byte-identical copies of one wire text. A copy adds support to every
// claim its original carries and nothing else: only the first of
// identical documents is split, vectorised and ranked, and the claims it
// carries count and cite each copy too. So copies change neither the
// grouping nor which sentences are found, the support of a claim never
// drops when a copy is added, and a thousand copies cost what one does.

// findCopies returns, for each document, the index of the first document
// with the same text and title (itself for an original).
func findCopies(docs []Document) []int {
	type key struct{ text, title string }
	first := make([]int, len(docs))
	seen := make(map[key]int, len(docs))
	for d, doc := range docs {
		k := key{doc.Text, doc.Title}
		if f, ok := seen[k]; ok {
			first[d] = f
			continue
		}
		seen[k] = d
		first[d] = d
	}
	return first
}

// copiesOf returns, for each original, the copies of it in input order
// (not itself); nil for a document without copies.
func copiesOf(first []int) [][]int {
	out := make([][]int, len(first))
	for d, f := range first {
		if f != d {
			out[f] = append(out[f], d)
		}
	}
	return out
}

// support returns the number of documents carrying a claim with these
// members: their distinct sources and the copies of each.
func (p *prepared) support(members []int) int {
	docs := make([]int, 0, len(members))
	for _, m := range members {
		docs = append(docs, p.body[m].Doc)
	}
	sort.Ints(docs)
	n := 0
	for i, d := range docs {
		if i == 0 || d != docs[i-1] {
			n += 1 + len(p.copies[d])
		}
	}
	return n
}

// sortCitations orders citations by source, then by position.
func sortCitations(cs []Citation) {
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].Source != cs[b].Source {
			return cs[a].Source < cs[b].Source
		}
		return cs[a].Sentence < cs[b].Sentence
	})
}
