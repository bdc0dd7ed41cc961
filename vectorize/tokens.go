package vectorize

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/concordsum/concord/internal/freelist"
	"github.com/concordsum/concord/internal/intern"
)

// A Tokeniser turns text into index terms: words found at Unicode (UAX #29)
// word boundaries, lower-cased, stop words removed, stemmed with the
// Snowball stemmer of its language. Acronyms written with dots or in capitals ("U.S.",
// "US") become one lower-case term without dots ("us") that is never taken
// for a stop word. Tokens made only of punctuation or symbols are dropped;
// numbers are kept.
//
// It implements the Tokeniser interface of github.com/james-bowman/nlp.
// A Tokeniser is safe for concurrent use; NewTokeniser returns the same
// one for a language every time. The zero value is not usable; call
// NewTokeniser.
type Tokeniser struct {
	stop map[string]bool
	stem func(string) string
	norm func(string) string // language-specific folding before stop list and stemmer, or nil
	// elision: a stop word before an apostrophe is an elided article or
	// pronoun ("l'armée", "dell'anno") and the word is what follows it.
	elision bool

	// cache maps surface forms to terms ("" for dropped). It is shared
	// by every Tokeniser of the language in the process: the mapping
	// depends on nothing else, so stemming is paid once per word form
	// however many stories a process summarises.
	cache *atomic.Pointer[termCache]
	// segCaches holds caches of the same mapping that one goroutine owns
	// at a time (see Count): a plain map, faster than the shared one, kept
	// from one call of Count to the next.
	segCaches *freelist.List[intern.Cache]
}

// tokenisers holds one Tokeniser per language name, built on first use.
var tokenisers sync.Map

// maxCachedTerms bounds a language's term cache.
const maxCachedTerms = 1 << 18

type termCache struct {
	m sync.Map // surface form → term
	n atomic.Int64
}

// NewTokeniser returns a tokeniser for language (a name LookupLanguage
// accepts; "" means English): that language's stop list (see
// stopwords/) and Snowball stemmer. An unsupported language gives a
// *LanguageError.
func NewTokeniser(language string) (*Tokeniser, error) {
	lang, err := LookupLanguage(language)
	if err != nil {
		return nil, err
	}
	if t, ok := tokenisers.Load(lang.Name); ok {
		return t.(*Tokeniser), nil
	}
	t := &Tokeniser{
		stop:      make(map[string]bool),
		stem:      lang.stemmer(),
		norm:      lang.normaliser(),
		elision:   lang.Name == "french" || lang.Name == "italian",
		cache:     new(atomic.Pointer[termCache]),
		segCaches: &freelist.List[intern.Cache]{New: intern.NewCache},
	}
	t.cache.Store(new(termCache))
	for _, w := range lang.stopWords() {
		if t.norm != nil {
			w = t.norm(w)
		}
		t.stop[w] = true
	}
	shared, _ := tokenisers.LoadOrStore(lang.Name, t)
	return shared.(*Tokeniser), nil
}

// ForEachIn calls f with each term of text, in order.
func (t *Tokeniser) ForEachIn(text string, f func(term string)) {
	each := func(seg string) {
		if term := t.term(seg); term != "" {
			f(term)
		}
	}
	if isASCII(text) {
		asciiSegments(text, each) // the segments it leaves out have no term (noWord)
		return
	}
	for it := words.FromString(text); it.Next(); {
		each(it.Value())
	}
}

// Tokenise returns the terms of text, in order.
func (t *Tokeniser) Tokenise(text string) []string {
	var out []string
	t.ForEachIn(text, func(term string) { out = append(out, term) })
	return out
}

// Term returns the index term of one word written in lower-case ASCII
// letters ("said" → "said", "votes" → "vote"), as Tokenise would give it,
// or "" for a stop word; a word with any other character is tokenised as
// text, and its first term returned.
func (t *Tokeniser) Term(word string) string {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c < 'a' || c > 'z' {
			if ts := t.Tokenise(word); len(ts) > 0 {
				return ts[0]
			}
			return ""
		}
	}
	return t.term(word)
}

// term maps one word-boundary segment to its index term, or "" when the
// segment is not a word, is a stop word or stems to nothing.
func (t *Tokeniser) term(seg string) string {
	c := t.cache.Load()
	if v, ok := c.m.Load(seg); ok {
		return v.(string)
	}
	term := t.compute(seg)
	if c.n.Add(1) > maxCachedTerms {
		// Bound the cache on huge inputs: start a new one.
		t.cache.CompareAndSwap(c, new(termCache))
		return term
	}
	// Copies, so that the cache does not keep the text alive.
	c.m.Store(strings.Clone(seg), strings.Clone(term))
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
	if t.norm != nil {
		w = t.norm(w)
	}
	// Possessives and contractions: "trump's" → "trump", "don't" stays for
	// the stop list.
	if t.stop[w] {
		return ""
	}
	if i := strings.IndexByte(w, '\''); i > 0 {
		if t.elision && t.stop[w[:i]] && i+1 < len(w) {
			w = w[i+1:] // French, Italian: "l'armée" → "armée"
		} else {
			w = w[:i]
		}
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
