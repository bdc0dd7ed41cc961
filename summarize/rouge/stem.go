package rouge

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
)

// exceptionsText is WordNet 2.0's morphological exception table merged the
// way ROUGE-1.5.5 builds its WordNet-2.0.exc.db (see the file's header and
// wordnet/LICENSE for Princeton's notice).
//
//go:embed wordnet/exceptions.txt
var exceptionsText string

var (
	exceptionsOnce sync.Once
	exceptions     map[string]string
)

func exceptionTable() map[string]string {
	exceptionsOnce.Do(func() {
		exceptions = make(map[string]string, 6000)
		for _, line := range strings.Split(exceptionsText, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Fields(line)
			if len(f) == 2 {
				exceptions[f[0]] = f[1]
			}
		}
	})
	return exceptions
}

// Stem returns the form ROUGE-1.5.5 uses for token when run with -m: tokens
// of at most 3 bytes are kept as they are; longer ones are looked up in
// WordNet 2.0's exception table (for example "better" gives "well", "went"
// gives "go") and otherwise reduced by ROUGE's Porter stemmer. The
// replacement from the exception table is not stemmed further.
//
// token is expected in ROUGE's token form: lower case ASCII letters and
// digits, as [Tokens] produces.
func Stem(token string) string {
	if len(token) <= 3 {
		return token
	}
	if s, ok := exceptionTable()[token]; ok {
		return s
	}
	return PorterStem(token)
}

// The regular expressions of the Perl Porter stemmer shipped inside
// ROUGE-1.5.5.pl (Release 1 of Martin Porter's Perl version). They are kept
// literally, so that the measure tests behave exactly as the Perl ones,
// including the way they treat "y".
const (
	pc         = `[^aeiou]`        // consonant
	pv         = `[aeiouy]`        // vowel
	pC         = pc + `[^aeiouy]*` // consonant sequence
	pV         = pv + `[aeiou]*`   // vowel sequence
	cvcPattern = `^` + pC + pv + `[^aeiouwxy]$`
)

var (
	reMgr0 = regexp.MustCompile(`^(` + pC + `)?` + pV + pC)                    // [C]VC... is m>0
	reMeq1 = regexp.MustCompile(`^(` + pC + `)?` + pV + pC + `(` + pV + `)?$`) // [C]VC[V] is m=1
	reMgr1 = regexp.MustCompile(`^(` + pC + `)?` + pV + pC + pV + pC)          // [C]VCVC... is m>1
	reV    = regexp.MustCompile(`^(` + pC + `)?` + pv)                         // vowel in stem
	reCVC  = regexp.MustCompile(cvcPattern)
)

// Suffix lists in the order of the Perl alternations. A Perl match of
// /(a|b|...)$/ starts at the leftmost possible position, so the longest
// listed suffix that ends the word is the one taken.
var (
	step2Suffixes = []string{"ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi"}
	step2Map      = map[string]string{"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log"}
	step3Suffixes = []string{"icate", "ative", "alize", "iciti", "ical", "ful", "ness"}
	step3Map      = map[string]string{"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
	step4Suffixes = []string{"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize"}
)

// longestSuffix returns the longest element of list that ends w, or "".
func longestSuffix(w string, list []string) string {
	best := ""
	for _, s := range list {
		if len(s) > len(best) && strings.HasSuffix(w, s) {
			best = s
		}
	}
	return best
}

// PorterStem applies the Porter (1980) stemmer exactly as the Perl
// implementation inside ROUGE-1.5.5.pl does, including Chin-Yew Lin's
// change to step 4 (the -ment and -ent rules are tried one after the other
// after the main list, which lacks -ent and -ment but has -ement). It does
// not consult the WordNet exception table; [Stem] does that first.
//
// w is expected to be lower case.
func PorterStem(w string) string {
	if len(w) < 3 {
		return w
	}
	firstY := w[0] == 'y'
	if firstY {
		// map initial y to Y so that the patterns never treat it as vowel
		w = "Y" + w[1:]
	}

	// Step 1a
	if strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ies") {
		w = w[:len(w)-2]
	} else if n := len(w); n >= 2 && w[n-1] == 's' && w[n-2] != 's' {
		w = w[:n-1]
	}

	// Step 1b
	if strings.HasSuffix(w, "eed") {
		if reMgr0.MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if sfx := longestSuffix(w, []string{"ed", "ing"}); sfx != "" {
		stem := w[:len(w)-len(sfx)]
		if reV.MatchString(stem) {
			w = stem
			n := len(w)
			switch {
			case strings.HasSuffix(w, "at") || strings.HasSuffix(w, "bl") || strings.HasSuffix(w, "iz"):
				w += "e"
			case n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylsz", rune(w[n-1])):
				w = w[:n-1]
			case reCVC.MatchString(w):
				w += "e"
			}
		}
	}

	// Step 1c
	if strings.HasSuffix(w, "y") {
		stem := w[:len(w)-1]
		if reV.MatchString(stem) {
			w = stem + "i"
		}
	}

	// Step 2
	if sfx := longestSuffix(w, step2Suffixes); sfx != "" {
		stem := w[:len(w)-len(sfx)]
		if reMgr0.MatchString(stem) {
			w = stem + step2Map[sfx]
		}
	}

	// Step 3
	if sfx := longestSuffix(w, step3Suffixes); sfx != "" {
		stem := w[:len(w)-len(sfx)]
		if reMgr0.MatchString(stem) {
			w = stem + step3Map[sfx]
		}
	}

	// Step 4, as modified by CYL on 02/14/2004.
	if sfx := longestSuffix(w, step4Suffixes); sfx != "" {
		stem := w[:len(w)-len(sfx)]
		if reMgr1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ment") {
		stem := w[:len(w)-4]
		if reMgr1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ent") {
		stem := w[:len(w)-3]
		if reMgr1.MatchString(stem) {
			w = stem
		}
	} else if strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "tion") {
		stem := w[:len(w)-3]
		if reMgr1.MatchString(stem) {
			w = stem
		}
	}

	// Step 5
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if reMgr1.MatchString(stem) || (reMeq1.MatchString(stem) && !reCVC.MatchString(stem)) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && reMgr1.MatchString(w) {
		w = w[:len(w)-1]
	}

	if firstY {
		w = "y" + w[1:]
	}
	return w
}
