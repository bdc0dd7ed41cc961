package vectorize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence splitting.
//
// Split works in two stages:
//
//  1. Lines. The text is cut into lines (\n, \r\n, \r, \f, \v, U+0085,
//     U+2028, U+2029); white-space-only lines (NBSP and zero-width spaces
//     included) separate paragraphs. Consecutive lines of a paragraph are
//     joined into one block only where a hard-wrapped paragraph is likely
//     (see spJoinLines); otherwise a line break always ends a sentence, so
//     junk lines of scraped pages ("- Category", "Post a Comment") stay
//     apart from the text. Short lines without final punctuation at the top
//     of the document are titles.
//
//  2. Sentences within a block, by a rule-based scanner: a sentence may end
//     after . ! ? … (and CJK 。！？) plus closing quotes and brackets when
//     white space and a plausible sentence start follow. Periods after
//     abbreviations, initials, list markers and numbers are judged with an
//     abbreviation list and the Punkt heuristic of frequent sentence
//     starters (see spBoundary). A sentence does not end inside a quotation
//     that closes in the same block (split_quote.go); inline lists are cut
//     before each item (split_list.go).
//
// Everything works on byte offsets into the input, in one pass over the
// lines; sentences are substrings of it. The result is (nearly) the only
// allocation.

// Split returns the sentences of text in order, each with doc as its Doc.
// It knows the abbreviations of English and a few of other languages;
// Language.Split adds those of one language (split_lang.go).
func Split(doc int, text string) []Sentence { return spSplit(doc, text, nil) }

func spSplit(doc int, text string, lang *spLang) []Sentence {
	lr := spLineReader{text: text, para: true}
	cur, ok := lr.next()
	if !ok {
		return nil
	}
	out := make([]Sentence, 0, len(text)/128+4)
	titles := true
	dw := spDocWords{text: text, lang: lang}
	for ok {
		// A block: this line and the lines joined to it.
		bs, be, single := cur.s, cur.e, true
		nxt, more := lr.next()
		for more && !nxt.para && spJoinLines(&dw, text, cur, nxt) {
			be, single = nxt.e, false
			cur = nxt
			nxt, more = lr.next()
		}
		if titles {
			if single && spIsTitleLine(text, bs, be, lang) {
				out = spAppendSentence(out, doc, text, bs, be, true)
				cur, ok = nxt, more
				continue
			}
			titles = false
		}
		out = spSplitList(&dw, out, doc, text, bs, be, spListCuts(text, bs, be, lang))
		cur, ok = nxt, more
	}
	return out
}

// spSplitList appends the sentences of the block text[bs:be], cut before
// the items of an inline list at cuts (see spListCuts).
func spSplitList(dw *spDocWords, out []Sentence, doc int, text string, bs, be int, cuts []int) []Sentence {
	for _, cut := range cuts {
		_, e := spTrimSpan(text, bs, cut)
		out = spSplitBlock(dw, out, doc, text, bs, e)
		bs = cut
	}
	return spSplitBlock(dw, out, doc, text, bs, be)
}

func spAppendSentence(out []Sentence, doc int, text string, s, e int, title bool) []Sentence {
	return append(out, Sentence{
		Doc:     doc,
		Index:   len(out),
		Start:   s,
		End:     e,
		Text:    text[s:e],
		IsTitle: title,
	})
}

// ---------------------------------------------------------------------------
// Character classes.

const (
	spBSpace = 1 << iota // ASCII white space
	spBAlnum             // ASCII letter or digit
	spBLine              // byte that may start a line terminator
)

var spByteFlags [256]uint8

func init() {
	for _, c := range "\t\n\v\f\r " {
		spByteFlags[c] |= spBSpace
	}
	for c := '0'; c <= '9'; c++ {
		spByteFlags[c] |= spBAlnum
	}
	for c := 'a'; c <= 'z'; c++ {
		spByteFlags[c] |= spBAlnum
		spByteFlags[c-'a'+'A'] |= spBAlnum
	}
	for _, c := range []byte{'\n', '\r', '\f', '\v', 0xC2, 0xE2} {
		spByteFlags[c] |= spBLine
	}
}

// spIsSpaceRune reports Unicode white space and the invisible zero-width
// characters that scraped text carries (ZWSP, ZWNJ, ZWJ, word joiner, BOM).
func spIsSpaceRune(r rune) bool {
	if r < 0x80 {
		return spByteFlags[r]&spBSpace != 0
	}
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E:
		return true
	}
	return unicode.IsSpace(r)
}

