package disagree

import (
	"slices"
	"strings"

	"github.com/concordsum/concord/summarize/internal/wordnet"
)

// A Sentence is a sentence read for comparison (Analyse).
type Sentence struct {
	Text       string
	Words      []Word
	Quantities []Quantity
	names      []span   // runs of name words, by word index
	cues       []span   // negation cues, by word index
	gen        uint32   // the Lexicon generation of the words' numbers (Word.gen)
	sids, lids []int32  // the numbers of the words' stems and of their Lower (signs aside), sorted, each once
	stemWords  []int32  // by sids: the words with that stem
	capStems   []int32  // the words with a stem written capitalised, of four letters or more (has reads their letters too)
	content    int      // words with a stem
	capitals   []string // the capitalised words of four letters or more, lower-cased
	caps       []int    // the indices of the capitalised words, in order

	// Elsewhere reports whether a source other than the sentence's own
	// writes the capitalised word w (lower-cased, as Word.Lower) anywhere
	// in its text. A name that no other source writes, where another
	// source's sentence names someone else after the same title ("the
	// Supreme Okonkwo", "the Supreme Court"), is a name of that source
	// alone: compared even between sentences that share less. Nil (as
	// Analyse leaves it) means unknown: every name is taken as written
	// elsewhere.
	Elsewhere func(w string) bool
}

// lone reports whether u is alone and no word of it is an English word
// (WordNet's): a name only this source writes, as "Okonkwo" in place of
// "Statistics" in "the Bureau of Labor Statistics" (a word that another
// source alone writes, as in "Make America Great Again" and "America
// First", is not).
func (s *Sentence) lone(u span) bool {
	for i := u.lo; i < u.hi; i++ {
		if w := s.Words[i]; w.Stem == "" || wordnet.Known(w.Stem) {
			return false
		}
	}
	return s.alone(u) // the dearer test last
}

// loneLast reports whether u is a name of two words or more whose last
// word is lone ("Donald Okonkwo" where the other sources write "Donald
// Trump").
func (s *Sentence) loneLast(u span) bool {
	return u.hi-u.lo >= 2 && s.lone(span{u.hi - 1, u.hi})
}

// alone reports whether no other source writes any word of u (Elsewhere).
func (s *Sentence) alone(u span) bool {
	if s.Elsewhere == nil {
		return false
	}
	for i := u.lo; i < u.hi; i++ {
		if s.Elsewhere(s.Words[i].Lower) {
			return false
		}
	}
	return true
}

// A span is a run of words [lo, hi).
type span struct{ lo, hi int }

// Analyse reads text for comparison with stem, the language's stemmer.
func Analyse(text string, stem Stemmer) *Sentence {
	return NewLexicon(stem).Analyse(text)
}

// Analyse reads text for comparison.
func (l *Lexicon) Analyse(text string) *Sentence {
	ws := l.words(text)
	s := &Sentence{Text: text, Words: ws, gen: l.gen}
	ids := make([]int32, 0, 2*len(ws))
	for _, w := range s.Words {
		if w.Sign {
			continue
		}
		ids = append(ids, w.lid)
		if w.Stem != "" {
			s.content++
		}
	}
	s.lids = sortedIDs(ids)
	ids = ids[len(ids):]
	for i, w := range s.Words {
		if w.Stem != "" {
			ids = append(ids, w.sid)
			if w.Cap && len(w.Lower) >= 4 {
				s.capStems = append(s.capStems, int32(i))
			}
		}
	}
	s.sids, s.stemWords = countedIDs(ids)
	for i, w := range s.Words {
		if w.Sign {
			continue
		}
		if w.Cap {
			s.caps = append(s.caps, i)
		}
		if w.Cap && len(w.Lower) >= 4 {
			s.capitals = append(s.capitals, w.Lower)
		}
	}
	s.Quantities = quantities(s.Words)
	s.names = names(s.Words)
	s.cues = cues(s.Words)
	return s
}

// capsInside returns the indices of the capitalised words of s other
// than its first and last, in order.
func (s *Sentence) capsInside() []int {
	caps := s.caps
	if len(caps) > 0 && caps[0] == 0 {
		caps = caps[1:]
	}
	if len(caps) > 0 && caps[len(caps)-1] == len(s.Words)-1 {
		caps = caps[:len(caps)-1]
	}
	return caps
}

