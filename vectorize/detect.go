package vectorize

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/clipperhouse/uax29/v2/words"
)

// Language detection.
//
// DetectLanguage recognises the supported languages by their stop words,
// which make up 30 to 50% of the words of running text in any of them and
// are few, frequent and distinctive: "und", "der", "nicht" for German,
// "och", "att", "inte" for Swedish. Each word of the text votes for every
// language whose stop list holds it, with weight 1/k when k lists hold it
// (so "de", a stop word in six languages, says little, and "ikke" splits
// its vote between Danish and Norwegian while "ikkje", "hva", "av" go to
// Norwegian alone). The language with the highest total wins; it must
// cover at least minStopShare of the words, otherwise the text is in no
// supported language (or too short to tell) and DetectLanguage fails.
//
// Cyrillic text is Russian only if it lacks the letters of the other
// Cyrillic alphabets (Ukrainian і ї є ґ, Belarusian ў, Serbian and
// Macedonian ј љ њ ћ џ ђ ѓ ќ ѕ): Ukrainian shares enough short words with
// Russian to pass the stop word test.

// Detection limits.
const (
	minStopShare  = 0.10  // share of words that must be stop words of the winner
	minDetectWord = 8     // fewer words than this are too few to judge
	maxDetectWord = 50000 // words looked at, from the start of the text
)

// A Detection is the outcome of DetectLanguage.
type Detection struct {
	// Language is the language found; the zero Language when none was.
	Language Language
	// Words is the number of words looked at.
	Words int
	// Share is the fraction of those words that are stop words of
	// Language (of the best candidate when none was found).
	Share float64
	// Runner is the name of the second-best language ("" if none scored),
	// and Margin the winner's score over the runner-up's minus one (0.5:
	// the winner scored 1.5 times as much).
	Runner string
	Margin float64
}

// A DetectError reports text whose language DetectLanguage could not
// recognise among the supported ones.
type DetectError struct {
	Detection
	Best string // the best candidate, "" if no word was a stop word
	// NotRussian counts words with letters of Cyrillic alphabets other
	// than Russian's; when positive, the text was rejected for them.
	NotRussian int
}

// nonRussianCyrillic are letters of Cyrillic alphabets that Russian does
// not use.
const nonRussianCyrillic = "іїєґўјљњћџђѓќѕ"

func (e *DetectError) Error() string {
	if e.Words < minDetectWord {
		return fmt.Sprintf("cannot detect the language: only %d words", e.Words)
	}
	if e.NotRussian > 0 {
		return fmt.Sprintf("cannot detect the language: Cyrillic text, but %d of its %d words have letters Russian does not use (і, ї, є, ў, ј, ...); Russian is the only Cyrillic language supported",
			e.NotRussian, e.Words)
	}
	if e.Best == "" {
		return fmt.Sprintf("cannot detect the language: none of the %d words is a stop word of a supported language (%s)",
			e.Words, strings.Join(Languages(), ", "))
	}
	return fmt.Sprintf("cannot detect the language: the text does not look like any supported language "+
		"(closest: %s, whose stop words make up %.0f%% of the %d words; text in a supported language has %.0f%% or more)",
		e.Best, 100*e.Share, e.Words, 100*minStopShare)
}

var (
	detectOnce  sync.Once
	detectIndex map[string]uint32 // stop word → bit set of languages (indices into languages)
)

func stopWordIndex() map[string]uint32 {
	detectOnce.Do(func() {
		detectIndex = make(map[string]uint32)
		for i, l := range languages {
			norm := l.normaliser()
			for _, w := range l.stopWords() {
				if norm != nil {
					w = norm(w)
				}
				detectIndex[w] |= 1 << uint(i)
			}
		}
	})
	return detectIndex
}

// DetectLanguage returns the supported language text is written in, judged
// from its stop words (see the comment above), or a *DetectError when the
// text is too short or in no supported language. The result depends only
// on the first 50,000 words of text.
func DetectLanguage(text string) (Detection, error) {
	index := stopWordIndex()
	scores := make([]float64, len(languages))
	hits := make([]int, len(languages))
	n, foreign := 0, 0
	it := words.FromString(text)
	for it.Next() && n < maxDetectWord {
		w := it.Value()
		if !isWordToken(w) {
			continue
		}
		n++
		w = strings.ToLower(w)
		if strings.ContainsAny(w, nonRussianCyrillic) {
			foreign++
		}
		w = strings.ReplaceAll(w, "’", "'")
		w = strings.ReplaceAll(w, "ё", "е")
		set, ok := index[w]
		if !ok {
			if i := strings.IndexByte(w, '\''); i > 0 {
				set, ok = index[w[:i]] // "l'armée", "dell'anno", "don't"
			}
		}
		if !ok {
			continue
		}
		k := 0
		for s := set; s != 0; s &= s - 1 {
			k++
		}
		for i := range languages {
			if set&(1<<uint(i)) != 0 {
				scores[i] += 1 / float64(k)
				hits[i]++
			}
		}
	}
	d := Detection{Words: n}
	best, second := -1, -1
	for i := range languages { // languages is sorted by name: ties go to the first
		switch {
		case scores[i] == 0:
		case best < 0 || scores[i] > scores[best]:
			best, second = i, best
		case second < 0 || scores[i] > scores[second]:
			second = i
		}
	}
	if best < 0 || n < minDetectWord {
		return d, &DetectError{Detection: d}
	}
	d.Share = float64(hits[best]) / float64(n)
	if second >= 0 {
		d.Runner = languages[second].Name
		d.Margin = scores[best]/scores[second] - 1
	}
	if languages[best].Name == "russian" && foreign*20 > n {
		return d, &DetectError{Detection: d, Best: "russian", NotRussian: foreign}
	}
	if d.Share < minStopShare {
		return d, &DetectError{Detection: d, Best: languages[best].Name}
	}
	d.Language = languages[best]
	return d, nil
}

// isWordToken reports a word-boundary segment that holds a letter.
func isWordToken(seg string) bool {
	for _, r := range seg {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
