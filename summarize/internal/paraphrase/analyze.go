package paraphrase

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/concordsum/concord/summarize/internal/wordnet"
	"github.com/concordsum/concord/summarize/internal/wordvec"
	"github.com/concordsum/concord/vectorize"
)

// A Token is one word of a sentence as the model sees it.
type Token struct {
	Lower string  // the word lower-cased, periods and apostrophes dropped
	Stem  string  // its English Snowball stem; "" for a stop word
	Num   float64 // its value, when IsNum
	Vec   int32   // its index in wordvec, or -1
	Name  bool    // written with a capital letter and not first in the sentence, or an acronym
	IsNum bool    // a number: digits ("1,200", "7.7") or a number word ("seven"), scaled by a following "million" etc.
	Neg   bool    // a negation: "not", "no", "never", "n't" and the like

	info *wordInfo // what the Analyser looked up for the word: its stemID, vector and concepts
}

// A Sentence is a sentence analysed once for every pair it takes part
// in (Analyser.Analyse). The zero value is a sentence without words, as
// Analyse gives for "" or "...": it has no content word, so its coverage
// shares are 1 and its n-gram shares 0, and every measure of a pair with
// it is finite.
type Sentence struct {
	Tokens  []Token     // nil in an analysis by Local.AnalyseLean
	content []int       // indices of the tokens that are not stop words
	names   []bool      // whether each content token is a Name
	unknown bool        // not Known (so the zero Sentence is known)
	weight  []float64   // weight of each content token (rarity)
	units   [][]float32 // the word vector of each content token at unit length, nil without one
	vec     []float64   // weighted mean of the content words' vectors, unit length, or nil
	nums    []float64   // the numbers, sorted, deduplicated
	stems   []uint64    // every token's stemID: the word sequence
	lower   int         // number of tokens (the sequence of their Lower)
	grams   [3][]uint64 // grams[n]: hashes of the runs of n Lower words, sorted (n = 1, 2)
	pairs   []uint64    // hashes of the runs of two stems, sorted
	tri     []uint64    // trigramKeys of the letter trigrams of the Lower words, sorted
	bag     []weighted  // content stems with their summed weights, by stemID
	bagNorm float64     // Euclidean norm of bag's weights
	negated bool        // a token is a negation
	cons    []uint64    // conceptKey(concept)<<32 | index in content, for the WordNet concepts of the content words, sorted
	byStem  []stemAt    // the content words by stemID
	terms   []uint64    // the stemIDs and the hashes of the runs of two stems (pairs), sorted, each once: the terms of a Lexicon
	termW   []float32   // DefaultLexicon's weight of each of terms
}

// A stemAt is a content word's stemID and its index in content.
type stemAt struct {
	id uint64
	k  int
}

// A weighted is a stem and its summed weight in a sentence.
type weighted struct {
	id uint64
	w  float64
}

// ContentWords returns the number of s's words that are not stop words.
func (s *Sentence) ContentWords() int { return len(s.content) }

// Known reports whether the model knows s: at least half of its content
// words (numbers aside) have a word vector. A sentence of another
// language read as English, or one of names and codes only, is not known,
// and the model's measures say little about it. A sentence without
// content words is known.
func (s *Sentence) Known() bool { return !s.unknown }

// isKnown computes Known from s's tokens.
func (s *Sentence) isKnown() bool {
	words, known := 0, 0
	for _, i := range s.content {
		if t := &s.Tokens[i]; !t.IsNum {
			words++
			if t.Vec >= 0 {
				known++
			}
		}
	}
	return 2*known >= words
}

// A Stemmer returns the index term of one lower-case word, or "" for a
// stop word.
type Stemmer func(word string) string

// Analyse returns the analysis of text.
func (an *Analyser) Analyse(text string) *Sentence { return an.analyse(text, nil, false) }

// A Local analyses sentences with an Analyser for one goroutine,
// remembering in a map of its own what it looked up for each word form
// (up to as many forms as the Analyser keeps): cheaper to ask than the
// Analyser's shared cache when many sentences are analysed in turn, and
// worth keeping from one batch of sentences to the next. It gives the
// analyses Analyser.Analyse gives. The zero value is not usable; call
// Analyser.Local. A Local is not safe for concurrent use.
type Local struct {
	an      *Analyser
	words   map[string]*wordInfo
	scratch []uint64 // sortKeys's
	tokens  []Token  // AnalyseLean's
}

