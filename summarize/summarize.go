package summarize

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

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
	edgeThreshold  = 0.1 // similarity graph: weaker edges are dropped
	groupThreshold = 0.4 // same claim: cosine at or above (see rank.Grouping and README)
	leadThreshold  = 0.2 // a lone lead sentence joins the lead claim at this cosine to its centroid
	minWords       = 6   // a summary sentence has at least this many words
	mmrLambda      = 0.7 // weight of relevance against redundancy in MMR
	redundant      = 0.5 // a claim this similar to a chosen one is skipped
	defaultLength  = 5   // sentences, when Options sets no length
)

// Summarize returns one extractive summary of docs: the claims that the
// documents agree on, most central and best supported first, shown in the
// order they appear in the sources, each citing every source that carries
// it.
//
// Documents are split into sentences, cleaned of junk lines, turned into
// TF-IDF vectors and linked by cosine similarity; near-duplicate sentences
// from different sources form one claim whose support is the number of
// sources in it; TextRank, personalised by support, scores the sentences;
// claims are then chosen by score with maximal marginal relevance until the
// length budget is met.
//
// A document whose text is not valid UTF-8 is read with each invalid byte
// sequence replaced by U+FFFD, and its citations' spans refer to that
// repaired text. Summarize returns ErrNoDocuments or ErrNoSentences (wrapped
// with detail) when there is nothing to summarise, and an error for an
// unsupported Options.Language. Input larger than Options.MaxInputBytes
// gives a *LimitError; sentences longer than Options.MaxSentenceBytes are
// left out and counted in Source.TooLong (and when nothing else is left,
// the ErrNoSentences error wraps a *LimitError naming the limit). The
// result depends only on docs and opt.
func Summarize(docs []Document, opt Options) (*Summary, error) {
	if len(docs) == 0 {
		return nil, ErrNoDocuments
	}
	tok, err := vectorize.NewTokeniser(opt.Language)
	if err != nil {
		return nil, err
	}
	if err := checkInputSize(docs, opt); err != nil {
		return nil, err
	}
	p := prepare(docs, opt.maxSentenceBytes())
	if len(p.body) == 0 {
		if err := p.tooLongError(opt.maxSentenceBytes()); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNoSentences, err)
		}
		return nil, fmt.Errorf("%w: the documents hold only titles, junk lines or nothing", ErrNoSentences)
	}
	c, err := p.claims(tok)
	if err != nil {
		return nil, err
	}
	chosen := c.choose(opt)
	return p.summary(c, chosen), nil
}

// prepared holds the documents split and cleaned.
type prepared struct {
	texts   []string
	sources []Source
	body    []vectorize.Sentence // body sentences of all documents, in order
	titles  []vectorize.Sentence
	used    []int   // body sentences per document
	longest []int   // longest sentence left out for its length, per document
	copies  [][]int // exact copies of each original (see copies.go)
}

// prepare splits and cleans docs, leaving out sentences longer than
// maxSentence bytes.
func prepare(docs []Document, maxSentence int) *prepared {
	p := &prepared{
		texts:   make([]string, len(docs)),
		sources: make([]Source, len(docs)),
		used:    make([]int, len(docs)),
		longest: make([]int, len(docs)),
	}
	first := findCopies(docs)
	p.copies = copiesOf(first)
	split := make([][]vectorize.Sentence, len(docs))
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
		split[d] = vectorize.Split(d, text)
		p.sources[d] = Source{ID: id, Sentences: len(split[d])}
		split[d], p.sources[d].TooLong, p.longest[d] = dropLong(split[d], maxSentence)
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
	return strings.Join(strings.Fields(s), " ")
}
