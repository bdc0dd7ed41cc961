package summarize

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/concordsum/concord/internal/parallel"
	"github.com/concordsum/concord/summarize/internal/disagree"
	"github.com/concordsum/concord/vectorize"
)

// A Disagreement is a point on which the sources differ about a claim of
// the summary: a figure they give otherwise, another name in the same
// place, or a negation that some make and others do not.
//
// Summarize compares each chosen claim's representative with the claim's
// other sentences (and those with each other), with the sentences of
// other sources that are like it (Matcher.Lexical at least 0.3) but were
// not grouped with it, and with the other chosen claims' representatives
// (a claim of one source with their other sentences too, on figures and
// names); on names alone, with the sentences of other sources that write a
// word of one of the claim's names before another name. It compares as
// many of the best claims left out of the summary (of two or more
// sources) with the sentences of other sources much like their
// representatives (Matcher.Lexical at least 0.45), on figures and names:
// a version that differs may have left the claim, and the claim the
// summary (Sentence is -1). Figures are read
// as values, so formatting never raises a disagreement ("1,200" and "one thousand two hundred", "$7.7 million" and
// "7.7 million dollars", "per cent" and "percent", a figure and its
// conversion in parentheses); exact copies never do; and a value names
// only the sources whose sentences state it. Only English is read (the
// language of the learned model, Matcher.Learned); in other languages, and
// for the baseline methods, Summary.Disagreements is nil, and it is nil
// too for documents in another language read as English (the model
// knows the words of fewer than half of the chosen claims: their
// capitalised nouns are no names).
type Disagreement struct {
	// Sentence is the index in Summary.Sentences of the claim the
	// disagreement concerns, or -1 when it concerns a claim left out of
	// the summary (one of the best-scored claims of two or more sources
	// after the summary's; the outputs name it by the sentence of its
	// first value's first statement).
	Sentence int
	// Kind is what differs: "number", "name" or "polarity".
	Kind string
	// Values lists two or more values, the claim's representative's
	// first, then in the order of the sources that give them.
	Values []DisagreementValue
	// Why says why the sentences were taken to speak of one thing: what
	// the explain view shows.
	Why string
}

// A DisagreementValue is one value of a Disagreement, with the source
// sentences that state it.
type DisagreementValue struct {
	// Text is the value as the Statements write it, the longest wording
	// when they differ: "357", "about 6,100", "Marco Rubio", "was not
	// planning to waive".
	Text string
	// Approximate reports a value that a source gives with a qualifier
	// ("about", "more than", "at least").
	Approximate bool
	// Sources lists the numbers of the sources that state it, in
	// increasing order.
	Sources []int
	// Statements lists the source sentences that state it, by source.
	Statements []Statement
}

// A Statement is a source sentence stating a value, and where the value's
// words stand in it.
type Statement struct {
	// Citation is the sentence: Source, Sentence, Start, End and Text as
	// in a summary sentence's citations. Representative, Partial and
	// Similarity are zero.
	Citation Citation
	// Words is the value as this sentence writes it, and WordStart and
	// WordEnd its byte offsets in the source's text (as Citation.Start
	// and End are): Citation.Text[WordStart-Citation.Start :
	// WordEnd-Citation.Start] == Words.
	Words              string
	WordStart, WordEnd int
}

// lexicons holds the English disagree.Lexicons, one per goroutine at a
// time, kept from one call to the next: each word form is stemmed once.
var lexicons = sync.Pool{New: func() any {
	tok, _ := vectorize.NewTokeniser("")
	return disagree.NewLexicon(tok.Term)
}}