// names returns the runs of capitalised words that are not figures,
// weekdays or months; the first word of the sentence starts a run only
// when the next word is capitalised too ("President Trump said").
func names(ws []Word) []span {
	var out []span
	first := true
	for i := 0; i < len(ws); i++ {
		if !isNameWord(ws[i]) {
			if !ws[i].Sign {
				first = false
			}
			continue
		}
		j := i + 1
		for j < len(ws) && !ws[j-1].Possessive && (isNameWord(ws[j]) || ws[j].Lower == "of" && j+1 < len(ws) && isNameWord(ws[j+1])) {
			j++
		}
		if first && j == i+1 {
			first = false
			continue
		}
		first = false
		out = append(out, span{i, j})
		i = j - 1
	}
	return out
}

// isNameWord reports a capitalised word (not a sign) that nameable
// allows, read for a Lexicon's word when it read the form.
func isNameWord(w Word) bool {
	if !w.Cap || w.Sign {
		return false
	}
	if w.gen != 0 {
		return w.nameable
	}
	return nameable(w.Lower)
}

// nameable reports whether the word lw, capitalised, may be a name word:
// not a figure, a weekday, a month or "I".
func nameable(lw string) bool {
	if isNumeric(lw) {
		return false
	}
	if _, ok := weekdays[lw]; ok {
		return false
	}
	if _, ok := months[lw]; ok {
		return false
	}
	return lw != "i"
}

// negation cues, as word sequences.
var cueWords = [][]string{
	{"not"}, {"never"}, {"no"}, {"nobody"}, {"nothing"}, {"none"}, {"neither"}, {"nor"}, {"cannot"},
	{"ruled", "out"}, {"rules", "out"}, {"rule", "out"}, {"denied"}, {"denies"}, {"denying"},
	{"refused"}, {"refuses"}, {"refuse"}, {"rejected"}, {"rejects"}, {"declined", "to"}, {"failed", "to"},
}

// cuesByFirst holds cueWords by their first word.
var cuesByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, c := range cueWords {
		m[c[0]] = append(m[c[0]], c)
	}
	return m
}()

var contractionBase = map[string]bool{
	"did": true, "do": true, "does": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "could": true, "would": true, "should": true,
	"wo": true, "ca": true, "must": true, "need": true, "might": true, "ai": true,
}

// cueStart reports whether a negation cue may start at the word lw: a
// contraction of "not" or the first word of one of cueWords.
func cueStart(lw string) bool {
	return len(lw) > 3 && strings.HasSuffix(lw, "nt") && contractionBase[lw[:len(lw)-2]] || cuesByFirst[lw] != nil
}

// cues returns the negation cues of a sentence.
func cues(ws []Word) []span {
	var out []span
	for i := 0; i < len(ws); i++ {
		if ws[i].gen != 0 && !ws[i].cue {
			continue // no cue starts at it (as its Lexicon read)
		}
		lw := ws[i].Lower
		if len(lw) > 3 && strings.HasSuffix(lw, "nt") && contractionBase[lw[:len(lw)-2]] {
			out = append(out, span{i, i + 1})
			continue
		}
		if lw == "not" && i > 0 && (ws[i-1].Lower == "or" || ws[i-1].Lower == "if") {
			continue // "whether or not", "autonomy, if not independence": no negation
		}
		if lw == "not" && i+1 < len(ws) && (ws[i+1].Lower == "only" || ws[i+1].Lower == "just" || ws[i+1].Lower == "as" || ws[i+1].Lower == "so") {
			continue // "not only", "not just", "not as diverse as": a comparison, not a negation
		}
		for _, c := range cuesByFirst[lw] {
			if i+len(c) <= len(ws) && matchWords(ws[i:], c) {
				if c[0] == "no" && i+1 < len(ws) && (ws[i+1].Lower == "doubt" || ws[i+1].Lower == "matter" || ws[i+1].Joined) {
					break // "no doubt", "no matter", "no-confidence": not a negation of the claim
				}
				out = append(out, span{i, i + len(c)})
				i += len(c) - 1
				break
			}
		}
	}
	return out
}

