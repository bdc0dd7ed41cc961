package disagree

import (
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// A Word is one word or sign of a sentence, with where it stands.
type Word struct {
	// Start and End are the word's byte offsets in the sentence.
	Start, End int
	// Lower is the word lower-cased with its periods and apostrophes
	// dropped ("U.S." is "us", "didn't" is "didnt"); a comma, period or
	// colon between digits stays ("1,200", "7.7", "10:30"). For a sign
	// it is the sign itself: "$", "%", "(", ")" and the like.
	Lower string
	// Stem is the word's index term, "" for a stop word, a number or a
	// sign.
	Stem string
	// Cap reports a word whose first letter is upper case.
	Cap bool
	// Joined reports a word written right after a hyphen that follows
	// the previous word ("mph" in "120-mph").
	Joined bool
	// Sign reports a sign rather than a word.
	Sign bool
	// Possessive reports a word written with "'s" (or "'" after an s):
	// Lower and Stem are of the word without it, and a name ends there
	// ("Trudeau's Liberal Party").
	Possessive bool

	starts   bool // a quantity may start at it (mayStart: a sign too)
	nameable bool // nameable(Lower): capitalised, a name word (isNameWord)
	cue      bool // a negation cue may start at it (cueStart)
	// lid and sid number Lower and Stem in the Lexicon that read the
	// word, from 1 (0: none, as for a sign or a stop word), valid
	// between sentences of the same gen (Lexicon.gen).
	lid, sid int32
	gen      uint32
}

// A Stemmer returns the index term of one lower-case word, or "" for a
// stop word.
type Stemmer func(word string) string

// signText returns the sign r as a word of its own writes it, or "" for
// a character that is no sign.
func signText(r rune) string {
	switch r {
	case '$':
		return "$"
	case '%':
		return "%"
	case '£':
		return "£"
	case '€':
		return "€"
	case '¥':
		return "¥"
	case '(':
		return "("
	case ')':
		return ")"
	case '[':
		return "["
	case ']':
		return "]"
	case ';':
		return ";"
	case ':':
		return ":"
	case ',':
		return ","
	}
	return ""
}

// A Lexicon reads sentences (Analyse) remembering each word form it has
// read with its stem, so that a form is stemmed and copied once however
// many sentences, and calls, write it. It is for one goroutine at a time;
// the zero Lexicon is not usable (NewLexicon).
type Lexicon struct {
	stem  Stemmer
	forms map[string]form
	stems map[string]int32 // stem → its number (form.sid)
	// gen tells this Lexicon's numbers from those of another Lexicon,
	// or of this one before Trim emptied it: unique in the process.
	gen uint32
}

type form struct {
	lower, stem string
	starts      bool  // a quantity may start at it (mayStart)
	nameable    bool  // see Word
	cue         bool  // see Word
	lid, sid    int32 // see Word
}

// lexiconGens numbers Lexicon generations (Lexicon.gen).
var lexiconGens atomic.Uint32

// NewLexicon returns an empty Lexicon stemming with stem.
func NewLexicon(stem Stemmer) *Lexicon {
	return &Lexicon{stem: stem, forms: make(map[string]form, 1024), stems: make(map[string]int32, 1024), gen: lexiconGens.Add(1)}
}

// MaxForms bounds a Lexicon: past it, Trim empties it.
const MaxForms = 1 << 16

// Trim empties l when it holds more than MaxForms forms.
func (l *Lexicon) Trim() {
	if len(l.forms) > MaxForms {
		clear(l.forms)
		clear(l.stems)
		l.gen = lexiconGens.Add(1)
	}
}

// form returns the word form buf (lower case) and its stem.
func (l *Lexicon) form(buf []byte) form {
	if f, ok := l.forms[string(buf)]; ok {
		return f
	}
	f := form{lower: string(buf), lid: int32(len(l.forms) + 1)}
	if !isNumeric(f.lower) {
		f.stem = l.stem(f.lower)
	}
	if f.stem != "" {
		sid, ok := l.stems[f.stem]
		if !ok {
			sid = int32(len(l.stems) + 1)
			l.stems[f.stem] = sid
		}
		f.sid = sid
	}
	f.starts = mayStart(f.lower)
	f.nameable = nameable(f.lower)
	f.cue = cueStart(f.lower)
	l.forms[f.lower] = f
	return f
}

// words splits text into words and signs.
func (l *Lexicon) words(text string) []Word {
	out := make([]Word, 0, len(text)/5+4) // about one word in five bytes
	var bufArray [64]byte
	buf := bufArray[:0]
	start := -1
	capital := false
	joined := false
	// flush ends the word, and reports whether it was kept in out
	flush := func(end int) bool {
		if start < 0 {
			return false
		}
		f := l.form(buf)
		out = append(out, Word{Start: start, End: end, Lower: f.lower, Stem: f.stem, Cap: capital, Joined: joined, starts: f.starts, nameable: f.nameable, cue: f.cue, lid: f.lid, sid: f.sid, gen: l.gen})
		buf = buf[:0]
		start = -1
		joined = false
		return true
	}
	hyphen := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isAlnum(r):
			if start < 0 {
				start = i
				capital = 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
				joined = hyphen && len(out) > 0 && !out[len(out)-1].Sign
			}
			hyphen = false
			if r < utf8.RuneSelf {
				// the run of ASCII letters and digits, at once
				j := asciiRunEnd(text, i)
				buf = appendLowerASCII(buf, text[i:j])
				i = j
				continue
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case (r == ',' || r == '.' || r == ':') && start >= 0 && isDigitAt(text, i-1) && isDigitAt(text, i+1):
			if r != ',' {
				buf = append(buf, byte(r))
			} // a thousands separator is dropped
		case (r == '\'' || r == '’') && start >= 0 && possessiveAt(text, i+size):
			// "Trudeau's": the word ends, possessive; the "s" is skipped
			if flush(i) {
				out[len(out)-1].Possessive = true
				out[len(out)-1].End = i + size + 1
			}
			i += size + 1
			continue
		case (r == '.' || r == '\'' || r == '’') && start >= 0 && i+size < len(text) && letterAt(text, i+size):
			// inside a word: dropped
		default:
			flush(i)
			if r == '-' || r == '‑' {
				hyphen = true
			} else {
				hyphen = false
			}
			if lw := signText(r); lw != "" {
				out = append(out, Word{Start: i, End: i + size, Lower: lw, Sign: true, starts: mayStart(lw)})
			}
		}
		i += size
	}
	flush(len(text))
	return out
}