// spRuneAt decodes the rune at text[i:] (i < end). Invalid bytes decode as
// utf8.RuneError of size 1 and count as ordinary (non-space) symbols.
func spRuneAt(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// spRuneBefore decodes the rune ending at text[:e] within text[s:e]; with
// nothing there (e <= s) it returns utf8.RuneError and size 0.
func spRuneBefore(text string, s, e int) (rune, int) {
	if e <= s {
		return utf8.RuneError, 0
	}
	if c := text[e-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[s:e])
}

func spSkipSpace(text string, i, end int) int {
	for i < end {
		r, n := spRuneAt(text, i, end)
		if !spIsSpaceRune(r) {
			break
		}
		i += n
	}
	return i
}

// spTrimSpan returns [s, e) without surrounding white space.
func spTrimSpan(text string, s, e int) (int, int) {
	s = spSkipSpace(text, s, e)
	for e > s {
		r, n := spRuneBefore(text, s, e)
		if !spIsSpaceRune(r) {
			break
		}
		e -= n
	}
	return s, e
}

// Terminator kinds.
const (
	spTermNone     = iota
	spTermPeriod   // .
	spTermStrong   // ! ? and relatives
	spTermEllipsis // …
	spTermCJK      // 。！？: end a sentence without following white space
)

func spTermKind(r rune) int {
	switch r {
	case '.':
		return spTermPeriod
	case '!', '?', '‼', '⁇', '⁈', '⁉', '؟', '۔', '।', '॥', '።':
		return spTermStrong
	case '…':
		return spTermEllipsis
	case '。', '！', '？', '｡', '．':
		return spTermCJK
	}
	return spTermNone
}

// spIsCloser reports closing quotes and brackets that may follow the final
// punctuation of a sentence.
func spIsCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）',
		'］', '】', '〕', '〉', '》', '〗', '〙', '〛', '｣',
		'“', '‘', '«', '‹': // closing in German: „So.“ ‚So.‘ »So.«
		return true
	}
	return false
}

// spIsOpener reports opening quotes and brackets that may start a sentence.
func spIsOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '“', '‘', '„', '‚', '‟', '«', '‹',
		'»', '›', '¿', '¡', '「', '『', '（', '【', '〔', '〈', '《':
		return true
	}
	return false
}

// Classes of the first character after a possible sentence end.
const (
	spClsOther = iota
	spClsLower
	spClsUpper // upper-case letter, or a letter of a script without case
	spClsDigit
	spClsOpen     // opening quote or bracket
	spClsCurrency // $ € £ ...
	spClsDash     // a dash or bullet opening a sentence: ". _ Teams would", ". • The"
)

// spIsDash reports dashes and bullets that may open a sentence.
func spIsDash(r rune) bool {
	switch r {
	case '_', '-', '—', '–', '•', '●', '■', '▪', '►', '*':
		return true
	}
	return false
}

// spDashStart reports white space and then an upper-case letter, digit or
// opening quote at text[i:]: the dash before i introduces a new sentence.
func spDashStart(text string, i, end int) bool {
	if i >= end {
		return false
	}
	if r, _ := spRuneAt(text, i, end); !spIsSpaceRune(r) {
		return false
	}
	i = spSkipSpace(text, i, end)
	if i >= end {
		return false
	}
	r, _ := spRuneAt(text, i, end)
	switch spClassOf(r) {
	case spClsUpper, spClsDigit, spClsOpen:
		return true
	}
	return false
}

func spClassOf(r rune) int {
	switch {
	case r >= 'a' && r <= 'z':
		return spClsLower
	case r >= 'A' && r <= 'Z':
		return spClsUpper
	case r >= '0' && r <= '9':
		return spClsDigit
	case r == '$':
		return spClsCurrency
	case spIsOpener(r):
		return spClsOpen
	case r < utf8.RuneSelf || r == utf8.RuneError:
		return spClsOther
	case unicode.IsLower(r):
		return spClsLower
	case unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsLetter(r):
		return spClsUpper
	case unicode.IsDigit(r):
		return spClsDigit
	case unicode.Is(unicode.Sc, r):
		return spClsCurrency
	}
	return spClsOther
}

func spIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// spInnerClass is the class of the first character after the opening quotes
// and brackets at text[i:]. An ellipsis there ("“… they") counts as a
// sentence start.
func spInnerClass(text string, i, end int) int {
	for k := 0; i < end && k < 4; k++ {
		r, n := spRuneAt(text, i, end)
		if !spIsOpener(r) {
			if r == '…' || r == '.' {
				return spClsUpper
			}
			if k > 0 && spIsSpaceRune(r) { // French « C'est »
				i = spSkipSpace(text, i, end)
				if i >= end {
					break
				}
				r, _ = spRuneAt(text, i, end)
			}
			return spClassOf(r)
		}
		i += n
	}
	return spClsOther
}

// spWordAt returns the run of ASCII letters at text[i:], after opening quotes,
// if it is a whole word (not followed by another letter); "" otherwise.
func spWordAt(text string, i, end int) string {
	for k := 0; i < end && k < 4; k++ {
		r, n := spRuneAt(text, i, end)
		if !spIsOpener(r) {
			break
		}
		i += n
	}
	j := i
	for j < end && j-i <= 16 && ((text[j]|0x20) >= 'a' && (text[j]|0x20) <= 'z') {
		j++
	}
	if j == i || j-i > 16 {
		return ""
	}
	if j < end {
		if r, _ := spRuneAt(text, j, end); spIsLetter(r) {
			return ""
		}
	}
	return text[i:j]
}

