package vectorize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean removes what is not article text from the sentences of each
// document (docs[d] holds document d's sentences in order, as Split returns
// them) and returns the sentences kept, in the same layout. It never
// modifies its input.
//
// It works from the shape of a line, never from a list of known strings:
//
//   - a line with few letters among its characters (image names, hashes,
//     URLs, rules such as "-----"), or one long run without spaces, is junk;
//   - a short line without end punctuation is junk (navigation, widgets,
//     bylines, datelines, section headings) unless it is a title with at
//     least three words; a title that starts with a list marker or ends
//     with ':' is junk too;
//   - a short line repeated verbatim in several documents that are
//     otherwise different is boilerplate;
//   - a dateline ("WASHINGTON (AP) — ") or a glued time stamp
//     ("date 2025-08-20 ") in front of a sentence is cut off: the kept
//     sentence starts after it, and its Start and Text say so.
//
// Titles keep IsTitle; every other kept sentence is body text.
func Clean(docs [][]Sentence) [][]Sentence {
	repeated := repeatedLines(docs)
	out := make([][]Sentence, len(docs))
	for d, sents := range docs {
		kept := make([]Sentence, 0, len(sents))
		for _, s := range sents {
			s = trimPrefix(s)
			if s.Text == "" || isJunk(s) || repeated[s.Text] {
				continue
			}
			kept = append(kept, s)
		}
		out[d] = kept
	}
	return out
}

// Shape thresholds.
const (
	shortLine    = 10 // a line of at most this many words without end punctuation is not a sentence
	minTitle     = 3  // a title has at least this many words
	maxToken     = 30 // a run of this many bytes without a space is not prose
	minLetters   = 0.6
	boilerplate  = 6 // repeated lines of at most this many words are boilerplate
	sameDocShare = 0.5
)

func isJunk(s Sentence) bool {
	t := s.Text
	// One pass: words (as strings.Fields counts them), letters, and
	// characters that are neither letters nor white space.
	nwords, letters, other := 0, 0, 0
	in := false
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case asciiSpace[c]:
				in = false
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				letters++
			default:
				other++
			}
		} else {
			r, size := utf8.DecodeRuneInString(t[i:])
			i += size
			switch {
			case unicode.IsSpace(r):
				in = false
				continue
			case unicode.IsLetter(r):
				letters++
			default:
				other++
			}
		}
		if !in {
			in = true
			nwords++
		}
	}
	if nwords == 0 {
		return true
	}
	if float64(letters) < minLetters*float64(letters+other) {
		return true
	}
	if nwords <= 2 {
		for _, w := range strings.Fields(t) {
			if (len(w) >= maxToken && !hasSpaceless(w)) || strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
				return true
			}
		}
	}
	if strings.HasPrefix(t, "©") || hasLowerPrefix(t, "copyright ") {
		return true
	}
	if endsSentence(t) {
		return false
	}
	if s.IsTitle {
		return nwords < minTitle || isListMarker(firstField(t)) || strings.HasSuffix(t, ":")
	}
	return nwords <= shortLine
}

// countFields returns len(strings.Fields(t)), counting no further than
// limit when limit ≥ 0.
func countFields(t string, limit int) int {
	n := 0
	in := false
	for _, r := range t {
		if isFieldSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			n++
			if n == limit {
				return n
			}
		}
	}
	return n
}

// isFieldSpace is the white space strings.Fields splits at.
func isFieldSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// firstField returns strings.Fields(t)[0]; t holds a field.
func firstField(t string) string {
	start := -1
	for i, r := range t {
		switch {
		case isFieldSpace(r) && start >= 0:
			return t[start:i]
		case !isFieldSpace(r) && start < 0:
			start = i
		}
	}
	return t[start:]
}

// hasLowerPrefix reports whether strings.ToLower(t) starts with prefix,
// lowering only as many runes as prefix holds.
func hasLowerPrefix(t, prefix string) bool {
	for _, p := range prefix {
		r, size := utf8.DecodeRuneInString(t)
		if size == 0 || unicode.ToLower(r) != p {
			return false
		}
		t = t[size:]
	}
	return true
}