// disagreements finds the Disagreements of the chosen claims.
func (p *prepared) disagreements(cs *claimSet, chosen []int, m *Matcher) []Disagreement {
	if !m.Learned() || cs.cg.W == nil {
		return nil
	}
	// Documents in another language read as English (the default): the
	// model knows the words of fewer than half of the chosen claims, and
	// their capitalised nouns would read as names.
	known := 0
	for _, k := range chosen {
		if m.analyse(p.body[cs.claims[k].rep].Text).Known() {
			known++
		}
	}
	if 2*known < len(chosen) {
		return nil
	}
	lex := lexicons.Get().(*disagree.Lexicon)
	defer func() { lex.Trim(); lexicons.Put(lex) }()
	// writers()[w]: the document writing capitalised word w, or -1 when
	// two or more do (built when first asked, by whichever comparison
	// asks first)
	writers := sync.OnceValue(p.capitalWriters)
	elsewhere := func(doc int) func(string) bool {
		return func(w string) bool {
			d, ok := writers()[w]
			return ok && d != doc
		}
	}
	analysed := map[int]*disagree.Sentence{}
	analyse := func(i int) *disagree.Sentence {
		s := analysed[i]
		if s == nil {
			s = lex.Analyse(p.body[i].Text)
			s.Elsewhere = elsewhere(p.body[i].Doc)
			analysed[i] = s
		}
		return s
	}
	type seenKey struct {
		kind        string
		body, start int
	}
	seen := map[seenKey]bool{}
	var out []Disagreement
	// emit adds the items found among the body sentences set (dups[j]:
	// the sentences with set[j]'s text) as disagreements about summary
	// sentence si, leaving out those raised already.
	emit := func(si int, set []int, dups [][]int, items []disagree.Item) {
		for _, it := range items {
			d := Disagreement{Sentence: si, Kind: it.Kind, Why: it.Why}
			fresh := false
			for _, v := range it.Values {
				dv := DisagreementValue{Approximate: v.Approx}
				for _, mn := range v.Mentions {
					key := seenKey{it.Kind, set[mn.Sentence], mn.Start}
					if !seen[key] {
						fresh = true
					}
					for _, bi := range append([]int{set[mn.Sentence]}, dups[mn.Sentence]...) {
						b := p.body[bi]
						for _, doc := range append([]int{b.Doc}, p.copies[b.Doc]...) {
							dv.Statements = append(dv.Statements, Statement{
								Citation:  Citation{Source: doc + 1, Sentence: b.Index, Start: b.Start, End: b.End, Text: b.Text},
								Words:     b.Text[mn.Start:mn.End],
								WordStart: b.Start + mn.Start, WordEnd: b.Start + mn.End,
							})
						}
					}
				}
				slices.SortStableFunc(dv.Statements, func(x, y Statement) int { return x.Citation.Source - y.Citation.Source })
				// the value as written: the longest wording ("about
				// 7,000" before "7,000"), the least in byte order among
				// those, so that the order of the documents does not
				// choose it
				dv.Text = dv.Statements[0].Words
				for _, st := range dv.Statements {
					if len(st.Words) > len(dv.Text) || len(st.Words) == len(dv.Text) && st.Words < dv.Text {
						dv.Text = st.Words
					}
				}
				for _, st := range dv.Statements {
					if !slices.Contains(dv.Sources, st.Citation.Source) {
						dv.Sources = append(dv.Sources, st.Citation.Source)
					}
				}
				// a value written as another is ("162 others", "injured
				// 162") is that value, read otherwise
				if valueOf(d, dv) >= 0 {
					joinItem(&d, Disagreement{Values: []DisagreementValue{dv}})
				} else {
					d.Values = append(d.Values, dv)
				}
			}
			if len(d.Values) < 2 {
				continue // its values all written alike: no difference
			}
			if !fresh {
				continue // raised already, about an earlier claim
			}
			if k := sameItem(out, d); k >= 0 {
				joinItem(&out[k], d)
				for _, v := range it.Values {
					for _, mn := range v.Mentions {
						seen[seenKey{it.Kind, set[mn.Sentence], mn.Start}] = true
					}
				}
				continue
			}
			for _, v := range it.Values {
				for _, mn := range v.Mentions {
					seen[seenKey{it.Kind, set[mn.Sentence], mn.Start}] = true
				}
			}
			out = append(out, d)
		}
	}
	// The claims in the order of their representatives' texts, not of the
	// documents: which claim an item is raised about, and which items
	// join, must not depend on the order of the inputs.
	order := make([]int, len(chosen))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		return p.body[cs.claims[chosen[order[x]]].rep].Text < p.body[cs.claims[chosen[order[y]]].rep].Text
	})
	// The comparisons are made in three rounds of tasks, below. The
	// sentences are read here, in order, on this goroutine (the Lexicon
	// is for one); the comparisons, which only read them, then run on
	// p.workers goroutines; and their items are emitted in the tasks'
	// order, so that the result does not depend on which ends first.
	type task struct {
		si      int // the summary sentence
		set     []int
		dups    [][]int
		sents   []*disagree.Sentence
		rels    []disagree.Relation
		renamed func(j int) bool
		figures bool // figures and names only
		items   []disagree.Item
	}
	var tasks []task
	add := func(t task) {
		t.sents = make([]*disagree.Sentence, len(t.set))
		for j, b := range t.set {
			t.sents[j] = analyse(b)
		}
		if t.dups == nil {
			t.dups = make([][]int, len(t.set))
		}
		tasks = append(tasks, t)
	}
	for _, si := range order {
		c := cs.claims[chosen[si]]
		set, dups, rels, renamed := p.comparedWith(cs, c, m, 0)
		if len(set) < 2 {
			continue
		}
		add(task{si: si, set: set, dups: dups, rels: rels, renamed: renamed})
	}
	// The best claims of two or more sources left out of the summary, as
	// many as it has, against the sentences much like their
	// representatives (nearMiss) that were not grouped with them, on
	// figures and names: a version that differs may have left the claim
	// it was part of, and the claim, with fewer sources, the summary.
	// Their items concern no summary sentence (-1). (Compared with their
	// own members, and with sentences less alike, these looser claims
	// raised mostly figures of other things.)
	for _, k := range nearMisses(cs, chosen) {
		set, dups, rels, _ := p.comparedWith(cs, cs.claims[k], m, nearMiss)
		if len(set) < 2 {
			continue
		}
		add(task{si: -1, set: set, dups: dups, rels: rels, figures: true})
	}
	// The summary's own claims against each other: a version that
	// differs on a figure or a name may have been kept out of the claim
	// it differs from, and both printed as separate claims.
	for x, si := range order {
		a := cs.claims[chosen[si]]
		for _, sj := range order[x+1:] {
			b := cs.claims[chosen[sj]]
			if p.body[a.rep].Doc == p.body[b.rep].Doc || p.body[a.rep].Text == p.body[b.rep].Text {
				continue
			}
			add(task{si: si, set: []int{a.rep, b.rep}, dups: [][]int{sameText(p, a), sameText(p, b)}, rels: []disagree.Relation{disagree.Grouped, disagree.Summary}})
		}
	}
	// A claim of one source against the members of the other chosen
	// claims, on figures and names: a version changed in a figure or a
	// name may have left the claim it was part of and be printed on its
	// own.
	for _, si := range order {
		a := cs.claims[chosen[si]]
		if a.support != 1 {
			continue
		}
		set, rels := []int{a.rep}, []disagree.Relation{disagree.Grouped}
		seenText := map[string]bool{p.body[a.rep].Text: true}
		for _, sj := range order {
			b := cs.claims[chosen[sj]]
			if sj == si {
				continue
			}
			members := slices.Clone(b.members)
			slices.SortStableFunc(members, func(x, y int) int { return strings.Compare(p.body[x].Text, p.body[y].Text) })
			for _, m := range members {
				if m == b.rep || p.body[m].Doc == p.body[a.rep].Doc || seenText[p.body[m].Text] {
					continue
				}
				seenText[p.body[m].Text] = true
				set = append(set, m)
				rels = append(rels, disagree.Summary)
			}
		}
		if len(set) < 2 {
			continue
		}
		// figures and names only: a negation of one source against
		// another claim's sentences is mostly another point
		add(task{si: si, set: set, rels: rels, figures: true})
	}
	parallel.ForEach(len(tasks), parallel.Workers(p.workers, len(tasks)), func(k int) {
		t := &tasks[k]
		t.items = disagree.FindRenaming(t.sents, t.rels, t.renamed)
		if t.figures {
			t.items = slices.DeleteFunc(t.items, func(it disagree.Item) bool { return it.Kind == "polarity" })
		}
	})
	for _, t := range tasks {
		emit(t.si, t.set, t.dups, t.items)
	}
	// by summary sentence, the items about no summary sentence last
	at := func(d Disagreement) uint { return uint(d.Sentence) } // -1 is the largest
	sort.SliceStable(out, func(x, y int) bool { return at(out[x]) < at(out[y]) })
	return out
}