// Local returns a Local of an.
func (an *Analyser) Local() *Local {
	return &Local{an: an, words: make(map[string]*wordInfo, 1024)}
}

// Analyse returns the analysis of text: Analyser.Analyse(text).
func (l *Local) Analyse(text string) *Sentence {
	if len(l.words) > maxCachedWords {
		clear(l.words)
	}
	return l.an.analyse(text, l, false)
}

// AnalyseLean is Analyse without the Tokens (nil), which are not kept: an
// analysis for the model's measures alone (Features, Measure, Coverage),
// a fifth smaller and with far fewer pointers for the collector to
// follow. TermNames and UnsharedTerms need the Tokens.
func (l *Local) AnalyseLean(text string) *Sentence {
	if len(l.words) > maxCachedWords {
		clear(l.words)
	}
	return l.an.analyse(text, l, true)
}

// analyse is Analyse, looking words up in l's map first (l nil: none)
// and adding them to it, and sorting with l's scratch space; when lean
// (l not nil), the tokens are written in l's scratch space and not kept.
func (an *Analyser) analyse(text string, l *Local, lean bool) *Sentence {
	var local map[string]*wordInfo
	var scratch *[]uint64
	if l != nil {
		local, scratch = l.words, &l.scratch
	} else {
		scratch = new([]uint64)
	}
	s := &Sentence{}
	raw := rawWords(text)
	if lean {
		s.Tokens = l.tokens[:0]
	} else {
		s.Tokens = make([]Token, 0, len(raw))
	}
	ntri, ncons, ncontent := 0, 0, 0
	for i := 0; i < len(raw); i++ {
		w := raw[i]
		t := Token{Lower: w.lower, Vec: -1}
		if v, ok := numberValue(w.lower); ok {
			t.IsNum, t.Num = true, v
			if i+1 < len(raw) {
				if m, ok := scales[raw[i+1].lower]; ok {
					t.Num *= m
					i++
				}
			}
			t.Lower = strconv.FormatFloat(t.Num, 'g', -1, 64)
			t.Stem = t.Lower
			t.info = newWordInfo(t.Lower, t.Stem, -1, nil)
		} else {
			if info, ok := local[w.lower]; ok {
				t.info = info
			} else {
				t.info = an.lookWord(w.lower)
				if local != nil {
					local[strings.Clone(w.lower)] = t.info // not the sentence's text
				}
			}
			t.Stem, t.Vec = t.info.stem, t.info.vec
			t.Neg = negations[w.lower]
			t.Name = w.capital && (i > 0 || w.acronym) || w.acronym
		}
		ntri += len(t.info.tri)
		if t.Stem != "" {
			ncontent++
			ncons += len(t.info.concepts)
		}
		s.Tokens = append(s.Tokens, t)
	}
	n := len(s.Tokens)
	s.lower = n
	// The hash lists share one array, in the order lower, stems, tri,
	// cons, grams[1], grams[2], pairs.
	pairs := max(n-1, 0)
	hashes := make([]uint64, 0, 3*n+ntri+ncons+2*pairs)
	carve := func(k int) []uint64 {
		out := hashes[len(hashes) : len(hashes) : len(hashes)+k]
		hashes = hashes[:len(hashes)+k]
		return out
	}
	lower := carve(n)[:n]
	s.stems = carve(n)[:n]
	s.tri = carve(ntri)
	s.cons = carve(ncons)
	if ncontent > 0 {
		s.content = make([]int, 0, ncontent)
		s.names = make([]bool, 0, ncontent)
		s.weight = make([]float64, 0, ncontent)
		s.units = make([][]float32, 0, ncontent)
	}
	var sum []float64
	for i := range s.Tokens {
		t := &s.Tokens[i]
		info := t.info
		lower[i] = info.lowerID
		s.stems[i] = info.stemID
		s.tri = append(s.tri, info.tri...)
		s.negated = s.negated || t.Neg
		if t.Stem == "" {
			continue
		}
		k := len(s.content)
		s.content = append(s.content, i)
		s.names = append(s.names, t.Name)
		s.weight = append(s.weight, info.rarity)
		s.units = append(s.units, info.unit)
		for _, c := range info.concepts {
			s.cons = append(s.cons, conceptKey(c)<<32|uint64(k))
		}
		if t.IsNum {
			s.nums = append(s.nums, t.Num)
		}
		if info.unit != nil {
			if sum == nil {
				sum = make([]float64, wordvec.Dims)
			}
			addScaled(sum, info.rarity, info.unit)
		}
	}
	if sum != nil {
		var norm float64
		for _, x := range sum {
			norm += x * x
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for k := range sum {
				sum[k] /= norm
			}
			s.vec = sum
		}
	}
	s.nums = sortedSet(s.nums)
	if need := max(ncons, ntri, n+pairs); cap(*scratch) < need {
		*scratch = make([]uint64, need+need/4)
	}
	tmp := (*scratch)[:cap(*scratch)]
	sortKeys(s.cons, 64, tmp)
	s.byStem = make([]stemAt, len(s.content))
	for k, i := range s.content {
		s.byStem[k] = stemAt{s.Tokens[i].info.stemID, k}
	}
	sortByStem(s.byStem)
	for n := 1; n <= 2; n++ {
		s.grams[n] = ngrams(carve(max(len(lower)-n+1, 0)), lower, n, tmp)
	}
	s.pairs = ngrams(carve(pairs), s.stems, 2, tmp)
	// The terms: the stems and the runs of two, each once, with their
	// weights in the committed lexicon.
	s.terms = make([]uint64, 0, n+pairs)
	s.terms = append(append(s.terms, s.stems...), s.pairs...)
	sortKeys(s.terms, 64, tmp)
	s.terms = slices.Compact(s.terms)
	s.termW = DefaultLexicon().weights(s.terms)
	sortKeys(s.tri, 64, tmp)
	// The bag: the content words by stem, each stem's weights added in
	// the order of the words (byStem's order among equal stems).
	s.bag = make([]weighted, 0, len(s.content))
	for _, e := range s.byStem {
		if n := len(s.bag); n > 0 && s.bag[n-1].id == e.id {
			s.bag[n-1].w += s.weight[e.k]
			continue
		}
		s.bag = append(s.bag, weighted{e.id, s.weight[e.k]})
	}
	for _, b := range s.bag {
		s.bagNorm += b.w * b.w
	}
	s.bagNorm = math.Sqrt(s.bagNorm)
	s.unknown = !s.isKnown()
	if lean {
		clear(s.Tokens) // no pointers into this sentence's words left behind
		l.tokens = s.Tokens[:0]
		s.Tokens = nil
	}
	return s
}

