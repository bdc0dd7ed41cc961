package paraphrase

import (
	"math"
	"math/bits"
	"slices"

	"github.com/concordsum/concord/summarize/internal/wordvec"
)

// FeatureNames names the measures Features returns, in order. Every
// measure is symmetric in meaning; in bits, Features(a, b) and
// Features(b, a) may differ in the last place of a sum, so callers that
// need the same bits either way put the pair in a fixed order. A word
// "matches" a word of the other sentence when the two have the same stem
// or are WordNet relatives (synonyms or derivations). Word vectors are
// evidence, never a match (they put "rose" beside "fell" and Monday
// beside Tuesday): a word without a match counts as its best vector cosine
// in the "soft" shares, and the sentences' mean vectors give "vector".
var FeatureNames = [NumFeatures]string{
	fLexical:          "lexical",           // the first stage's claim similarity (given)
	fExactMin:         "exact-min",         // weighted share of one sentence's content words whose stem the other has: the smaller direction
	fExactMax:         "exact-max",         // the larger direction
	fWordNetMin:       "wordnet-min",       // the same, a WordNet synonym or derivation counting as the word
	fWordNetMax:       "wordnet-max",       //
	fSoftMin:          "soft-min",          // the same, a word without a match counting as its best word vector cosine when that is at least 0.5
	fSoftMax:          "soft-max",          //
	fVector:           "vector",            // cosine of the sentences' rarity-weighted mean word vectors
	fBigramMin:        "bigram-min",        // share of one sentence's word pairs (stems, stop words included) the other has
	fBigramMax:        "bigram-max",        //
	fLCSMin:           "lcs-min",           // longest common subsequence of the word sequences over the longer
	fLCSMax:           "lcs-max",           // over the shorter
	fNumberDiff:       "number-diff",       // share of the numbers of both that only one states (0 without numbers)
	fNumberOne:        "number-one",        // 1 when only one of the two states a number
	fNameMin:          "name-min",          // share of one's names (capitalised words) without a match: smaller direction
	fNameMax:          "name-max",          // larger direction
	fNegation:         "negation",          // 1 when exactly one of the two is negated
	fLenMin:           "len-min",           // log(1 + content words) of the shorter
	fLenMax:           "len-max",           // of the longer
	fUnmatchedMin:     "unmatched-min",     // log(1 + content words without a match, nor a vector cosine of 0.5): smaller direction
	fUnmatchedMax:     "unmatched-max",     // larger direction
	fGram1Min:         "gram1-min",         // share of one's words (as written, lower case) the other has, with multiplicity
	fGram1Max:         "gram1-max",         //
	fGram2Min:         "gram2-min",         // of its runs of two words
	fGram2Max:         "gram2-max",         //
	fChars:            "chars",             // Dice coefficient of the letter trigrams of the words
	fWeighted:         "weighted",          // cosine of the content stems' bags weighted by rarity
	fMissingMin:       "missing-min",       // rarity-weighted content words without a match, nor a vector cosine of 0.5, summed: smaller direction
	fMissingMax:       "missing-max",       // larger direction
	fNamesUnmatched:   "names-unmatched",   // names of either without a match, counted
	fNumbersUnmatched: "numbers-unmatched", // numbers of either that the other lacks, counted
	fUnsharedWords:    "unshared-words",    // the weights of the terms (stems, stop words, runs of two) that only one has, summed: DefaultLexicon().Unshared
}

// UnsharedWords is the index of "unshared-words" in FeatureNames, the
// measure that depends on the lexicon: the training program sets it with
// lexicons of its own (Lexicon.Unshared).
const UnsharedWords = fUnsharedWords

// Indices of the measures in FeatureNames and Features.
const (
	fLexical = iota
	fExactMin
	fExactMax
	fWordNetMin
	fWordNetMax
	fSoftMin
	fSoftMax
	fVector
	fBigramMin
	fBigramMax
	fLCSMin
	fLCSMax
	fNumberDiff
	fNumberOne
	fNameMin
	fNameMax
	fNegation
	fLenMin
	fLenMax
	fUnmatchedMin
	fUnmatchedMax
	fGram1Min
	fGram1Max
	fGram2Min
	fGram2Max
	fChars
	fWeighted
	fMissingMin
	fMissingMax
	fNamesUnmatched
	fNumbersUnmatched
	fUnsharedWords

	// NumFeatures is the number of measures.
	NumFeatures
)

