package summarize

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/concordsum/concord/summarize/internal/paraphrase"
	"github.com/concordsum/concord/vectorize"
)

// SameClaimThreshold is the lexical claim similarity (Matcher.Lexical)
// at or above which two sentences are taken to make the same claim in a
// language without a learned model (every language but English). On the
// MSRP training split it gives 73.1% accuracy.
const SameClaimThreshold = 0.57

// ModelThreshold is the learned model's same-claim probability at or
// above which two English sentences are taken to make the same claim.
const ModelThreshold = 0.5

// ModelGate is the lexical claim similarity below which two English
// sentences never reach the learned model: they are not the same claim,
// and their similarity stays the lexical one. It keeps the model's cost
// proportional to the edges that could be paraphrases; on MSRP one pair
// in 2,753 labelled the same lies below it.
const ModelGate = 0.3

// stopWeight is the weight of a stop word in the claim similarity: "the",
// "of" and "said" say less about a claim than "troops" or "Ukraine", but
// how two sentences use them still tells a paraphrase from a sentence
// that merely shares its topic.
const stopWeight = 1.0 / 3

// A Matcher decides whether two sentences make the same claim: the
// decision concord's consensus grouping takes for every pair of sentences
// from different sources before it cites both for one claim. A Matcher is
// safe for concurrent use; the zero value is not usable, call NewMatcher.
//
// In English the decision is learned (package
// summarize/internal/paraphrase): a pair whose lexical similarity (below)
// reaches ModelGate is measured
// again with WordNet synonyms and derivations, GloVe word vectors, word
// n-grams both ways, the longest common subsequence, letter trigrams, and
// the agreement of numbers, names and negation, and a model trained on
// MSRP gives the probability that the two make the same claim; a second
// head of the model, trained on the STS news headlines, gives a graded
// similarity (Graded). In the other languages the lexical similarity is
// the decision, at SameClaimThreshold.
//
// The lexical similarity looks at the words of both sentences, each
// reduced to its stem ("deploying" and "deployed" are one word; periods and apostrophes
// inside a word are dropped, so "U.S." is "us"); stop words count a third
// of a word. With h the weight of the words the two share (counted with
// multiplicity) and la, lb the weights of their words, it is the mean of
// the Dice coefficient 2h/(la+lb), which asks that the two say the same
// things, and the containment h/min(la, lb), which lets a sentence that
// adds a detail still carry the claim of a shorter one. It needs no
// statistics from other sentences, so a pair scores the same inside a
// story of two documents and in a corpus of thousands.
type Matcher struct {
	tok     *vectorize.Tokeniser
	learned bool // the language has a learned model (paraphrase.Default)
	// memo holds analyses already made, by text: Summarize's Matcher
	// keeps those of the claim graph (on a large input only those made
	// after it, see learnedWeights) for grouping, the citations,
	// selection, disagreements and the explain view. Nil: none.
	memo *sync.Map // string → *paraphrase.Sentence
	// wordMemo holds the word lists already made (Matcher.words), by text,
	// when memo is set: the citations, the explain view and selection
	// ask for the same sentences' similarities again and again.
	wordMemo sync.Map // string → []string
	// pairMemo holds the model's measures of the pairs already
	// measured by the methods below, when memo is set.
	pairMemo sync.Map // textPair → *measures
	// rows holds the claim graph's words of the body sentences (set by
	// claimGraphOf when memo is set), from which Lexical computes the
	// similarity of two of them without stemming their words again.
	rows *wordRows
}

// wordRows are sentences' words as numbers, each row sorted, with the
// numbers of the stop words marked: all claimSimilarity needs (see
// claimGraphOf).
type wordRows struct {
	at   map[string]int32 // text → its row
	rows [][]int32        // the word numbers of each row, sorted
	// nonStop is the number of words that are not stop words: those
	// are numbered from 0, the stop words from nonStop on
	nonStop int32
}

