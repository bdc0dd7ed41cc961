package disagree

import (
	"math"
	"slices"
	"strings"

	"github.com/concordsum/concord/summarize/internal/wordnet"
)

// A Match is one point on which two sentences differ: a value of the
// first (A) that the second states otherwise (B).
type Match struct {
	Kind string // "number", "name" or "polarity"
	// Slot names what the value is of in the first sentence, so that
	// the matches of one sentence against several others can be put
	// together: "number 3" (its fourth figure), "name marco rubio",
	// "polarity".
	Slot       string
	A, B       span   // the differing words
	AKey, BKey string // the two values, as keys that equal values share
	AApprox    bool   // the first value is approximate ("about 6,100")
	BApprox    bool
	Why        string // why the two were taken for the same thing

	itself  bool // a polarity whose counterpart is the negated word itself, after "not", "n't" or "never"
	related bool // a polarity whose counterpart is a WordNet relative of the word negated
	figure  bool // a polarity whose counterpart is the figure negated ("not more than 90%", "more than 90%")
}

// PairOverlap is the share of one sentence's content words that the
// other must hold before their figures and names are compared: below it
// the two speak of different things, however a grouping joined them.
const PairOverlap = 0.35

// NameOverlap is the share of one sentence's content words that the other
// must hold before a name of one is compared with a name of the other
// after the same first name or title ("President Trump", "President
// Okonkwo"): less than for figures, the place in the name being evidence
// of its own.
const NameOverlap = 0.25

// TitleOverlap is the share of one sentence's content words that the
// other must hold before a surname after the same two name words is
// compared between sentences related as Far.
const TitleOverlap = 0.1

// CloseOverlap is the share of each sentence's content words that the
// other must hold before their names, and their dates, weekdays, years and
// times, are compared: such values differ between reports of different
// events (a meeting on Sunday, another on Monday) that share a figure's
// words, so only sentences that say mostly the same are compared on them.
const CloseOverlap = 0.5

// AloneOverlap is the share of each sentence's content words that the
// other must hold before a name of one is compared with a name of the
// other after the same title or name word when one of the two is written
// by no other source (Sentence.Elsewhere): a lone name in the place of a
// name the other sources write.
const AloneOverlap = 0.2

// ItselfOverlap is the share of each sentence's content words that the
// other must hold for a plain negation ("not", "n't", "never") of a verb
// to be compared when the other states the verb itself ("has not
// nominated", "nominated") and negates nothing anywhere.
const ItselfOverlap = 0.25

// GroupedOverlap is the share of one sentence's content words that the
// other must hold, with ItselfOverlap of the other's in the one, for a
// negation in one of two grouped sentences to be a difference when the
// other states the negated word itself or a WordNet relative of it ("are
// not people of color", "are people of color"; "will not choose",
// "will select").
const GroupedOverlap = 0.45

// PartOverlap is the share of one sentence's content words that the other
// holds for the one to state part of the other: enough, within a claim,
// for a negation of that part to be a difference.
const PartOverlap = 0.6

// A Relation says how two compared sentences came together.
type Relation uint8

// The relations.
const (
	// Near: sentences much like each other that a grouping did not
	// join. Figures and names are compared; negations are not.
	Near Relation = iota
	// Grouped: sentences a grouping took for one claim. Figures are
	// compared from less in common (NameOverlap, one word around them),
	// and negations are looked for.
	Grouped
	// Summary: two claims of one summary. Figures and names are compared
	// as for Near; negations as for Grouped.
	Summary
	// Far: sentences like another sentence of the claim. Only a surname
	// after the same two words of a name is compared ("Indonesian
	// President B.J. Habibie", "... B.J. Castellanos").
	Far
	// Named: sentences that write a word of a name of the claim before
	// another name. Only a name no other source writes, after an English
	// word that is not a title, is compared ("the Asian Okonkwo", "the
	// Asian Games").
	Named
	// Renamed: sentences compared as Named that, with the claim's name in
	// the place of theirs, would make the claim (the caller judges).
	// Compared as Named, also after a title or a first name ("nominee Joe
	// Okonkwo", "nominee Joe Biden"): the name is then all they differ
	// on.
	Renamed
)

// Compare returns the points on which b differs from a, which came
// together by rel.
func Compare(a, b *Sentence, rel Relation) []Match {
	grouped := rel == Grouped
	var out []Match
	ab, ba := overlaps(a, b)
	if max(ab, ba) < TitleOverlap && (rel == Named || rel == Renamed || rel == Far) {
		return nil
	}
	// the names each lacks, for the name rules (computed once)
	var au, bu []span
	if max(ab, ba) >= TitleOverlap {
		au, bu = a.unmatched(b), b.unmatched(a)
	}
	if rel == Named || rel == Renamed {
		return loneNames(a, b, au, bu, nil, true, rel == Renamed)
	}
	if rel == Far {
		for _, m := range nameDiffs(a, b, au, bu, false) {
			if sharedPrefix(a, m.A, b, m.B) >= 2 {
				out = append(out, m)
			}
		}
		return append(out, loneNames(a, b, au, bu, out, false, false)...)
	}
	if max(ab, ba) >= PairOverlap || (grouped || a.hasTally() && b.hasTally()) && max(ab, ba) >= NameOverlap {
		out = append(out, numbers(a, b, min(ab, ba) >= CloseOverlap, grouped, false)...)
	} else if max(ab, ba) >= NameOverlap {
		out = append(out, numbers(a, b, false, false, true)...)
	}
	if max(ab, ba) >= NameOverlap {
		out = append(out, nameDiffs(a, b, au, bu, min(ab, ba) >= CloseOverlap)...)
	}
	if max(ab, ba) >= TitleOverlap {
		out = append(out, loneNames(a, b, au, bu, out, false, false)...)
	}
	if rel == Near {
		return out // a negation is looked for only within a claim, or between the summary's claims
	}
	// Both share PairOverlap of their words, or the negated one has
	// PartOverlap of its words in the other (it states part of it).
	shared := min(ab, ba) >= PairOverlap
	// less alike, but the negated word itself stated by a sentence that
	// negates nothing and has no word that negates without a negation
	// (nor "against": "would vote against", "would not vote for")
	loose := func(m Match, neg, aff *Sentence) bool {
		return m.itself && min(ab, ba) >= ItselfOverlap && len(aff.cues) == 0 && !aff.negativeWords(span{0, len(aff.Words)}, neg) && !aff.writes("against")
	}
	// grouped, the negated word itself (a verb, after auxiliaries or not)
	// or a relative stated, and a good part of the words in common (or
	// less, with the word after the negated one the same too); no
	// negation, nor a word that negates without one, nor "against", in the
	// affirmative word's clause, to the signs around it ("hasn't been
	// invited to the White House or spoken to", "approved the budget after
	// a long debate against cuts"); and the negation not one of "never ...
	// before" (which says when it first happened)
	claimed := func(m Match, neg, aff *Sentence) bool {
		same := m.itself || m.related || m.figure || m.B.hi > m.B.lo && m.A.hi > m.A.lo && aff.Words[m.B.hi-1].Stem != "" && aff.Words[m.B.hi-1].Stem == neg.Words[m.A.hi-1].Stem && !aff.nounAt(m.B.hi-1)
		if !grouped || !same || neg.neverBefore(m.A) {
			return false
		}
		if min(ab, ba) < ItselfOverlap || max(ab, ba) < GroupedOverlap {
			// less alike: the word after the negated one the same too
			// ("will not hear arguments", "was hearing arguments")
			if x, y := neg.nextContent(m.A.hi), aff.nextContent(m.B.hi); min(ab, ba) < AloneOverlap || (x < 0 || y < 0 || neg.Words[x].Stem != aff.Words[y].Stem) && !sameParticle(neg, m.A.hi-1, aff, m.B.hi-1) && !figureBeside(neg, m.A, aff, m.B) {
				return false
			}
		}
		cl := aff.clause(m.B.lo, false)
		return !aff.cueIn(aff.clause(m.B.lo, true)) && !aff.negativeWords(cl, neg) && !slices.ContainsFunc(aff.Words[cl.lo:cl.hi], func(w Word) bool { return w.Lower == "against" })
	}
	if m, ok := polarity(a, b, ab, ba); ok && (shared || ab >= PartOverlap || loose(m, a, b) || claimed(m, a, b)) {
		out = append(out, m)
	} else if m, ok := polarity(b, a, ba, ab); ok && (shared || ba >= PartOverlap || loose(m, b, a) || claimed(m, b, a)) {
		m.A, m.B = m.B, m.A
		m.AKey, m.BKey = m.BKey, m.AKey
		out = append(out, m)
	}
	return out
}

// tally reports a count written as a tally of two figures, "52-48" (its
// Unit the second figure after the hyphen).
func (q Quantity) tally() bool {
	return q.Kind == Count && len(q.Unit) > 1 && q.Unit[0] == '-' && isNumeric(q.Unit[1:])
}

// hasTally reports a tally among s's figures.
func (s *Sentence) hasTally() bool {
	return slices.ContainsFunc(s.Quantities, Quantity.tally)
}

// close reports equal figures.
func close(x, y float64) bool {
	return x == y || math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}

// equal reports whether q and r give the same value. Figures equal in
// value are equal when either is a bare count ("7.7 million" and "$7.7
// million"), so that a unit written once is no difference.
func equal(q, r Quantity) bool {
	if q.Kind == r.Kind || q.Kind == Count && q.Unit != "death" && (r.Kind == Money || r.Kind == Measure || r.Kind == Percent) ||
		r.Kind == Count && r.Unit != "death" && (q.Kind == Money || q.Kind == Measure || q.Kind == Percent) {
		if close(q.Value, r.Value) && (q.Kind != r.Kind || q.Kind == Count || q.Unit == r.Unit) {
			return true
		}
	}
	for _, alt := range q.Alt {
		if equal(alt, r) {
			return true
		}
	}
	for _, alt := range r.Alt {
		if equal(q, alt) {
			return true
		}
	}
	return false
}

// hasValue reports whether s gives q's value, and where.
func (s *Sentence) hasValue(q Quantity) (Quantity, bool) {
	for _, r := range s.Quantities {
		if equal(q, r) {
			return r, true
		}
	}
	return Quantity{}, false
}

