package vectorize

import (
	"embed"
	"sort"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"
)

// A Language is one language concord can split, tokenise and stem. Get one
// with LookupLanguage; the zero Language is not usable.
type Language struct {
	// Name is the English name in lower case ("german"), as -lang takes it.
	Name string
	// Code is the ISO 639-1 code ("de").
	Code string

	stem  func(*snowballstem.Env) bool
	extra []string // stop words added to the Snowball list
}

// languages lists every supported language, by name.
var languages = []Language{
	{Name: "danish", Code: "da", stem: danish.Stem,
		// Frequent function words the Snowball list lacks (its Norwegian
		// list has their Norwegian forms), and "said".
		extra: []string{"ingen", "før", "kom", "kan", "mellem", "sagde", "ifølge"}},
	{Name: "dutch", Code: "nl", stem: dutch.Stem},
	{Name: "english", Code: "en", stem: english.Stem},
	{Name: "finnish", Code: "fi", stem: finnish.Stem},
	{Name: "french", Code: "fr", stem: french.Stem,
		// Elided forms ("l'", "qu'") are cut at the apostrophe by the
		// tokeniser; these reporting words carry no content in news.
		extra: []string{"a", "déclaré", "selon", "dit", "jusqu", "lorsqu", "puisqu", "quoiqu"}},
	{Name: "german", Code: "de", stem: german.Stem,
		// Post-1996 spelling of "daß", and reporting words.
		extra: []string{"dass", "sagte", "teilte", "laut"}},
	{Name: "italian", Code: "it", stem: italian.Stem, extra: []string{"detto", "secondo"}},
	{Name: "norwegian", Code: "no", stem: norwegian.Stem, extra: []string{"sa", "ifølge", "mellom"}},
	{Name: "portuguese", Code: "pt", stem: portuguese.Stem, extra: []string{"disse", "segundo"}},
	{Name: "russian", Code: "ru", stem: russian.Stem, extra: []string{"это", "заявил", "сообщил"}},
	{Name: "spanish", Code: "es", stem: spanish.Stem, extra: []string{"dijo", "según"}},
	{Name: "swedish", Code: "sv", stem: swedish.Stem, extra: []string{"sade", "enligt"}},
}

// aliases are other names LookupLanguage accepts: ISO 639-1 and 639-2
// codes and the languages' own names.
var aliases = map[string]string{
	"dan": "danish", "dansk": "danish",
	"nld": "dutch", "dut": "dutch", "nederlands": "dutch",
	"eng": "english",
	"fin": "finnish", "suomi": "finnish",
	"fra": "french", "fre": "french", "français": "french", "francais": "french",
	"deu": "german", "ger": "german", "deutsch": "german",
	"ita": "italian", "italiano": "italian",
	"nor": "norwegian", "nb": "norwegian", "nob": "norwegian", "norsk": "norwegian", "bokmål": "norwegian",
	"por": "portuguese", "português": "portuguese", "portugues": "portuguese",
	"rus": "russian", "русский": "russian",
	"spa": "spanish", "español": "spanish", "espanol": "spanish", "castellano": "spanish",
	"swe": "swedish", "svenska": "swedish",
}

// LookupLanguage returns the language named name: its English name
// ("german"), ISO 639-1 or 639-2 code ("de", "deu") or own name
// ("deutsch"), in any case. The empty name means English. Any other name
// gives a *LanguageError.
func LookupLanguage(name string) (Language, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if key == "" {
		key = "english"
	}
	if a, ok := aliases[key]; ok {
		key = a
	}
	for _, l := range languages {
		if l.Name == key || l.Code == key {
			return l, nil
		}
	}
	return Language{}, &LanguageError{Language: name}
}

// Languages returns the names of the supported languages, sorted.
func Languages() []string {
	out := make([]string, len(languages))
	for i, l := range languages {
		out[i] = l.Name
	}
	sort.Strings(out)
	return out
}

// A LanguageError reports a language concord has no tokeniser for.
type LanguageError struct {
	// Language is the name as it was asked for.
	Language string
}

func (e *LanguageError) Error() string {
	return "unsupported language " + quote(e.Language) + " (supported: " + strings.Join(Languages(), ", ") + ")"
}

func quote(s string) string { return "\"" + s + "\"" }

//go:embed stopwords/*.txt
var stopFiles embed.FS

// stopWords returns the language's stop list: the Snowball list shipped in
// stopwords/<name>.txt (English: englishStopWords) plus the extra words.
func (l Language) stopWords() []string {
	var words []string
	if l.Name == "english" {
		words = append(words, englishStopWords...)
	} else {
		data, err := stopFiles.ReadFile("stopwords/" + l.Name + ".txt")
		if err != nil {
			panic("vectorize: no stop list for " + l.Name) // a build error: every language ships one
		}
		words = parseSnowballList(string(data))
	}
	return append(words, l.extra...)
}

// parseSnowballList reads a list in the Snowball format: words separated
// by white space, "|" starting a comment that runs to the end of the line.
func parseSnowballList(data string) []string {
	var out []string
	for _, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '|'); i >= 0 {
			line = line[:i]
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// stemmer returns a function stemming one lower-case word.
func (l Language) stemmer() func(string) string {
	stem := l.stem
	return func(w string) string {
		env := snowballstem.NewEnv(w)
		stem(env)
		return env.Current()
	}
}

// normaliser returns the folding applied to a lower-case word before the
// stop list and the stemmer, or nil: Russian writes ё or е for the same
// letter, and the Snowball stop list and stemmer expect е.
func (l Language) normaliser() func(string) string {
	if l.Name == "russian" {
		return func(w string) string { return strings.ReplaceAll(w, "ё", "е") }
	}
	return nil
}