// nearMisses returns the claims that disagreements compares besides the
// chosen ones: the len(chosen) best-scored claims that are not chosen,
// may be summary sentences and are carried by two or more sources, best
// first (ties: the representative's text, then its index).
func nearMisses(cs *claimSet, chosen []int) []int {
	var out []int
	for k, c := range cs.claims {
		if c.candidate && c.support >= 2 && !slices.Contains(chosen, k) {
			out = append(out, k)
		}
	}
	slices.SortStableFunc(out, func(x, y int) int {
		a, b := cs.claims[x], cs.claims[y]
		switch {
		case a.score != b.score:
			if a.score > b.score {
				return -1
			}
			return 1
		case a.text != b.text:
			return strings.Compare(a.text, b.text)
		}
		return a.rep - b.rep
	})
	return out[:min(len(out), len(chosen))]
}

// capitalWriters maps each capitalised word of the body sentences and
// titles (as disagree.Capitals writes it) to the document that writes it,
// or to -1 when two or more documents do. Exact copies are one document
// (they are not in the body). The sentences are read on p.workers
// goroutines, in chunks whose maps are joined in order (the result does
// not depend on it); on one goroutine, in one chunk.
func (p *prepared) capitalWriters() map[string]int {
	sents := append(slices.Clip(p.body), p.titles...)
	parts := 1
	if w := parallel.Workers(p.workers, (len(sents)+511)/512); w > 1 {
		parts = 4 * w
	}
	bounds := parallel.Chunks(len(sents), parts, func(i int) int { return len(sents[i].Text) })
	maps := make([]map[string]int, len(bounds)-1)
	parallel.ForEach(len(maps), parallel.Workers(p.workers, len(maps)), func(k int) {
		out := make(map[string]int, 256)
		for _, s := range sents[bounds[k]:bounds[k+1]] {
			disagree.Capitals(s.Text, func(w []byte) {
				if d, ok := out[string(w)]; !ok {
					out[string(w)] = s.Doc
				} else if d != s.Doc && d >= 0 {
					out[string(w)] = -1 // (one that two write stays -1)
				}
			})
		}
		maps[k] = out
	})
	if len(maps) == 0 {
		return map[string]int{}
	}
	out := maps[0]
	for _, part := range maps[1:] {
		for w, d := range part {
			if e, ok := out[w]; !ok {
				out[w] = d
			} else if e != d && e >= 0 {
				out[w] = -1 // (one that two write stays -1)
			}
		}
	}
	return out
}

