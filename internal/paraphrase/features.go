package paraphrase

import (
	"math"
	"strings"

	"github.com/concordsum/concord/internal/wordvec"
)

// FeatureNames names the measures Features returns, in order. Every
// measure is symmetric in meaning; in bits, Features(a, b) and
// Features(b, a) may differ in the last place of a sum, so callers that
// need the same bits either way put the pair in a fixed order.
var FeatureNames = []string{
	"lexical",                // the first stage's claim similarity (given)
	"exact-min",              // weighted share of one sentence's content words whose stem the other has: the smaller direction
	"exact-max",              // the larger direction
	"wordnet-min",            // the same, a WordNet synonym or derivation counting as the word
	"wordnet-max",            //
	"soft-min",               // the same, a word counting as its best vector cosine when no word matches
	"soft-max",               //
	"vector",                 // cosine of the sentences' weighted mean word vectors
	"bigram-min",             // share of one sentence's word pairs (stems, stop words included) the other has
	"bigram-max",             //
	"lcs-min",                // longest common subsequence of the word sequences over the longer
	"lcs-max",                // over the shorter
	"number-diff",            // share of the numbers of both that only one states (0 without numbers)
	"number-one",             // 1 when only one of the two states a number
	"name-min",               // share of one's names (capitalised words) that the other lacks: smaller direction
	"name-max",               // larger direction
	"negation",               // 1 when exactly one of the two is negated
	"len-min",                // log(1 + content words) of the shorter
	"len-max",                // of the longer
	"unmatched-min",          // log(1 + content words without a match in the other): smaller direction
	"unmatched-max",          // larger direction
	"gram1-min", "gram1-max", // share of one's words (as written, lower case) the other has, with multiplicity
	"gram2-min", "gram2-max", // of its runs of two words
	"gram3-min", "gram3-max", // three
	"gram4-min", "gram4-max", // four
	"chars",                      // Dice coefficient of the letter trigrams
	"weighted",                   // cosine of the content words' bags weighted by rarity
	"missing-min", "missing-max", // rarity-weighted content words without any match in the other, summed
	"names-unmatched",   // names of either without a match in the other, counted
	"numbers-unmatched", // numbers of either that the other lacks, counted
}

// WordNetMax is the index of "wordnet-max" in FeatureNames: the larger
// share of one sentence's content words that the other carries as the
// same stem or a WordNet relative.
const WordNetMax = 4

// NumFeatures is len(FeatureNames).
const NumFeatures = 35

// Coverage returns the weighted share of a's content words that b
// carries: the same stem, a WordNet synonym or derivation, and otherwise
// a word vector cosine of at least softFloor counted as that cosine. It is
// 1 when a has no content word. Coverage(rep, member) below 1 means the
// member states only part of rep.
func Coverage(a, b *Sentence) float64 {
	_, _, soft, _ := cover(a, b)
	return soft
}

// softFloor is the vector cosine below which a word is not taken for a
// match at all.
const softFloor = 0.5

// cover returns, for a's content words, the weighted share found in b
// by stem, by stem or WordNet, softly (see Coverage), and the number
// without any match.
func cover(a, b *Sentence) (exact, wn, soft float64, unmatched int) {
	if len(a.content) == 0 {
		return 1, 1, 1, 0
	}
	var total float64
	for k, i := range a.content {
		t := &a.Tokens[i]
		w := a.weight[k]
		total += w
		var e, r bool
		best := 0.0
		for _, j := range b.content {
			u := &b.Tokens[j]
			if t.Stem == u.Stem {
				e = true
				break
			}
			if !r && related(t, u) {
				r = true
			}
			if t.Vec >= 0 && u.Vec >= 0 {
				best = max(best, wordvec.Cosine(t.Vec, u.Vec))
			}
		}
		switch {
		case e:
			exact += w
			wn += w
			soft += w
		case r:
			wn += w
			soft += w
		case best >= softFloor:
			soft += w * best
		default:
			unmatched++
		}
	}
	return exact / total, wn / total, soft / total, unmatched
}