// comparable reports whether q and r measure the same kind of thing, and
// how many context words they need in common to be taken for the same
// figure.
func comparable(q, r Quantity) (need int, ok bool) {
	if q.Kind != r.Kind {
		return 0, false
	}
	switch q.Kind {
	case Count:
		if q.Unit == "." || r.Unit == "." {
			return 0, false
		}
		if strings.HasPrefix(q.Unit, "#") || strings.HasPrefix(r.Unit, "#") {
			return 1, q.Unit == r.Unit // "Game 1", "Game 4": the same name's numbers
		}
		if q.tally() || r.tally() {
			return 1, q.tally() && r.tally() // two tallies ("52-48", "81-48"): one word in common is enough, a tally being a figure of few things
		}
		if q.Unit != r.Unit && q.Unit != "" && r.Unit != "" && (q.Unit == r.Head2 || q.Head2 == r.Unit) {
			return 2, true // "136,000 jobs" and "204,003 new jobs"
		}
		if q.Unit != r.Unit {
			if (q.Unit == "") != (r.Unit == "") && q.Unit != "death" && r.Unit != "death" {
				return 2, true // "943,000" against "943,000 workers"
			}
			return 0, false
		}
		switch q.Unit {
		case "death":
			return 1, true // the words of death around them count
		case "":
			return 3, true
		}
		return 2, true
	case Money:
		if q.Unit != r.Unit {
			return 0, false
		}
		if ratio := q.Value / r.Value; ratio > 0.2 && ratio < 5 {
			return 0, true // sums of one order of magnitude, in one currency
		}
		return 1, true
	case Measure:
		return 1, q.Unit == r.Unit
	case Percent, Age:
		return 2, true
	default: // years, dates, weekdays, times: often incidental
		return 2, true
	}
}

// window returns the content stems within six words of [lo, hi) (a word
// of death as "death", a figure as "#" and the figure as written), and whether the window names a place that other
// does not: a name after "in", "at", "throughout" and the like that other
// does not hold. When both do, the figures may be about different places
// ("in Guatemala", "in Mexico").
func (s *Sentence) window(lo, hi int, other *Sentence) (stems []string, foreign bool) {
	for j := max(0, lo-6); j < min(len(s.Words), hi+6); j++ {
		if j >= lo && j < hi {
			continue
		}
		w := s.Words[j]
		if w.Stem == "" {
			if isNumeric(w.Lower) && !w.Sign {
				// a figure beside it, written in both ("from 18 to 21",
				// "10 of the 12"), anchors it as well as a word
				stems = append(stems, "#"+w.Lower)
			}
			continue
		}
		if deathWords[w.Stem] {
			stems = append(stems, "death")
		} else {
			stems = append(stems, w.Stem)
		}
		if isNameWord(w) && !other.has(w) && s.placed(j) {
			foreign = true
		}
	}
	return stems, foreign
}

// places are the words before the name of a place.
var places = map[string]bool{
	"in": true, "at": true, "throughout": true, "across": true, "near": true, "outside": true,
	"inside": true, "within": true, "around": true,
}

// placed reports whether word j is part of a name after a word of place:
// "in Central America", "across the United States".
func (s *Sentence) placed(j int) bool {
	k := j
	for k > 0 && (isNameWord(s.Words[k-1]) || s.Words[k-1].Lower == "of") {
		k--
	}
	if k > 0 && placeWords[s.Words[k-1].Lower] {
		k-- // "in neighboring Kenya", "in downtown Nairobi"
	}
	if k > 0 && s.Words[k-1].Lower == "the" {
		k--
	}
	return k > 0 && places[s.Words[k-1].Lower]
}

// places returns the places s names (a name after a word of place, and
// the names joined to it by "and": "in Kenya and Tanzania"), lower-cased,
// a joined one after "+".
func (s *Sentence) places() []string {
	var out []string
	for j := range s.Words {
		if !isNameWord(s.Words[j]) || s.Words[j].Stem == "" {
			continue
		}
		if s.placed(j) {
			out = append(out, s.Words[j].Lower)
		} else if j >= 2 && s.Words[j-1].Lower == "and" && slices.Contains(out, s.Words[j-2].Lower) {
			out = append(out, "+"+s.Words[j].Lower) // joined: "+tanzania"
		}
	}
	return out
}

// partOfPlaces reports whether one list of places joins another place to
// all the places of the other ("in Kenya and Tanzania", "in Kenya"): a
// figure for the two together, another for one.
func partOfPlaces(x, y []string) bool {
	return joinsMore(x, y) || joinsMore(y, x)
}

// joinsMore reports whether x names places joined by "and" ("Kenya and
// Tanzania") of which y names exactly one.
func joinsMore(x, y []string) bool {
	var joined []string // the places of x's "A and B"
	for k, p := range x {
		if strings.HasPrefix(p, "+") {
			if k > 0 && !slices.Contains(joined, strings.TrimPrefix(x[k-1], "+")) {
				joined = append(joined, strings.TrimPrefix(x[k-1], "+"))
			}
			joined = append(joined, p[1:])
		}
	}
	if len(joined) < 2 {
		return false
	}
	n := 0
	for _, p := range joined {
		if slices.Contains(y, p) || slices.Contains(y, "+"+p) {
			n++
		}
	}
	return n == 1
}

// placeWords stand between a word of place and the name of the place.
var placeWords = map[string]bool{
	"neighboring": true, "neighbouring": true, "nearby": true, "downtown": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "coastal": true, "rural": true,
}

// reportVerbs are the verbs after a sentence's first name that make it
// the one reporting: "Mexico reported", "Guatemala said".
var reportVerbs = map[string]bool{
	"reported": true, "reports": true, "said": true, "says": true, "announced": true, "confirmed": true,
	"estimated": true, "estimates": true, "counted": true,
}

// reporter returns the index of the name that opens s and reports its
// figures ("Mexico reported one death"), or -1.
func (s *Sentence) reporter() int {
	i := 0
	for i < len(s.Words) && isNameWord(s.Words[i]) && s.Words[i].Stem != "" {
		i++
	}
	if i == 0 || i >= len(s.Words) || !reportVerbs[s.Words[i].Lower] {
		return -1
	}
	return i - 1
}

// yearNotIn reports whether s names, within twelve words of one of its
// figures, a year that other does not: the two may speak of different
// times ("Fifi in 1974 ... killing at least 2,000").
func (s *Sentence) yearNotIn(other *Sentence) bool {
	for _, q := range s.Quantities {
		if q.Kind != Year {
			continue
		}
		if _, ok := other.hasValue(q); ok {
			continue
		}
		for _, r := range s.Quantities {
			if r.Kind != Year && (r.Lo-q.Hi < 12 && r.Lo >= q.Hi || q.Lo-r.Hi < 12 && q.Lo >= r.Hi) {
				return true
			}
		}
	}
	return false
}

// yearNear reports whether s names, within twelve words of q, a year
// that other does not.
func (s *Sentence) yearNear(q Quantity, other *Sentence) bool {
	for _, y := range s.Quantities {
		if y.Kind != Year || y.Hi > q.Lo && y.Lo < q.Hi {
			continue
		}
		if y.Lo-q.Hi < 12 && y.Lo >= q.Hi || q.Lo-y.Hi < 12 && q.Lo >= y.Hi {
			if _, ok := other.hasValue(y); !ok {
				return true
			}
		}
	}
	return false
}

// others are the words that make a count one of other things: "nine
// other deaths", "had died elsewhere", "on that island alone". ("Another
// 4.4 million people filed" is this week's count, not other people.)
var others = map[string]bool{
	"other": true, "elsewhere": true, "additional": true, "further": true, "more": true, "alone": true,
}

// ofOthers reports a word of others right before or within three words
// after q, or "alone" before the next sign.
func (s *Sentence) ofOthers(q Quantity) bool {
	if q.Lo > 0 && others[s.Words[q.Lo-1].Lower] {
		return true
	}
	for j := q.Num + 1; j < len(s.Words) && j <= q.Hi+3; j++ {
		if others[s.Words[j].Lower] && !(s.Words[j].Lower == "more" && (j+1 < len(s.Words) && s.Words[j+1].Lower == "than" || s.Words[j-1].Lower == "or")) {
			return true
		}
	}
	// "alone" closes the phrase it limits: "14 people had died on that
	// small island alone"
	for j := q.Hi; j < len(s.Words) && j <= q.Hi+10 && !s.Words[j].Sign; j++ {
		if s.Words[j].Lower == "alone" {
			return true
		}
	}
	return false
}

// laterValue returns, for s's figure at index r that opens "from X to
// Y", the index of Y when Y can stand for q too (and other does not give
// it):
// the value the figure went to ("lower the death toll from 7,000 to about
// 6,100" gives 6,100 now); else r.
func (s *Sentence) laterValue(r int, q Quantity, other *Sentence) int {
	x := s.Quantities[r]
	if x.Lo == 0 || x.Hi >= len(s.Words) || s.Words[x.Lo-1].Lower != "from" || s.Words[x.Hi].Lower != "to" || r+1 >= len(s.Quantities) {
		return r
	}
	y := s.Quantities[r+1]
	if y.Lo != x.Hi+1 {
		return r
	}
	if _, ok := comparable(q, y); !ok {
		return r
	}
	if _, ok := other.hasValue(y); ok {
		return r
	}
	return r + 1
}

// farApart reports counts of things named otherwise (or of a thing
// named and one not) more than ten times apart: counts of other things
// ("injuring about 180", "a city of about 435,000 people"), where the
// same thing counted twice differs less.
func farApart(q, r Quantity) bool {
	if q.Kind != Count || r.Kind != Count || q.Unit == r.Unit || q.Value <= 0 || r.Value <= 0 {
		return false
	}
	ratio := q.Value / r.Value
	return ratio > 10 || ratio < 0.1
}

// partOverWhole reports whether of two counts of the same things, one of
// a whole (q when aWhole, else r: "in Kenya and Tanzania ... killed 224
// people") and one of a part ("in Kenya killed 322 people"), the part is
// the larger: no part of that whole. A whole given as a floor ("at least
// 224") or a part as a ceiling bounds nothing.
func partOverWhole(q, r Quantity, aWhole bool) bool {
	if q.Kind != Count || r.Kind != Count || q.Unit != r.Unit || q.Unit == "" {
		return false
	}
	whole, partOf := q, r
	if !aWhole {
		whole, partOf = r, q
	}
	return whole.Bound == 0 && partOf.Bound == 0 && partOf.Value > whole.Value
}

