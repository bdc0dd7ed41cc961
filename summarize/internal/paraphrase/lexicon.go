package paraphrase

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
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
// The committed lexicon (lexicon.txt beside this file, embedded as
// lexicon.bin) is learned from
// MSRP's training pairs by the training program in train/: the weights
// of a logistic regression on the terms that only one sentence of a pair
// has. A term it lacks weighs 0. The zero Lexicon weighs every term 0.
type Lexicon struct {
	// keys and vals are an open-addressing table of the weights by
	// termID: a term's slot is slotOf(termID), or the first free one
	// after it; key 0 marks a free slot (a term whose termID is 0 weighs
	// zeroW). Empty in the zero Lexicon.
	keys  []uint64
	vals  []float32
	zeroW float32
	zero  bool // a term with termID 0 is in the lexicon
	shift uint // 64 - log2(len(keys))
	n     int  // number of terms
	// has holds a bit for each term, at filterBit(termID): most terms of
	// a sentence are not in the lexicon, and the bit says so from a table
	// small enough to stay in a processor's cache, where the table of
	// weights would be read from memory. nil: the zero Lexicon.
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
	names := make([]string, 0, len(weights))
	for name := range weights {
		names = append(names, name)
	}
	slices.Sort(names) // the table's slots do not depend on map order
	terms := make([]termWeight, len(names))
	for k, name := range names {
		terms[k] = termWeight{termID(name), weights[name]}
	}
	return buildLexicon(terms)
}

// A termWeight is a term's termID and its weight.
type termWeight struct {
	t uint64
	w float32
}

// buildLexicon returns the Lexicon of terms; of a term given twice, the
// later weight stands. The terms are added by the top bits of their
// slots (which are those of their filter bits), in their order within
// each run of equal top bits: each run's slots and filter bits then lie
// in a few kilobytes, where adding them in the given order would reach
// for a new cache line at every term.
func buildLexicon(terms []termWeight) *Lexicon {
	lx := newLexicon(len(terms))
	if len(terms) == 0 {
		return lx
	}
	const runBits = 8
	top := func(t uint64) uint64 { return (t * spread) >> (64 - runBits) }
	var start [1<<runBits + 1]int
	for _, tw := range terms {
		start[top(tw.t)+1]++
	}
	for k := 1; k < len(start); k++ {
		start[k] += start[k-1]
	}
	sorted := make([]termWeight, len(terms))
	for _, tw := range terms {
		k := top(tw.t)
		sorted[start[k]] = tw
		start[k]++
	}
	for _, tw := range sorted {
		lx.add(tw.t, tw.w)
	}
	return lx
}

// newLexicon returns an empty Lexicon with room for n terms.
func newLexicon(n int) *Lexicon {
	lx := &Lexicon{}
	if n == 0 {
		return lx
	}
	b := bits.Len(uint(2*n - 1)) // at least 2n slots: half full at most
	lx.keys = make([]uint64, 1<<b)
	lx.vals = make([]float32, 1<<b)
	lx.shift = uint(64 - b)
	lx.has = make([]uint64, 1<<filterBits/64)
	return lx
}

// slotOf returns the first slot of term t: the top bits of t·spread, as
// filterBit takes them (a table of 2^(64-shift) slots).
func (lx *Lexicon) slotOf(t uint64) int {
	return int((t * spread) >> lx.shift)
}

// add sets the weight of term t to w.
func (lx *Lexicon) add(t uint64, w float32) {
	b := filterBit(t)
	lx.has[b/64] |= 1 << (b % 64)
	if t == 0 {
		if !lx.zero {
			lx.zero = true
			lx.n++
		}
		lx.zeroW = w
		return
	}
	j := lx.slotOf(t)
	for lx.keys[j] != 0 && lx.keys[j] != t {
		j = (j + 1) & (len(lx.keys) - 1)
	}
	if lx.keys[j] == 0 {
		lx.n++
	}
	lx.keys[j], lx.vals[j] = t, w
}

// weight returns the weight of term t (0 for a term lx lacks).
func (lx *Lexicon) weight(t uint64) float32 {
	if t == 0 {
		return lx.zeroW
	}
	for j := lx.slotOf(t); ; j = (j + 1) & (len(lx.keys) - 1) {
		switch lx.keys[j] {
		case t:
			return lx.vals[j]
		case 0:
			return 0
		}
	}
}

// Len returns the number of terms lx weighs.
func (lx *Lexicon) Len() int { return lx.n }