// spInSet looks w up in m, also in title case if w is all upper case
// ("THE" → "The").
func spInSet(m map[string]bool, w string) bool {
	if w == "" {
		return false
	}
	if m[w] {
		return true
	}
	if len(w) < 2 || len(w) > 16 {
		return false
	}
	var buf [16]byte
	buf[0] = w[0]
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return false
		}
		buf[i] = c + 'a' - 'A'
	}
	return m[string(buf[:len(w)])]
}

func spIsStarterAt(text string, i, end int) bool {
	return spInSet(spStarters, spWordAt(text, i, end))
}

// ---------------------------------------------------------------------------
// Lines.

type spLineSpan struct {
	s, e int  // trimmed, non-empty
	para bool // the line starts a paragraph (start of text or after a blank line)
}

// spLineReader yields the non-blank lines of a text, trimmed.
type spLineReader struct {
	text string
	pos  int
	para bool // a blank line (or the start of the text) was passed
}

func (lr *spLineReader) next() (spLineSpan, bool) {
	for lr.pos < len(lr.text) {
		end, next := spLineEnd(lr.text, lr.pos)
		s, e := spTrimSpan(lr.text, lr.pos, end)
		lr.pos = next
		if s < e {
			l := spLineSpan{s, e, lr.para}
			lr.para = false
			return l, true
		}
		lr.para = true
	}
	return spLineSpan{}, false
}

// spLineEnd returns the end of the line starting at i and the start of the
// next one.
func spLineEnd(text string, i int) (end, next int) {
	n := len(text)
	for ; i < n; i++ {
		c := text[i]
		if spByteFlags[c]&spBLine == 0 {
			continue
		}
		switch c {
		case '\n', '\f', '\v':
			return i, i + 1
		case '\r':
			if i+1 < n && text[i+1] == '\n' {
				return i, i + 2
			}
			return i, i + 1
		case 0xC2: // U+0085 NEL
			if i+1 < n && text[i+1] == 0x85 {
				return i, i + 2
			}
		case 0xE2: // U+2028, U+2029
			if i+2 < n && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				return i, i + 3
			}
		}
	}
	return n, n
}

// spIsLineBreakBefore reports whether text[:i] ends with a line terminator.
func spIsLineBreakBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '\n', '\r', '\f', '\v':
		return true
	case 0x85:
		return i >= 2 && text[i-2] == 0xC2
	case 0xA8, 0xA9:
		return i >= 3 && text[i-3] == 0xE2 && text[i-2] == 0x80
	}
	return false
}

// Ends of lines.
const (
	spEndNone  = iota
	spEndFinal // . ! ? … 。, possibly followed by closing quotes/brackets
	spEndColon
)

// spLineEndKind classifies the end of text[s:e]; closed reports closing quotes
// or brackets after the final punctuation, p the start of the final
// punctuation.
func spLineEndKind(text string, s, e int) (kind int, p int, closed bool) {
	for e > s {
		r, n := spRuneBefore(text, s, e)
		if !spIsCloser(r) {
			break
		}
		e -= n
		closed = true
	}
	if e == s {
		return spEndNone, e, closed
	}
	r, n := spRuneBefore(text, s, e)
	if r == ':' {
		return spEndColon, e - n, closed
	}
	if spTermKind(r) == spTermNone {
		return spEndNone, e, closed
	}
	p = e - n
	for p > s {
		r, n := spRuneBefore(text, s, p)
		if spTermKind(r) == spTermNone {
			break
		}
		p -= n
	}
	return spEndFinal, p, closed
}

func spCountWords(text string, s, e, max int) int {
	words := 0
	in := false
	for i := s; i < e; {
		r, n := spRuneAt(text, i, e)
		if spIsSpaceRune(r) {
			in = false
		} else if !in {
			in = true
			words++
			if words > max {
				return words
			}
		}
		i += n
	}
	return words
}

// spMaxTitleWords is the longest title line, in words.
const spMaxTitleWords = 20

func spIsTitleLine(text string, s, e int, lang *spLang) bool {
	kind, _, _ := spLineEndKind(text, s, e)
	return kind != spEndFinal && spCountWords(text, s, e, spMaxTitleWords) <= spMaxTitleWords &&
		spListCuts(text, s, e, lang) == nil // a list on one line: "1) one 2) two"
}