// partOfSum reports whether s gives, beside q, another figure of its
// kind and unit that adds up with q to r's value: the parts of r.
func partOfSum(s *Sentence, q, r Quantity) bool {
	for _, x := range s.Quantities {
		if x.Lo != q.Lo && x.Kind == q.Kind && (x.Unit == q.Unit || x.Unit == "" || q.Unit == "") && close(x.Value+q.Value, r.Value) {
			return true
		}
	}
	return false
}

// pairedFigures reports whether a and b each give two figures of the
// kind and unit of q and r, exactly one value the same in both, and q
// and r the two others.
func pairedFigures(a, b *Sentence, q, r Quantity) bool {
	if q.Kind != r.Kind || q.Unit != r.Unit || q.Unit == "" || q.Kind != Measure && q.Kind != Count {
		return false
	}
	var as, bs []Quantity
	for _, x := range a.Quantities {
		if x.Kind == q.Kind && x.Unit == q.Unit {
			as = append(as, x)
		}
	}
	for _, x := range b.Quantities {
		if x.Kind == q.Kind && x.Unit == q.Unit {
			bs = append(bs, x)
		}
	}
	if len(as) != 2 || len(bs) != 2 {
		return false
	}
	qo, ro := as[0], bs[0] // the other figures
	if qo.Lo == q.Lo {
		qo = as[1]
	}
	if ro.Lo == r.Lo {
		ro = bs[1]
	}
	return equal(qo, ro) && !equal(q, r) && !equal(q, ro) && !equal(qo, r)
}

// qualifier returns the words of q before its figure as written,
// lower-cased: for an approximate figure its qualifier ("as many as"),
// with a currency written before the figure ("about $").
func (s *Sentence) qualifier(q Quantity) string {
	if q.Lo >= q.Num {
		return ""
	}
	return s.lowerText(span{q.Lo, q.Num})
}

// ofFigure returns the figure of the whole that a count q is a part of,
// as written: "12" in "10 of the 12" and "10 of 12".
func (s *Sentence) ofFigure(q Quantity) (string, bool) {
	j := q.Hi
	if q.Kind != Count || j+1 >= len(s.Words) || s.Words[j].Lower != "of" {
		return "", false
	}
	j++
	if s.Words[j].Lower == "the" {
		j++
	}
	if j < len(s.Words) && isNumeric(s.Words[j].Lower) && !s.Words[j].Sign {
		return s.Words[j].Lower, true
	}
	return "", false
}

