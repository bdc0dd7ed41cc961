package vectorize

import "unicode/utf8"

// Inline lists: a block that starts with a list marker and holds the
// following markers of the same series on the same line ("1. The first
// item 2. The second item", "a) one b) two", "• 9. nine • 10. ten") is
// cut before each of them, so that every item is a sentence of its own
// even without final punctuation. A later marker counts only when it
// continues the series (the next number or letter, in the same style),
// stands after white space, and is followed by white space and an
// upper-case letter, a digit or an opening quote; so "1. The rise was 2.
// percent" stays whole. A list may also follow sentences of the block
// ("Finally, this. 1. The first item 2. The second item"): spSplitBlock
// looks for one after each sentence end.

// An spListMarker is a parsed list marker.
type spListMarker struct {
	bullet rune   // a leading bullet ("•", "⁃"), or 0
	kind   byte   // 'n' a number, 'a' a lower-case letter, 0 a bare bullet
	suffix string // ".", ")", ".)"
	value  int    // the number, or the letter's index from 'a'
	end    int    // offset just after the marker
}

func (m spListMarker) follows(prev spListMarker) bool {
	return m.bullet == prev.bullet && m.kind == prev.kind && m.suffix == prev.suffix &&
		(m.kind == 0 || m.value == prev.value+1)
}

// spListBullet reports the bullets that may start an inline list.
func spListBullet(r rune) bool {
	switch r {
	case '•', '⁃', '‣', '◦', '▪', '●', '■', '►', '▸':
		return true
	}
	return false
}

// spParseListMarker parses a list marker at text[i:e].
func spParseListMarker(text string, i, e int) (m spListMarker, ok bool) {
	if i >= e {
		return m, false
	}
	if r, n := utf8.DecodeRuneInString(text[i:e]); spListBullet(r) {
		m.bullet = r
		i += n
		for i < e && text[i] == ' ' {
			i++
		}
	}
	j := i
	for j < e && j-i < 3 && text[j] >= '0' && text[j] <= '9' {
		m.value = m.value*10 + int(text[j]-'0')
		j++
	}
	switch {
	case j > i && (j >= e || text[j] < '0' || text[j] > '9'):
		m.kind = 'n'
	case j == i && i+1 < e && text[i] >= 'a' && text[i] <= 'z' && (text[i+1] == '.' || text[i+1] == ')'):
		m.kind, m.value, j = 'a', int(text[i]-'a'), i+1
	case j == i && m.bullet != 0:
		m.end = i
		return m, true
	default:
		return m, false
	}
	switch {
	case j+1 < e && text[j] == '.' && text[j+1] == ')':
		m.suffix, j = ".)", j+2
	case j < e && (text[j] == '.' || text[j] == ')'):
		m.suffix, j = text[j:j+1], j+1
	default:
		return m, false
	}
	m.end = j
	return m, true
}

// spListItemStart reports whether an item may start after a marker ending
// at i: white space, then an upper-case letter, a digit or an opener.
func spListItemStart(text string, i, e int) bool {
	if i >= e || text[i] != ' ' {
		return false
	}
	for i < e && text[i] == ' ' {
		i++
	}
	if i >= e {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:e])
	switch spClassOf(r) {
	case spClsUpper, spClsDigit, spClsOpen:
		return true
	}
	return false
}

// spListCuts returns the offsets in text[bs:be] where the items after the
// first of an inline list start, or nil. In a language that writes
// ordinals with a period (lang.ordinals: "1. FC Köln gewinnt 2. Spiel"),
// numbers with a period are not taken for list markers.
func spListCuts(text string, bs, be int, lang *spLang) []int {
	bs = spSkipSpace(text, bs, be)
	prev, ok := spParseListMarker(text, bs, be)
	if !ok || !spListItemStart(text, prev.end, be) {
		return nil
	}
	if lang != nil && lang.ordinals && prev.kind == 'n' && prev.suffix == "." {
		return nil
	}
	var cuts []int
	for i := prev.end + 1; i < be; i++ {
		if text[i-1] != ' ' {
			continue
		}
		m, ok := spParseListMarker(text, i, be)
		if !ok || !m.follows(prev) || !spListItemStart(text, m.end, be) {
			continue
		}
		cuts = append(cuts, i)
		prev = m
		i = m.end
	}
	return cuts
}