// asciiRunEnd returns the end of the run of ASCII letters and digits of
// text that starts at i (text[i] is one).
func asciiRunEnd(text string, i int) int {
	j := i + 1
	for j < len(text) && isASCIIAlnum(text[j]) {
		j++
	}
	return j
}

// appendLowerASCII appends s (ASCII) to buf, lower-cased.
func appendLowerASCII(buf []byte, s string) []byte {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isAlnum reports a letter or a digit, ASCII without a table look-up.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// possessiveAt reports an "s" at i that ends a word: the "s" of "'s".
func possessiveAt(s string, i int) bool {
	if i >= len(s) || s[i] != 's' {
		return false
	}
	return i+1 >= len(s) || !letterAt(s, i+1)
}

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && '0' <= s[i] && s[i] <= '9' }

func letterAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isNumeric reports whether w starts with a digit.
func isNumeric(w string) bool { return w != "" && '0' <= w[0] && w[0] <= '9' }

// Capitals calls f with each capitalised word of text, as Word.Lower
// writes it ("Trudeau's" as "trudeau", "U.S." as "us"; the bytes are
// valid during the call only): what a source writes, for
// Sentence.Elsewhere. It splits words as Analyse does, but keeps only
// what a capitalised word needs, and reads no Lexicon, so calls may run
// at once.
func Capitals(text string, f func(lower []byte)) {
	var bufArray [64]byte
	buf := bufArray[:0]
	start := -1 // the word's first byte, or -1 between words
	capital := false
	flush := func() {
		if start >= 0 && capital {
			f(buf)
		}
		buf = buf[:0]
		start = -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				// the run of ASCII letters and digits, at once
				if start < 0 {
					start = i
					capital = 'A' <= c && c <= 'Z'
				}
				j := asciiRunEnd(text, i)
				if capital {
					buf = appendLowerASCII(buf, text[i:j])
				}
				i = j
				continue
			}
			if start < 0 {
				i++ // between words: nothing to keep
				continue
			}
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isAlnum(r): // not ASCII
			if start < 0 {
				start = i
				capital = unicode.IsUpper(r)
			}
			if capital {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		case start < 0:
		case (r == ',' || r == '.' || r == ':') && isDigitAt(text, i-1) && isDigitAt(text, i+1):
			if r != ',' {
				buf = append(buf, byte(r))
			}
		case (r == '\'' || r == '’') && possessiveAt(text, i+size):
			flush()
			i += size + 1
			continue
		case (r == '.' || r == '\'' || r == '’') && i+size < len(text) && letterAt(text, i+size):
		default:
			flush()
		}
		i += size
	}
	flush()
}
