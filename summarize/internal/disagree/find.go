package disagree

import (
	"slices"
	"strings"
)

// An Item is one point on which the sentences of a claim differ.
type Item struct {
	Kind   string  // "number", "name" or "polarity"
	Values []Value // two or more, the first one the claim's (sentence 0's)
	Why    string  // why the differing sentences were taken to speak of one thing
}

// A Value is one value of an Item, with the sentences that state it.
type Value struct {
	Key      string // equal values share it
	Approx   bool   // a sentence gives it with a qualifier ("about", "more than")
	Mentions []Mention
}

// A Mention is where a sentence states a value.
type Mention struct {
	Sentence   int // index in Find's argument
	Start, End int // the value's words: byte offsets in the sentence's text
}

// Find returns the points on which the sentences of a claim differ:
// sents[0] is its representative, and rels[j] says how sents[j] relates
// to the claim (rels[0] is not read): Grouped for the other sentences
// grouped with it, Near for sentences much like it that were not, Far
// for sentences like another of its sentences, Named for sentences that
// write a word of one of its names before another name, Summary for
// another claim of the summary. Each value of the representative that
// another sentence gives otherwise is an item, with every sentence that
// gives the same value or another; then each value of a grouped sentence
// that a later grouped sentence gives otherwise; an item about a value an earlier
// item lists (the same words under the same key) joins it. Items come in
// that order; values in the order of the sentences that first give them,
// the anchor's first.
func Find(sents []*Sentence, rels []Relation) []Item {
	return FindRenaming(sents, rels, nil)
}

// FindRenaming is Find where a sentence related as Named may be Renamed:
// when comparing it as Renamed with an anchor gives other differences
// than as Named, renamed(j) (asked at most once for each j) says whether
// sentence j is Renamed. A nil renamed leaves Named sentences Named.
// Callers whose test for Renamed is costly ask it only where it matters.
func FindRenaming(sents []*Sentence, rels []Relation, renamed func(j int) bool) []Item {
	if renamed != nil {
		rels = slices.Clone(rels)
		asked := make([]bool, len(rels))
		resolve := renamed
		renamed = func(j int) bool {
			if !asked[j] {
				asked[j] = true
				if resolve(j) {
					rels[j] = Renamed
				}
			}
			return rels[j] == Renamed
		}
	}
	var out []Item
	for i := 0; i < len(sents)-1; i++ {
		if i > 0 && rels[i] != Grouped {
			continue // only the claim's sentences are anchors
		}
		for _, it := range findFrom(sents, i, len(sents), rels, renamed) {
			// An item whose anchor value an earlier one of its kind
			// states, in the same words, is the same point: its values
			// join that one.
			merged := false
			for k := range out {
				if out[k].Kind == it.Kind && sameAnchor(out[k], it) {
					merge(&out[k], it)
					merged = true
					break
				}
			}
			if !merged {
				out = append(out, it)
			}
		}
	}
	return out
}