// WordNetMax is the index of "wordnet-max" in FeatureNames: the larger
// share of one sentence's content words that the other carries as the
// same stem or a WordNet relative.
const WordNetMax = fWordNetMax

// Opposed reports whether the measures f say that the two sentences may
// differ on a claim: exactly one is negated, or both state numbers and
// not the same ones.
func Opposed(f *[NumFeatures]float64) bool {
	return f[fNegation] == 1 || f[fNumberDiff] > 0 && f[fNumberOne] == 0
}

// SoftMin and SoftMax are the indices of "soft-min" and "soft-max" in
// FeatureNames: the smaller and the larger share of one sentence's content
// words that the other carries, a word without a match counting as its
// best word vector cosine of at least 0.5.
const (
	SoftMin = fSoftMin
	SoftMax = fSoftMax
)

// Coverage returns the rarity-weighted share of a's content words that b
// carries: the same stem, or a WordNet synonym or derivation. It is 1
// when a has no content word. Coverage(rep, member) below 1 means the
// member states only part of rep.
func Coverage(a, b *Sentence) float64 {
	var al alignment
	al.align(a, b)
	return al.a.wn
}

// A side sums, for the content words of one sentence of a pair, what the
// other carries.
type side struct {
	exact, wn, soft float64 // weighted shares found by stem; by stem or WordNet; softly (see fSoftMin)
	missing         float64 // summed weight of the words without any match
	unmatched       int     // words without any match
	names, noName   int     // names; names without a stem or WordNet match
}

// An alignment compares the content words of a pair, each pair of words
// once.
type alignment struct {
	a, b side
}

// align fills al for the pair a, b: each word of one sentence is
// matched by stem, else by WordNet, with the words of the other.
func (al *alignment) align(a, b *Sentence) {
	na, nb := len(a.content), len(b.content)
	// rowBest[i], colBest[j]: 2 a word of the other has the same stem, 1 a
	// WordNet relative, 0 neither.
	var buf [128]uint8
	best := buf[:0]
	if na+nb <= len(buf) {
		best = buf[:na+nb]
	} else {
		best = make([]uint8, na+nb)
	}
	rowBest, colBest := best[:na:na], best[na:]
	// WordNet relatives: the words that share a concept, from the two
	// sorted concept lists, merged with no branch on their order (which
	// a merge mispredicts about every other step): each step passes the
	// smaller concept (both when equal), and an entry is marked when its
	// concept is the last one both lists were seen to hold, which covers
	// every entry of a concept both hold, however often either repeats it.
	last := uint64(1) << 32 // no concept (concepts are 32 bits)
	x, y := 0, 0
	for x < len(a.cons) && y < len(b.cons) {
		p, q := a.cons[x]>>32, b.cons[y]>>32
		if p == q {
			last = p
		}
		rowBest[uint32(a.cons[x])] |= uint8(b2i(p == last))
		colBest[uint32(b.cons[y])] |= uint8(b2i(q == last))
		x += b2i(p <= q)
		y += b2i(q <= p)
	}
	for ; x < len(a.cons) && a.cons[x]>>32 == last; x++ {
		rowBest[uint32(a.cons[x])] = 1
	}
	for ; y < len(b.cons) && b.cons[y]>>32 == last; y++ {
		colBest[uint32(b.cons[y])] = 1
	}
	// The same stem: from the two lists of content words sorted by stem.
	for x, y := 0, 0; x < len(a.byStem) && y < len(b.byStem); {
		switch p, q := a.byStem[x], b.byStem[y]; {
		case p.id < q.id:
			x++
		case p.id > q.id:
			y++
		default:
			// The same stemID: the same stem (a 64-bit hash; linear in
			// the words however often a stem repeats).
			for ; x < len(a.byStem) && a.byStem[x].id == p.id; x++ {
				rowBest[a.byStem[x].k] = 2
			}
			for ; y < len(b.byStem) && b.byStem[y].id == p.id; y++ {
				colBest[b.byStem[y].k] = 2
			}
		}
	}
	// Best vector cosines of the words matched neither way, each word
	// pair's cosine computed at most once; among the first maxSoftWords
	// content words of each sentence only, so that a pair costs a bounded
	// time however long its sentences (no news sentence comes near).
	var cosBuf [128]float32
	cos := cosBuf[:0]
	if na+nb <= len(cosBuf) {
		cos = cosBuf[:na+nb]
	} else {
		cos = make([]float32, na+nb)
	}
	rowCos, colCos := cos[:na:na], cos[na:]
	units := b.units[:min(nb, maxSoftWords)]
	// The words of b whose cosine with a word i can count: those with a
	// vector (all), and those among them without a match (open); a word
	// i without a match compares with all, one with a match with open.
	// A cosine is kept as the best of a word whether or not the word has
	// a match: sideOf reads it only for a word without one.
	var allBuf, openBuf [64]int32
	all, open := allBuf[:0], openBuf[:0]
	for j, uj := range units {
		if uj != nil {
			all = append(all, int32(j))
			if colBest[j] == 0 {
				open = append(open, int32(j))
			}
		}
	}
	var out [4]float32
	for i, ui := range a.units[:min(na, maxSoftWords)] {
		if ui == nil {
			continue
		}
		// Their cosines four at a time (dot4: the same bits as dot32).
		js := all
		if rowBest[i] != 0 {
			js = open
		}
		best := rowCos[i]
		for len(js) > 0 {
			k := min(len(js), 4)
			// A group of fewer than four repeats its last word.
			q := [4]int32{js[0], js[min(1, k-1)], js[min(2, k-1)], js[k-1]}
			dot4(ui, units[q[0]], units[q[1]], units[q[2]], units[q[3]], &out)
			for x, j := range q[:k] {
				c := out[x]
				best = max(best, c)
				colCos[j] = max(colCos[j], c)
			}
			js = js[k:]
		}
		rowCos[i] = best
	}
	al.a = sideOf(a, rowBest, rowCos)
	al.b = sideOf(b, colBest, colCos)
}