// spLooksTitleCased reports a headline-style line: at least 3 counted words
// and at least 80% of them capitalised; lower-case words of up to 3 bytes
// ("of", "and", "the") are not counted.
func spLooksTitleCased(text string, s, e int) bool {
	counted, upper := 0, 0
	for i := s; i < e; {
		// Start of a word.
		i = spSkipSpace(text, i, e)
		if i >= e {
			break
		}
		ws := i
		first := -1
		for i < e {
			r, n := spRuneAt(text, i, e)
			if spIsSpaceRune(r) {
				break
			}
			if first < 0 && !spIsOpener(r) {
				first = spClassOf(r)
			}
			i += n
		}
		switch first {
		case spClsUpper:
			counted++
			upper++
		case spClsLower:
			if i-ws > 3 {
				counted++
			}
		}
	}
	return counted >= 3 && upper*5 >= counted*4
}

// spIsListItem reports a line that starts with a bullet or a list marker
// ("- x", "• x", "1. x", "2) x", "(a) x").
func spIsListItem(text string, s, e int) bool {
	r, n := spRuneAt(text, s, e)
	switch r {
	case '-', '*', '+', '>', '#', '|', '•', '·', '‣', '◦', '▪', '▫', '►',
		'▸', '■', '□', '●', '○', '–', '—', '✓', '✔':
		return true
	case '(':
		j := s + n
		k := j
		for k < e && k-j < 3 && spByteFlags[text[k]]&spBAlnum != 0 {
			k++
		}
		return k > j && k < e && text[k] == ')'
	}
	if r >= '0' && r <= '9' {
		k := s
		for k < e && k-s < 3 && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		return k+1 < e && (text[k] == '.' || text[k] == ')') && spByteFlags[text[k+1]]&spBSpace != 0
	}
	return false
}

// Limits for joining hard-wrapped lines, in runes.
const (
	spMinWrapLine = 50
	spMaxWrapLine = 120
)

// spJoinLines decides whether line a continues on line b (the next line of
// the same paragraph): the paragraph was hard-wrapped, and the line break
// is not a sentence end.
func spJoinLines(dw *spDocWords, text string, a, b spLineSpan) bool {
	kind, p, closed := spLineEndKind(text, a.s, a.e)
	first, _ := spRuneAt(text, b.s, b.e)
	next := spClassOf(first)
	switch kind {
	case spEndColon:
		return false
	case spEndFinal:
		// Join only where the in-line rules would not break either: after
		// an abbreviation or initial ("U.S.\nmilitary", "Mr.\nSmith") or
		// an ellipsis followed by a lower-case continuation.
		if closed {
			return false
		}
		br := spBoundary(dw, text, a.s, b.e, a.s, p)
		if br.brk {
			return false
		}
		switch br.kind {
		case spTermEllipsis:
			return next == spClsLower
		case spTermPeriod:
			switch br.tok {
			case spTokInitial:
				return next == spClsUpper || next == spClsLower
			case spTokAbbrev:
				if br.ab == spAbTitle || br.ab == spAbNoBreak {
					return next == spClsUpper || next == spClsLower || next == spClsDigit
				}
				return next == spClsLower || next == spClsDigit
			case spTokAcronym, spTokLetter:
				return next == spClsLower || next == spClsDigit
			}
		}
		return false
	}
	if next == spClsLower {
		// A lower-case continuation, unless the next line is a URL or file
		// name, or a byline under a headline ("by Jane Doe"). After a short
		// or title-cased line, the next line must end the sentence or be
		// long itself: "It was a cold\nnight in the city." is one sentence,
		// but a list of short lines ("features\ncontact manager\nevents")
		// stays apart.
		if spIsURLish(text, b.s, b.e) {
			return false
		}
		if spLooksTitleCased(text, a.s, a.e) || utf8.RuneCountInString(text[a.s:a.e]) < spMinWrapLine {
			k, _, _ := spLineEndKind(text, b.s, b.e)
			return k == spEndFinal || utf8.RuneCountInString(text[b.s:b.e]) >= spMinWrapLine
		}
		return true
	}
	// A long line continues on the next when the paragraph looks
	// hard-wrapped: the line is between spMinWrapLine and spMaxWrapLine runes,
	// the next line fits the same width (greedy wrapping: it is shorter
	// than this line plus its first word), this line is not a title-cased
	// headline, and the next line is not a heading or list item.
	na := utf8.RuneCountInString(text[a.s:a.e])
	if na < spMinWrapLine || na > spMaxWrapLine {
		return false
	}
	nb := utf8.RuneCountInString(text[b.s:b.e])
	if nb > na+spFirstWordLen(text, b.s, b.e)+3 {
		return false
	}
	if spLooksTitleCased(text, a.s, a.e) || spIsListItem(text, b.s, b.e) {
		return false
	}
	if k, _, _ := spLineEndKind(text, b.s, b.e); k != spEndFinal {
		if nb < spMinWrapLine || spLooksTitleCased(text, b.s, b.e) {
			return false // a heading or junk line
		}
	}
	return true
}

func spFirstWordLen(text string, s, e int) int {
	n := 0
	for i := s; i < e; n++ {
		r, size := spRuneAt(text, i, e)
		if spIsSpaceRune(r) {
			break
		}
		i += size
	}
	return n
}

