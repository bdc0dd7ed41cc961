package vectorize

import (
	"strings"
	"sync"
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

	mu    sync.Mutex
	cache map[string]string // surface form → term ("" for dropped)
}

// NewTokeniser returns a tokeniser for language, which must be "english"
// or "" (meaning English).
func NewTokeniser(language string) (*Tokeniser, error) {
	switch strings.ToLower(language) {
	case "", "english", "en":
	default:
		return nil, &LanguageError{Language: language}
	}
	stop := make(map[string]bool, len(englishStopWords))
	for _, w := range englishStopWords {
		stop[w] = true
	}
	return &Tokeniser{
		stop:  stop,
		stem:  stemEnglish,
		cache: make(map[string]string),
	}, nil
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
// segment is not a word, is a stop word or stems to nothing.
func (t *Tokeniser) term(seg string) string {
	t.mu.Lock()
	term, ok := t.cache[seg]
	t.mu.Unlock()
	if ok {
		return term
	}
	term = t.compute(seg)
	t.mu.Lock()
	if len(t.cache) > 1<<20 { // bound the cache on huge inputs
		t.cache = make(map[string]string)
	}
	t.cache[seg] = term
	t.mu.Unlock()
	return term
}

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