// sideOf sums the best matches best and the best cosines cos of s's
// content words.
func sideOf(s *Sentence, best []uint8, cos []float32) side {
	var sd side
	if len(s.content) == 0 {
		sd.exact, sd.wn, sd.soft = 1, 1, 1
		return sd
	}
	var total, exact, wn, soft float64
	for k := range s.content {
		w := s.weight[k]
		total += w
		name := s.names[k]
		if name {
			sd.names++
		}
		switch {
		case best[k] == 2:
			exact += w
			wn += w
			soft += w
			continue
		case best[k] == 1:
			wn += w
			soft += w
			continue
		case cos[k] >= softFloor:
			soft += w * float64(cos[k])
		default:
			sd.unmatched++
			sd.missing += w
		}
		if name {
			sd.noName++
		}
	}
	sd.exact, sd.wn, sd.soft = exact/total, wn/total, soft/total
	return sd
}

// softFloor is the word vector cosine below which a word without a
// match counts nothing.
const softFloor = 0.5

// dot32 returns the dot product of two unit vectors of wordvec.Dims
// components, in a fixed order.
func dot32(a, b []float32) float32 {
	// Four sums, element k into sum k mod 4, then (s0+s1)+(s2+s3): a
	// fixed order, so the same bits everywhere; the constant length lets
	// the compiler drop the bounds checks.
	a, b = a[:wordvec.Dims], b[:wordvec.Dims]
	var s0, s1, s2, s3 float32
	for i := 0; i+3 < wordvec.Dims; i += 4 {
		// The conversions keep a compiler from fusing the multiply
		// and the add, which would round differently on some machines.
		s0 += float32(a[i] * b[i])
		s1 += float32(a[i+1] * b[i+1])
		s2 += float32(a[i+2] * b[i+2])
		s3 += float32(a[i+3] * b[i+3])
	}
	for i := wordvec.Dims &^ 3; i < wordvec.Dims; i++ {
		s0 += float32(a[i] * b[i])
	}
	return (s0 + s1) + (s2 + s3)
}

// dot32x2 returns dot32(a, b) and dot32(a, c), computed together: each
// with its own four sums in dot32's order, so the same bits, but eight
// independent sums in flight instead of four.
func dot32x2(a, b, c []float32) (float32, float32) {
	a, b, c = a[:wordvec.Dims], b[:wordvec.Dims], c[:wordvec.Dims]
	var s0, s1, s2, s3, t0, t1, t2, t3 float32
	for i := 0; i+3 < wordvec.Dims; i += 4 {
		a0, a1, a2, a3 := a[i], a[i+1], a[i+2], a[i+3]
		s0 += float32(a0 * b[i])
		s1 += float32(a1 * b[i+1])
		s2 += float32(a2 * b[i+2])
		s3 += float32(a3 * b[i+3])
		t0 += float32(a0 * c[i])
		t1 += float32(a1 * c[i+1])
		t2 += float32(a2 * c[i+2])
		t3 += float32(a3 * c[i+3])
	}
	for i := wordvec.Dims &^ 3; i < wordvec.Dims; i++ {
		s0 += float32(a[i] * b[i])
		t0 += float32(a[i] * c[i])
	}
	return (s0 + s1) + (s2 + s3), (t0 + t1) + (t2 + t3)
}