// spIsURLish reports a line that is a single token looking like a URL, file
// name or e-mail address ("www.example.com", "photo.jpg").
func spIsURLish(text string, s, e int) bool {
	dot := false
	for i := s; i < e; i++ {
		switch c := text[i]; c {
		case ' ', '\t':
			return false
		case '/', '@':
			dot = true
		case '.':
			if i+1 < e {
				dot = true
			}
		}
	}
	return dot
}

// ---------------------------------------------------------------------------
// Sentences within a block.

// spSplitBlock appends the sentences of the block text[bs:be] (trimmed,
// non-empty) to out.
func spSplitBlock(dw *spDocWords, out []Sentence, doc int, text string, bs, be int) []Sentence {
	start := bs
	alnum := false // the current sentence has a letter or digit
	quotes := newSpQuotes(bs)
	for i := bs; i < be; {
		c := text[i]
		if c < utf8.RuneSelf {
			if c != '.' && c != '!' && c != '?' {
				if spByteFlags[c]&spBAlnum != 0 {
					alnum = true
				}
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:be])
			if spTermKind(r) == spTermNone {
				if !alnum && r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
					alnum = true
				}
				i += n
				continue
			}
		}
		br := spBoundary(dw, text, bs, be, start, i)
		if br.brk && alnum && quotes.inside(text, bs, be, i, br.end) {
			// Inside a quotation that closes later in the block.
			br.brk = false
		}
		if br.brk && alnum {
			out = spAppendSentence(out, doc, text, start, br.end, false)
			start = br.next
			alnum = false
			i = br.next
			// An inline list after a sentence: "Finally, this. 1. The first
			// item 2. The second item".
			if c := text[start]; c == '1' || c == 'a' {
				if cuts := spListCuts(text, start, be, dw.lang); cuts != nil {
					return spSplitList(dw, out, doc, text, start, be, cuts)
				}
			}
			continue
		}
		i = br.end
	}
	if start < be {
		out = spAppendSentence(out, doc, text, start, be, false)
	}
	return out
}

// Kinds of the token before a period.
const (
	spTokNone    = iota // no token: " . "
	spTokNormal         // an ordinary word, or anything not listed below
	spTokNumber         // 12, 3.5, 1.2.3
	spTokListNum        // a number that is a list marker: "1." at the start of a line
	spTokInitial        // a single upper-case letter: "J."
	spTokLetter         // a single lower-case letter: "p.", "v."
	spTokAcronym        // dotted letters: "U.S.", "a.m.", "Ph.D."
	spTokAbbrev         // listed in spAbbrevs (ab holds the kind)
)

type spBoundaryResult struct {
	end  int  // end of the final punctuation and closing quotes/brackets
	next int  // start of the next sentence if brk
	brk  bool // a sentence ends at end
	kind int  // terminator kind
	tok  int  // kind of the token before a single period
	ab   uint8
}