// has reports whether s holds word w of another sentence: the same stem,
// or for a word without one (a stop word, a figure) the same word. Names
// also match a name that starts with the same five letters ("Honduran",
// "Honduras") or that starts with the whole of it ("Asia", "Asian").
func (s *Sentence) has(w Word) bool {
	if w.Stem != "" {
		if s.hasStem(w) {
			return true
		}
		return w.Cap && len(w.Lower) >= 4 && s.hasCapital(w)
	}
	return s.hasLower(w)
}

// hasCapital reports whether s writes a capitalised word of four letters
// or more that starts with the same five letters as w.Lower (of five or
// more), or with the whole of it, or that w.Lower starts with.
func (s *Sentence) hasCapital(w Word) bool {
	for _, x := range s.capitals {
		if x != "" && w.Lower != "" && x[0] != w.Lower[0] {
			continue // each test below asks the same first letter
		}
		if len(x) >= 5 && len(w.Lower) >= 5 && x[:5] == w.Lower[:5] ||
			strings.HasPrefix(x, w.Lower) || strings.HasPrefix(w.Lower, x) {
			return true
		}
	}
	return false
}

// hasStem reports whether a word of s has w's stem (not "").
func (s *Sentence) hasStem(w Word) bool {
	if w.gen == s.gen && w.sid != 0 {
		_, ok := slices.BinarySearch(s.sids, w.sid)
		return ok
	}
	for _, x := range s.Words {
		if x.Stem == w.Stem {
			return true
		}
	}
	return false
}

// hasLower reports whether a word of s (not a sign) is written as w.Lower.
func (s *Sentence) hasLower(w Word) bool {
	if w.Sign {
		return false // no word is written as a sign
	}
	if w.gen == s.gen && w.lid != 0 {
		_, ok := slices.BinarySearch(s.lids, w.lid)
		return ok
	}
	return s.writes(w.Lower)
}

// writes reports whether a word of s (not a sign) is written as lower.
func (s *Sentence) writes(lower string) bool {
	for _, x := range s.Words {
		if !x.Sign && x.Lower == lower {
			return true
		}
	}
	return false
}

// sortedIDs sorts ids in place and returns them each once.
func sortedIDs(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Clip(slices.Compact(ids))
}

// countedIDs sorts ids in place and returns them each once, with how
// many times each was there.
func countedIDs(ids []int32) (once, counts []int32) {
	slices.Sort(ids)
	counts = make([]int32, 0, len(ids))
	once = ids[:0]
	for _, id := range ids {
		if len(once) > 0 && id == once[len(once)-1] {
			counts[len(counts)-1]++
			continue
		}
		once = append(once, id)
		counts = append(counts, 1)
	}
	return slices.Clip(once), slices.Clip(counts)
}

// overlaps returns overlap(a, b) and overlap(b, a), reading the stems of
// sentences of one Lexicon generation by their numbers, each once.
func overlaps(a, b *Sentence) (ab, ba float64) {
	if a.gen == 0 || a.gen != b.gen {
		return overlap(a, b), overlap(b, a)
	}
	inA, inB := 0, 0
	for i, j := 0, 0; i < len(a.sids) && j < len(b.sids); {
		switch x, y := a.sids[i], b.sids[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			inA += int(a.stemWords[i])
			inB += int(b.stemWords[j])
			i, j = i+1, j+1
		}
	}
	inA += a.capitalsIn(b)
	inB += b.capitalsIn(a)
	return share(inA, a.content), share(inB, b.content)
}

// capitalsIn counts the words of s whose stem other lacks but that other
// holds as a capitalised word (Sentence.has).
func (s *Sentence) capitalsIn(other *Sentence) int {
	n := 0
	for _, i := range s.capStems {
		if w := s.Words[i]; !other.hasStem(w) && other.hasCapital(w) {
			n++
		}
	}
	return n
}

// share returns in/n, or 0 when n is 0.
func share(in, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

// overlap returns the share of a's content words that b holds.
func overlap(a, b *Sentence) float64 {
	n, in := 0, 0
	for _, w := range a.Words {
		if w.Stem == "" {
			continue
		}
		n++
		if b.has(w) {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

// Span returns the byte span of words [lo, hi) of s.
func (s *Sentence) bytes(sp span) (int, int) {
	return s.Words[sp.lo].Start, s.Words[sp.hi-1].End
}