// sharesFigure reports a figure ("#21") in both windows.
func sharesFigure(a, b []string) bool {
	for _, x := range a {
		if strings.HasPrefix(x, "#") && slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// numbers returns the figures of a that b gives otherwise.
func numbers(a, b *Sentence, close, grouped, sameWords bool) []Match {
	var out []Match
	if ra, rb := a.reporter(), b.reporter(); ra >= 0 && rb >= 0 && !b.has(a.Words[ra]) && !a.has(b.Words[rb]) {
		return nil // "Mexico reported one death", "Guatemala reported 100 deaths"
	}
	otherYear := false
	// one names two places joined ("in Kenya and Tanzania"), the other
	// one of them: their figures are of a whole and a part
	part := len(a.Quantities) > 0 && len(b.Quantities) > 0 && partOfPlaces(a.places(), b.places())
	aWhole := part && joinsMore(a.places(), b.places())
	for qi, q := range a.Quantities {
		if _, ok := b.hasValue(q); ok {
			continue
		}
		qs, qf := a.window(q.Lo, q.Hi, b)
		otherYear = q.Kind != Year && (a.yearNear(q, b) || b.yearNotIn(a))
		if otherYear || !close && q.Kind >= Year {
			continue
		}
		qo := q.Kind == Count && a.ofOthers(q)
		best, bestN := -1, 0
		for ri, r := range b.Quantities {
			q, r := strongOf(a, q, b, r)
			need, ok := comparable(q, r)
			if !ok {
				continue
			}
			if _, ok := a.hasValue(r); ok {
				continue // b's figure is in a too: it answers another of a's figures
			}
			rs, rf := b.window(r.Lo, r.Hi, a)
			if qf && rf || qo != (r.Kind == Count && b.ofOthers(r)) || part && !partOverWhole(q, r, aWhole) {
				continue // each names a place the other does not, or one counts other things ("nine other deaths"), or a part no larger than its whole
			}
			if grouped && need == 2 && (q.Kind == Count && q.Unit == r.Unit || q.Kind == Percent) {
				need = 1 // the same things counted, or a percentage, in one claim
			}
			if grouped && need == 3 && sharesFigure(qs, rs) {
				need = 2 // a bare count beside the same other figure ("from 30 to 21", "from 18 to 21"), in one claim
			}
			if grouped && pairedFigures(a, b, q, r) {
				need = 0 // the other of two such figures, the one both give aside ("from 6 feet to 3 feet", "3 feet instead of the 6 feet")
			}
			if of, ok := a.ofFigure(q); ok && need > 1 {
				if of2, ok := b.ofFigure(r); ok && of == of2 {
					need = 1 // a part of the same whole: "10 of the 12", "18 of the 12"
				}
			}
			if sameWords && !(q.Unit == r.Unit && q.Unit != "" && q.Approx && r.Approx && a.qualifier(q) == b.qualifier(r)) {
				continue // less alike: only one thing counted, qualified alike ("as many as 15,000 troops", "as many as 22,503 troops")
			}
			if n := shared(qs, rs); n >= need && (best < 0 || n > bestN) {
				best, bestN = ri, n
			}
		}
		if best >= 0 {
			best = b.laterValue(best, q, a)
		}
		if best < 0 || consistent(q, b.Quantities[best]) || partOfSum(a, q, b.Quantities[best]) || partOfSum(b, b.Quantities[best], q) || farApart(q, b.Quantities[best]) {
			continue // none, one the bound allows ("more than 15,000", "15,300"), or one of two parts and their sum ("2.5 million ... and 1.5 million", "4 million")
		}
		q, r := strongOf(a, q, b, b.Quantities[best])
		out = append(out, Match{
			Kind: "number", Slot: "number " + itoa(qi),
			A: span{q.Lo, q.Hi}, B: span{r.Lo, r.Hi},
			AKey: q.key(), BKey: r.key(), AApprox: q.Approx, BApprox: r.Approx,
			Why: q.Kind.String() + " figures with " + itoa(bestN) + " words around them in common",
		})
	}
	return out
}

// strongOf returns a's figure q and b's figure r, the unit of a count
// written "N-strong" ("a 2,253-strong protest") the unit of the other's
// count when the sentence of the "N-strong" names it too ("Kurds came ...
// for a 2,253-strong protest", "1,500 Kurds massed"): a group counted by
// its members.
func strongOf(a *Sentence, q Quantity, b *Sentence, r Quantity) (Quantity, Quantity) {
	if q.Kind != Count || r.Kind != Count {
		return q, r
	}
	if q.Unit == "strong" && r.Unit != "" && r.Unit != "strong" && !strings.HasPrefix(r.Unit, "#") && a.hasStem(Word{Stem: r.Unit}) {
		q.Unit = r.Unit
	} else if r.Unit == "strong" && q.Unit != "" && q.Unit != "strong" && !strings.HasPrefix(q.Unit, "#") && b.hasStem(Word{Stem: q.Unit}) {
		r.Unit = q.Unit
	}
	return q, r
}

// unmatched returns the names of s that other does not hold: the last
// words of a run of names that other does not hold, after words that it
// does ("Secretary of State" before "Marco Rubio"; a title before those,
// "Sen." of "Sen. Rand Paul", may be missing). A name whose last word
// other holds ("Bob Livingston", "Robert Livingston") is the same name.
func (s *Sentence) unmatched(other *Sentence) []span {
	var out []span
	for _, n := range s.names {
		for n.hi > n.lo {
			i := n.hi
			for i > n.lo && !other.has(s.Words[i-1]) && s.Words[i-1].Lower != "of" {
				i--
			}
			if i == n.hi {
				// the last word the other has: in "X of Y" whose "Y"
				// the other has, the name before "of" in turn ("U.S.
				// Circuit Okonkwo of Appeals", "U.S. Circuit Court of
				// Appeals")
				k := n.hi - 1
				for k > n.lo && s.Words[k].Lower != "of" {
					k--
				}
				if k <= n.lo || !other.holdsAll(s.Words[k+1:n.hi]) {
					break
				}
				n.hi = k
				continue
			}
			if i > n.lo && other.has(s.Words[i-1]) || i == n.lo {
				// after a first name or title the other has, or a whole
				// name ("Sen." before it may be missing: "Rand Paul")
				out = append(out, span{i, n.hi})
				break
			}
			// stopped at an "of" the other lacks: a place after the
			// name ("Sen. Ted Abernathy of Texas"), the name before it
			// looked at in turn
			n.hi = i - 1
		}
	}
	return out
}

// afterNameWord reports whether the word before u stands in u's run of
// names ("President" of "President Okonkwo"; not "Attorney" of "District
// Attorney's Office": a possessive ends a run).
func (s *Sentence) afterNameWord(u span) bool {
	for _, n := range s.names {
		if n.lo < u.lo && u.lo < n.hi {
			return true
		}
	}
	return false
}

// formerWords, written before a title, name one who held it before or
// holds it next ("former President", "then-Governor", "President-elect").
var formerWords = map[string]bool{"former": true, "ex": true, "late": true, "then": true, "elect": true, "incoming": true, "outgoing": true, "ousted": true, "deposed": true}

// former reports whether u's run of names has a formerWords word right
// before it or in it ("former President Barack Obama", "President-elect
// Donald Trump").
func (s *Sentence) former(u span) bool { return s.runHas(u, formerWords) }

// runHas reports whether u's run of names, or the word right before it,
// holds a word of words.
func (s *Sentence) runHas(u span, words map[string]bool) bool { return s.runWord(u, words) != "" }

// runWord returns the first word of words in u's run of names, or right
// before it, lower-cased; "" for none.
func (s *Sentence) runWord(u span, words map[string]bool) string {
	lo := u.lo
	for _, n := range s.names {
		if n.lo <= u.lo && u.lo < n.hi {
			lo = n.lo
		}
	}
	for i := max(0, lo-1); i < u.hi; i++ {
		if words[s.Words[i].Lower] {
			return s.Words[i].Lower
		}
	}
	return ""
}

// honorifics are titles any holder may be given as well: "Mr Pence" may
// be "Vice President Pence".
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true}

// title returns the title word in the run of names of u, or just before
// it ("president" of "President Joe Biden"), or "".
func (s *Sentence) title(u span) string { return s.runWord(u, titleWords) }

// english reports whether every word of u is an English word (WordNet's):
// "Agency", "Games", "Times", not "Sihanouk".
func (s *Sentence) english(u span) bool {
	for i := u.lo; i < u.hi; i++ {
		if w := s.Words[i]; w.Stem == "" || !wordnet.Known(w.Stem) {
			return false
		}
	}
	return true
}

// sharedPrefix counts the name words right before u in a and v in b that
// are the same word, up to a stop word ("The United Nations", "The United
// States": one).
func sharedPrefix(a *Sentence, u span, b *Sentence, v span) int {
	n := 0
	for i, j := u.lo-1, v.lo-1; i >= 0 && j >= 0 && a.inName(i) && b.inName(j) && a.Words[i].Stem != "" && a.Words[i].Lower == b.Words[j].Lower; i, j = i-1, j-1 {
		n++
	}
	return n
}

// inName reports whether word j is in a run of names: a first name or a
// title before a surname ("Ted" of "Ted Cruz", "State" of "Secretary of
// State Marco Rubio").
func (s *Sentence) inName(j int) bool {
	for _, n := range s.names {
		if j >= n.lo && j < n.hi {
			return true
		}
	}
	return false
}

// titled reports whether u's run of names holds a title word or has one
// right before it ("President Trump", "former Sen. Bob Dole").
func (s *Sentence) titled(u span) bool { return s.runHas(u, titleWords) }

// personLike reports whether u may be the name of someone or something
// that another name can replace: one to three words, not an acronym
// ("TX", "USMCA": abbreviations of what the other may write in full), and
// not one word naming a group or a people ("Democrats", "Kurds",
// "Serbian", "Chinese").
func (s *Sentence) personLike(u span) bool {
	if u.hi-u.lo > 3 {
		return false
	}
	if u.hi-u.lo == 1 {
		w := s.Words[u.lo]
		text := s.Text[w.Start:w.End]
		if strings.ToUpper(text) == text {
			return false
		}
		// a plural or an adjective of a people ("Democrats",
		// "Republicans", "Chinese"), unless a title goes before it: a
		// surname ("Gov. Tony Evers")
		for _, suf := range []string{"ans", "ats", "ists", "ers", "ics", "ian", "ese", "ish", "ds"} {
			if strings.HasSuffix(w.Lower, suf) && !s.titled(u) {
				return false
			}
		}
	}
	return true
}

// lowerText returns words [lo, hi) lower-cased, joined by spaces.
func (s *Sentence) lowerText(sp span) string {
	var b strings.Builder
	for i := sp.lo; i < sp.hi; i++ {
		if i > sp.lo {
			b.WriteByte(' ')
		}
		b.WriteString(s.Words[i].Lower)
	}
	return b.String()
}

// initials returns the first letters of words [lo, hi) ("United States"
// → "us").
func (s *Sentence) initials(sp span) string {
	var b strings.Builder
	for i := sp.lo; i < sp.hi; i++ {
		if s.Words[i].Lower != "of" {
			b.WriteByte(s.Words[i].Lower[0])
		}
	}
	return b.String()
}

// neighbour returns the content word next to a run (before it when
// dir < 0), skipping signs, or "" when there is none or it is a stop word
// (but for an abbreviation written with periods: "U.S.").
func (s *Sentence) neighbour(sp span, dir int) string {
	j := sp.lo - 1
	if dir > 0 {
		j = sp.hi
	}
	for j >= 0 && j < len(s.Words) && s.Words[j].Sign {
		j += dir
	}
	if j < 0 || j >= len(s.Words) {
		return ""
	}
	w := s.Words[j]
	if w.Stem == "" {
		if w.Cap && strings.Contains(s.Text[w.Start:w.End], ".") {
			return w.Lower // an abbreviation that is a stop word's letters: "U.S."
		}
		return ""
	}
	return w.Stem
}

// nameDiffs returns the names of a that b replaces by another in the same
// place: the same title or word before it, or after it. au and bu are
// a.unmatched(b) and b.unmatched(a).
//
// Unless close (the two share CloseOverlap of each one's words), the word
// before both must be a name word of the run ("Ted Cruz" and "Ted
// Abernathy", "President Trump" and "President Biden").
func nameDiffs(a, b *Sentence, au, bu []span, close bool) []Match {
	var out []Match
	for _, v := range bu {
		if m, ok := titledElsewhere(b, v, a, au); ok {
			out = append(out, swapped([]Match{m})...)
		} else if m, ok := presidentOf(b, v, a); ok {
			out = append(out, swapped([]Match{m})...)
		}
	}
	for _, u := range au {
		if m, ok := titledElsewhere(a, u, b, bu); ok {
			out = append(out, m)
			continue
		}
		if m, ok := presidentOf(a, u, b); ok {
			out = append(out, m)
			continue
		}
		for _, v := range bu {
			if a.lowerText(u) == b.initials(v) || b.lowerText(v) == a.initials(u) {
				continue // "U.S." and "United States"
			}
			after := a.nameAfter(u)
			if after != "" && after == b.nameAfter(v) && (a.loneLast(u) || b.loneLast(v) || a.lone(u) || b.lone(v)) && min(overlap(a, b), overlap(b, a)) >= AloneOverlap {
				// the heads of one name of a body ("The US Castellanos for
				// Disease Control", "The Centers for Disease Control")
				out = append(out, nameMatch(a, u, b, v, "names before the same name, one a word no other source writes"))
				break
			}
			if !a.personLike(u) || !b.personLike(v) {
				continue
			}
			if a.former(u) != b.former(v) && a.titled(u) && b.titled(v) {
				continue // "former President Barack Obama", "President Biden": another time, another holder (a name without a title may be either: "the trial of Donald Okonkwo", "former President Donald Trump's trial")
			}
			why := ""
			if l := a.neighbour(u, -1); l != "" && l == b.neighbour(v, -1) {
				if a.Words[u.lo-1].Possessive != b.Words[v.lo-1].Possessive {
					continue // "the District Attorney's Office", "District Attorney Cyrus Vance": whose, and who
				}
				why = "names after the same word"
				if a.afterNameWord(u) && b.afterNameWord(v) && (close || u.hi-u.lo == 1 && v.hi-v.lo == 1) {
					why = "names after the same name or title"
				} else if a.afterNameWord(u) && b.afterNameWord(v) && (u.hi-u.lo == 1 || v.hi-v.lo == 1) && (a.alone(u) != b.alone(v) || a.lone(u) || b.lone(v) || a.loneLast(u) || b.loneLast(v)) && min(overlap(a, b), overlap(b, a)) >= AloneOverlap {
					why = "names after the same name or title, one a word no other source writes"
				} else if !close {
					why = "" // loosely alike: only a surname after the same first name ("Ted Cruz", "Ted Abernathy")
				}
			} else if r := a.neighbour(u, 1); close && r != "" && r == b.neighbour(v, 1) {
				why = "names before the same word"
			} else if r != "" && r == b.neighbour(v, 1) && !reporting[r] && a.titled(u) && b.titled(v) && (a.loneLast(u) || b.loneLast(v) || a.lone(u) || b.lone(v)) && min(overlap(a, b), overlap(b, a)) >= AloneOverlap {
				why = "names before the same word, one a word no other source writes"
			}
			if why == "" {
				continue
			}
			if ta, tb := a.title(u), b.title(v); ta == "" && tb == "" && a.english(u) && b.english(v) || ta != "" && tb != "" && ta != tb && !honorifics[ta] && !honorifics[tb] {
				// English words after the same word are parts of the
				// names of other bodies ("the Russian Space Agency", "the
				// Johnson Space Center"; "New York City", "The New York
				// Times"); other titles, other people ("King Norodom
				// Sihanouk", "Prince Norodom Ranariddh")
				continue
			}
			out = append(out, nameMatch(a, u, b, v, why))
			break
		}
	}
	return out
}

// titledElsewhere returns the match of a's name u whose last word no
// other source writes, after a title ("President Donald Okonkwo's"), with
// b's name after the same title ("President Trump") that b holds only
// elsewhere in a, not after that title ("... that Trump had directed
// him"), when b has no unmatched name to compare u with (bu).
func titledElsewhere(a *Sentence, u span, b *Sentence, bu []span) (Match, bool) {
	if u.lo == 0 {
		return Match{}, false
	}
	p := a.Words[u.lo-1]
	if !titleWords[p.Lower] || p.Possessive {
		return Match{}, false
	}
	if !a.personLike(u) {
		return Match{}, false
	}
	for _, n := range b.names {
		// the name after the title, inside the run ("President Trump") or
		// after it
		t := n.lo - 1
		for k := n.lo; k < n.hi-1; k++ {
			if b.Words[k].Lower == p.Lower {
				t = k
			}
		}
		v := span{t + 1, n.hi}
		if t < 0 || b.Words[t].Lower != p.Lower || b.Words[t].Possessive || !b.personLike(v) || a.former(u) != b.former(v) {
			continue
		}
		if pa, pb := a.wordBefore(u.lo-1), b.wordBefore(t); (titleWords[pa] || titleWords[pb] || a.capBefore(u.lo-1) || b.capBefore(t)) && pa != pb {
			continue // the same title word in other titles: "President", "Vice President", "Ukrainian President"
		}
		if a.writesAfter(p, b.Words[v.lo]) || !a.has(b.Words[v.hi-1]) {
			continue // a writes b's name after the title too, or not at all (then unmatched compares them)
		}
		if !a.loneLast(u) && !a.lone(u) {
			return Match{}, false // (the dearer test last) another source writes u
		}
		return nameMatch(a, u, b, v, "names after the same title, one a word no other source writes"), true
	}
	return Match{}, false
}

// nameMatch returns the match of a's name u with b's name v, for why.
func nameMatch(a *Sentence, u span, b *Sentence, v span, why string) Match {
	return Match{
		Kind: "name", Slot: "name " + a.lowerText(u), A: u, B: v,
		AKey: a.lowerText(u), BKey: b.lowerText(v), Why: why,
	}
}

// presidentOf returns the match of a's name u whose last word no other
// source writes, after "President" (and a first name), with the name
// that b writes before "administration" and a does not hold: the
// president it names ("President Donald Okonkwo and Vice President Mike
// Pence", "Trump administration officials say Vice President Mike
// Pence").
func presidentOf(a *Sentence, u span, b *Sentence) (Match, bool) {
	for u.hi-u.lo >= 2 && titleWords[a.Words[u.lo].Lower] {
		u.lo++ // the title inside the run: "President Okonkwo"
	}
	if u.lo == 0 {
		return Match{}, false
	}
	t := u.lo - 1
	if t > 0 && !titleWords[a.Words[t].Lower] && isNameWord(a.Words[t]) {
		t-- // a first name: "President Donald Okonkwo"
	}
	if a.Words[t].Lower != "president" || a.Words[t].Possessive || titleWords[a.wordBefore(t)] || a.capBefore(t) {
		return Match{}, false // not "Vice President Okonkwo", "Ukrainian President Okonkwo"
	}
	if !a.personLike(u) || a.former(u) {
		return Match{}, false
	}
	for j := 0; j+1 < len(b.Words); j++ {
		// a name before "administration" (the sentence's first word
		// too: "Trump administration officials say")
		if b.Words[j+1].Lower != "administration" || !isNameWord(b.Words[j]) || b.Words[j].Possessive {
			continue
		}
		v := span{j, j + 1}
		if !b.personLike(v) || a.has(b.Words[v.lo]) || b.former(v) {
			continue
		}
		if !a.loneLast(u) && !a.lone(u) {
			return Match{}, false // (the dearer test last) another source writes u
		}
		return nameMatch(a, u, b, v, "a president no other source names, and the president whose administration the other names"), true
	}
	return Match{}, false
}

// nameAfter returns, lower-cased, the word after u and the run of names
// that follows it, when that word is a stop word that joins them ("for
// disease control" after "Centers" in "the Centers for Disease
// Control"), or "".
func (s *Sentence) nameAfter(u span) string {
	j := u.hi
	if j+1 >= len(s.Words) || s.Words[j].Stem != "" || s.Words[j].Sign || s.Words[j].Cap {
		return ""
	}
	for _, n := range s.names {
		if n.lo == j+1 && n.hi-n.lo >= 2 {
			return s.Words[j].Lower + " " + s.lowerText(n)
		}
	}
	return ""
}

// capBefore reports a capitalised word (not the sentence's first) right
// before word j: a title of a country or a body ("Ukrainian President").
func (s *Sentence) capBefore(j int) bool {
	return j >= 2 && s.Words[j-1].Cap && !s.Words[j-1].Sign
}

// wordBefore returns the word before word j, lower-cased, or "".
func (s *Sentence) wordBefore(j int) string {
	if j <= 0 {
		return ""
	}
	return s.Words[j-1].Lower
}

// reporting are the stems of verbs of saying that are no stop words
// ("said" and "told" are): sources quote different people for one claim
// ("Mr Smith added", "President Jones added").
var reporting = map[string]bool{"ad": true, "accord": true, "report": true, "announc": true, "explain": true, "note": true, "wrote": true, "tweet": true}

// firstNames are first names that are English words too ("Bob Barr",
// "Bob Livingston": two people).
var firstNames = map[string]bool{
	"bob": true, "bill": true, "will": true, "mark": true, "rose": true, "frank": true, "jack": true,
	"grant": true, "ray": true, "rich": true, "dick": true, "don": true, "pat": true, "sue": true,
	"kim": true, "joy": true, "hope": true, "faith": true, "dawn": true, "rob": true, "art": true,
	"chase": true, "dean": true, "drew": true, "gene": true, "gay": true, "june": true, "may": true,
	"guy": true, "jay": true, "lee": true, "max": true, "nick": true, "pete": true, "sam": true,
	"tim": true, "tom": true, "ted": true, "ben": true, "dan": true, "joe": true, "john": true,
	"rick": true, "ron": true, "russ": true, "sal": true, "sid": true, "ken": true, "earl": true,
}

// contentBefore reports whether the n words before word j are content
// words, not signs or possessives.
func (s *Sentence) contentBefore(j, n int) bool {
	if j < n {
		return false
	}
	for k := j - n; k < j; k++ {
		if w := s.Words[k]; w.Stem == "" || w.Sign || w.Possessive {
			return false
		}
	}
	return true
}

// writesAfterIn is writesAfter where the word before p is a name word
// only when it is before (a name word, lower-cased, or ""): "the
// Pennsylvania Supreme Court" does not write the "Supreme Court" of "the
// Supreme Court".
func (s *Sentence) writesAfterIn(p, x Word, before string) bool {
	for j := 0; j+1 < len(s.Words); j++ {
		if s.Words[j].Lower == p.Lower && s.Words[j+1].Lower == x.Lower && s.nameBefore(j) == before {
			return true
		}
	}
	return false
}

// nameBefore returns the name word right before word j, lower-cased, or
// "".
func (s *Sentence) nameBefore(j int) string {
	if j > 0 && isNameWord(s.Words[j-1]) && s.Words[j-1].Stem != "" {
		return s.Words[j-1].Lower
	}
	return ""
}

// writesAfter reports whether s writes x right after a word written as p.
func (s *Sentence) writesAfter(p, x Word) bool {
	for j := 0; j+1 < len(s.Words); j++ {
		if s.Words[j].Lower == p.Lower && s.Words[j+1].Lower == x.Lower {
			return true
		}
	}
	return false
}

// loneNames returns loneInName's matches of a against b, and of b
// against a with their sides exchanged (a's words first); au and bu are
// a.unmatched(b) and b.unmatched(a).
func loneNames(a, b *Sentence, au, bu []span, out []Match, english, renamed bool) []Match {
	found := loneInName(a, b, au, out, english, renamed)
	for _, m := range loneInName(b, a, bu, swapped(append(out, found...)), english, renamed) {
		found = append(found, swapped([]Match{m})[0])
	}
	if !english {
		found = append(found, loneBetween(a, b, append(out, found...))...)
		for _, m := range loneBetween(b, a, swapped(append(out, found...))) {
			found = append(found, swapped([]Match{m})[0])
		}
	}
	return found
}

// loneBetween returns the lone words of a (Sentence.lone) inside a run of
// names, between two words that b writes around another capitalised word
// that a does not write ("Majority Lindqvist Chuck Schumer", "Majority
// Leader Chuck Schumer"), unless a has a match for the word already (in
// out).
func loneBetween(a, b *Sentence, out []Match) []Match {
	var found []Match
	// (a name word is capitalised: only those of a and b are read)
	for _, k := range a.capsInside() {
		w, p, x := a.Words[k], a.Words[k-1], a.Words[k+1]
		if !isNameWord(w) || p.Possessive || w.Possessive || !(isNameWord(p) && p.Stem != "" || isNameWord(x) && x.Stem != "") {
			continue
		}
		for _, j := range b.capsInside() {
			v := b.Words[j]
			if b.Words[j-1].Lower != p.Lower || b.Words[j+1].Lower != x.Lower || !isNameWord(v) || b.Words[j-1].Possessive || a.hasName(v) || spelledAlike(v.Lower, w.Lower) {
				continue
			}
			// the dearer tests last
			if !a.lone(span{k, k + 1}) || slices.ContainsFunc(out, func(m Match) bool { return m.Kind == "name" && m.A.lo <= k && k < m.A.hi }) {
				break
			}
			found = append(found, Match{
				Kind: "name", Slot: "name " + w.Lower, A: span{k, k + 1}, B: span{j, j + 1},
				AKey: w.Lower, BKey: v.Lower,
				Why: "a name no other source writes, between the words that the other writes around another name",
			})
			break
		}
	}
	return found
}

// swapped returns ms with each match's sides exchanged (and its slot
// named for the new first side's value).
func swapped(ms []Match) []Match {
	out := make([]Match, len(ms))
	for i, m := range ms {
		m.A, m.B, m.AKey, m.BKey, m.AApprox, m.BApprox = m.B, m.A, m.BKey, m.AKey, m.BApprox, m.AApprox
		if m.Kind == "name" {
			m.Slot = "name " + m.AKey
		}
		out[i] = m
	}
	return out
}

// titleWords stand before the names of people who hold a title: after
// them, another source's other name is mostly another person ("President
// Macron", "President Trump"), so loneInName leaves them alone.
var titleWords = map[string]bool{
	"president": true, "presidentelect": true, "vice": true, "prime": true, "minister": true, "secretary": true,
	"sen": true, "senator": true, "rep": true, "representative": true, "gov": true, "governor": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "general": true, "col": true, "lt": true,
	"king": true, "queen": true, "prince": true, "pope": true, "judge": true, "justice": true, "chancellor": true,
	"mayor": true, "chief": true, "leader": true, "director": true, "chairman": true, "speaker": true,
	"commissioner": true, "ambassador": true, "attorney": true, "officer": true, "sgt": true, "capt": true,
	"adm": true, "admiral": true, "premier": true, "sheikh": true, "saint": true, "st": true,
}

// bodyWords end the names of bodies: after them a title word is part of
// the name ("Justice Department", "Labor Department").
var bodyWords = map[string]bool{
	"department": true, "ministry": true, "court": true, "committee": true, "council": true,
	"agency": true, "office": true, "bureau": true, "commission": true, "service": true,
	"administration": true, "board": true, "party": true, "department's": true,
}

// loneInName returns the names of a (au: a.unmatched(b)) that no other source writes (a lone
// word that is no English word) after a name word that b writes before
// another name ("the Asian Okonkwo", "the Asian Games"; "Moammar
// Castellanos", "Col. Moammar Gadhafi"), unless that word is a title or
// is not a name word in b ("al-Muntasser"), a already has a match for the
// name (in out), or a writes b's name after the same word too ("South
// Korea" is no "North Korea"). When english, the word before must be an
// English word (WordNet's: "Asian", "White", "North"), not a first name.
//
// When renamed (see Renamed), the word before may be a title, a first
// name or any word.
func loneInName(a, b *Sentence, au []span, out []Match, english, renamed bool) []Match {
	var found []Match
	for _, u := range au {
		if u.hi-u.lo == 2 && len(a.Words[u.lo].Lower) == 1 {
			u.lo++ // a middle initial, then the name: "G. Nakamura" (the initial is passed over below)
		}
		if u.hi-u.lo != 1 || !a.afterNameWord(u) || !a.personLike(u) {
			continue
		}
		p := a.Words[u.lo-1]
		if p.Possessive {
			continue
		}
		if len(p.Lower) == 1 && u.lo >= 2 && a.inName(u.lo-2) {
			p = a.Words[u.lo-2] // a middle initial: the first name before it ("Matthew G. Nakamura", "Matthew Whitaker")
		}
		// After a title, or, when english, after a first name, the two
		// words before it must be the same as well ("Libyan leader
		// Moammar Castellanos", "Libyan leader Moammar Gadhafi"): after
		// the title or first name alone another source's other name is
		// mostly another person ("President Macron", "President Trump";
		// "Galina Markelova", "Galina Starovoitova"; "Rep. Bob Barr", "Rep.
		// Bob Livingston").
		context := !renamed && (titleWords[p.Lower] || english && (p.Stem == "" || !wordnet.Known(p.Stem) || firstNames[p.Lower]))
		contextBefore := context && a.contentBefore(u.lo-1, 2)
		// or the two name the same body before the first name: the same
		// role ("European Central Bank President Wim Okonkwo", "the head
		// of the European Central Bank, Wim Duisenberg")
		sameBody := context && english && !titleWords[p.Lower] && a.sharesBody(b, u.lo-1)
		// b's name after the same word, then (dearer) whether no other
		// source writes a's
		v := span{-1, -1}
		for _, n := range b.caps { // (a name word is capitalised)
			if n == 0 {
				continue
			}
			j, x := n-1, b.Words[n]
			if b.Words[j].Lower != p.Lower || !isNameWord(b.Words[j]) && !nameParticles[b.Words[j].Lower] || b.Words[j].Possessive || !isNameWord(x) || x.Joined {
				continue // (a particle may be written in lower case: "Osama Bin Okonkwo", "Osama bin Laden")
			}
			// a title word before the word of a body is no title ("the
			// Justice Department", "the Justice Okonkwo")
			if context && !bodyWords[x.Lower] && !sameBody && (!contextBefore || j < 2 || b.Words[j-1].Lower != a.Words[u.lo-2].Lower || b.Words[j-2].Lower != a.Words[u.lo-3].Lower) {
				continue
			}
			if a.writesAfterIn(p, x, b.nameBefore(j)) {
				continue // a writes b's name after the same word too ("South Korea" is no "North Korea"); b's name elsewhere is no answer ("Michael Okonkwo pleaded guilty ... Cohen has information", "Michael Cohen")
			}
			if c := (span{j + 1, j + 2}); b.personLike(c) && a.former(u) == b.former(c) {
				v = c
				break
			}
		}
		if v.lo < 0 || slices.ContainsFunc(out, func(m Match) bool { return m.Kind == "name" && m.A.lo < u.hi && u.lo < m.A.hi }) || !a.lone(u) {
			continue
		}
		found = append(found, nameMatch(a, u, b, v, "a name no other source writes, after a name word that the other writes before another name"))
	}
	return found
}

// sharesBody reports whether s writes, before word lo, two name words in
// a row (neither a title nor a first name, not the sentence's first
// word) that other writes in a row as names too: the name of one body,
// "European Central Bank".
func (s *Sentence) sharesBody(other *Sentence, lo int) bool {
	plain := func(w Word) bool {
		return w.Cap && !w.Sign && w.Stem != "" && !titleWords[w.Lower] && !firstNames[w.Lower]
	}
	for j := 1; j+1 < lo; j++ {
		x, y := s.Words[j], s.Words[j+1]
		if !plain(x) || !plain(y) || x.Possessive {
			continue
		}
		for k := 1; k+1 < len(other.Words); k++ {
			if ox, oy := other.Words[k], other.Words[k+1]; ox.Cap && oy.Cap && !ox.Possessive && ox.Lower == x.Lower && oy.Lower == y.Lower {
				return true
			}
		}
	}
	return false
}

// holdsAll reports whether s holds every word of ws (Sentence.has).
func (s *Sentence) holdsAll(ws []Word) bool {
	for _, w := range ws {
		if !s.has(w) {
			return false
		}
	}
	return true
}

// spelledAlike reports two forms of a word one edit apart (one
// letter more, less or other; two for words of eight letters or more):
// one name spelled two ways ("Oscar", "Oskar"), no difference.
func spelledAlike(x, y string) bool {
	limit := 1
	if min(len(x), len(y)) >= 8 {
		limit = 2
	}
	if d := len(x) - len(y); d > limit || -d > limit {
		return false
	}
	// Levenshtein distance, two rows
	prev, cur := make([]int, len(y)+1), make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)] <= limit
}

