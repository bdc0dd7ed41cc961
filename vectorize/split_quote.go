package vectorize

import (
	"strings"
	"unicode/utf8"
)

// Quotations: a sentence does not end inside a quotation that closes in
// the same block ("Dear, dear! How queer everything is to-day! … puzzle!"
// is one sentence, like "'This is great.' she said."); it may end at the
// closing quote ("… is great.” She held"). A quotation opens with a quote
// at the start of a word (after white space, an opening bracket or the
// start of the block) that is followed by a non-space, and closes at the
// next matching quote; a single quote closes only where no letter follows
// (not the apostrophe of "isn't" or "dragon’s"). An unclosed quotation,
// as in a quoted paragraph continued in the next one, protects nothing,
// nor does a curly or doubled quote opened again before it closes.

// spMaxQuote bounds a quotation, in bytes: a longer one (a speech quoted
// over several sentences) is split into its sentences.
const spMaxQuote = 600

// spQuotes tracks the quotations of a block for spSplitBlock. The block is
// scanned for quotes only when a sentence might end, and only up to there;
// the scan jumps from quote to quote with strings.IndexByte, remembering
// where the next quote byte of each kind is.
type spQuotes struct {
	next int    // the block is scanned for opening quotes up to here
	end  int    // the closing quote of the last quotation found, or -1
	pos  [4]int // the next offset of each byte of spQuoteBytes, if >= next
}

// spQuoteBytes are the bytes that may start an opening quote (0xE2 starts
// “ and ‘).
const spQuoteBytes = "\"'`\xe2"

func newSpQuotes(bs int) spQuotes {
	return spQuotes{next: bs, end: -1, pos: [4]int{-1, -1, -1, -1}}
}

// inside reports whether the sentence end at text[p:end] lies inside a
// quotation that closes after it: "Dear! How queer!" is not cut, but
// "This is great." She held" is, since end is past the closing quote.
func (q *spQuotes) inside(text string, bs, be, p, end int) bool {
	for {
		if p < q.end {
			return end <= q.end
		}
		// The next quote byte at or after q.next.
		o := be
		for k := range q.pos {
			if q.pos[k] < q.next {
				if j := strings.IndexByte(text[q.next:be], spQuoteBytes[k]); j >= 0 {
					q.pos[k] = q.next + j
				} else {
					q.pos[k] = be
				}
			}
			o = min(o, q.pos[k])
		}
		if o >= p {
			q.next = p
			return false
		}
		n := spQuoteAt(text, o, be)
		q.next = o + max(n, 1)
		if n == 0 || !spQuoteOpen(text, bs, be, o, n) {
			continue
		}
		if c := spQuoteEnd(text, be, o, n); c >= 0 {
			q.end, q.next = c, c+1
		}
	}
}

// spMaxApostrophes bounds the apostrophes ("isn't") skipped in the search
// for a closing single quote, so that the search stays short in any text.
const spMaxApostrophes = 16

// spQuoteOpen reports whether the quote at text[i:] (of n bytes) may open
// a quotation.
func spQuoteOpen(text string, bs, be, i, n int) bool {
	if i+n >= be {
		return false
	}
	if r, _ := spRuneAt(text, i+n, be); spIsSpaceRune(r) {
		return false
	}
	if i == bs {
		return true
	}
	r, _ := spRuneBefore(text, bs, i)
	return spIsSpaceRune(r) || r == '(' || r == '['
}

// spQuoteEnd returns the offset of the quote that closes the quotation
// opened by the quote at text[i:] (of n bytes), or -1.
func spQuoteEnd(text string, be, i, n int) int {
	var closer string
	switch text[i] {
	case '"':
		closer = `"`
	case '`':
		if n == 1 {
			return -1 // a lone backquote
		}
		closer = "''"
	case '\'':
		closer = "'"
	default:
		switch text[i : i+n] {
		case "“":
			closer = "”"
		case "‘":
			closer = "’"
		default:
			return -1
		}
	}
	single := closer == "'" || closer == "’"
	end := min(be, i+n+spMaxQuote+len(closer))
	for off, skips := i+n, 0; off < end && skips < spMaxApostrophes; skips++ {
		k := strings.Index(text[off:end], closer)
		if k < 0 {
			return -1
		}
		j := off + k
		if n > 1 && strings.Contains(text[off:j], text[i:i+n]) {
			return -1 // “ … “ … ”: unbalanced
		}
		off = j + len(closer)
		if single && off < be {
			if r, _ := spRuneAt(text, off, be); spIsLetter(r) {
				continue // an apostrophe: "isn't", "dragon’s"
			}
		}
		return j
	}
	return -1
}

// spQuoteAt returns the length of an opening quote at text[i:] (", ', two
// backquotes, “, ‘), or 0.
func spQuoteAt(text string, i, be int) int {
	switch c := text[i]; c {
	case '"', '\'':
		return 1
	case '`':
		if i+1 < be && text[i+1] == '`' {
			return 2
		}
		return 0
	case 0xE2:
		if r, n := utf8.DecodeRuneInString(text[i:be]); r == '“' || r == '‘' {
			return n
		}
	}
	return 0
}
