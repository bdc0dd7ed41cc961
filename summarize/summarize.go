package summarize

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/concordsum/concord/summarize/internal/paraphrase"
	"github.com/concordsum/concord/vectorize"
)

// Errors returned by Summarize. Test for them with errors.Is.
var (
	// ErrNoDocuments means Summarize was given no documents.
	ErrNoDocuments = errors.New("no documents")
	// ErrNoSentences means no document held a sentence of body text.
	ErrNoSentences = errors.New("no sentences found")
)

// Pipeline parameters. They are explained where they are used.
const (
	edgeThreshold     = 0.1  // similarity graph: weaker edges are dropped
	leadThreshold     = 0.2  // a lone lead sentence joins the lead claim at this cosine to its centroid
	leadPrior         = 10   // personalisation of the sentence at index k of its document: 1 + leadPrior/(k+1)²
	maxWeighedWords   = 50   // personalisation grows with a sentence's length in words up to this many
	supportExponent   = 0.25 // a claim's score is its best wording's TextRank score × support^supportExponent
	consensusNear     = 0.85 // a claim's representative is chosen among its wordings ranked within this share of its best (consensusRep)
	consensusWordings = 32   // and among at most this many of them, the best-ranked
	minWords          = 6    // a summary sentence has at least this many words
	mmrLambda         = 0.7  // weight of relevance against redundancy in MMR
	redundant         = 0.5  // a claim this similar to a chosen one is skipped
	defaultLength     = 5    // sentences, when Options sets no length
	// TextRank stops when the L1 change of the scores falls below this.
	// Against rank's default of 1e-9 every DUC 2004 and NeuS summary and
	// every explain view stays the same, in 48 iterations instead of 56
	// on the DUC clusters; at 1e-7 some left-out claims' scores in the
	// explain view change in the fourth decimal.
	rankTolerance = 1e-8
)

// Summarize returns one extractive summary of docs: the claims that the
// documents agree on, most central and best supported first, shown in the
// order they appear in the sources, each citing every source that carries
// it.
//
// Documents are split into sentences, cleaned of junk lines, turned into
// TF-IDF vectors and linked by cosine similarity; sentences from different
// sources that make the same claim (see Matcher) form one claim whose
// support is the number of sources in it; TextRank, personalised by
// position, length and likeness to the headlines, scores the sentences; a
// claim scores as its best wording raised by its support; claims are then
// chosen by score with maximal marginal relevance until the length budget
// is met.
//
// A document whose text is not valid UTF-8 is read with each invalid byte
// sequence replaced by U+FFFD, and its citations' spans refer to that
// repaired text. Summarize returns ErrNoDocuments or ErrNoSentences (wrapped
// with detail) when there is nothing to summarise, and an error for an
// unsupported Options.Language. Input larger than Options.MaxInputBytes
// gives a *LimitError; sentences longer than Options.MaxSentenceBytes are
// left out and counted in Source.TooLong (and when nothing else is left,
// the ErrNoSentences error wraps a *LimitError naming the limit). A
// negative Sentences, Words, Bytes or MinSupport is an error. The result
// depends only on docs and opt.
func Summarize(docs []Document, opt Options) (*Summary, error) {
	if len(docs) == 0 {
		return nil, ErrNoDocuments
	}
	if !opt.Method.valid() {
		return nil, fmt.Errorf("unknown method %d", int(opt.Method))
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"Sentences", opt.Sentences}, {"Words", opt.Words}, {"Bytes", opt.Bytes}, {"MinSupport", opt.MinSupport}} {
		if f.v < 0 {
			return nil, fmt.Errorf("Options.%s is %d; it must not be negative", f.name, f.v)
		}
	}
	if err := checkInputSize(docs, opt); err != nil {
		return nil, err
	}
	lang, err := ChooseLanguage(docs, opt.Language)
	if err != nil {
		return nil, err
	}
	tok, err := vectorize.NewTokeniser(lang.Name)
	if err != nil {
		return nil, err
	}
	if (opt.Method == Concord || opt.Method == NoSupport) && matcherFor(tok).Learned() {
		paraphrase.Preload() // the model's tables, read beside splitting and TF-IDF
	}
	p := prepare(docs, lang, opt.maxSentenceBytes(), workersFor(docs, opt.Workers))
	if len(p.body) == 0 {
		if err := p.tooLongError(opt.maxSentenceBytes()); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNoSentences, err)
		}
		return nil, fmt.Errorf("%w: the documents hold only titles, junk lines or nothing", ErrNoSentences)
	}
	var c *claimSet
	var chosen []int
	if opt.Method == Concord || opt.Method == NoSupport {
		if c, err = p.claims(tok, opt.Method); err != nil {
			return nil, err
		}
		chosen = c.choose(opt)
	} else {
		if c, err = p.baseline(tok, opt.Method); err != nil {
			return nil, err
		}
		chosen = c.choosePlain(opt)
	}
	sum := p.summary(c, chosen, p.matcher(tok))
	sum.Language = lang.Name
	if opt.Method == Concord || opt.Method == NoSupport {
		sum.Disagreements = p.disagreements(c, chosen, p.matcher(tok))
	}
	if !opt.Lean {
		p.explain(sum, c, chosen, opt, tok)
	}
	return sum, nil
}