// nameParticles are the words inside names that some write in lower
// case: "Osama bin Laden", "Ludwig van Beethoven".
var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "al": true, "el": true, "abu": true, "van": true, "von": true, "der": true,
	"de": true, "del": true, "da": true, "di": true, "du": true, "la": true, "le": true,
}

// hasName reports whether s writes name word x as a name: a capitalised
// word of the same stem or form ("New York City" has "City"; "anarchist
// cities" has it not).
func (s *Sentence) hasName(x Word) bool {
	for _, i := range s.caps {
		if w := &s.Words[i]; !w.Sign && (w.Lower == x.Lower || w.Stem != "" && w.Stem == x.Stem) {
			return true
		}
	}
	return false
}

var auxiliaries = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "do": true, "does": true, "did": true, "could": true,
	"should": true, "can": true, "may": true, "might": true, "must": true, "be": true, "been": true,
}

// polarity reports a negation of a that b, saying the same thing, does
// not make: a cue in the part the two share (a content word b holds
// within four words before it and seven after), no cue in b near where it
// stands and no word that negates without a negation ("blocked"), a short run of b's words
// in its place without a word there that negates without a negation
// ("blocked"), and half of each one's words in common (or, when grouped,
// PartOverlap of one's words in the other, or 20% and two names). ab and
// ba are overlap(a, b) and overlap(b, a).
func polarity(a, b *Sentence, ab, ba float64) (Match, bool) {
	if len(a.cues) == 0 {
		return Match{}, false
	}
	ov, low := max(ab, ba), min(ab, ba)
	// loose: alike (Compare asks PairOverlap of each one's words) but
	// less than the rest asks, enough only for a negation of a word that
	// b states itself
	loose := low < CloseOverlap && !(ov >= PartOverlap || low >= 0.2 && ov >= PairOverlap && sharedNames(a, b) >= 2)
	for _, c := range a.cues {
		if m, ok := a.doubleNegation(c, b, ov); ok {
			return m, true
		}
		before, after := -1, -1
		for j := c.lo - 1; j >= 0 && j >= c.lo-4; j-- {
			if a.Words[j].Stem != "" && b.has(a.Words[j]) {
				before = j
				break
			}
		}
		for j := c.hi; j < len(a.Words) && j < c.hi+7; j++ {
			if a.Words[j].Stem != "" && b.has(a.Words[j]) {
				after = j
				break
			}
		}
		// "is not expected (Wednesday) to revoke": what is negated is
		// the verb after "to", when the other sentence states it
		toVerb := -1
		if v := a.toVerb(c.hi); v >= 0 && b.has(a.Words[v]) && !a.Words[v].Cap {
			toVerb, after = v, v
		}
		if after < 0 {
			continue
		}
		var bs, region span
		aligned, itself := false, false
		aw := a.Words[after]
		direct := (after == c.hi || after == c.hi+1 && !determiners[a.Words[c.hi].Lower] || after == toVerb) && !aw.Cap && !adverb(aw.Lower)
		rel := -1  // a WordNet relative in b of the word right after the negation, which b lacks
		nj := c.hi // the word negated: after the auxiliaries ("have not been jailed")
		for nj+1 < len(a.Words) && nj < c.hi+2 && (a.Words[nj].Lower == "been" || a.Words[nj].Lower == "be") {
			nj++
		}
		if nw := a.Words[min(nj, len(a.Words)-1)]; nj < len(a.Words) && nw.Stem != "" && !nw.Cap && !adverb(nw.Lower) && !b.has(nw) {
			if rel = b.relative(nw); rel >= 0 && a.has(b.Words[rel]) {
				rel = -1 // a states it too ("gave no hint of the cuts, instead suggesting", "suggested")
			}
		}
		// "is not the first time", "the first time": the word negated
		// after a determiner, which b writes before the same word
		det := -1
		if _, num := numberWords[aw.Lower]; after == c.hi+1 && determiners[a.Words[c.hi].Lower] && !aw.Cap && !adverb(aw.Lower) && !num {
			var next Word
			if after+1 < len(a.Words) {
				next = a.Words[after+1]
			}
			det = b.afterWord(a.Words[c.hi].Lower, aw, next)
		}
		if det >= 0 && rel < 0 {
			bs, region, aligned = span{det - 1, det + 1}, span{max(0, det-3), det + 1}, true
		} else if rel >= 0 {
			// the word negated stands in b in other words ("did not buy
			// the old rail depot", "voted to purchase the old rail
			// depot")
			bs, region, aligned = span{rel, rel + 1}, span{max(0, rel-4), rel + 1}, true
		} else if direct && ab >= CloseOverlap && b.hasLower(aw) {
			// the negated word itself is shared, in the same form ("are
			// not people of color", "are people of color"): its
			// counterpart is that word in b
			bs, region, aligned = b.wordAt(aw)
			region = span{max(0, region.lo-2), region.hi}
		} else if before >= 0 {
			bs, region, aligned = b.counterpart(a.Words[before], a.Words[after], a)
		} else if ab >= PartOverlap && direct {
			// nothing shared before the negation ("The NBA has not
			// canceled" against "the National Basketball Association
			// canceled"): the counterpart is the word negated, right
			// after the negation (or one word after it)
			bs, region, aligned = b.wordAt(a.Words[after])
		}
		na := a.negatedWords(c, b)
		// Between sentences less than half alike, a counterpart must state
		// one of the negated words (or a relative): otherwise it says
		// nothing of what is negated ("didn't hear someone", "a day
		// earlier"), and the word itself is looked for below.
		unakin := func() bool { return low < CloseOverlap && !akin(a, span{c.hi, na.hi}, b, bs) }
		if loose && rel < 0 || aligned && unakin() {
			aligned = false // only the word itself, below
		}
		if !aligned && direct && b.has(aw) {
			// the words around differ, but the word negated, right after
			// the negation, stands in b ("California will not require
			// candidates to hand over their tax returns", "a bill
			// requiring that all candidates publish their tax returns")
			bs, region, aligned = b.wordAt(aw)
			region = span{max(0, region.lo-4), region.hi} // no cue nor negating word there ("won't say whether he plans to attend")
			itself = aligned && a.plainCue(c) && !b.nounAt(bs.hi-1)
		}
		figure := false
		if !aligned {
			// a figure negated that b gives ("were not nearly 4.7
			// million", "nearly 4.7 million Americans")
			for _, q := range a.Quantities {
				if q.Lo >= c.hi && q.Lo <= c.hi+1 {
					if r, ok := b.hasValue(q); ok && q.Kind < Year && q.Unit != "." && r.Unit != "." {
						bs, region, aligned, figure = span{r.Lo, r.Hi}, span{max(0, r.Lo-4), r.Hi}, true, true
						na.hi = max(na.hi, q.Hi) // the figure is what is negated: "is not more than 90%"
					}
					break
				}
			}
		}
		if !aligned && ov >= PartOverlap && !loose {
			// The negation's auxiliary ("have not been blamed") stands
			// in b too ("have been confirmed dead"): the counterpart is
			// what follows it there.
			bs, region, aligned = b.auxCounterpart(a, c)
			aligned = aligned && (!unakin() || figureBeside(a, na, b, bs))
		}
		if !aligned || bs.hi-bs.lo > 6 || !figure && !b.plainWord(bs) || b.negativeWords(region, a) || b.cueIn(span{max(0, region.lo-3), region.hi + 3}) || b.negatesAfter(bs) || !figure && a.statesOutside(b, bs, na) {
			continue // no short counterpart between the same words, or one that may negate, in other words or as well
		}
		if !itself && direct && a.plainCue(c) && bs.hi-bs.lo == 1 && b.Words[bs.lo].Stem == aw.Stem && !b.nounAt(bs.lo) {
			itself = true // aligned by the words around, and the word negated itself ("will not hear arguments", "was hearing arguments")
		}
		if sameParticle(a, na.hi, b, bs.hi) {
			na.hi, bs.hi = na.hi+1, bs.hi+1 // the particle with its verb: "is not backing down", "backed down"
		}
		if toVerb >= 0 && after == toVerb {
			na.hi = max(na.hi, toVerb+1) // to the verb in prospect: "is not expected Wednesday to revoke"
		}
		return Match{
			Kind: "polarity", Slot: "polarity",
			A: na, B: bs,
			AKey: "negated", BKey: "affirmative",
			Why:     "one negates (\"" + a.lowerText(c) + "\") what the other states, with " + itoa(int(math.Round(100*ov))) + "% of the words in common",
			itself:  itself,
			related: rel >= 0,
			figure:  figure,
		}, true
	}
	return Match{}, false
}

