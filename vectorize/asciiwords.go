package vectorize

import "unicode/utf8"

// ASCII word classes of the word boundaries of Unicode's UAX #29 (the
// segmentation of package words), as they join a word.
const (
	wbOther     = iota
	wbLetter    // A-Z, a-z (ALetter)
	wbDigit     // 0-9 (Numeric)
	wbExtend    // _ (ExtendNumLet)
	wbMidLetter // : (MidLetter)
	wbMidNumLet // . ' (MidNumLet, and the apostrophe's Single_Quote)
	wbMidNum    // , ; (MidNum)
)

// wbClass is the class of each byte; non-ASCII bytes are wbOther, which
// isASCII keeps from asciiSegments.
var wbClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = wbLetter, wbLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wbDigit
	}
	t['_'] = wbExtend
	t[':'] = wbMidLetter
	t['.'], t['\''] = wbMidNumLet, wbMidNumLet
	t[','], t[';'] = wbMidNum, wbMidNum
	return t
}()

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	var high byte
	for i := 0; i < len(s); i++ {
		high |= s[i]
	}
	return high < utf8.RuneSelf
}

// asciiSegments calls f with each segment of the ASCII text that
// words.FromString gives and that holds a letter, a digit or an
// underscore, in order; the segments it leaves out hold none (spaces and
// punctuation, each its own segment). The rules of UAX #29 that ASCII
// can meet: letters, digits and underscores join (WB5, WB8-WB10, WB13a,
// WB13b); a letter, then ':', '.' or an apostrophe, then a letter join
// (WB6, WB7); a digit, then ',', ';', '.' or an apostrophe, then a digit
// join (WB11, WB12); everything else breaks. TestASCIISegments holds it
// to package words.
func asciiSegments(text string, f func(seg string)) {
	n := len(text)
	for i := 0; i < n; {
		if c := wbClass[text[i]]; c < wbLetter || c > wbExtend {
			i++
			continue
		}
		start := i
		for i++; i < n; i++ {
			cur := wbClass[text[i]]
			if wbLetter <= cur && cur <= wbExtend {
				continue
			}
			if i+1 >= n {
				break
			}
			prev, next := wbClass[text[i-1]], wbClass[text[i+1]]
			if prev == wbLetter && next == wbLetter && (cur == wbMidLetter || cur == wbMidNumLet) ||
				prev == wbDigit && next == wbDigit && (cur == wbMidNum || cur == wbMidNumLet) {
				i++ // the middle; the loop's i++ passes the letter or digit after it
				continue
			}
			break
		}
		f(text[start:i])
	}
}