// prepared holds the documents split and cleaned.
type prepared struct {
	texts   []string
	sources []Source
	body    []vectorize.Sentence // body sentences of all documents, in order
	titles  []vectorize.Sentence
	used    []int    // body sentences per document
	longest []int    // longest sentence left out for its length, per document
	copies  [][]int  // exact copies of each original (see copies.go)
	first   []int    // the original of each document (itself if it is one)
	workers int      // goroutines (see workersFor)
	match   *Matcher // see matcher
	// For each body sentence, filled by countWords (claims) and nil
	// before: its number of fields (white-space separated words, as
	// strings.Fields splits them), and whether it may stand in a summary
	// (isCandidate).
	fields    []int
	candidate []bool
}

// prepare splits and cleans docs, leaving out sentences longer than
// maxSentence bytes, on up to workers goroutines.
func prepare(docs []Document, lang vectorize.Language, maxSentence, workers int) *prepared {
	p := &prepared{
		workers: workers,
		texts:   make([]string, len(docs)),
		sources: make([]Source, len(docs)),
		used:    make([]int, len(docs)),
		longest: make([]int, len(docs)),
	}
	first := findCopies(docs)
	p.first = first
	p.copies = copiesOf(first)
	for d, doc := range docs {
		id := doc.ID
		if id == "" {
			id = "document " + strconv.Itoa(d+1)
		}
		p.sources[d].ID = id
		if first[d] != d {
			continue // a copy: its original stands for it
		}
		text := doc.Text
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		p.texts[d] = text
	}
	split := splitDocs(p.texts, lang, workers) // a copy's text is empty: no sentences
	for d, doc := range docs {
		if first[d] != d {
			continue
		}
		p.sources[d] = Source{ID: p.sources[d].ID, Sentences: len(split[d]), Title: collapse(doc.Title)}
		split[d], p.sources[d].TooLong, p.longest[d] = dropLong(split[d], maxSentence)
		if doc.Title != "" {
			// A title given with the document (an HTML page's <title>)
			// counts like a headline found in its text.
			p.titles = append(p.titles, vectorize.Sentence{Doc: d, Index: -1, Text: doc.Title, IsTitle: true})
		}
	}
	for d, sents := range vectorize.Clean(split) {
		for _, s := range sents {
			if s.IsTitle {
				if p.sources[d].Title == "" {
					p.sources[d].Title = s.Text
				}
				p.titles = append(p.titles, s)
				continue
			}
			p.body = append(p.body, s)
			p.used[d]++
		}
		p.sources[d].Used = p.used[d]
	}
	for d, f := range first {
		if f != d {
			id := p.sources[d].ID
			p.sources[d] = p.sources[f]
			p.sources[d].ID = id
		}
	}
	return p
}

// collapse returns s with every run of white space replaced by one space.
func collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