// sameItem returns the index of the disagreement in out that d repeats
// (the same kind, and two of d's values state in the same words two of its
// values), or -1.
func sameItem(out []Disagreement, d Disagreement) int {
	for k, e := range out {
		if e.Kind != d.Kind {
			continue
		}
		shared := 0
		for _, v := range d.Values {
			if valueOf(e, v) >= 0 {
				shared++
			}
		}
		if shared >= 2 {
			return k
		}
	}
	return -1
}

// valueOf returns the index of the value of e that states one of v's
// statements in the same words, or that is written as v is, or -1.
func valueOf(e Disagreement, v DisagreementValue) int {
	for i, ev := range e.Values {
		if ev.Text == v.Text {
			return i
		}
		for _, a := range ev.Statements {
			for _, b := range v.Statements {
				if a.Citation.Source == b.Citation.Source && a.WordStart == b.WordStart && a.WordEnd == b.WordEnd {
					return i
				}
			}
		}
	}
	return -1
}

// joinItem adds the statements of d that e lacks to e's values.
func joinItem(e *Disagreement, d Disagreement) {
	for _, v := range d.Values {
		i := valueOf(*e, v)
		if i < 0 {
			e.Values = append(e.Values, v)
			continue
		}
		ev := &e.Values[i]
		for _, st := range v.Statements {
			if !slices.ContainsFunc(ev.Statements, func(x Statement) bool {
				return x.Citation.Source == st.Citation.Source && x.WordStart == st.WordStart
			}) {
				ev.Statements = append(ev.Statements, st)
			}
		}
		slices.SortStableFunc(ev.Statements, func(x, y Statement) int { return x.Citation.Source - y.Citation.Source })
		ev.Approximate = ev.Approximate || v.Approximate
		ev.Sources = ev.Sources[:0]
		for _, st := range ev.Statements {
			if !slices.Contains(ev.Sources, st.Citation.Source) {
				ev.Sources = append(ev.Sources, st.Citation.Source)
			}
		}
	}
}