// termID returns the hash under which a Sentence keeps the term name:
// a stem, "_" and a stop word, or two of these separated by a space (see
// TermNames).
func termID(name string) uint64 {
	if a, b, ok := strings.Cut(name, " "); ok {
		// the hash ngrams gives the run of the two
		h := uint64(2)
		for _, x := range [2]uint64{unigramID(a), unigramID(b)} {
			h = (h ^ x) * 0x100000001b3
			h ^= h >> 29
		}
		return h
	}
	return unigramID(name)
}

// unigramID returns the termID of one stem, or of "_" and a stop word:
// hashString(name), or hashString("\x00" + word) (a stop word's stemID,
// see newWordInfo).
func unigramID(name string) uint64 {
	h := uint64(0xcbf29ce484222325)
	if w, ok := strings.CutPrefix(name, "_"); ok {
		h *= 0x100000001b3 // the "\x00": h ^= 0 first
		name = w
	}
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= 0x100000001b3
	}
	return h
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
			w[k] = lx.weight(t)
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
	if err := eachLexiconLine(string(data), func(name string, w float32) { out[name] = w }); err != nil {
		return nil, err
	}
	return out, nil
}

// eachLexiconLine calls f with the term and weight of each line of data
// that FormatLexicon writes, in order, skipping empty lines and comments;
// it stops at the first line of another form, and says which.
func eachLexiconLine(data string, f func(name string, w float32)) error {
	for n := 1; data != ""; n++ {
		line := data
		if k := strings.IndexByte(data, '\n'); k >= 0 {
			line, data = data[:k], data[k+1:]
		} else {
			data = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		w, name, ok := strings.Cut(line, "\t")
		if !ok || name == "" {
			return fmt.Errorf("line %d: want a weight, a tab and a term", n)
		}
		x, err := strconv.ParseFloat(w, 32)
		if err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		f(name, float32(x))
	}
	return nil
}

// LexiconBinary returns the binary form of the lines FormatLexicon
// writes, which the command embeds (lexicon.bin beside this file, written
// from lexicon.txt by the training program): "CLX1", the number of terms
// as 4 bytes, then each term's termID in 8 bytes and its weight's float32
// bits in 4, little-endian, in the order of the lines. It reads with no
// parsing of numbers or hashing of names, a seventh of the time of the
// text (BenchmarkReadLexicon), at the start of every English summary.
func LexiconBinary(txt []byte) ([]byte, error) {
	var terms []termWeight
	if err := eachLexiconLine(string(txt), func(name string, w float32) {
		terms = append(terms, termWeight{termID(name), w})
	}); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(lexiconMagic)+4+12*len(terms))
	out = append(out, lexiconMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(terms)))
	for _, tw := range terms {
		out = binary.LittleEndian.AppendUint64(out, tw.t)
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(tw.w))
	}
	return out, nil
}

// lexiconMagic opens LexiconBinary's form.
const lexiconMagic = "CLX1"

//go:embed lexicon.bin
var lexiconBin string

// defaultLexicon reads lexicon.bin into a Lexicon, as
// NewLexicon(ParseLexicon(lexicon.txt)) builds it (TestDefaultLexicon
// holds the two equal): it is read on the first sentence's analysis,
// when every goroutine waits for it.
var defaultLexicon = sync.OnceValue(func() *Lexicon {
	lx, err := readLexicon(lexiconBin)
	if err != nil {
		panic("paraphrase: embedded lexicon.bin: " + err.Error())
	}
	return lx
})

// readLexicon reads LexiconBinary's form into a Lexicon.
func readLexicon(data string) (*Lexicon, error) {
	head := len(lexiconMagic) + 4
	if len(data) < head || data[:len(lexiconMagic)] != lexiconMagic {
		return nil, errors.New("not a lexicon (no CLX1 header)")
	}
	b := []byte(data) // one copy, for encoding/binary's loads
	n := int(binary.LittleEndian.Uint32(b[len(lexiconMagic):]))
	if len(b) != head+12*n {
		return nil, fmt.Errorf("%d bytes, want %d for %d terms", len(b), head+12*n, n)
	}
	terms := make([]termWeight, n)
	for k := range terms {
		at := b[head+12*k:]
		terms[k] = termWeight{binary.LittleEndian.Uint64(at), math.Float32frombits(binary.LittleEndian.Uint32(at[8:]))}
	}
	return buildLexicon(terms), nil
}

// DefaultLexicon returns the committed lexicon (lexicon.bin, written by
// summarize/internal/paraphrase/train from the lexicon.txt it writes with
// model.json). It panics if the embedded file is broken, which its test
// rules out.
func DefaultLexicon() *Lexicon { return defaultLexicon() }
