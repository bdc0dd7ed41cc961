package rouge

import (
	_ "embed"
	"strings"
	"sync"
)

// smartStopwords is the stop list ROUGE-1.5.5 reads from
// smart_common_words.txt for its -s option: the common-word list of Cornell's
// SMART information retrieval system (Salton et al.), with a few newswire
// words (reuters, ap, month abbreviations, ...) that ROUGE's copy adds. It is
// embedded unchanged, one word per line.
//
//go:embed smart_common_words.txt
var smartStopwords string

var (
	stopOnce sync.Once
	stopSet  map[string]bool
)

func stopwords() map[string]bool {
	stopOnce.Do(func() {
		stopSet = make(map[string]bool, 600)
		for _, w := range strings.Split(smartStopwords, "\n") {
			if w != "" {
				stopSet[w] = true
			}
		}
	})
	return stopSet
}

// IsStopword reports whether token is on the SMART stop list that ROUGE-1.5.5
// removes with -s.
func IsStopword(token string) bool { return stopwords()[token] }

// isPerlSpace reports whether b is matched by Perl's \s on a byte string:
// space, \t, \n, \v, \f and \r.
func isPerlSpace(b byte) bool {
	return b == ' ' || (b >= '\t' && b <= '\r')
}

// perlSplit splits s as Perl's split(/\s+/, s) does: a leading empty field
// when s starts with white space, no trailing empty fields.
func perlSplit(s string) []string {
	var out []string
	i := 0
	if len(s) > 0 && isPerlSpace(s[0]) {
		out = append(out, "")
		for i < len(s) && isPerlSpace(s[i]) {
			i++
		}
	}
	for i < len(s) {
		j := i
		for j < len(s) && !isPerlSpace(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		for j < len(s) && isPerlSpace(s[j]) {
			j++
		}
		i = j
	}
	// Perl drops trailing empty fields; only the leading one can be empty,
	// and it is trailing too when s holds nothing but white space.
	if len(out) == 1 && out[0] == "" {
		out = nil
	}
	return out
}

// lowerASCII maps A-Z to a-z and leaves every other byte alone, as Perl's
// tr/A-Z/a-z/ does.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// readLines turns a summary given as lines into ROUGE's sentence list for the
// SPL input format: every element is split at "\n" as if read from a file,
// empty lines are dropped, and A-Z is lower-cased. Nothing else is done here;
// in particular a line holding only white space is kept (it counts no word).
func readLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		for _, s := range strings.Split(l, "\n") {
			if len(s) > 0 {
				out = append(out, lowerASCII(s))
			}
		}
	}
	return out
}

// truncateText is ROUGE-1.5.5's readText: it joins the sentences with single
// spaces, cutting the text after lengthWords words (counted with Perl's
// split(/\s+/) on each sentence, so punctuation attached to a word is part of
// it, and a sentence that starts with white space counts one more, empty,
// word) or after lengthBytes bytes. At most one of the limits is non-zero.
func truncateText(snts []string, lengthWords, lengthBytes int) string {
	switch {
	case lengthWords > 0:
		var b strings.Builder
		n := 0
		for _, s := range snts {
			toks := perlSplit(s)
			if n+len(toks) < lengthWords {
				if n != 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s)
				n += len(toks)
			} else {
				if n > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(strings.Join(toks[:lengthWords-n], " "))
				break
			}
		}
		return b.String()
	case lengthBytes > 0:
		var b strings.Builder
		n := 0
		for _, s := range snts {
			if n+len(s) < lengthBytes {
				if n != 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s)
				n += len(s)
			} else {
				if n > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s[:lengthBytes-n])
				break
			}
		}
		return b.String()
	default:
		return strings.Join(snts, " ")
	}
}

// truncateUnits is ROUGE-1.5.5's readText_LCS: the same cut as truncateText
// but keeping the sentences apart, for ROUGE-L. It reproduces the Perl
// faithfully, including that with a byte limit the running length is never
// advanced, so each sentence is kept whole while it is shorter than the limit
// and the first one that is not is cut to the limit and ends the text.
func truncateUnits(snts []string, lengthWords, lengthBytes int) []string {
	switch {
	case lengthWords > 0:
		var out []string
		n := 0
		for _, s := range snts {
			toks := perlSplit(s)
			if n+len(toks) < lengthWords {
				n += len(toks)
				out = append(out, s)
			} else {
				out = append(out, strings.Join(toks[:lengthWords-n], " "))
				break
			}
		}
		return out
	case lengthBytes > 0:
		var out []string
		for _, s := range snts {
			if len(s) < lengthBytes {
				out = append(out, s)
			} else {
				out = append(out, s[:lengthBytes])
				break
			}
		}
		return out
	default:
		return snts
	}
}

// splitTokens applies ROUGE's clean-up to a text: "-" becomes " - ", every
// byte other than A-Z, a-z, 0-9 and "-" becomes a space, and the result is
// split at white space.
func splitTokens(s string) []string {
	var toks []string
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
		if c == '-' {
			toks = append(toks, "-")
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// filterTokens is the token loop shared by ROUGE's createNGram,
// createSkipBigram and tokenizeText_LCS: stop words are dropped when asked
// for, only tokens starting with a-z, 0-9 or "$" are kept (which drops the
// "-" tokens), and with stemming tokens longer than 3 bytes go through
// [Stem].
func filterTokens(toks []string, stem, removeStop bool, cache map[string]string) []string {
	out := toks[:0:0]
	for _, t := range toks {
		if removeStop && IsStopword(t) {
			continue
		}
		c := t[0]
		if !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$') {
			continue
		}
		if stem && len(t) > 3 {
			s, ok := cache[t]
			if !ok {
				s = Stem(t)
				cache[t] = s
			}
			t = s
		}
		out = append(out, t)
	}
	return out
}

// Tokens returns the tokens ROUGE-1.5.5 counts for a summary given as lines,
// after its length limit, clean-up, stop-word removal and stemming as set in
// opt (only LengthWords, LengthBytes, Stem and RemoveStopwords matter). It is
// what ROUGE-N, ROUGE-S and the clipping of ROUGE-L count.
func Tokens(lines []string, opt Options) []string {
	return filterTokens(splitTokens(truncateText(readLines(lines), opt.LengthWords, opt.LengthBytes)), opt.Stem, opt.RemoveStopwords, map[string]string{})
}