// particles are the adverbs that make a phrasal verb: "backing down",
// "backed down"; "set up", "sets up".
var particles = map[string]bool{"down": true, "up": true, "out": true, "off": true, "back": true, "away": true}

// sameParticle reports whether word i of a and word j of b are the same
// particle (see particles): the verbs before them are one phrasal verb.
func sameParticle(a *Sentence, i int, b *Sentence, j int) bool {
	return i < len(a.Words) && j < len(b.Words) && particles[a.Words[i].Lower] && a.Words[i].Lower == b.Words[j].Lower
}

// statesOutside reports whether s states the one word of other's bs
// (its stem or a WordNet relative) outside its words sp, where nothing
// negates it: the counterpart is what s says elsewhere ("the decision not
// to hear a challenge against the ruling that permitted ballots", "a
// decision that allowed ballots"; "may not need ... the 270 electoral
// votes required to win", "the electoral votes needed to win"): a
// relative beside the same word as the counterpart.
func (s *Sentence) statesOutside(other *Sentence, bs span, sp span) bool {
	if bs.hi-bs.lo != 1 {
		return false
	}
	w := other.Words[bs.lo]
	if w.Stem == "" {
		return false
	}
	for j, x := range s.Words {
		if j >= sp.lo && j < sp.hi || x.Stem == "" || x.Cap {
			continue
		}
		if x.Stem != w.Stem && wordnet.Related(w.Stem, x.Stem) && !s.cueIn(span{max(0, j-3), j}) && sameNeighbour(s, j, other, bs.lo) {
			return true
		}
	}
	return false
}