// sameAnchor reports whether a holds every mention of b's anchor value
// (its first) under the same key: b is about a value a lists already.
func sameAnchor(a, b Item) bool {
	for _, mb := range b.Values[0].Mentions {
		found := false
		for _, va := range a.Values {
			if va.Key != b.Values[0].Key {
				continue
			}
			for _, ma := range va.Mentions {
				if ma == mb {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// merge adds b's values and mentions to a: a mention already in a stays
// where it is; a value of b with a's key joins that value.
func merge(a *Item, b Item) {
	has := func(m Mention) bool {
		for _, v := range a.Values {
			for _, x := range v.Mentions {
				if x == m {
					return true
				}
			}
		}
		return false
	}
	for _, vb := range b.Values {
		k := -1
		for i, va := range a.Values {
			if va.Key == vb.Key {
				k = i
			}
		}
		if k < 0 {
			a.Values = append(a.Values, Value{Key: vb.Key, Approx: vb.Approx})
			k = len(a.Values) - 1
		}
		for _, m := range vb.Mentions {
			if !has(m) {
				a.Values[k].Mentions = append(a.Values[k].Mentions, m)
				a.Values[k].Approx = a.Values[k].Approx || vb.Approx
			}
		}
	}
	// a value whose mentions all stood in a already is left empty: drop it
	kept := a.Values[:0]
	for _, v := range a.Values {
		if len(v.Mentions) > 0 {
			kept = append(kept, v)
		}
	}
	a.Values = kept
}

// findFrom returns the items of anchor sents[i] against sents[i+1:hi]
// (and the sentences of the anchor's value among sents[1:hi]); renamed as
// for FindRenaming.
func findFrom(sents []*Sentence, i, hi int, rels []Relation, renamed func(j int) bool) []Item {
	rep := sents[i]
	var slots []*slot
	bySlot := map[string]*slot{}
	for j := i + 1; j < hi; j++ {
		if i > 0 && rels[j] != Grouped && rels[j] != Far && rels[j] != Named && rels[j] != Renamed {
			// grouped sentences are compared with each other and with
			// the sentences like them (Far), not with those near the
			// representative: those raised mostly figures and names of
			// other things
			continue
		}
		var ms []Match
		if rels[j] == Named && renamed != nil {
			// Renamed finds a name wherever Named does (it asks less), so
			// when it finds none, neither does Named.
			if mr := Compare(rep, sents[j], Renamed); len(mr) > 0 {
				if ms = Compare(rep, sents[j], Named); !slices.Equal(mr, ms) && renamed(j) {
					ms = mr
				}
			}
		} else {
			ms = Compare(rep, sents[j], rels[j])
		}
		for _, m := range ms {
			if i > 0 && m.Kind == "number" && sents[0].statesFigure(sents[j], m.B) {
				// the claim's representative gives the other value too:
				// it is another figure of the claim, not a difference
				continue
			}
			sl := bySlot[m.Slot]
			if sl == nil {
				sl = &slot{claim: m, stating: make([]bool, len(sents)), item: Item{Kind: m.Kind, Why: m.Why}}
				a0, a1 := rep.bytes(m.A)
				sl.item.Values = []Value{{Key: m.AKey, Approx: m.AApprox, Mentions: []Mention{{i, a0, a1}}}}
				sl.stating[i] = true
				bySlot[m.Slot] = sl
				slots = append(slots, sl)
			}
			b0, b1 := sents[j].bytes(m.B)
			sl.add(m.BKey, m.BApprox, Mention{j, b0, b1})
			sl.stating[j] = true
		}
	}
	var out []Item
	for _, sl := range slots {
		// The sentences that state the anchor's value.
		for j := 0; j < hi; j++ {
			if sl.stating[j] {
				continue
			}
			if sp, ok := states(sents[j], rep, sl.claim, sents, sl.item, rels); ok {
				b0, b1 := sents[j].bytes(sp)
				sl.item.Values[0].Mentions = append(sl.item.Values[0].Mentions, Mention{j, b0, b1})
			}
		}
		if len(sl.item.Values) >= 2 {
			out = append(out, sl.item)
		}
	}
	return out
}

// statesFigure reports whether s gives the value of the figure at words
// sp of other.
func (s *Sentence) statesFigure(other *Sentence, sp span) bool {
	for _, q := range other.Quantities {
		if q.Lo == sp.lo && q.Hi == sp.hi {
			_, ok := s.hasValue(q)
			return ok
		}
	}
	return false
}

// sameThing reports whether q and r may count or measure one thing: as
// comparable has it, or a count with nothing after it beside a count of
// something ("an earlier estimate of 7,000", "7,000 deaths").
func sameThing(q, r Quantity) bool {
	if _, ok := comparable(q, r); ok {
		return true
	}
	return q.Kind == Count && r.Kind == Count && (q.Unit == "") != (r.Unit == "") &&
		q.Unit != "." && r.Unit != "." && !strings.HasPrefix(q.Unit+r.Unit, "#")
}

// A slot gathers the values of one of the claim's values.
type slot struct {
	item    Item
	claim   Match  // the first match: the claim's side
	stating []bool // by sentence: it states a value of the slot
}

// add adds a mention of the value key.
func (sl *slot) add(key string, approx bool, m Mention) {
	for k := range sl.item.Values {
		if v := &sl.item.Values[k]; v.Key == key {
			v.Mentions = append(v.Mentions, m)
			v.Approx = v.Approx || approx
			return
		}
	}
	sl.item.Values = append(sl.item.Values, Value{Key: key, Approx: approx, Mentions: []Mention{m}})
}

// states reports whether s gives the claim's value of match m, and
// where.
func states(s, rep *Sentence, m Match, sents []*Sentence, it Item, rels []Relation) (span, bool) {
	switch m.Kind {
	case "number":
		for _, q := range rep.Quantities {
			if q.Lo == m.A.lo && q.Hi == m.A.hi {
				// the same value, of the same kind of thing: not "two
				// days" or "two-thirds" for "two opposition groups"
				for _, r := range s.Quantities {
					if sameThing(q, r) && equal(q, r) {
						return span{r.Lo, r.Hi}, true
					}
				}
			}
		}
	case "name":
		for i := m.A.lo; i < m.A.hi; i++ {
			if !s.has(rep.Words[i]) {
				return span{}, false
			}
		}
		for _, n := range s.names {
			if s.lowerText(n) == rep.lowerText(m.A) {
				return n, true
			}
			for i := n.lo; i+(m.A.hi-m.A.lo) <= n.hi; i++ {
				if s.lowerText(span{i, i + m.A.hi - m.A.lo}) == rep.lowerText(m.A) {
					return span{i, i + m.A.hi - m.A.lo}, true
				}
			}
		}
	case "polarity":
		// s takes the claim's side when it differs from a sentence of the
		// other side as the claim does.
		other := it.Values[1].Mentions[0].Sentence
		for _, x := range Compare(sents[other], s, rels[other]) {
			if x.Kind == "polarity" && x.BKey == m.AKey {
				return x.B, true
			}
		}
	}
	return span{}, false
}