// spBoundary decides whether the terminator at text[p] (within the block
// text[bs:be], in the sentence starting at sent) ends a sentence.
func spBoundary(dw *spDocWords, text string, bs, be, sent, p int) (res spBoundaryResult) {
	// The run of final punctuation: "...", "?!", ". . .", "…".
	j := p
	dots, gaps, strong, ellipsis, cjk := 0, 0, false, false, false
run:
	for j < be {
		r, n := spRuneAt(text, j, be)
		switch spTermKind(r) {
		case spTermPeriod:
			dots++
			// A spaced ellipsis ". . ." continues the run.
			if j+2 < be && text[j+1] == ' ' && text[j+2] == '.' {
				n = 2
				gaps++
			}
		case spTermStrong:
			strong = true
		case spTermEllipsis:
			ellipsis = true
		case spTermCJK:
			cjk = true
		default:
			break run
		}
		j += n
	}
	for j < be {
		r, n := spRuneAt(text, j, be)
		if !spIsCloser(r) {
			break
		}
		j += n
	}
	closed := false
	if j > p {
		if r, _ := spRuneBefore(text, p, j); spIsCloser(r) {
			closed = true
		}
	}
	res.end = j
	switch {
	case cjk:
		res.kind = spTermCJK
	case strong:
		res.kind = spTermStrong
	case ellipsis || dots > 1:
		res.kind = spTermEllipsis
	default:
		res.kind = spTermPeriod
	}
	if j >= be {
		return res
	}
	r, _ := spRuneAt(text, j, be)
	if !spIsSpaceRune(r) && res.kind != spTermCJK {
		return res // "3.14", "example.com", "U.S.-led"
	}
	next := spSkipSpace(text, j, be)
	if next >= be {
		return res
	}
	if res.kind != spTermCJK {
		// Closing quotes detached by a space still belong to the sentence:
		// "conference.' '' ``The".
		for {
			k := spDetachedClosers(text, next, be)
			if k == next {
				break
			}
			res.end = k
			next = spSkipSpace(text, k, be)
			if next >= be {
				return res
			}
		}
	}
	res.next = next
	if res.kind == spTermCJK {
		res.brk = true
		return res
	}
	r, n := spRuneAt(text, next, be)
	cls := spClassOf(r)
	if cls == spClsOther && spIsDash(r) && spDashStart(text, next+n, be) {
		cls = spClsDash
	}
	if cls == spClsLower && res.kind != spTermEllipsis && spParticleName(text, next, be) {
		cls = spClsUpper // "… any other. de Klerk has said"
	}
	startLike := cls == spClsUpper || cls == spClsDigit || cls == spClsOpen || cls == spClsCurrency || cls == spClsDash

	// The token before a single period, needed also by spJoinLines.
	var w string
	if res.kind == spTermPeriod {
		w, res.tok, res.ab = spTokenBefore(text, bs, sent, p)
		if dw.lang != nil && res.tok != spTokAbbrev && res.tok != spTokListNum {
			if k := dw.lang.abbrev(w); k != spAbNone {
				res.tok, res.ab = spTokAbbrev, k
			}
		}
	}
	ab := res.ab
	if cls == spClsLower || cls == spClsOther {
		return res
	}
	switch res.kind {
	case spTermStrong:
		res.brk = startLike
		return res
	case spTermEllipsis:
		if cls == spClsDigit {
			return res
		}
		if gaps > 0 && gaps == dots-1 && !ellipsis {
			// A spaced ellipsis ". . ." marks words left out inside a
			// sentence ("the thing is . . . I didn't"); four dots are a
			// sentence's period and an ellipsis. Attached to a word
			// ("compounds. . . . The practice"), the period ends the
			// sentence and the ellipsis opens the next; detached ("with a
			// period . . . . Next"), the four end it.
			if dots < 4 || cls != spClsUpper && cls != spClsOpen && cls != spClsCurrency {
				return res
			}
			res.brk = true
			if p > sent {
				if pr, _ := spRuneBefore(text, bs, p); !spIsSpaceRune(pr) && !spIsOpener(pr) {
					res.end, res.next = p+1, p+2
				}
			}
			return res
		}
		// "He waited... Then" ends a sentence; a detached ellipsis marking
		// an omission ("the president … Congress") only before a frequent
		// sentence starter.
		detached := p == sent
		if !detached {
			pr, _ := spRuneBefore(text, bs, p)
			detached = spIsSpaceRune(pr) || spIsOpener(pr)
		}
		if detached {
			res.brk = dw.isStarterAt(text, next, be)
		} else {
			res.brk = cls == spClsUpper || cls == spClsOpen || cls == spClsCurrency
		}
		return res
	}

	// A single period.
	tok := res.tok
	if closed {
		// A closing quote or bracket after an abbreviation that may end a
		// sentence: ("… in the U.S.” Trump said").
		switch {
		case tok == spTokAcronym && !spIsAcronymNoBreak(w), tok == spTokLetter,
			tok == spTokInitial, tok == spTokAbbrev && ab != spAbTitle && ab != spAbNoBreak:
			tok = spTokNormal
		}
	}
	switch tok {
	case spTokNone, spTokNormal:
		res.brk = startLike
	case spTokNumber:
		if cls == spClsUpper && len(w) <= 2 && spOrdinalFollowers[spWordPrefix(text, next, be)] {
			return res // German ordinal: "am 3. Oktober"
		}
		if cls == spClsUpper && len(w) <= 2 && dw.lang != nil && dw.lang.ordinals {
			// A language that writes ordinals with a period ("der 1. FC
			// Köln", "den 2. Platz"): a sentence ends after a small number
			// only before a frequent sentence starter.
			res.brk = spStarterBreak(dw, text, next, be, cls)
			return res
		}
		res.brk = startLike
	case spTokListNum:
		// "1. First item"
	case spTokInitial:
		// "George W. Bush", "J. R. R. Tolkien"; but "Plan B. The".
		if cls == spClsUpper {
			word := spWordAt(text, next, be)
			res.brk = len(word) > 1 && spInSet(spStarters, word) || dw.lang.starterAt(text, next, be)
		}
	case spTokAcronym:
		if spIsAcronymNoBreak(w) {
			return res
		}
		res.brk = spStarterBreak(dw, text, next, be, cls) || spTimeThenTitle(text, sent, p, next, be, w)
	case spTokLetter:
		res.brk = spStarterBreak(dw, text, next, be, cls)
	case spTokAbbrev:
		switch ab {
		case spAbTitle:
			// "Sen." is a title, but "Hun Sen." ends a sentence in a text
			// that mostly uses "Sen" without a period.
			if cls == spClsUpper && !spTitleOnly[w] && dw.mostlyBare(w) {
				res.brk = true
			}
		case spAbNoBreak:
		default: // spAbNumber, spAbMonth, spAbStarter
			res.brk = spStarterBreak(dw, text, next, be, cls)
		}
	}
	return res
}