// Features returns the measures of the pair a, b (see FeatureNames);
// lexical is the first stage's similarity of the two.
func Features(a, b *Sentence, lexical float64) [NumFeatures]float64 {
	f, _, _ := Measure(a, b, lexical)
	return f
}

// Measure returns Features(a, b, lexical), Coverage(a, b) and
// Coverage(b, a), from one alignment of the two.
func Measure(a, b *Sentence, lexical float64) (f [NumFeatures]float64, coverA, coverB float64) {
	f[fLexical] = lexical
	var al alignment
	al.align(a, b)
	coverA, coverB = al.a.wn, al.b.wn
	x, y := &al.a, &al.b
	f[fExactMin], f[fExactMax] = min(x.exact, y.exact), max(x.exact, y.exact)
	f[fWordNetMin], f[fWordNetMax] = min(x.wn, y.wn), max(x.wn, y.wn)
	f[fSoftMin], f[fSoftMax] = min(x.soft, y.soft), max(x.soft, y.soft)
	if a.vec != nil && b.vec != nil {
		var d float64
		for k := range a.vec {
			d += a.vec[k] * b.vec[k]
		}
		f[fVector] = d
	}
	ba, bb := pairShares(a.pairs, b.pairs, a.stems, b.stems)
	f[fBigramMin], f[fBigramMax] = min(ba, bb), max(ba, bb)
	if la, lb := len(a.stems), len(b.stems); la > 0 && lb > 0 {
		l := float64(lcs(a.stems, b.stems))
		f[fLCSMin] = l / float64(max(la, lb))
		f[fLCSMax] = l / float64(min(la, lb))
	}
	f[fNumberDiff], f[fNumberOne] = numberDiff(a.nums, b.nums)
	na, nb := nameShare(x), nameShare(y)
	f[fNameMin], f[fNameMax] = min(na, nb), max(na, nb)
	if a.negated != b.negated {
		f[fNegation] = 1
	}
	ca, cb := float64(len(a.content)), float64(len(b.content))
	f[fLenMin], f[fLenMax] = math.Log1p(min(ca, cb)), math.Log1p(max(ca, cb))
	f[fUnmatchedMin], f[fUnmatchedMax] = math.Log1p(float64(min(x.unmatched, y.unmatched))), math.Log1p(float64(max(x.unmatched, y.unmatched)))
	p, q := gramShares(a.grams[1], b.grams[1], a.lower, b.lower, 1)
	f[fGram1Min], f[fGram1Max] = min(p, q), max(p, q)
	p, q = gramShares(a.grams[2], b.grams[2], a.lower, b.lower, 2)
	f[fGram2Min], f[fGram2Max] = min(p, q), max(p, q)
	if t := len(a.tri) + len(b.tri); t > 0 {
		f[fChars] = 2 * float64(common(a.tri, b.tri)) / float64(t)
	}
	f[fWeighted] = bagCosine(a, b)
	f[fMissingMin], f[fMissingMax] = min(x.missing, y.missing), max(x.missing, y.missing)
	f[fNamesUnmatched] = float64(x.noName + y.noName)
	f[fNumbersUnmatched] = float64(numbersUnmatched(a.nums, b.nums) + numbersUnmatched(b.nums, a.nums))
	f[fUnsharedWords] = unsharedSum(a.terms, b.terms, a.termW, b.termW)
	return f, coverA, coverB
}

// nameShare returns the share of a side's names without a match (0
// without names).
func nameShare(s *side) float64 {
	if s.names == 0 {
		return 0
	}
	return float64(s.noName) / float64(s.names)
}

// common returns the size of the multiset intersection of two sorted
// lists.
func common(a, b []uint64) int {
	// Without branches on the values, which a merge mispredicts about
	// every other step: each step advances past the smaller value (both
	// when equal) and counts an equal pair.
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		n += b2i(x == y)
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	return n
}

// b2i is 1 for true, 0 for false (compiled without a branch).
func b2i(b bool) int {
	var x int
	if b {
		x = 1
	}
	return x
}