// capitalPairs returns the pairs of capitalised words written one after
// the other in text ("President B.J."), as written: a sentence compared as
// Far must hold one of a member's (holdsAny), one compared as Named the
// first word of one before another name (holdsFirst).
func capitalPairs(text string) []string {
	f := strings.Fields(text)
	var out []string
	for i := 0; i+1 < len(f); i++ {
		if isUpperASCII(f[i]) && isUpperASCII(f[i+1]) {
			out = append(out, f[i]+" "+f[i+1])
		}
	}
	return out
}

func isUpperASCII(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// holdsAny reports whether text holds one of subs.
func holdsAny(text string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

// holdsFirst reports whether text holds the first word of one of pairs
// (pairs of capitalised words) followed by another capitalised word:
// another name after its first word ("Moammar Castellanos" for "Moammar
// Gadhafi").
func holdsFirst(text string, pairs []string) bool {
	for _, pair := range pairs {
		sp := strings.IndexByte(pair, ' ')
		first, second := pair[:sp+1], pair[sp+1:]
		for at := 0; ; {
			k := strings.Index(text[at:], first)
			if k < 0 {
				break
			}
			at += k + len(first)
			if at < len(text) && isUpperASCII(text[at:]) && !strings.HasPrefix(text[at:], second) {
				return true
			}
		}
	}
	return false
}

// renames reports whether text b, which writes the first word of one of
// pairs (a's pairs of name words) before another name, would make the
// same claim as a (Matcher.Similarity at the grouping threshold) with
// the pair's second word in the place of that name: the name is then
// what the two differ on ("nominee Joe Okonkwo", "nominee Joe Biden"),
// where a sentence about someone else of the same first name or title
// says something else ("Rep. Bob Barr", "Rep. Bob Livingston").
func renames(m *Matcher, a, b string, pairs []string) bool {
	for _, pair := range pairs {
		sp := strings.IndexByte(pair, ' ')
		first, second := pair[:sp+1], wordPrefix(pair[sp+1:])
		if second == "" {
			continue
		}
		for at := 0; ; {
			k := strings.Index(b[at:], first)
			if k < 0 {
				break
			}
			at += k + len(first)
			x := wordPrefix(b[at:])
			if x == "" || x == second || !isUpperASCII(x) {
				continue
			}
			if m.equivalent(a, b[:at]+second+b[at+len(x):]) {
				return true
			}
		}
	}
	return false
}

// wordPrefix returns the letters (ASCII) that s starts with.
func wordPrefix(s string) string {
	n := 0
	for n < len(s) && ('a' <= s[n] && s[n] <= 'z' || 'A' <= s[n] && s[n] <= 'Z') {
		n++
	}
	return s[:n]
}

// sameText returns the members of c, other than its representative, from
// other documents, with the representative's text.
func sameText(p *prepared, c claim) []int {
	var out []int
	for _, b := range c.members {
		if b != c.rep && p.body[b].Doc != p.body[c.rep].Doc && p.body[b].Text == p.body[c.rep].Text {
			out = append(out, b)
		}
	}
	return out
}

// nearClaim is the Matcher.Lexical similarity to a claim's representative
// from which a sentence of another source that was not grouped with the
// claim is compared with it.
const nearClaim = 0.3

// nearMiss is the Matcher.Lexical similarity to the representative of a
// claim left out of the summary (nearMisses) from which a sentence of
// another source not grouped with it is compared with it. On the DUC 2004
// clusters, 0.45 raised three items where 0.3 (nearClaim) raised nine,
// and found the same planted changes.
const nearMiss = 0.45

// farClaim is the Matcher.Lexical similarity to a claim's sentence from
// which a sentence of another source that writes the first word of one of
// its pairs of name words before a name ("the Asian Games", "the Asian
// Okonkwo") is compared with it (as Named: on lone names only).
const farClaim = 0.2

// comparedWith returns the body sentences a claim is compared with, its
// representative first, with how each relates to the claim: the claim's
// members (Grouped), then the sentences like the representative
// (nearClaim) that were not grouped with it (Near), then those like
// another member (Far), then those that write a word of a member's pair of
// name words before another name (Named, from farClaim), leaving out the
// representative's own document. A sentence whose text an earlier one has
// is not compared again but listed in dups of that one (it states the
// same values). renamed(j) says whether set[j], related as Named, is
// Renamed (renames; for disagree.FindRenaming). A nearOnly above zero
// returns only the representative and the sentences like it from
// nearOnly (Near), and a nil renamed.
func (p *prepared) comparedWith(cs *claimSet, c claim, m *Matcher, nearOnly float64) (set []int, dups [][]int, rels []disagree.Relation, renamed func(j int) bool) {
	rep := c.rep
	set, dups, rels = []int{rep}, [][]int{nil}, []disagree.Relation{disagree.Grouped}
	at := map[string]int{p.body[rep].Text: 0}
	add := func(b int, rel disagree.Relation) {
		if p.body[b].Doc == p.body[rep].Doc {
			return
		}
		if j, ok := at[p.body[b].Text]; ok {
			if !slices.Contains(dups[j], b) && set[j] != b {
				dups[j] = append(dups[j], b)
			}
			return
		}
		at[p.body[b].Text] = len(set)
		set = append(set, b)
		dups = append(dups, nil)
		rels = append(rels, rel)
	}
	// in the order of their texts, not of the documents
	if nearOnly == 0 {
		members := slices.Clone(c.members)
		slices.SortStableFunc(members, func(x, y int) int { return strings.Compare(p.body[x].Text, p.body[y].Text) })
		for _, b := range members {
			add(b, disagree.Grouped)
		}
	}
	// Sentences like the representative. (Sentences like another member
	// were tried as well, compared on figures only: they raised mostly
	// figures of other things.)
	var near []int
	for e := cs.cg.Ptr[rep]; e < cs.cg.Ptr[rep+1]; e++ {
		b := int(cs.cg.Adj[e])
		if cs.of[b] != cs.of[rep] && m.Lexical(p.body[rep].Text, p.body[b].Text) >= max(nearClaim, nearOnly) {
			near = append(near, b)
		}
	}
	byText := func(x, y int) int {
		if c := strings.Compare(p.body[x].Text, p.body[y].Text); c != 0 {
			return c
		}
		return x - y
	}
	slices.SortStableFunc(near, byText)
	for _, b := range near {
		add(b, disagree.Near)
	}
	if nearOnly > 0 {
		return set, dups, rels, nil
	}
	// Sentences like another member: compared on names after the same
	// two name words only (a version whose name differs may no longer be
	// grouped, and be like a member other than the representative).
	var far, named []int
	type renaming struct {
		a     int      // the member b was found from
		pairs []string // its pairs of name words
	}
	from := map[int]renaming{}
	for _, a := range c.members {
		pairs := capitalPairs(p.body[a].Text)
		if len(pairs) == 0 {
			continue // no two name words in a row: nothing Far or Named compares
		}
		for e := cs.cg.Ptr[a]; e < cs.cg.Ptr[a+1]; e++ {
			b := int(cs.cg.Adj[e])
			if cs.of[b] == cs.of[rep] || slices.Contains(far, b) || slices.Contains(named, b) {
				continue
			}
			// the text tests first: they are cheaper than the similarity
			samePair := a != rep && holdsAny(p.body[b].Text, pairs)
			otherName := holdsFirst(p.body[b].Text, pairs)
			if !samePair && !otherName {
				continue
			}
			switch lex := m.Lexical(p.body[a].Text, p.body[b].Text); {
			case samePair && lex >= nearClaim:
				far = append(far, b)
			case otherName && lex >= farClaim:
				named = append(named, b)
				from[b] = renaming{a, pairs}
			}
		}
	}
	slices.SortStableFunc(far, byText)
	for _, b := range far {
		add(b, disagree.Far)
	}
	slices.SortStableFunc(named, byText)
	for _, b := range named {
		add(b, disagree.Named)
	}
	// Whether a Named sentence is Renamed runs the model (renames): Find
	// asks it only where the two relations differ.
	renamed = func(j int) bool {
		r, ok := from[set[j]]
		return ok && renames(m, p.body[r.a].Text, p.body[set[j]].Text, r.pairs)
	}
	return set, dups, rels, renamed
}