// spTimeThenTitle reports a time at the end of a sentence followed by a
// capitalised word: "He left the bank at 6 P.M. Mr. Smith then went", "He
// left at 6 a.m. Travelers who", but not "At 5 a.m. Mr. Smith went", where
// the time opens the sentence (three words or fewer before the next word),
// nor "at 10 a.m. Tuesday" or "at 6 p.m. EST", where the day, month or time
// zone belongs to the time (spTimeFollower).
func spTimeThenTitle(text string, sent, p, next, be int, w string) bool {
	switch w {
	case "a.m", "p.m", "A.M", "P.M":
	default:
		return false
	}
	// The time: a number before "a.m." ("6 a.m.", "10:30 p.m.").
	ws := p - len(w)
	if ws-2 < sent || text[ws-1] != ' ' || text[ws-2] < '0' || text[ws-2] > '9' {
		return false
	}
	t := spWordAt(text, next, be)
	if t == "" || spCountWords(text, sent, p, 4) <= 3 {
		return false
	}
	e := next + strings.Index(text[next:be], t) + len(t) // after opening quotes
	if spTitleOnly[t] {
		return e < be && text[e] == '.'
	}
	return !spTimeFollower(text, t, e, be)
}

// spTimeFollower reports a word t (ending at text[e]) that may follow a time
// in the same sentence: a weekday, a month, a time zone ("EST", "Eastern
// time"), or any word followed by "time" ("Moscow time").
func spTimeFollower(text, t string, e, be int) bool {
	if spAbbrevs[t] == spAbMonth || spTimeWords[t] {
		return true
	}
	if len(t) <= 4 && strings.ToUpper(t) == t {
		return true // EST, GMT, CEST
	}
	if e+5 <= be && text[e] == ' ' {
		switch text[e+1 : e+5] {
		case "time", "Time":
			return true
		}
	}
	return false
}

// spStarterBreak is the rule after an abbreviation that may end a sentence:
// break before a frequent sentence starter ("U.S. The") or an opening quote
// followed by an upper-case letter, never before a number ("No. 5",
// "Jan. 5") or a name ("U.S. Air Force").
func spStarterBreak(dw *spDocWords, text string, next, be, cls int) bool {
	switch cls {
	case spClsUpper:
		return dw.isStarterAt(text, next, be)
	case spClsOpen:
		// A quote, not a bracket: "Rep. W.J. (Billy) Tauzin".
		if c := text[next]; c == '(' || c == '[' || c == '{' {
			return false
		}
		return spInnerClass(text, next, be) == spClsUpper
	}
	return false
}

// spDetachedClosers returns the end of a run of closing quotes/brackets at
// text[i:] that stands alone (followed by white space or the end), or i.
// Straight quotes count only as two apostrophes (the DUC closing quote),
// since a single ' or " may open the next sentence.
func spDetachedClosers(text string, i, end int) int {
	j := i
	for j < end {
		r, n := spRuneAt(text, j, end)
		switch r {
		case '”', '’', ')', ']', '}', '»', '」', '』', '）':
		case '\'':
			if j+1 < end && text[j+1] == '\'' {
				n = 2
			} else {
				return i
			}
		default:
			if j == i || !spIsSpaceRune(r) {
				return i
			}
			return j
		}
		j += n
	}
	return j
}

// spParticleName reports a lower-case name particle followed by a
// capitalised name ("de Klerk", "bin Laden", "van Gogh"), which may start a
// sentence.
func spParticleName(text string, i, end int) bool {
	w := spWordAt(text, i, end)
	if !spParticles[w] {
		return false
	}
	k := i + len(w)
	if k+1 >= end || (text[k] != ' ' && text[k] != '-') {
		return false
	}
	r, _ := spRuneAt(text, k+1, end)
	return spClassOf(r) == spClsUpper
}