// sortByStem sorts content words by stemID, then index: an insertion
// sort for a sentence's few words, else slices.SortFunc.
func sortByStem(xs []stemAt) {
	less := func(x, y stemAt) bool { return x.id < y.id || x.id == y.id && x.k < y.k }
	if len(xs) > 64 {
		slices.SortFunc(xs, func(x, y stemAt) int {
			if c := cmp.Compare(x.id, y.id); c != 0 {
				return c
			}
			return cmp.Compare(x.k, y.k)
		})
		return
	}
	for i := 1; i < len(xs); i++ {
		x := xs[i]
		j := i
		for ; j > 0 && less(x, xs[j-1]); j-- {
			xs[j] = xs[j-1]
		}
		xs[j] = x
	}
}

// ngrams returns the hashes of the runs of n items of seq, sorted,
// appended to out (which has room for them); tmp is sortKeys's.
func ngrams(out, seq []uint64, n int, tmp []uint64) []uint64 {
	if len(seq) < n {
		return nil
	}
	for i := 0; i+n <= len(seq); i++ {
		h := uint64(n)
		for _, x := range seq[i : i+n] {
			h = (h ^ x) * 0x100000001b3
			h ^= h >> 29
		}
		out = append(out, h)
	}
	sortKeys(out, 64, tmp)
	return out
}

