package main

import (
	"strings"

	textrank "github.com/DavidBelicza/TextRank/v2"
	"github.com/DavidBelicza/TextRank/v2/convert"
	"github.com/DavidBelicza/TextRank/v2/parse"
	"github.com/DavidBelicza/TextRank/v2/rank"
)

// A document of a story, as concord's -batch reads it.
type document struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Title string `json:"title"`
}

// A summarizer summarizes stories with the peer's TextRank, in the way
// its README shows: the default rule, stop words and algorithm, every
// document of a story populated into one graph, and the sentences ranked
// by relation weight.
type summarizer struct {
	rule *parse.RuleDefault
	lang *convert.LanguageDefault
	algo *rank.AlgorithmDefault
}

func newSummarizer() *summarizer {
	return &summarizer{
		rule: textrank.NewDefaultRule(),
		lang: textrank.NewDefaultLanguage(),
		algo: textrank.NewDefaultAlgorithm(),
	}
}

// summarize returns the best-ranked sentences of docs, best first, until
// they hold at least words words (as concord's -words does: whole
// sentences until the budget is reached), or all sentences when they hold
// fewer.
func (s *summarizer) summarize(docs []document, words int) []string {
	tr := textrank.NewTextRank()
	for _, d := range docs {
		tr.Populate(d.Text, s.lang, s.rule)
	}
	tr.Ranking(s.algo)
	total := len(tr.GetRankData().SentenceMap)
	// Ask for a few sentences first: the peer's cost of finding them
	// grows with how many it is asked for.
	for limit := 8; ; limit *= 2 {
		found := textrank.FindSentencesByRelationWeight(tr, limit)
		var out []string
		n := 0
		for _, f := range found {
			if n >= words {
				break
			}
			text := strings.TrimSpace(f.Value)
			out = append(out, text)
			n += len(strings.Fields(text))
		}
		if n >= words || len(found) < limit || limit >= total {
			return out
		}
	}
}