// sameNeighbour reports whether the content word next to word i of a
// (the first with a stem within two words after it, or before it) is the
// next content word of word j of b on the same side, of the same stem.
func sameNeighbour(a *Sentence, i int, b *Sentence, j int) bool {
	near := func(s *Sentence, k, dir int) string {
		for n, x := 1, k+dir; n <= 2 && x >= 0 && x < len(s.Words) && !s.Words[x].Sign; n, x = n+1, x+dir {
			if s.Words[x].Stem != "" {
				return s.Words[x].Stem
			}
		}
		return ""
	}
	for _, dir := range []int{1, -1} {
		if x := near(a, i, dir); x != "" && x == near(b, j, dir) {
			return true
		}
	}
	return false
}

// prospects are the words that put a verb after "to" in prospect: "not
// expected to revoke", "not likely to pass", "not set to vote".
var prospects = map[string]bool{
	"expected": true, "likely": true, "going": true, "set": true, "scheduled": true, "poised": true, "due": true,
}

// toVerb returns the index of the verb after "to" when word j is a word
// of prospect (prospects) and "to" follows within three words (a weekday
// or an adverb between: "expected Wednesday to revoke"), or -1.
func (s *Sentence) toVerb(j int) int {
	if j >= len(s.Words) || !prospects[s.Words[j].Lower] {
		return -1
	}
	for k := j + 1; k < len(s.Words)-1 && k <= j+3; k++ {
		if s.Words[k].Lower == "to" {
			if v := s.Words[k+1]; v.Stem != "" && !v.Sign {
				return k + 1
			}
			return -1
		}
		if s.Words[k].Sign {
			return -1
		}
	}
	return -1
}

// figureBeside reports whether a figure within three words of a's
// words as is given within three words of b's words bs: what is negated
// and what is stated are of one value ("were not expecting 870,000 jobs",
// "the 870,000 economists had expected").
func figureBeside(a *Sentence, as span, b *Sentence, bs span) bool {
	for _, q := range a.Quantities {
		if q.Hi < as.lo-3 || q.Lo > as.hi+3 || q.Kind >= Year {
			continue
		}
		for _, r := range b.Quantities {
			if r.Hi >= bs.lo-3 && r.Lo <= bs.hi+3 && r.Kind < Year && equal(q, r) {
				return true
			}
		}
	}
	return false
}

// negatesAfter reports a plain negation ("not", "n't", "never") in the
// clause that follows words sp, within ten words: the negation moved from
// the verb to what it governs ("doesn't mean everyone will be
// vaccinated", "would mean that many will still not have been
// vaccinated") says the same.
func (s *Sentence) negatesAfter(sp span) bool {
	for _, c := range s.cues {
		if c.lo >= sp.hi && c.lo < sp.hi+10 && s.plainCue(c) {
			for j := sp.hi; j < c.lo; j++ {
				if w := s.Words[j]; w.Sign && (w.Lower == "." || w.Lower == ";" || w.Lower == ",") || clauseStarts[w.Lower] {
					return false // another clause: "canceled a ceremony because he wasn't feeling well"
				}
			}
			return true
		}
	}
	return false
}

// clauseStarts begin another clause.
var clauseStarts = map[string]bool{
	"because": true, "but": true, "although": true, "though": true, "while": true, "after": true,
	"before": true, "when": true, "since": true, "if": true, "unless": true, "whereas": true,
}

// doubleNegation reports a plain negation c in s of a word that negates
// of itself ("have not overwhelmingly rejected"), a word that other
// states without a negation of its own ("rejected"): s states the
// opposite of other. ov is the larger share of one's words in the other.
func (s *Sentence) doubleNegation(c span, other *Sentence, ov float64) (Match, bool) {
	if !s.plainCue(c) {
		return Match{}, false
	}
	j := c.hi
	for k := 0; k < 2 && j < len(s.Words) && adverb(s.Words[j].Lower); k++ {
		j++
	}
	if j >= len(s.Words) || s.Words[j].Stem == "" || !s.cueIn(span{j, j + 1}) {
		return Match{}, false
	}
	bs, _, ok := other.wordAt(s.Words[j])
	if !ok {
		return Match{}, false
	}
	w := bs.hi - 1 // other's word of negation
	for _, bc := range other.cues {
		if bc.lo < w+4 && bc.hi > w-3 && !(bc.lo == w && bc.hi == w+1) {
			return Match{}, false // other negates near it as well ("did not reject")
		}
	}
	return Match{
		Kind: "polarity", Slot: "polarity",
		A: span{c.lo, j + 1}, B: bs,
		AKey: "negated", BKey: "affirmative",
		Why: "one negates (\"" + s.lowerText(c) + "\") the word of negation (\"" + s.Words[j].Lower + "\") that the other states, with " + itoa(int(math.Round(100*ov))) + "% of the words in common",
	}, true
}

// negativePrefixes begin the words that negate without a negation
// ("blocked", "turned away", "held off", "instead"): a sentence with one
// may state in other words what a negated sentence states.
var negativePrefixes = []string{
	"block", "refus", "reject", "deni", "halt", "stop", "avoid", "delay", "declin", "barely", "hardly",
	"instead", "struck", "strike", "dismiss", "ban", "barr", "veto", "withh", "prevent", "fail", "lack",
	"absen", "without", "abandon", "drop", "scrap", "cancel", "postpon", "suspend", "resist", "oppos",
	"constrain", "curb", "restrict",
}

