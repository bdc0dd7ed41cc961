package summarize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concordsum/concord/vectorize"
)

// SameClaimThreshold is the claim similarity at or above which two
// sentences are taken to make the same claim (see Matcher). On the MSRP
// training split it gives 73.1% accuracy (README, "The grouping decision").
const SameClaimThreshold = 0.57

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
// The similarity looks at the words of both sentences, each reduced to its
// stem ("deploying" and "deployed" are one word; periods and apostrophes
// inside a word are dropped, so "U.S." is "us"); stop words count a third
// of a word. With h the weight of the words the two share (counted with
// multiplicity) and la, lb the weights of their words, it is the mean of
// the Dice coefficient 2h/(la+lb), which asks that the two say the same
// things, and the containment h/min(la, lb), which lets a sentence that
// adds a detail still carry the claim of a shorter one. It needs no
// statistics from other sentences, so a pair scores the same inside a
// story of two documents and in a corpus of thousands.
type Matcher struct {
	tok *vectorize.Tokeniser
}

// NewMatcher returns a Matcher for language ("" means English; see
// Options.Language).
func NewMatcher(language string) (*Matcher, error) {
	tok, err := vectorize.NewTokeniser(language)
	if err != nil {
		return nil, err
	}
	return &Matcher{tok: tok}, nil
}

// Similarity returns the claim similarity of sentences a and b, in [0, 1];
// 0 when either has no word.
func (m *Matcher) Similarity(a, b string) float64 {
	return claimSimilarity(m.words(a), m.words(b))
}

// Same reports whether a and b make the same claim: their Similarity is
// at least SameClaimThreshold.
func (m *Matcher) Same(a, b string) bool {
	return m.Similarity(a, b) >= SameClaimThreshold
}

// words returns the stems of the words of text, sorted; stop words are
// kept as written, lower-cased, after a leading stopMark.
func (m *Matcher) words(text string) []string { return m.wordsCached(text, nil) }

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
	for _, r := range text {
		// Lower case rune by rune, as strings.ToLower maps them.
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
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