// hashString returns the 64-bit FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}

// rarity is the weight of a content word with vector index vec:
// log(10 + vec), or log(10 + wordvec.Len()) for a word without a vector.
// The index is the word's place in package wordvec's table, which is in
// byte order, not GloVe's frequency order, so the weight is not the
// rarity its name says: it is nearly uniform (about 9.2 to 10.6 for most
// words; less for words early in the alphabet), and words without a
// vector weigh most. The model was trained with it. Taking the frequency
// rank instead was measured (STS Pearson about +0.01 each year; DUC 2004
// ROUGE 39.58/10.18 to 39.11/9.94, NeuS 41.32/17.98 to 41.42/18.17, the
// planted disagreements found on DUC 2004 67% to 63%) and not adopted.
func rarity(vec int32) float64 {
	r := float64(wordvec.Len())
	if vec >= 0 {
		r = float64(vec)
	}
	return math.Log(10 + r)
}

func sortedSet(xs []float64) []float64 {
	if len(xs) < 2 {
		return xs
	}
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

type rawWord struct {
	lower      string
	start, end int  // lower's bytes in the sentence's words written one after another
	capital    bool // first letter upper case
	acronym    bool // two or more letters, all upper case ("US", "NATO", "U.S.")
}

// rawWords splits text into words: runs of letters and digits; periods
// and apostrophes inside a word are dropped ("U.S." is "us", "didn't" is
// "didnt", read as "did" and "not"); a comma or period between digits
// stays ("1,200", "7.7"). A letter of a script written without spaces is
// a word of its own.
func rawWords(text string) []rawWord {
	// The words are written one after another into buf and cut out of
	// it as one string at the end: one allocation for all of them.
	buf := make([]byte, 0, len(text)+8)
	spans := make([]rawWord, 0, len(text)/5+2)
	start := 0
	upper, letters := 0, 0
	first := rune(0)
	flush := func() {
		if len(buf) == start {
			return
		}
		w := buf[start:]
		capital := unicode.IsUpper(first)
		acronym := letters >= 2 && upper == letters
		if len(w) > 3 && w[len(w)-2] == 'n' && w[len(w)-1] == 't' && contractionBase[string(w[:len(w)-2])] {
			spans = append(spans, rawWord{start: start, end: len(buf) - 2, capital: capital})
			buf = append(buf, "not"...)
			spans = append(spans, rawWord{start: len(buf) - 3, end: len(buf)})
		} else {
			spans = append(spans, rawWord{start: start, end: len(buf), capital: capital, acronym: acronym})
		}
		start = len(buf)
		upper, letters, first = 0, 0, 0
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			if len(buf) == start {
				first = r
			}
			if r >= 'a' {
				letters++
			}
			buf = append(buf, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			if len(buf) == start {
				first = r
			}
			letters++
			upper++
			buf = append(buf, byte(r+'a'-'A'))
		case r >= utf8.RuneSelf && vectorize.IsSpaceless(r):
			flush()
			buf = utf8.AppendRune(buf, r)
			first = r
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if len(buf) == start {
				first = r
			}
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case (r == ',' || r == '.') && len(buf) > start && isDigitByte(text[i-1]) && i+1 < len(text) && isDigitByte(text[i+1]):
			if r == '.' {
				buf = append(buf, '.')
			} // a thousands separator is dropped
		case (r == '.' || r == '\'' || r == '’') && len(buf) > start && i+size < len(text):
			// inside a word: dropped
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if !unicode.IsLetter(next) {
				flush()
			}
		default:
			flush()
		}
		i += size
	}
	flush()
	// buf is not written again: the string shares its bytes.
	all := unsafe.String(unsafe.SliceData(buf), len(buf))
	for k := range spans {
		spans[k].lower = all[spans[k].start:spans[k].end]
	}
	return spans
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// contractionBase holds the words that "n't" follows.
var contractionBase = map[string]bool{
	"did": true, "do": true, "does": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "could": true, "would": true, "should": true,
	"wo": true, "ca": true, "must": true, "need": true, "might": true, "ai": true,
}

var negations = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nobody": true, "nothing": true,
	"neither": true, "nor": true, "without": true, "cannot": true,
}

var scales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "bln": 1e9, "m": 1e6, "bn": 1e9,
}