func isListMarker(w string) bool {
	switch w {
	case "-", "–", "—", "*", "•", "·", "|", "»", ">", "#":
		return true
	}
	return false
}

// endsSentence reports whether t ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(t string) bool {
	for len(t) > 0 {
		r, size := utf8.DecodeLastRuneInString(t)
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']':
			t = t[:len(t)-size]
			continue
		case '.', '!', '?', '…', '。', '！', '？':
			return true
		}
		return false
	}
	return false
}

var (
	// "WASHINGTON (AP) — ", "WASHINGTON, D.C. — ", "LONDON - ",
	// "NAIROBI, Kenya (AP) _ ", "SEOUL, South Korea — ", "LONDON,
	// England, Dec. 1 (Reuters) - ": a place in capitals; after a comma,
	// up to twice, up to three capitalised words (a state, a country, a
	// month) and a day; an agency in brackets; a dash, '_' or ':'.
	datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’]{2,}(?:[ /]+\p{Lu}[\p{Lu}.'’]*)*(?:,\s*\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2}(?:\s+\d{1,2})?){0,2}(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--|-|_|:)\s+`)
	// "date 2025-08-20 ", "Updated: 2025-08-20 10:31 ".
	stampRE = regexp.MustCompile(`^(?:\p{L}+:?\s+)?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+`)
)

// trimPrefix cuts a dateline or time stamp off the front of a sentence
// when what follows starts like a sentence.
func trimPrefix(s Sentence) Sentence {
	for _, re := range []*regexp.Regexp{stampRE, datelineRE} {
		if re == stampRE && !hasDateDash(s.Text) || re == datelineRE && !startsCapitals(s.Text) {
			continue // cannot match: skip the regular expression
		}
		loc := re.FindStringIndex(s.Text)
		if loc == nil || loc[1] >= len(s.Text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s.Text[loc[1]:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' {
			continue
		}
		s.Start += loc[1]
		s.Text = s.Text[loc[1]:]
	}
	return s
}

// hasDateDash reports whether t holds four ASCII digits and a '-', as
// every match of stampRE does.
func hasDateDash(t string) bool {
	for i := 4; i < len(t); i++ {
		if t[i] == '-' && isDigits(t[i-4:i]) {
			return true
		}
	}
	return false
}

func isDigits(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// startsCapitals reports whether t starts with an upper-case letter
// followed by an upper-case letter, '.', an apostrophe or '’', as every
// match of datelineRE does.
func startsCapitals(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if !unicode.Is(unicode.Lu, r) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(t[size:])
	return unicode.Is(unicode.Lu, r) || r == '.' || r == '\'' || r == '’'
}

// repeatedLines returns the short lines that occur verbatim in two or more
// documents that are otherwise different (sharing less than half their
// lines), so that exact copies of one text keep all their sentences.
func repeatedLines(docs [][]Sentence) map[string]bool {
	if len(docs) < 2 {
		return nil
	}
	where := make(map[string][]int)
	for d, sents := range docs {
		for _, s := range sents {
			if countFields(s.Text, boilerplate+1) > boilerplate {
				continue
			}
			ds := where[s.Text]
			if len(ds) == 0 || ds[len(ds)-1] != d {
				where[s.Text] = append(ds, d)
			}
		}
	}
	var rep map[string]bool
	var lines map[int]map[string]bool
	for text, ds := range where {
		if len(ds) < 2 {
			continue
		}
		if lines == nil {
			lines = make(map[int]map[string]bool)
		}
		for _, d := range ds {
			if lines[d] == nil {
				set := make(map[string]bool, len(docs[d]))
				for _, s := range docs[d] {
					set[s.Text] = true
				}
				lines[d] = set
			}
		}
		// Boilerplate when some pair of the documents is mostly different.
		for a := 0; a < len(ds) && !rep[text]; a++ {
			for b := a + 1; b < len(ds); b++ {
				if share(lines[ds[a]], lines[ds[b]]) < sameDocShare {
					if rep == nil {
						rep = make(map[string]bool)
					}
					rep[text] = true
					break
				}
			}
		}
	}
	return rep
}

// share returns the fraction of the smaller set's lines found in the other.
func share(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