// negativeWords reports a word in sp that negates without a negation, or
// "turned away", "held off", "hold off", unless other holds it too (then
// it is what the negation negates: "have not failed", "failed").
func (s *Sentence) negativeWords(sp span, other *Sentence) bool {
	for i := sp.lo; i < sp.hi && i < len(s.Words); i++ {
		w := s.Words[i]
		if w.Stem != "" && other.has(w) {
			continue
		}
		for _, p := range negativePrefixes {
			if strings.HasPrefix(w.Lower, p) {
				return true
			}
		}
		if i+1 < len(s.Words) && (w.Lower == "turned" || w.Lower == "turn" || w.Lower == "held" || w.Lower == "hold") &&
			(s.Words[i+1].Lower == "away" || s.Words[i+1].Lower == "off") {
			return true
		}
	}
	return false
}

// sharedNames counts the name words of a that b holds.
func sharedNames(a, b *Sentence) int {
	n := 0
	for _, sp := range a.names {
		for i := sp.lo; i < sp.hi; i++ {
			if a.Words[i].Stem != "" && b.has(a.Words[i]) {
				n++
			}
		}
	}
	return n
}

// negatedWords returns the words of a's negation at cue c: an auxiliary
// before it, the cue, and the words after it up to the first that other
// holds (included when nothing else is).
func (s *Sentence) negatedWords(c span, other *Sentence) span {
	lo := c.lo
	if lo > 0 && auxiliaries[s.Words[lo-1].Lower] {
		lo--
	}
	hi := c.hi
	for j := c.hi; j < len(s.Words) && j < c.hi+6; j++ {
		w := s.Words[j]
		if w.Sign {
			break
		}
		if w.Stem != "" && other.has(w) {
			if hi == c.hi || j-c.hi <= 1 || !hasContent(s.Words[c.hi:hi]) {
				hi = j + 1 // the negated word: "not failed", "not already canceled"
			}
			break
		}
		hi = j + 1
	}
	for hi > c.hi && s.Words[hi-1].Stem == "" {
		hi--
	}
	return span{lo, hi}
}

func hasContent(ws []Word) bool {
	for _, w := range ws {
		if w.Stem != "" {
			return true
		}
	}
	return false
}

// counterpart returns the words of s that stand where other's negation
// stands, between the words before and after it: the first run of
// content words other does not hold (with an auxiliary before it), or,
// when there is none, the word after ("said" against "did not say").
//
// It also returns the region between the two words, and whether both
// words were found in s, in that order.
func (s *Sentence) counterpart(before, after Word, other *Sentence) (sp, region span, aligned bool) {
	// The closest pair of the two words in order; else the first of
	// the word before.
	lo, hi := 0, len(s.Words)
	best := -1
	for i, w := range s.Words {
		if w.Stem != before.Stem {
			continue
		}
		for j := i + 1; j < len(s.Words); j++ {
			if s.Words[j].Stem == after.Stem {
				if best < 0 || j-i < hi-lo+1 {
					lo, hi, best = i+1, j, i
				}
				break
			}
		}
	}
	aligned = best >= 0
	if !aligned {
		for j, w := range s.Words {
			if w.Stem == before.Stem {
				lo = j + 1
				break
			}
		}
	}
	start, end := -1, -1
	for j := lo; j < hi; j++ {
		w := s.Words[j]
		if w.Sign {
			if start >= 0 {
				break
			}
			continue
		}
		if w.Stem == "" {
			continue
		}
		if matched := other.has(w); matched && start >= 0 {
			break
		} else if !matched {
			if start < 0 {
				start = j
			}
			end = j + 1
		}
	}
	if start < 0 {
		if hi >= len(s.Words) {
			lo = min(lo, len(s.Words)-1)
			return span{lo, lo + 1}, span{lo, hi}, aligned
		}
		start, end = hi, hi+1
	}
	if start > 0 && auxiliaries[s.Words[start-1].Lower] {
		start--
	}
	return span{start, end}, span{lo, min(hi+1, len(s.Words))}, aligned
}

// adverb reports a word that qualifies another rather than stating
// something: "not suddenly", "cannot continue forever" negate no adverb.
func adverb(w string) bool {
	switch w {
	case "ever", "forever", "always", "yet", "still", "also", "already", "even", "just", "only", "again":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// determiners come before a noun, not a verb: "rejected the request"
// negates no "request".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
}

// afterWord returns the index of a word of s with w's stem written right
// after the word lower (a determiner): the first followed by a word with
// next's stem ("the first time"), else the first, or -1.
func (s *Sentence) afterWord(lower string, w, next Word) int {
	first := -1
	for j := 1; j < len(s.Words); j++ {
		if s.Words[j].Stem == w.Stem && s.Words[j-1].Lower == lower {
			if j+1 < len(s.Words) && next.Stem != "" && s.Words[j+1].Stem == next.Stem {
				return j
			}
			if first < 0 {
				first = j
			}
		}
	}
	return first
}

// wordAt returns the first word of s with w's stem, with an auxiliary
// before it.
func (s *Sentence) wordAt(w Word) (sp, region span, ok bool) {
	for j, x := range s.Words {
		if x.Stem == w.Stem {
			lo := j
			if j > 0 && auxiliaries[s.Words[j-1].Lower] {
				lo--
			}
			return span{lo, j + 1}, span{lo, j + 1}, true
		}
	}
	return span{}, span{}, false
}

// akin reports whether b's words bs state one of a's words as (the
// negated words after the cue): the same stem or a WordNet relative
// ("waive or repeal", "lifting"). Words as without a content word ask
// nothing.
func akin(a *Sentence, as span, b *Sentence, bs span) bool {
	content := false
	for i := as.lo; i < as.hi && i < len(a.Words); i++ {
		x := a.Words[i]
		if x.Stem == "" {
			continue
		}
		content = true
		for j := bs.lo; j < bs.hi; j++ {
			if y := b.Words[j]; y.Stem != "" && (y.Stem == x.Stem || wordnet.Related(x.Stem, y.Stem)) {
				return true
			}
		}
	}
	return !content
}

// relative returns the index of the first plain content word of s that
// is a WordNet relative of w (a synonym or a derivation), or -1.
func (s *Sentence) relative(w Word) int {
	for k, x := range s.Words {
		if x.Stem != "" && !x.Cap && x.Stem != w.Stem && wordnet.Related(w.Stem, x.Stem) {
			return k
		}
	}
	return -1
}

// plainCue reports a cue of one word, "not", "n't" or "never".
func (s *Sentence) plainCue(c span) bool {
	if c.hi-c.lo != 1 {
		return false
	}
	lw := s.Words[c.lo].Lower
	return lw == "not" || lw == "never" || strings.HasSuffix(lw, "nt") && len(lw) > 3
}

// nounAt reports a word used as a noun: after a determiner or a possessive
// within the two words before it ("a health plan", "his extradition"),
// unless it is a past form before a particle ("the president backed
// down").
func (s *Sentence) nounAt(j int) bool {
	if w := s.Words[j].Lower; strings.HasSuffix(w, "ed") && j+1 < len(s.Words) && particles[s.Words[j+1].Lower] {
		return false // a verb in the past before its particle: "the president backed down"
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if w := s.Words[k]; determiners[w.Lower] || w.Possessive {
			return true
		}
	}
	return false
}

// cueIn reports a negation cue of s within words sp.
func (s *Sentence) cueIn(sp span) bool {
	for _, c := range s.cues {
		if c.lo < sp.hi && c.hi > sp.lo {
			return true
		}
	}
	return false
}

// nextContent returns the index of the first word with a stem at or
// after j, within two words and before a sign, or -1.
func (s *Sentence) nextContent(j int) int {
	for k := j; k < len(s.Words) && k < j+2 && !s.Words[k].Sign; k++ {
		if s.Words[k].Stem != "" {
			return k
		}
	}
	return -1
}

// clause returns the words around word j between two signs (commas,
// semicolons, colons, brackets) or the sentence's ends; with starts, a
// word that begins another clause (clauseStarts: "after", "because")
// begins the next too: "backed down from his vow | after the speaker said
// she would not".
func (s *Sentence) clause(j int, starts bool) span {
	lo, hi := j, j
	for lo > 0 && !s.Words[lo-1].Sign && !(starts && clauseStarts[s.Words[lo].Lower]) {
		lo--
	}
	for hi < len(s.Words) && !s.Words[hi].Sign && (hi == j || !(starts && clauseStarts[s.Words[hi].Lower])) {
		hi++
	}
	return span{lo, hi}
}

// neverBefore reports a negation at sp by "never" with "before" after it
// in its clause: "had never met him before encountering him" says when
// they first met.
func (s *Sentence) neverBefore(sp span) bool {
	at := -1
	for j := sp.lo; j < sp.hi; j++ {
		if s.Words[j].Lower == "never" {
			at = j
		}
	}
	if at < 0 {
		return false
	}
	for j := at + 1; j < len(s.Words) && !s.Words[j].Sign; j++ {
		if s.Words[j].Lower == "before" {
			return true
		}
	}
	return false
}

// auxCounterpart returns, for the negation at cue c of other, the words
// of s from the auxiliary verb that precedes c in other ("have" of "have
// not") to the first content word after it, and the words up to the next
// content word other holds; aligned is false when other has no auxiliary
// before c or s does not have it.
func (s *Sentence) auxCounterpart(other *Sentence, c span) (sp, region span, aligned bool) {
	if c.lo == 0 || !auxiliaries[other.Words[c.lo-1].Lower] {
		return span{}, span{}, false
	}
	aux := other.Words[c.lo-1].Lower
	for i, w := range s.Words {
		if w.Lower != aux {
			continue
		}
		end := -1
		for j := i + 1; j < len(s.Words) && j < i+6; j++ {
			x := s.Words[j]
			if x.Sign {
				break
			}
			if x.Stem != "" {
				end = j + 1
				if j+1 < len(s.Words) && s.Words[j+1].Stem != "" && !other.has(s.Words[j+1]) && !s.Words[j+1].Cap {
					continue // "confirmed dead"
				}
				break
			}
		}
		if end > 0 {
			hi := end
			for hi < len(s.Words) && hi < end+4 && !(s.Words[hi].Stem != "" && other.has(s.Words[hi])) {
				hi++
			}
			return span{i, end}, span{i, hi}, true
		}
	}
	return span{}, span{}, false
}

// plainWord reports whether words sp hold a content word written in lower
// case: a verb or a noun, not only names, figures and days.
func (s *Sentence) plainWord(sp span) bool {
	for i := sp.lo; i < sp.hi; i++ {
		if w := s.Words[i]; w.Stem != "" && !w.Cap && !isNumeric(w.Lower) {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