var numberWords = map[string]float64{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// numberValue returns the value of a word that is a number.
func numberValue(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if w == "" || !isDigitByte(w[0]) {
		return 0, false
	}
	v, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// A wordInfo is what Analyse looks up and computes for one word.
type wordInfo struct {
	stem     string    // its term, "" for a stop word
	vec      int32     // its wordvec index, or -1
	concepts []uint32  // its WordNet concepts
	stemID   uint64    // hash of stem, or of "\x00" and the word for a stop word
	lowerID  uint64    // hash of the word
	rarity   float64   // its weight as a content word (rarity)
	unit     []float32 // its word vector at unit length, nil without one
	tri      []uint64  // trigramKeys of its letter trigrams (bytes), padded with a space on each side
}

// newWordInfo returns the wordInfo of word with term stem, vector index
// vec and concepts.
func newWordInfo(word, stem string, vec int32, concepts []uint32) *wordInfo {
	info := &wordInfo{stem: stem, vec: vec, concepts: concepts, lowerID: hashString(word), rarity: rarity(vec)}
	if stem == "" {
		info.stemID = hashString("\x00" + word)
	} else {
		info.stemID = hashString(stem)
	}
	if v := wordvec.Vector(vec); v != nil {
		var n float64
		for _, x := range v {
			n += float64(x) * float64(x)
		}
		if n > 0 {
			n = math.Sqrt(n)
			info.unit = make([]float32, len(v))
			for k, x := range v {
				info.unit[k] = float32(float64(x) / n)
			}
		}
	}
	p := " " + word + " "
	info.tri = make([]uint64, 0, len(p))
	for i := 0; i+3 <= len(p); i++ {
		info.tri = append(info.tri, trigramKey(p[i], p[i+1], p[i+2]))
	}
	return info
}

// trigramKey returns the key of the three bytes a, b, c in a sentence's
// trigram list: their 24 bits times an odd constant, a one-to-one map
// (two trigrams have the same key only if they are the same) whose top
// bits are spread, so that sortKeys's buckets by top bits hold about one
// key each (letters as such would crowd a few buckets).
func trigramKey(a, b, c byte) uint64 {
	return (uint64(a)<<16 | uint64(b)<<8 | uint64(c)) * spread
}

// spread is an odd multiplier (2^64 over the golden ratio): multiplying
// by it is one-to-one on uint64 and on uint32 (its low half, also odd).
const spread = 0x9e3779b97f4a7c15

// conceptKey returns the key of WordNet concept c in the top half of a
// sentence's concept list: c times an odd constant modulo 2^32, one to
// one (see trigramKey).
func conceptKey(c uint32) uint64 { return uint64(c * uint32(spread&0xffffffff)) }

// An Analyser analyses sentences with one Stemmer, caching what it
// looks up for each word form (the stem, the word vector, the WordNet
// concepts): they depend on nothing else, so a word form is stemmed and
// looked up once however many sentences hold it. An Analyser is safe for
// concurrent use; the zero value is not usable, call NewAnalyser.
type Analyser struct {
	stem  Stemmer
	words sync.Map // word → *wordInfo
	n     atomic.Int64
}

// NewAnalyser returns an Analyser that gives words their terms with
// stem.
func NewAnalyser(stem Stemmer) *Analyser { return &Analyser{stem: stem} }

// maxCachedWords bounds an Analyser's cache.
const maxCachedWords = 1 << 17

// lookWord returns the wordInfo of a lower-case word that is not a
// number.
func (an *Analyser) lookWord(w string) *wordInfo {
	if v, ok := an.words.Load(w); ok {
		return v.(*wordInfo)
	}
	stem := an.stem(w)
	var concepts []uint32
	if stem != "" {
		concepts = wordnet.Concepts(stem)
	}
	info := newWordInfo(w, stem, wordvec.Index(w), concepts)
	if an.n.Load() < maxCachedWords {
		w = strings.Clone(w)
		if _, loaded := an.words.LoadOrStore(w, info); !loaded {
			an.n.Add(1)
		}
	}
	return info
}
