package vectorize

import (
	"unicode"
	"unicode/utf8"
)

// spaceless lists the scripts written without spaces between words.
var spaceless = []*unicode.RangeTable{
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai,
	unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan,
}

// isSpaceless reports whether r is a letter of a script written without
// spaces between words.
func isSpaceless(r rune) bool {
	return r >= 0x0E00 && unicode.In(r, spaceless...)
}

// IsSpaceless reports whether r is a letter of a script written without
// spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
// Myanmar, Tibetan), which CountWords and the claim similarity take as a
// word of its own.
func IsSpaceless(r rune) bool { return isSpaceless(r) }

// CountWords returns the number of words in s: runs of non-space
// characters, except that each letter of a script written without spaces
// (Chinese, Japanese, Thai and the like) counts as a word of its own, so
// that "市政府关闭了大桥。" has 8 words, as many as its English gloss
// roughly has.
func CountWords(s string) int {
	if n, ok := asciiFields(s); ok {
		return n // in ASCII every field is a word
	}
	// One pass over the fields of strings.Fields, without building them.
	n, k := 0, 0
	in, other := false, false
	end := func() {
		if other || k == 0 {
			k++
		}
		n += k
	}
	for _, r := range s {
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			if in {
				end()
				in = false
			}
			continue
		}
		if !in {
			in, k, other = true, 0, false
		}
		switch {
		case r < utf8.RuneSelf:
			// ASCII: never spaceless; punctuation or not.
			if !other && !unicode.IsPunct(r) {
				other = true
			}
		case isSpaceless(r):
			k++
		case !other && !unicode.IsPunct(r):
			other = true
		}
	}
	if in {
		end()
	}
	return n
}

// asciiFields returns the number of fields of s (as strings.Fields
// splits it) and true when s is ASCII; else false. It has no branch on
// the bytes, which a processor mispredicts at every word.
func asciiFields(s string) (int, bool) {
	n, in, high := 0, 0, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		high |= c
		out := int(spaceByte[c])
		n += (1 - out) &^ in
		in = 1 - out
	}
	return n, high < utf8.RuneSelf
}

// spaceByte is 1 for the ASCII white space of unicode.IsSpace.
var spaceByte = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// hasSpaceless reports whether s holds a letter of a script written
// without spaces.
func hasSpaceless(s string) bool {
	for _, r := range s {
		if isSpaceless(r) {
			return true
		}
	}
	return false
}
