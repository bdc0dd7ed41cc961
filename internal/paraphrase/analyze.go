package paraphrase

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concordsum/concord/internal/wordnet"
	"github.com/concordsum/concord/internal/wordvec"
)

// A Token is one word of a sentence as the model sees it.
type Token struct {
	Lower string  // the word lower-cased, periods and apostrophes dropped
	Stem  string  // its English Snowball stem; "" for a stop word
	Name  bool    // written with a capital letter and not first in the sentence, or an acronym
	Num   float64 // its value, when IsNum
	IsNum bool    // a number: digits ("1,200", "7.7") or a number word ("seven"), scaled by a following "million" etc.
	Neg   bool    // a negation: "not", "no", "never", "n't" and the like
	Vec   int32   // its index in wordvec, or -1
}

// A Sentence is a sentence analysed once for every pair it takes part
// in. The zero value is an empty sentence: every measure of a pair with
// it is 0.
type Sentence struct {
	Tokens  []Token
	content []int     // indices of the tokens that are not stop words
	weight  []float64 // weight of each content token (rarer words weigh more)
	vec     []float64 // weighted mean of the content words' vectors, unit length, or nil
	nums    []float64 // the numbers, sorted, deduplicated
	stems   []string  // every token's stem, or its Lower for a stop word: the word sequence
	lower   []string  // every token's Lower
}

// ContentWords returns the number of s's words that are not stop words.
func (s *Sentence) ContentWords() int { return len(s.content) }

// A Stemmer returns the index term of one lower-case word, or "" for a
// stop word.
type Stemmer func(word string) string

// Analyse returns the analysis of text with stem giving words their
// terms.
func Analyse(text string, stem Stemmer) *Sentence {
	s := &Sentence{}
	raw := rawWords(text)
	for i := 0; i < len(raw); i++ {
		w := raw[i]
		t := Token{Lower: w.lower, Vec: -1}
		if v, ok := numberValue(w.lower); ok {
			t.IsNum, t.Num = true, v
			if i+1 < len(raw) {
				if m, ok := scales[raw[i+1].lower]; ok {
					t.Num *= m
					i++
				}
			}
			t.Lower = strconv.FormatFloat(t.Num, 'g', -1, 64)
			t.Stem = t.Lower
		} else {
			t.Stem = stem(w.lower)
			t.Neg = negations[w.lower]
			t.Name = w.capital && (i > 0 || w.acronym) || w.acronym
			t.Vec = wordvec.Index(w.lower)
		}
		s.Tokens = append(s.Tokens, t)
	}
	var sum []float64
	for i, t := range s.Tokens {
		s.lower = append(s.lower, t.Lower)
		if t.Stem == "" {
			s.stems = append(s.stems, "\x00"+t.Lower)
			continue
		}
		s.stems = append(s.stems, t.Stem)
		s.content = append(s.content, i)
		w := rarity(t.Vec)
		s.weight = append(s.weight, w)
		if t.IsNum {
			s.nums = append(s.nums, t.Num)
		}
		if t.Vec >= 0 {
			if sum == nil {
				sum = make([]float64, wordvec.Dims)
			}
			v := wordvec.Vector(t.Vec)
			var n float64
			for _, x := range v {
				n += float64(x) * float64(x)
			}
			n = math.Sqrt(n)
			for k := range sum {
				sum[k] += w * float64(v[k]) / n
			}
		}
	}
	if sum != nil {
		var n float64
		for _, x := range sum {
			n += x * x
		}
		if n > 0 {
			n = math.Sqrt(n)
			for k := range sum {
				sum[k] /= n
			}
			s.vec = sum
		}
	}
	s.nums = sortedSet(s.nums)
	return s
}

// rarity is the weight of a content word with vector index vec: words
// further down GloVe's frequency order (and words it lacks) say more.
func rarity(vec int32) float64 {
	r := float64(wordvec.Len())
	if vec >= 0 {
		r = float64(vec)
	}
	return math.Log(10 + r)
}

func sortedSet(xs []float64) []float64 {
	if len(xs) < 2 {
		return xs
	}
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

type rawWord struct {
	lower   string
	capital bool // first letter upper case
	acronym bool // two or more letters, all upper case ("US", "NATO", "U.S.")
}

// rawWords splits text into words: runs of letters and digits; periods
// and apostrophes inside a word are dropped ("U.S." is "us", "didn't" is
// "didnt", read as "did" and "not"); a comma or period between digits
// stays ("1,200", "7.7"). A letter of a script written without spaces is
// a word of its own.
func rawWords(text string) []rawWord {
	var out []rawWord
	var b strings.Builder
	upper, letters := 0, 0
	first := rune(0)
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		capital := unicode.IsUpper(first)
		acronym := letters >= 2 && upper == letters
		if strings.HasSuffix(w, "nt") && len(w) > 3 && contractionBase[w[:len(w)-2]] {
			out = append(out, rawWord{lower: w[:len(w)-2], capital: capital})
			out = append(out, rawWord{lower: "not"})
		} else {
			out = append(out, rawWord{lower: w, capital: capital, acronym: acronym})
		}
		b.Reset()
		upper, letters, first = 0, 0, 0
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpaceless(r):
			flush()
			b.WriteRune(r)
			first = r
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if b.Len() == 0 {
				first = r
			}
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
			b.WriteRune(unicode.ToLower(r))
		case (r == ',' || r == '.') && b.Len() > 0 && isDigitByte(text[i-1]) && i+1 < len(text) && isDigitByte(text[i+1]):
			if r == '.' {
				b.WriteByte('.')
			} // a thousands separator is dropped
		case (r == '.' || r == '\'' || r == '’') && b.Len() > 0 && i+size < len(text):
			// inside a word: dropped
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if !unicode.IsLetter(next) {
				flush()
			}
		default:
			flush()
		}
		i += size
	}
	flush()
	return out
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isSpaceless(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// contractionBase holds the words that "n't" follows.
var contractionBase = map[string]bool{
	"did": true, "do": true, "does": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "could": true, "would": true, "should": true,
	"wo": true, "ca": true, "must": true, "need": true, "might": true, "ai": true,
}

var negations = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nobody": true, "nothing": true,
	"neither": true, "nor": true, "without": true, "cannot": true,
}

var scales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "bln": 1e9, "m": 1e6, "bn": 1e9,
}

var numberWords = map[string]float64{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// numberValue returns the value of a word that is a number.
func numberValue(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if w == "" || !isDigitByte(w[0]) {
		return 0, false
	}
	v, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// related reports whether two content tokens are taken for the same word:
// the same stem, or WordNet synonyms or derivations.
func related(a, b *Token) bool {
	if a.Stem == b.Stem {
		return true
	}
	if a.IsNum || b.IsNum {
		return false
	}
	return wordnet.Related(a.Stem, b.Stem)
}