// spWordPrefix returns the letters (any script) at text[i:], up to 16 bytes.
func spWordPrefix(text string, i, end int) string {
	j := i
	for j < end && j-i < 16 {
		r, n := spRuneAt(text, j, end)
		if !spIsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

func spIsAcronymNoBreak(w string) bool {
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return spAcronymNoBreak[string(buf[:len(w)])]
}

// spMaxToken bounds the backward scan for the token before a period; longer
// tokens are ordinary words (URLs and the like).
const spMaxToken = 64

// spTokenBefore returns the token that ends at the period text[p] (without
// leading opening quotes/brackets) and its kind.
func spTokenBefore(text string, bs, sent, p int) (w string, tok int, ab uint8) {
	ws := p
	for ws > bs && p-ws <= spMaxToken {
		r, n := spRuneBefore(text, bs, ws)
		if spIsSpaceRune(r) {
			break
		}
		ws -= n
	}
	if p-ws > spMaxToken {
		return "", spTokNormal, spAbNone
	}
	tokStart := ws
	for ws < p {
		r, n := spRuneAt(text, ws, p)
		if !spIsOpener(r) && !spListBullet(r) {
			break
		}
		ws += n
	}
	w = text[ws:p]
	if w == "" {
		return w, spTokNone, spAbNone
	}
	// At the start of a line or of a sentence, a short number, a single
	// letter or a Roman numeral is a list marker.
	atStart := tokStart == sent
	if !atStart {
		k := tokStart
		for k > bs && (text[k-1] == ' ' || text[k-1] == '\t') {
			k--
		}
		// after a bullet at the start: "• 9. The first item"
		if k > bs {
			if r, n := spRuneBefore(text, bs, k); spListBullet(r) {
				k -= n
			}
		}
		atStart = k == bs || spIsLineBreakBefore(text, k)
	}
	digits, letters, dotsIn, other := 0, 0, 0, 0
	upperFirst := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case (c|0x20) >= 'a' && (c|0x20) <= 'z':
			if i == 0 {
				upperFirst = c <= 'Z'
			}
			letters++
		case c == '.':
			dotsIn++
		default:
			other++
		}
	}
	if digits > 0 && letters == 0 && other == 0 && w[0] != '.' {
		if atStart && (len(w) <= 3 || (dotsIn > 0 && len(w) <= 8)) {
			return w, spTokListNum, spAbNone
		}
		return w, spTokNumber, spAbNone
	}
	if other == 0 && digits == 0 {
		if letters == 1 && dotsIn == 0 {
			if atStart {
				return w, spTokListNum, spAbNone // "A. First", "b. second"
			}
			if upperFirst {
				return w, spTokInitial, spAbNone
			}
			return w, spTokLetter, spAbNone
		}
		if atStart && spIsRoman(w) {
			return w, spTokListNum, spAbNone
		}
		if dotsIn > 0 && spIsAcronym(w) {
			return w, spTokAcronym, spAbNone
		}
	}
	if len(w) <= 12 {
		if k := spAbbrevKind(w); k != spAbNone {
			return w, spTokAbbrev, k
		}
	}
	if atStart && spIsRoman(w) {
		return w, spTokListNum, spAbNone
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return w, spTokInitial, spAbNone // "Ö."
	}
	return w, spTokNormal, spAbNone
}

// spAbbrevKind looks w up in spAbbrevs: as written, lower-cased ("Vs", "Etc")
// if listed in lower case, and in title case if w is all upper case ("MR",
// "INC").
func spAbbrevKind(w string) uint8 {
	if k, ok := spAbbrevs[w]; ok {
		return k
	}
	if len(w) < 2 || len(w) > 12 {
		return spAbNone
	}
	var buf [12]byte
	allUpper := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return spAbNone
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if i > 0 {
			allUpper = false
		}
		buf[i] = c
	}
	if k, ok := spAbbrevs[string(buf[:len(w)])]; ok {
		return k
	}
	if allUpper {
		buf[0] = w[0]
		if k, ok := spAbbrevs[string(buf[:len(w)])]; ok {
			return k
		}
	}
	return spAbNone
}

// spIsAcronym reports dotted letters with segments of one or two letters:
// "U.S", "a.m", "e.g", "Ph.D", "U.S.A".
func spIsAcronym(w string) bool {
	seg := 0
	segs := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			if seg == 0 {
				return false
			}
			seg = 0
			continue
		}
		if seg == 0 {
			segs++
		}
		seg++
		if seg > 2 {
			return false
		}
	}
	return seg > 0 && segs >= 2
}

func spIsRoman(w string) bool {
	if len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C', 'i', 'v', 'x', 'l', 'c':
		default:
			return false
		}
	}
	return true
}

// spDocWords answers, per document, whether an abbreviation is mostly
// written without a period there (a name rather than an abbreviation: "Hun
// Sen"), caching the answers.
type spDocWords struct {
	text  string
	words []string
	bare  []bool
	lang  *spLang // the document's language's abbreviations and starters, or nil
}

func (d *spDocWords) mostlyBare(w string) bool {
	for i, x := range d.words {
		if x == w {
			return d.bare[i]
		}
	}
	withDot, without := 0, 0
	t := d.text
	for off := 0; ; {
		k := strings.Index(t[off:], w)
		if k < 0 {
			break
		}
		k += off
		off = k + len(w)
		if k > 0 {
			if r, _ := spRuneBefore(t, 0, k); spIsLetter(r) {
				continue
			}
		}
		if off < len(t) {
			r, _ := spRuneAt(t, off, len(t))
			if r == '.' {
				withDot++
				continue
			}
			if spIsLetter(r) {
				continue
			}
		}
		without++
	}
	// The words asked about are title abbreviations (spAbTitle) as written
	// or in capitals: a small, bounded set.
	bare := without > withDot
	d.words = append(d.words, w)
	d.bare = append(d.bare, bare)
	return bare
}
