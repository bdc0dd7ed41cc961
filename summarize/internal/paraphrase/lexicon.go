package paraphrase

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// A Lexicon weighs the terms of a sentence, its words and its runs of two
// words, by what it says of a pair that one sentence has the term and the
// other does not: a negative weight, that the two differ (a number, a
// name, a verb of the claim), a weight near 0, nothing (a "said", an
// "also"). The terms are the stems of the words, a stop word standing for
// itself, and the runs of two such terms; each counts once a sentence.
// Lexicon.Unshared sums the weights of the terms of a pair that only one
// sentence has ("unshared-words" in FeatureNames).
//
// The committed lexicon (lexicon.txt beside this file) is learned from
// MSRP's training pairs by the training program in train/: the weights
// of a logistic regression on the terms that only one sentence of a pair
// has. A term it lacks weighs 0. The zero Lexicon weighs every term 0.
type Lexicon struct {
	w map[uint64]float32 // by termID
	// has holds a bit for each term of w, at filterBit(termID): most
	// terms of a sentence are not in the lexicon, and the bit says so
	// from a table small enough to stay in a processor's cache, where
	// the map would be read from memory. nil: look every term up.
	has []uint64
}

// filterBits is the number of bits of a Lexicon's filter: 2^21 bits
// (256 KiB), for the 53,623 terms of the committed lexicon about one term
// in 40 bits.
const filterBits = 21

// filterBit returns the bit of term t in a Lexicon's filter.
func filterBit(t uint64) uint64 { return (t * spread) >> (64 - filterBits) }

// NewLexicon returns the Lexicon of the weights of the terms named as
// TermNames names them.
func NewLexicon(weights map[string]float32) *Lexicon {
	lx := &Lexicon{w: make(map[uint64]float32, len(weights))}
	if len(weights) > 0 {
		lx.has = make([]uint64, 1<<filterBits/64)
	}
	for name, w := range weights {
		t := termID(name)
		lx.w[t] = w
		b := filterBit(t)
		lx.has[b/64] |= 1 << (b % 64)
	}
	return lx
}

// Len returns the number of terms lx weighs.
func (lx *Lexicon) Len() int { return len(lx.w) }

// termID returns the hash under which a Sentence keeps the term name:
// a stem, "_" and a stop word, or two of these separated by a space (see
// TermNames).
func termID(name string) uint64 {
	if a, b, ok := strings.Cut(name, " "); ok {
		seq := []uint64{unigramID(a), unigramID(b)}
		return ngrams(make([]uint64, 0, 1), seq, 2, nil)[0]
	}
	return unigramID(name)
}

func unigramID(name string) uint64 {
	if w, ok := strings.CutPrefix(name, "_"); ok {
		return hashString("\x00" + w) // a stop word's stemID (newWordInfo)
	}
	return hashString(name)
}

// TermNames returns the names of the terms of s, each once, sorted: its
// stems, "_" and the word for each stop word, and each run of two of
// these separated by a space.
func TermNames(s *Sentence) []string {
	name := func(t *Token) string {
		if t.Stem == "" {
			return "_" + t.Lower
		}
		return t.Stem
	}
	var out []string
	for i := range s.Tokens {
		out = append(out, name(&s.Tokens[i]))
		if i > 0 {
			out = append(out, name(&s.Tokens[i-1])+" "+name(&s.Tokens[i]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// UnsharedTerms returns the names of the terms of a that b lacks and of
// those of b that a lacks, each once, sorted.
func UnsharedTerms(a, b *Sentence) []string {
	ta, tb := TermNames(a), TermNames(b)
	var out []string
	for _, t := range ta {
		if _, found := slices.BinarySearch(tb, t); !found {
			out = append(out, t)
		}
	}
	for _, t := range tb {
		if _, found := slices.BinarySearch(ta, t); !found {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Unshared returns the summed weight of the terms of a that b lacks and
// of those of b that a lacks: the first over a's terms in the order of
// their hashes, then b's (so, like Features, it may differ in the last
// place between (a, b) and (b, a)).
func (lx *Lexicon) Unshared(a, b *Sentence) float64 {
	return unsharedSum(a.terms, b.terms, lx.weights(a.terms), lx.weights(b.terms))
}

// weights returns lx's weight of each term of terms.
func (lx *Lexicon) weights(terms []uint64) []float32 {
	w := make([]float32, len(terms))
	if lx.has == nil {
		return w
	}
	for k, t := range terms {
		if b := filterBit(t); lx.has[b/64]&(1<<(b%64)) != 0 {
			w[k] = lx.w[t]
		}
	}
	return w
}

// unsharedSum returns the sum of wa over the terms of a (sorted, each
// once) that b lacks, then of wb over those of b that a lacks.
func unsharedSum(a, b []uint64, wa, wb []float32) float64 {
	var sa, sb float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			i++
			j++
		case a[i] < b[j]:
			sa += float64(wa[i])
			i++
		default:
			sb += float64(wb[j])
			j++
		}
	}
	for ; i < len(a); i++ {
		sa += float64(wa[i])
	}
	for ; j < len(b); j++ {
		sb += float64(wb[j])
	}
	return sa + sb
}

// FormatLexicon writes weights as ParseLexicon reads them: a header
// line, then one line a term, its weight (the shortest form that reads
// back as the same float32), a tab and its name, sorted by name.
func FormatLexicon(header string, weights map[string]float32) []byte {
	names := make([]string, 0, len(weights))
	for n := range weights {
		names = append(names, n)
	}
	slices.Sort(names)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n", header)
	for _, n := range names {
		b.WriteString(strconv.FormatFloat(float64(weights[n]), 'g', -1, 32))
		b.WriteByte('\t')
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// ParseLexicon reads the weights FormatLexicon writes (lines starting
// with "#" are comments).
func ParseLexicon(data []byte) (map[string]float32, error) {
	out := map[string]float32{}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w, name, ok := strings.Cut(line, "\t")
		if !ok || name == "" {
			return nil, fmt.Errorf("line %d: want a weight, a tab and a term", n+1)
		}
		x, err := strconv.ParseFloat(w, 32)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n+1, err)
		}
		out[name] = float32(x)
	}
	return out, nil
}

//go:embed lexicon.txt
var lexiconTxt []byte

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	w, err := ParseLexicon(lexiconTxt)
	if err != nil {
		panic("paraphrase: embedded lexicon.txt: " + err.Error())
	}
	return NewLexicon(w)
})

// LexiconText returns the committed lexicon.txt, as ParseLexicon reads
// it.
func LexiconText() []byte { return lexiconTxt }

// DefaultLexicon returns the committed lexicon (lexicon.txt, written by
// summarize/internal/paraphrase/train with model.json). It panics if the
// embedded file is broken, which its test rules out.
func DefaultLexicon() *Lexicon { return defaultLexicon() }