// Features returns the measures of the pair a, b (see FeatureNames);
// lexical is the first stage's similarity of the two.
func Features(a, b *Sentence, lexical float64) [NumFeatures]float64 {
	var f [NumFeatures]float64
	f[0] = lexical
	ea, wa, sa, ua := cover(a, b)
	eb, wb, sb, ub := cover(b, a)
	f[1], f[2] = min(ea, eb), max(ea, eb)
	f[3], f[4] = min(wa, wb), max(wa, wb)
	f[5], f[6] = min(sa, sb), max(sa, sb)
	if a.vec != nil && b.vec != nil {
		var d float64
		for k := range a.vec {
			d += a.vec[k] * b.vec[k]
		}
		f[7] = d
	}
	ba, bb := bigramShare(a.stems, b.stems), bigramShare(b.stems, a.stems)
	f[8], f[9] = min(ba, bb), max(ba, bb)
	if la, lb := len(a.stems), len(b.stems); la > 0 && lb > 0 {
		l := float64(lcs(a.stems, b.stems))
		f[10] = l / float64(max(la, lb))
		f[11] = l / float64(min(la, lb))
	}
	f[12], f[13] = numberDiff(a.nums, b.nums)
	na, nb := namesMissing(a, b), namesMissing(b, a)
	f[14], f[15] = min(na, nb), max(na, nb)
	if negated(a) != negated(b) {
		f[16] = 1
	}
	ca, cb := float64(len(a.content)), float64(len(b.content))
	f[17], f[18] = math.Log1p(min(ca, cb)), math.Log1p(max(ca, cb))
	f[19], f[20] = math.Log1p(float64(min(ua, ub))), math.Log1p(float64(max(ua, ub)))
	for n := 1; n <= 4; n++ {
		x, y := ngramShare(a.lower, b.lower, n), ngramShare(b.lower, a.lower, n)
		f[19+2*n], f[20+2*n] = min(x, y), max(x, y)
	}
	f[29] = trigramDice(a.lower, b.lower)
	f[30] = weightedCosine(a, b)
	ma, mb := missingWeight(a, b), missingWeight(b, a)
	f[31], f[32] = min(ma, mb), max(ma, mb)
	f[33] = float64(namesUnmatched(a, b) + namesUnmatched(b, a))
	f[34] = float64(numbersUnmatched(a.nums, b.nums) + numbersUnmatched(b.nums, a.nums))
	return f
}

// ngramShare returns the share of a's runs of n words found in b, each
// run of b used once; 0 when a has fewer than n words.
func ngramShare(a, b []string, n int) float64 {
	if len(a) < n || len(b) < n {
		return 0
	}
	have := make(map[string]int, len(b))
	key := func(s []string, i int) string {
		if n == 1 {
			return s[i]
		}
		return strings.Join(s[i:i+n], "\x00")
	}
	for i := 0; i+n <= len(b); i++ {
		have[key(b, i)]++
	}
	found := 0
	for i := 0; i+n <= len(a); i++ {
		if k := key(a, i); have[k] > 0 {
			have[k]--
			found++
		}
	}
	return float64(found) / float64(len(a)-n+1)
}