// gramShares returns the share of a's runs of n words (sorted hashes ga,
// of a sequence of la words) found in b's, each used once, and the share
// of b's found in a's (the same runs in common, counted once); both 0 when
// either has fewer than n words.
func gramShares(ga, gb []uint64, la, lb, n int) (ab, ba float64) {
	if la < n || lb < n {
		return 0, 0
	}
	c := float64(common(ga, gb))
	return c / float64(la-n+1), c / float64(lb-n+1)
}

// pairShares returns the share of a's adjacent stem pairs (sorted hashes
// pa of the sequence a) found in b, and of b's found in a; for a sequence
// of one word, 1 if the other holds it, else 0.
func pairShares(pa, pb, a, b []uint64) (ab, ba float64) {
	if len(a) >= 2 && len(b) >= 2 {
		c := float64(common(pa, pb))
		return c / float64(len(a)-1), c / float64(len(b)-1)
	}
	return pairShare(pa, pb, a, b), pairShare(pb, pa, b, a)
}

// pairShare returns the share of a's adjacent stem pairs found in b; when
// a has one word, 1 if b holds it, else 0.
func pairShare(pa, pb, a, b []uint64) float64 {
	if len(a) < 2 {
		if len(a) == 1 && slices.Contains(b, a[0]) {
			return 1
		}
		return 0
	}
	return float64(common(pa, pb)) / float64(len(a)-1)
}

// bagCosine returns the cosine of the content stems of a and b, each
// counted with its rarity weight.
func bagCosine(a, b *Sentence) float64 {
	if a.bagNorm == 0 || b.bagNorm == 0 {
		return 0
	}
	var d float64
	for i, j := 0, 0; i < len(a.bag) && j < len(b.bag); {
		switch x, y := a.bag[i], b.bag[j]; {
		case x.id == y.id:
			d += x.w * y.w
			i++
			j++
		case x.id < y.id:
			i++
		default:
			j++
		}
	}
	return d / (a.bagNorm * b.bagNorm)
}

// maxSoftWords bounds the content words of a sentence that take part in
// the soft shares, and maxLCSWords the words of the longest common
// subsequence: the first ones of each sentence. They bound a pair's cost
// for sentences far longer than news writes (-max-sentence none).
const (
	maxSoftWords = 512
	maxLCSWords  = 2048
)

// lcs returns the length of the longest common subsequence of a and b,
// over their first maxLCSWords words.
func lcs(a, b []uint64) int {
	a, b = a[:min(len(a), maxLCSWords)], b[:min(len(b), maxLCSWords)]
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) <= 64 {
		return lcs64(a, b)
	}
	return lcsTable(a, b)
}

// lcs64 is lcs for a b of at most 64 words, bit-parallel (Allison and
// Dix; Hyyrö): bit j of v is clear where the row of the table steps up
// at b's word j, and each word of a updates all of them at once from the
// positions of b that hold it, found in a small hash table of b's words.
func lcs64(a, b []uint64) int {
	m := len(b)
	if m == 0 {
		return 0
	}
	tbits := bits.Len(uint(2*m - 1))
	size := 1 << tbits
	var keyBuf, maskBuf [128]uint64
	keys, masks := keyBuf[:size], maskBuf[:size] // a mask of 0: an empty slot
	shift := uint(64 - tbits)
	for j, x := range b {
		h := int(x * 0x9e3779b97f4a7c15 >> shift)
		for masks[h] != 0 && keys[h] != x {
			h = (h + 1) & (size - 1)
		}
		keys[h] = x
		masks[h] |= 1 << uint(j)
	}
	v := ^uint64(0)
	for _, x := range a {
		h := int(x * 0x9e3779b97f4a7c15 >> shift)
		for masks[h] != 0 && keys[h] != x {
			h = (h + 1) & (size - 1)
		}
		if u := v & masks[h]; u != 0 {
			v = (v + u) | (v &^ u)
		}
	}
	return m - bits.OnesCount64(v&(^uint64(0)>>uint(64-m)))
}

// lcsTable is lcs by the table of lengths, one row at a time; b is the
// shorter.
func lcsTable(a, b []uint64) int {
	var buf [2 * 64]int32
	var prev, cur []int32
	if len(b)+1 <= 64 {
		prev, cur = buf[:len(b)+1], buf[64:64+len(b)+1]
	} else {
		prev, cur = make([]int32, len(b)+1), make([]int32, len(b)+1)
	}
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
	return int(prev[len(b)])
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

// numbersUnmatched returns how many of the numbers of a b lacks.
func numbersUnmatched(a, b []float64) int {
	n := 0
	for _, x := range a {
		if !slices.Contains(b, x) {
			n++
		}
	}
	return n
}
