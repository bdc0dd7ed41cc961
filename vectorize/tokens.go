package vectorize

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/clipperhouse/uax29/v2/words"
)

// A Tokeniser turns text into index terms: words found at Unicode (UAX #29)
// word boundaries, lower-cased, stop words removed, stemmed with the
// Snowball stemmer. Acronyms written with dots or in capitals ("U.S.",
// "US") become one lower-case term without dots ("us") that is never taken
// for a stop word. Tokens made only of punctuation or symbols are dropped;
// numbers are kept.
//
// It implements the Tokeniser interface of github.com/james-bowman/nlp.
// A Tokeniser is safe for concurrent use. The zero value is not usable;
// call NewTokeniser.
type Tokeniser struct {
	stop map[string]bool
	stem func(string) string
}

// englishStop is the stop word set, built once.
var englishStop = sync.OnceValue(func() map[string]bool {
	stop := make(map[string]bool, len(englishStopWords))
	for _, w := range englishStopWords {
		stop[w] = true
	}
	return stop
})

// NewTokeniser returns a tokeniser for language, which must be "english"
// or "" (meaning English).
func NewTokeniser(language string) (*Tokeniser, error) {
	switch strings.ToLower(language) {
	case "", "english", "en":
	default:
		return nil, &LanguageError{Language: language}
	}
	return &Tokeniser{stop: englishStop(), stem: stemEnglish}, nil
}

// A LanguageError reports a language concord has no tokeniser for.
type LanguageError struct {
	Language string
}

func (e *LanguageError) Error() string {
	return "unsupported language " + quote(e.Language) + " (supported: english)"
}

func quote(s string) string { return "\"" + s + "\"" }

func stemEnglish(w string) string {
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

// ForEachIn calls f with each term of text, in order.
func (t *Tokeniser) ForEachIn(text string, f func(term string)) {
	it := words.FromString(text)
	for it.Next() {
		if term := t.term(it.Value()); term != "" {
			f(term)
		}
	}
}

// Tokenise returns the terms of text, in order.
func (t *Tokeniser) Tokenise(text string) []string {
	var out []string
	t.ForEachIn(text, func(term string) { out = append(out, term) })
	return out
}

// term maps one word-boundary segment to its index term, or "" when the
// segment is not a word, is a stop word or stems to nothing. Results are
// kept in a cache shared by every English Tokeniser of the process (the
// mapping depends on nothing else), so stemming is paid once per word form
// however many stories a process summarises.
func (t *Tokeniser) term(seg string) string {
	c := englishTerms.Load()
	if v, ok := c.m.Load(seg); ok {
		return v.(string)
	}
	term := t.compute(seg)
	if c.n.Add(1) > maxCachedTerms {
		// Bound the cache on huge inputs: start a new one.
		englishTerms.CompareAndSwap(c, new(termCache))
		return term
	}
	c.m.Store(strings.Clone(seg), strings.Clone(term))
	return term
}

// maxCachedTerms bounds the shared term cache.
const maxCachedTerms = 1 << 18

type termCache struct {
	m sync.Map // segment → term
	n atomic.Int64
}

var englishTerms = func() *atomic.Pointer[termCache] {
	var p atomic.Pointer[termCache]
	p.Store(new(termCache))
	return &p
}()

func (t *Tokeniser) compute(seg string) string {
	letters, upper, digits := 0, 0, 0
	for _, r := range seg {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		}
	}
	if letters == 0 && digits == 0 {
		return ""
	}
	if letters == 0 {
		return seg // a number: kept as written
	}
	// Acronyms: "U.S", "US", "U.K", "NATO". Two or more letters, all upper case.
	if upper == letters && letters >= 2 && digits == 0 {
		return strings.ToLower(strings.ReplaceAll(seg, ".", ""))
	}
	w := strings.ToLower(seg)
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.ReplaceAll(w, "‘", "'")
	// Possessives and contractions: "trump's" → "trump", "don't" stays for
	// the stop list.
	if t.stop[w] {
		return ""
	}
	if i := strings.IndexByte(w, '\''); i > 0 {
		w = w[:i]
	}
	w = strings.ReplaceAll(w, ".", "")
	if w == "" || t.stop[w] {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ""
	}
	return t.stem(w)
}