// trigramDice returns the Dice coefficient of the letter trigrams of the
// words of a and b (each word padded with a space on both sides).
func trigramDice(a, b []string) float64 {
	grams := func(ws []string) map[string]int {
		m := make(map[string]int)
		for _, w := range ws {
			p := " " + w + " "
			for i := 0; i+3 <= len(p); i++ {
				m[p[i:i+3]]++
			}
		}
		return m
	}
	ga, gb := grams(a), grams(b)
	na, nb, both := 0, 0, 0
	for k, x := range ga {
		na += x
		both += min(x, gb[k])
	}
	for _, y := range gb {
		nb += y
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(both) / float64(na+nb)
}

// weightedCosine returns the cosine of the content stems of a and b,
// each counted with its rarity weight.
func weightedCosine(a, b *Sentence) float64 {
	// Sums in the order of the words, so that the bits do not depend on
	// map order.
	wa := make(map[string]float64, len(a.content))
	for k, i := range a.content {
		wa[a.Tokens[i].Stem] += a.weight[k]
	}
	wb := make(map[string]float64, len(b.content))
	for k, i := range b.content {
		wb[b.Tokens[i].Stem] += b.weight[k]
	}
	var d, na, nb float64
	seen := make(map[string]bool, len(a.content))
	for _, i := range a.content {
		s := a.Tokens[i].Stem
		if seen[s] {
			continue
		}
		seen[s] = true
		x := wa[s]
		na += x * x
		d += x * wb[s]
	}
	clear(seen)
	for _, i := range b.content {
		s := b.Tokens[i].Stem
		if seen[s] {
			continue
		}
		seen[s] = true
		nb += wb[s] * wb[s]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return d / math.Sqrt(na*nb)
}

// missingWeight returns the summed rarity weight of a's content words
// that nothing in b matches (stem, WordNet or a vector cosine of at least
// softFloor).
func missingWeight(a, b *Sentence) float64 {
	var sum float64
	for k, i := range a.content {
		t := &a.Tokens[i]
		found := false
		for _, j := range b.content {
			u := &b.Tokens[j]
			if related(t, u) || t.Vec >= 0 && u.Vec >= 0 && wordvec.Cosine(t.Vec, u.Vec) >= softFloor {
				found = true
				break
			}
		}
		if !found {
			sum += a.weight[k]
		}
	}
	return sum
}

func namesUnmatched(a, b *Sentence) int {
	n := 0
	for _, i := range a.content {
		t := &a.Tokens[i]
		if !t.Name {
			continue
		}
		found := false
		for _, j := range b.content {
			if related(t, &b.Tokens[j]) {
				found = true
				break
			}
		}
		if !found {
			n++
		}
	}
	return n
}

func numbersUnmatched(a, b []float64) int {
	n := 0
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			n++
		}
	}
	return n
}

func negated(s *Sentence) bool {
	for _, t := range s.Tokens {
		if t.Neg {
			return true
		}
	}
	return false
}

// bigramShare returns the share of a's adjacent word pairs found in b; 1
// when a has fewer than two words and b holds a's word, else 0.
func bigramShare(a, b []string) float64 {
	if len(a) < 2 {
		if len(a) == 1 {
			for _, w := range b {
				if w == a[0] {
					return 1
				}
			}
		}
		return 0
	}
	type pair struct{ x, y string }
	have := make(map[pair]int, len(b))
	for i := 1; i < len(b); i++ {
		have[pair{b[i-1], b[i]}]++
	}
	n := 0
	for i := 1; i < len(a); i++ {
		p := pair{a[i-1], a[i]}
		if have[p] > 0 {
			have[p]--
			n++
		}
	}
	return float64(n) / float64(len(a)-1)
}

// lcs returns the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// numberDiff returns the share of the numbers of a and b (sorted sets)
// that only one holds, and whether only one holds any.
func numberDiff(a, b []float64) (diff, one float64) {
	if len(a) == 0 && len(b) == 0 {
		return 0, 0
	}
	if len(a) == 0 || len(b) == 0 {
		return 1, 1
	}
	both, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	union := len(a) + len(b) - both
	return float64(union-both) / float64(union), 0
}

// namesMissing returns the share of a's names that no word of b matches
// (0 when a names nothing).
func namesMissing(a, b *Sentence) float64 {
	names, missing := 0, 0
	for _, i := range a.content {
		t := &a.Tokens[i]
		if !t.Name {
			continue
		}
		names++
		found := false
		for _, j := range b.content {
			if related(t, &b.Tokens[j]) {
				found = true
				break
			}
		}
		if !found {
			missing++
		}
	}
	if names == 0 {
		return 0
	}
	return float64(missing) / float64(names)
}