// similarity returns claimSimilarity of rows x and y, with the same
// additions in the same order, so the same bits.
func (r *wordRows) similarity(x, y int32) float64 {
	a, b := r.rows[x], r.rows[y]
	// Counted without branches on the words (see common in package
	// paraphrase).
	sa, sb, stops, others := 0, 0, 0, 0
	for _, w := range a {
		sa += b2i(w >= r.nonStop)
	}
	for _, w := range b {
		sb += b2i(w >= r.nonStop)
	}
	la, lb := weighCounts(sa, len(a)-sa), weighCounts(sb, len(b)-sb)
	if la == 0 || lb == 0 {
		return 0
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		x, y := a[i], b[j]
		eq, stop := b2i(x == y), b2i(x >= r.nonStop)
		stops += eq & stop
		others += eq &^ stop
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	h := weighCounts(stops, others)
	return (2*h/(la+lb) + h/min(la, lb)) / 2
}

// weighCounts returns the weight of stops stop words and others other
// words added as claimSimilarity adds them: every stop word sorts before
// every other stem, so the stop words' weights come first.
func weighCounts(stops, others int) float64 {
	var h float64
	for range stops {
		h += wordWeight(stopMark)
	}
	for range others {
		h += wordWeight("")
	}
	return h
}

// A textPair is two texts, the one that sorts first first.
type textPair struct{ a, b string }

// measures are the model's measures of a textPair and the coverage of
// each text by the other.
type measures struct {
	f              [paraphrase.NumFeatures]float64
	coverA, coverB float64 // paraphrase.Coverage(a, b) and (b, a)
}

// measure returns the measures of texts a <= b, whose lexical similarity
// is lex (analysing them as needed), remembering them when memo is set.
func (m *Matcher) measure(a, b string, lex float64) *measures {
	key := textPair{a, b}
	if m.memo != nil {
		if v, ok := m.pairMemo.Load(key); ok {
			return v.(*measures)
		}
	}
	x := new(measures)
	x.f, x.coverA, x.coverB = paraphrase.Measure(m.analyse(a), m.analyse(b), lex)
	if m.memo != nil {
		m.pairMemo.Store(key, x)
	}
	return x
}

// NewMatcher returns a Matcher for language ("" means English; see
// Options.Language).
func NewMatcher(language string) (*Matcher, error) {
	tok, err := vectorize.NewTokeniser(language)
	if err != nil {
		return nil, err
	}
	return matcherFor(tok), nil
}

// matcherFor returns the Matcher of the language of tok.
func matcherFor(tok *vectorize.Tokeniser) *Matcher {
	en, _ := vectorize.NewTokeniser("")
	return &Matcher{tok: tok, learned: tok == en}
}

// Learned reports whether the Matcher's language has a learned model
// (English); without one, Similarity is Lexical.
func (m *Matcher) Learned() bool { return m.learned }

// Threshold returns the Similarity at or above which two sentences make
// the same claim: ModelThreshold with a learned model, else
// SameClaimThreshold.
func (m *Matcher) Threshold() float64 {
	if m.learned {
		return ModelThreshold
	}
	return SameClaimThreshold
}

// Similarity returns the claim similarity of sentences a and b, the edge
// weight of concord's grouping, in [0, 1]. With a learned model it is
// their Lexical similarity when that is below ModelGate (and so below the
// threshold: the two are not the same claim), and otherwise the
// largest of: the probability that the two make the same claim; their
// Graded similarity less GradedJoin-ModelThreshold, when each carries
// RoughCoverage of the other's content words (so that roughly equivalent
// sentences reach the threshold); and, when one carries part
// of the other's claim (it covers at least PartOfCoverage of the other's
// content words, and the other has at least four), the threshold itself.
// For a sentence the model does not know (fewer than half of its content
// words have a word vector) the lexical decision stands, on the model's
// scale. Without a model it is Lexical. It is 0 when either has
// no word, and Similarity(a, b) == Similarity(b, a).
func (m *Matcher) Similarity(a, b string) float64 {
	lex := m.Lexical(a, b)
	if !m.learned {
		return lex
	}
	if lex < ModelGate || lex == 1 {
		return lex // below the gate, or the same words
	}
	if b < a {
		a, b = b, a // a fixed order: the same bits either way
	}
	x, y := m.analyse(a), m.analyse(b)
	if !x.Known() || !y.Known() {
		return min(1, lex*ModelThreshold/SameClaimThreshold)
	}
	return m.weightOf(x, y, &m.measure(a, b, lex).f, paraphrase.Default().Same)
}

// Probability returns the probability that a and b make the same claim in
// MSRP's sense (the two say the same thing), in [0, 1]: the learned
// model's same-claim head; the Lexical similarity below ModelGate; 1 for
// the same words; for a sentence the model does not know (see
// Similarity) the lexical similarity on the model's scale. Without a
// model it is Lexical. Same compares it with Threshold.
func (m *Matcher) Probability(a, b string) float64 {
	lex := m.Lexical(a, b)
	if !m.learned || lex < ModelGate || lex == 1 {
		return lex
	}
	if b < a {
		a, b = b, a
	}
	x, y := m.analyse(a), m.analyse(b)
	if !x.Known() || !y.Known() {
		return min(1, lex*ModelThreshold/SameClaimThreshold)
	}
	return paraphrase.Default().Same.Similarity(&m.measure(a, b, lex).f)
}

// GradedJoin is the graded similarity (Matcher.Graded: 0.6 is an STS
// score of 3 of 5, "roughly equivalent, some details differ") at or
// above which two English sentences join one claim even when the
// same-claim probability is below ModelThreshold: versions that report
// one claim with different details. The citation then tells the two
// relations apart (Citation.Partial).
const GradedJoin = 0.6

// RoughCoverage is the share of each sentence's content words that the
// other must carry, softly (a word vector cosine counting for a word
// without a match), for the two to be roughly equivalent: the graded
// similarity, trained on headlines, is generous with long sentences that
// only share their topic.
const RoughCoverage = 0.5

// PartialCoverage is the share of a claim's representative's content
// words (Matcher.Coverage) below which a cited sentence is marked partial
// (Citation.Partial): it states only part of the claim.
const PartialCoverage = 0.75

// PartOfCoverage is the share of one sentence's content words that the
// other must carry for the other to carry part of the same claim (the
// longer one states it and adds a detail): the same stem or a WordNet
// relative, or a word vector cosine of at least 0.5 counted as that
// cosine. See Matcher.Similarity.
const PartOfCoverage = 0.7

// partOfWords is the number of content words the covered sentence needs
// for the part-of relation: fewer say too little to be a claim.
const partOfWords = 4

// joinWeight returns the grouping's weight of two analysed sentences of
// lexical similarity lex: the largest of the model's same-claim
// probability, the graded similarity less GradedJoin-ModelThreshold (when
// each carries RoughCoverage of the other), and, when one sentence of at
// least partOfWords content words is covered by the other to
// PartOfCoverage (softly), ModelThreshold (enough to join, but below any
// paraphrase, which grouping takes first). When either sentence is
// unknown to the model (fewer than half of its content words have a word
// vector: another language read as English, a list of names) the lexical
// decision stands, put on the model's scale: lex·ModelThreshold/
// SameClaimThreshold.
func (m *Matcher) joinWeight(a, b *paraphrase.Sentence, lex float64, model *paraphrase.Model) float64 {
	if !a.Known() || !b.Known() {
		return min(1, lex*ModelThreshold/SameClaimThreshold)
	}
	f := paraphrase.Features(a, b, lex)
	return m.weightOf(a, b, &f, model)
}

// weightOf is joinWeight for two sentences the model knows, of measures
// f.
func (m *Matcher) weightOf(a, b *paraphrase.Sentence, f *[paraphrase.NumFeatures]float64, model *paraphrase.Model) float64 {
	w := model.Similarity(f)
	// Roughly equivalent (the graded head's STS score of 3 of 5), on
	// the probability's scale: at GradedJoin it reaches ModelThreshold.
	if f[paraphrase.SoftMin] >= RoughCoverage {
		w = max(w, paraphrase.Default().Graded.Similarity(f)-(GradedJoin-ModelThreshold))
	}
	if cov := f[paraphrase.SoftMax]; cov >= PartOfCoverage && min(a.ContentWords(), b.ContentWords()) >= partOfWords {
		w = max(w, ModelThreshold)
	}
	return w
}

// equivalent reports whether a and b make the same claim (Same) or are
// roughly equivalent (see Similarity) and not opposed (one negated, or
// different numbers: paraphrase.Opposed): the relations of grouping
// without "carries part of", for telling a repeat from a claim the
// sources differ on. Without a learned model: Same.
func (m *Matcher) equivalent(a, b string) bool {
	lex := m.Lexical(a, b)
	if !m.learned || lex < ModelGate || lex == 1 {
		return lex >= m.Threshold()
	}
	if b < a {
		a, b = b, a
	}
	x, y := m.analyse(a), m.analyse(b)
	if !x.Known() || !y.Known() {
		return lex >= SameClaimThreshold
	}
	f := &m.measure(a, b, lex).f
	if paraphrase.Opposed(f) {
		return false
	}
	if paraphrase.Default().Same.Similarity(f) >= ModelThreshold {
		return true
	}
	return f[paraphrase.SoftMin] >= RoughCoverage && paraphrase.Default().Graded.Similarity(f) >= GradedJoin
}

// Graded returns a graded similarity of a and b in [0, 1], trained on the
// STS news headline scores (0 unrelated, 1 the same meaning), without the
// gate of Similarity; without a learned model it is Lexical.
func (m *Matcher) Graded(a, b string) float64 {
	lex := m.Lexical(a, b)
	if !m.learned {
		return lex
	}
	if b < a {
		a, b = b, a
	}
	return paraphrase.Default().Graded.Similarity(&m.measure(a, b, lex).f)
}

// Coverage returns the share of a's content words that b carries, in
// [0, 1]: with a learned model weighted by rarity, a word counting when b
// has the same stem or a WordNet synonym or derivation (word vectors do
// not count: a close vector is not the same word); without one, the share
// of a's stems that b has. It is 1 when a has no content word.
func (m *Matcher) Coverage(a, b string) float64 {
	if m.learned {
		if m.memo == nil {
			return paraphrase.Coverage(m.analyse(a), m.analyse(b))
		}
		if a <= b {
			return m.measure(a, b, m.Lexical(a, b)).coverA
		}
		return m.measure(b, a, m.Lexical(b, a)).coverB
	}
	return stemCoverage(m.words(a), m.words(b))
}

// Partial reports whether sentence b, joined to a claim in the wording
// rep, states only part of it: with a learned model, the two are not the
// same claim (Same) and b carries less than PartialCoverage of rep's
// content words (Coverage). Without a model it is false: a rewording
// cannot be told from a sentence that says less.
func (m *Matcher) Partial(rep, b string) bool {
	if !m.learned || m.Same(rep, b) {
		return false
	}
	return m.Coverage(rep, b) < PartialCoverage
}

// Lexical returns the first stage's claim similarity of a and b (below),
// in [0, 1]; 0 when either has no word.
func (m *Matcher) Lexical(a, b string) float64 {
	if r := m.rows; r != nil {
		x, okA := r.at[a]
		y, okB := r.at[b]
		if okA && okB {
			return r.similarity(x, y)
		}
	}
	return claimSimilarity(m.words(a), m.words(b))
}

// Same reports whether a and b make the same claim, in MSRP's sense:
// their Probability is at least Threshold. Grouping joins more
// (Similarity): sentences that are roughly equivalent, or that carry part
// of a claim, join one too, and their citations are marked partial when
// they state only part of it.
func (m *Matcher) Same(a, b string) bool {
	return m.Probability(a, b) >= m.Threshold()
}

// analyse returns the model's analysis of text.
func (m *Matcher) analyse(text string) *paraphrase.Sentence {
	return m.analyseWith(text, nil)
}

// analyseWith is analyse, analysing with local when it is not nil.
func (m *Matcher) analyseWith(text string, local *paraphrase.Local) *paraphrase.Sentence {
	if m.memo != nil {
		if a, ok := m.memo.Load(text); ok {
			return a.(*paraphrase.Sentence)
		}
	}
	if local != nil {
		return local.AnalyseLean(text)
	}
	local = localAnalysers.Get()
	a := local.AnalyseLean(text)
	localAnalysers.Put(local)
	if m.memo != nil {
		m.memo.Store(text, a)
	}
	return a
}

// englishAnalyser returns the Analyser of the English model, whose words
// take their terms from the English Tokeniser (one for the process).
var englishAnalyser = sync.OnceValue(func() *paraphrase.Analyser {
	tok, _ := vectorize.NewTokeniser("")
	return paraphrase.NewAnalyser(func(w string) string {
		if t := tok.Tokenise(w); len(t) > 0 {
			return t[0]
		}
		return ""
	})
})

// stemCoverage returns the share of a's words other than stop words (as
// words returns them) that b holds, with multiplicity; 1 when a has none.
func stemCoverage(a, b []string) float64 {
	n, h := 0, 0
	for i, j := 0, 0; i < len(a); i++ {
		if strings.HasPrefix(a[i], stopMark) {
			continue
		}
		n++
		for j < len(b) && b[j] < a[i] {
			j++
		}
		if j < len(b) && b[j] == a[i] {
			h++
			j++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(h) / float64(n)
}

// words returns the stems of the words of text, sorted; stop words are
// kept as written, lower-cased, after a leading stopMark.
func (m *Matcher) words(text string) []string {
	if m.memo == nil {
		return m.wordsCached(text, nil)
	}
	if w, ok := m.wordMemo.Load(text); ok {
		return w.([]string)
	}
	w := m.wordsCached(text, nil)
	m.wordMemo.Store(text, w)
	return w
}

// wordsCached is words with a cache of each word's result, which one
// goroutine at a time may pass (nil: none).
func (m *Matcher) wordsCached(text string, cache map[string]string) []string {
	out := make([]string, 0, len(text)/5+1)
	m.eachWord(text, cache, func(stem string) { out = append(out, stem) })
	sort.Strings(out)
	return out
}

// eachWord calls f with what words makes of each word of text, in text
// order, using and filling cache as wordsCached does.
func (m *Matcher) eachWord(text string, cache map[string]string, f func(stem string)) {
	eachRawWord(text, func(w []byte) {
		if stem, ok := cache[string(w)]; ok {
			f(stem)
			return
		}
		word := string(w)
		stem := m.stemOf(word)
		if cache != nil {
			cache[word] = stem
		}
		f(stem)
	})
}

// stemOf returns what words makes of one word as eachRawWord gives it:
// its index term, or stopMark and the word for a stop word.
func (m *Matcher) stemOf(word string) string {
	if terms := m.tok.Tokenise(word); len(terms) > 0 {
		return terms[0]
	}
	return stopMark + word
}

// eachRawWord calls f with each word of text, in text order, lower-cased,
// with its periods and apostrophes dropped: the words that words stems.
// w is valid until f returns.
func eachRawWord(text string, f func(w []byte)) {
	var buf [64]byte
	w := buf[:0]
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, by table: the same as below (no ASCII byte is a
			// letter of a spaceless script).
			i++
			switch l := rawByte[c]; l {
			case 0: // a separator
				if len(w) > 0 {
					f(w)
					w = w[:0]
				}
			case 1: // '.' or an apostrophe: dropped
			default: // a letter, lower-cased, or a digit
				w = append(w, l)
			}
			continue
		}
		// Lower case rune by rune, as strings.ToLower maps them.
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		r = unicode.ToLower(r)
		switch {
		case vectorize.IsSpaceless(r):
			// a letter of Chinese, Japanese, Thai...: a word of its own
			if len(w) > 0 {
				f(w)
				w = w[:0]
			}
			w = utf8.AppendRune(w, r)
			f(w)
			w = w[:0]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w = utf8.AppendRune(w, r)
		case r == '.' || r == '\'' || r == '’':
			// inside a word: dropped ("u.s." → "us", "didn't" → "didnt")
		default:
			if len(w) > 0 {
				f(w)
				w = w[:0]
			}
		}
	}
	if len(w) > 0 {
		f(w)
	}
}

// rawByte tells eachRawWord what an ASCII byte is: 0 a separator, 1 a
// byte dropped inside a word ('.', '\”), else the byte of the word (a
// letter lower-cased, a digit).
var rawByte = func() (t [utf8.RuneSelf]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	t['.'], t['\''] = 1, 1
	return t
}()

// stopMark starts the words of words that are stop words.
const stopMark = "\x00"

func wordWeight(w string) float64 {
	if strings.HasPrefix(w, stopMark) {
		return stopWeight
	}
	return 1
}

// claimSimilarity returns the mean of the weighted Dice coefficient and
// containment of two word lists as words returns them.
func claimSimilarity(a, b []string) float64 {
	var h, la, lb float64
	for _, w := range a {
		la += wordWeight(w)
	}
	for _, w := range b {
		lb += wordWeight(w)
	}
	if la == 0 || lb == 0 {
		return 0
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			h += wordWeight(a[i])
			i++
			j++
		}
	}
	return (2*h/(la+lb) + h/min(la, lb)) / 2
}
