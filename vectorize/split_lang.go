package vectorize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Per-language sentence splitting.
//
// Split knows the abbreviations of English (and a few German and Spanish
// ones); Language.Split adds those of one language and the words that
// frequently start a sentence in it (the Punkt heuristic: after an
// abbreviation that may end a sentence, "Inc." or "usw.", a sentence break
// is made only before such a word). The lists are in split_abbrev_lang.go.

// An spLang holds one language's additions to the splitter's word lists.
type spLang struct {
	abbrevs  map[string]uint8 // lower-case abbreviation (without its final period) → kind
	starters map[string]bool  // frequent sentence starters, as written at a sentence start
	ordinals bool             // ordinals are written with a period: "der 1. FC Köln"
}

// Split returns the sentences of text in order, each with doc as its Doc,
// using the abbreviations and sentence starters of the language besides
// those Split knows.
func (l Language) Split(doc int, text string) []Sentence {
	return spSplit(doc, text, spLangs[l.Name])
}

var spLangs = map[string]*spLang{}

// spAddLang records the word lists of one language: abbrevs maps a kind
// to its abbreviations (written in lower case unless only the capitalised
// form is one), starters lists sentence starters, capitalised.
func spAddLang(name string, abbrevs map[uint8]string, starters string) {
	l := &spLang{abbrevs: map[string]uint8{}, starters: map[string]bool{}}
	for kind := spAbTitle; kind <= spAbStarter; kind++ {
		for _, w := range strings.Fields(abbrevs[kind]) {
			if _, dup := l.abbrevs[w]; dup {
				panic("vectorize: " + name + " abbreviation " + w + " listed twice")
			}
			l.abbrevs[w] = kind
		}
	}
	for _, w := range strings.Fields(starters) {
		l.starters[w] = true
	}
	spLangs[name] = l
}

// abbrev returns the kind of w in the language's list: as written, or in
// lower case.
func (l *spLang) abbrev(w string) uint8 {
	if k, ok := l.abbrevs[w]; ok {
		return k
	}
	if len(w) == 0 || len(w) > 24 {
		return spAbNone
	}
	if k, ok := l.abbrevs[strings.ToLower(w)]; ok {
		return k
	}
	// After an elided article: "L'Ing.", "dell'art."
	if i := strings.LastIndexAny(w, "'’"); i >= 0 && i < len(w)-1 {
		_, n := utf8.DecodeRuneInString(w[i:])
		return l.abbrev(w[i+n:])
	}
	return spAbNone
}

// starterAt reports a sentence starter of the language at text[i:], after
// opening quotes: the letters there, of any script, form one of its words
// (as written, or in title case when written in capitals).
func (l *spLang) starterAt(text string, i, end int) bool {
	if l == nil {
		return false
	}
	for k := 0; i < end && k < 4; k++ {
		r, n := spRuneAt(text, i, end)
		if !spIsOpener(r) {
			break
		}
		i += n
	}
	w := spWordPrefix(text, i, end)
	if w == "" || l.starters[w] {
		return w != ""
	}
	r, n := utf8.DecodeRuneInString(w)
	return l.starters[string(r)+strings.ToLower(w[n:])] && strings.ToUpper(w) == w && unicode.IsUpper(r)
}

// isStarterAt reports a frequent sentence starter at text[i:]: one Split
// knows or one of the document's language.
func (dw *spDocWords) isStarterAt(text string, i, end int) bool {
	return spIsStarterAt(text, i, end) || dw.lang.starterAt(text, i, end)
}
