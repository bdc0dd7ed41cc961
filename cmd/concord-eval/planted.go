package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/concordsum/concord/summarize"
)

const plantedHelp = `concord-eval planted: disagreement detection on planted changes.

Usage:
  concord-eval planted [flags]

On every DUC 2004 cluster and NeuS validation story, for each kind
(number, name, polarity) one change is planted in one version's sentence
that belongs to a chosen claim carried by two or more sources: a figure
changed, a name replaced, a negation added. A change is found when the
summary of the changed documents has a disagreement of that kind naming
the changed version, for the changed sentence, in a value of its own.
Formatting-only variants (thousands separators dropped, "percent" as
"per cent", small figures as words, "$N million" as "N million dollars")
are planted the same way; each that raises a disagreement naming the
changed version that the unchanged documents did not have is a false
alarm. Prints found/planted per kind and set, by halves of each set
(odd and even stories), the false alarms, and the items raised on the
unchanged stories (natural: to read for precision).

Flags:
  -data DIR     the evaluation data (default ` + defaultData + `)
  -misses       print each change not found: the changed sentence and the
                summary sentence whose claim it was planted in
`

// A story is a set of documents to plant changes in.
type plantStory struct {
	set  string // "duc2004" or "neus"
	name string
	docs []summarize.Document
	opt  summarize.Options
}

// plantedResult counts one set's results.
type plantedResult struct {
	planted, found [2]map[string]int // by half, by kind
	variants, fa   [2]int
	natural        [2]int
}

func runPlanted(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("planted")
	data := fs.String("data", defaultData, "")
	misses := fs.Bool("misses", false, "")
	if code := parse(fs, args, plantedHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, fs, "unexpected argument %q", fs.Arg(0))
	}
	start := time.Now()
	var stories []plantStory
	topics, err := loadDUCTopics(filepath.Join(*data, "duc2004"), "")
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	for _, t := range topics {
		docs, err := readDUCDocs(t.dir, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "concord-eval: %v\n", err)
			return exitFailure
		}
		stories = append(stories, plantStory{"duc2004", t.name, docs, summarize.Options{Words: 100}})
	}
	ns, err := loadNeuS(filepath.Join(*data, "neus-val"))
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	for _, s := range ns {
		stories = append(stories, plantStory{"neus", s.name, s.docs, summarize.Options{Words: 65}})
	}
	results := map[string]*plantedResult{}
	outcomes := make([]plantOutcome, len(stories))
	prog := newProgress(stderr, "planted: summarising", len(stories))
	if err := parallel(len(stories), func(i int) error {
		o, err := stories[i].evaluate()
		outcomes[i] = o
		prog.step()
		return err
	}); err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	prog.finish()
	if *misses {
		for i, o := range outcomes {
			for _, m := range o.misses {
				fmt.Fprintf(stdout, "%s %s %s\n  was:     %s\n  changed: %s\n  claim:   %s\n", stories[i].set, stories[i].name, m.kind, m.original, m.changed, m.claim)
			}
		}
	}
	for i, o := range outcomes {
		st := stories[i]
		r := results[st.set]
		if r == nil {
			r = &plantedResult{}
			for h := range 2 {
				r.planted[h], r.found[h] = map[string]int{}, map[string]int{}
			}
			results[st.set] = r
		}
		h := i % 2
		for _, k := range o.planted {
			r.planted[h][k]++
		}
		for _, k := range o.found {
			r.found[h][k]++
		}
		r.variants[h] += o.variants
		r.fa[h] += o.falseAlarms
		r.natural[h] += o.natural
	}
	fmt.Fprintf(stdout, "%-8s %-9s %14s %14s %14s\n", "set", "kind", "found (half 1)", "found (half 2)", "found (all)")
	for _, set := range []string{"duc2004", "neus"} {
		r := results[set]
		if r == nil {
			continue
		}
		tp, tf := 0, 0
		for _, kind := range []string{"number", "name", "polarity"} {
			fmt.Fprintf(stdout, "%-8s %-9s", set, kind)
			p, f := 0, 0
			for h := range 2 {
				fmt.Fprintf(stdout, " %14s", ratio(r.found[h][kind], r.planted[h][kind]))
				p += r.planted[h][kind]
				f += r.found[h][kind]
			}
			fmt.Fprintf(stdout, " %14s\n", ratio(f, p))
			tp += p
			tf += f
		}
		fmt.Fprintf(stdout, "%-8s %-9s %14s %14s %14s\n", set, "all", "", "", ratio(tf, tp))
		fmt.Fprintf(stdout, "%-8s %-9s %14s %14s %14s\n", set, "variants", fmt.Sprintf("%d/%d alarms", r.fa[0], r.variants[0]), fmt.Sprintf("%d/%d alarms", r.fa[1], r.variants[1]), fmt.Sprintf("%d/%d alarms", r.fa[0]+r.fa[1], r.variants[0]+r.variants[1]))
		fmt.Fprintf(stdout, "%-8s %-9s %14s %14s %14s\n", set, "natural", fmt.Sprintf("%d items", r.natural[0]), fmt.Sprintf("%d items", r.natural[1]), fmt.Sprintf("%d items", r.natural[0]+r.natural[1]))
	}
	fmt.Fprintf(stderr, "concord-eval: planted: %d stories in %.1fs\n", len(stories), time.Since(start).Seconds())
	return 0
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %.1f%%", a, b, 100*float64(a)/float64(b))
}

// A plantOutcome is what one story gave.
type plantOutcome struct {
	planted, found        []string // kinds
	variants, falseAlarms int
	natural               int // items on the unchanged documents
	misses                []plantMiss
}

// A plantMiss is a change not found.
type plantMiss struct{ kind, original, changed, claim string }

// evaluate plants each kind of change once in st, and each formatting
// variant once.
func (st plantStory) evaluate() (plantOutcome, error) {
	var o plantOutcome
	base, err := summarize.Summarize(st.docs, st.opt)
	if err != nil {
		return o, fmt.Errorf("%s %s: %v", st.set, st.name, err)
	}
	o.natural = len(base.Disagreements)
	for _, kind := range []string{"number", "name", "polarity"} {
		docs, at, ok := plant(base, st.docs, kind, changeText)
		if !ok {
			continue
		}
		o.planted = append(o.planted, kind)
		sum, err := summarize.Summarize(docs, st.opt)
		if err != nil {
			return o, fmt.Errorf("%s %s: %v", st.set, st.name, err)
		}
		if names(sum, kind, at.source, at.sentence) {
			o.found = append(o.found, kind)
		} else {
			o.misses = append(o.misses, plantMiss{kind, at.original, at.changed, at.claim})
		}
	}
	before := itemKeys(base)
	for _, v := range variantRewrites {
		docs, at, ok := plant(base, st.docs, v.name, v.rewrite)
		if !ok {
			continue
		}
		o.variants++
		sum, err := summarize.Summarize(docs, st.opt)
		if err != nil {
			return o, fmt.Errorf("%s %s: %v", st.set, st.name, err)
		}
		for _, d := range sum.Disagreements {
			if !before[itemKey(d)] && cites(d, at.source) {
				o.falseAlarms++
				o.misses = append(o.misses, plantMiss{"alarm " + v.name + ": " + itemKey(d), at.original, at.changed, at.claim})
				break
			}
		}
	}
	return o, nil
}

// plant rewrites, in the first chosen claim carried by two or more
// sources where rewrite applies, one member sentence of a source other
// than the representative's, and returns the changed documents and where
// the change is.
func plant(sum *summarize.Summary, docs []summarize.Document, kind string, rewrite func(kind, sentence string, others []string) (string, bool)) ([]summarize.Document, plantedAt, bool) {
	for _, s := range sum.Sentences {
		if s.Support < 2 {
			continue
		}
		repSource := 0
		for _, c := range s.Citations {
			if c.Representative {
				repSource = c.Source
			}
		}
		for _, c := range s.Citations {
			if c.Source == repSource || c.Text == s.Text {
				continue
			}
			var others []string
			for _, o := range s.Citations {
				if o.Source != c.Source {
					others = append(others, o.Text)
				}
			}
			changed, ok := rewrite(kind, c.Text, others)
			if !ok {
				continue
			}
			out := append([]summarize.Document(nil), docs...)
			d := &out[c.Source-1]
			text := d.Text
			if !strings.HasPrefix(text[c.Start:], c.Text) {
				continue // invalid UTF-8: the spans are in the repaired text
			}
			d.Text = text[:c.Start] + changed + text[c.End:]
			return out, plantedAt{c.Source, c.Sentence, changed, s.Text, c.Text}, true
		}
	}
	return nil, plantedAt{}, false
}

// plantedAt says where a change was planted.
type plantedAt struct {
	source, sentence int
	changed, claim   string // the changed sentence; the summary sentence of its claim
	original         string // the sentence before the change
}

// names reports whether sum has a disagreement of kind naming source for
// its sentence sent, in a value that not every source of the item shares.
func names(sum *summarize.Summary, kind string, source, sent int) bool {
	for _, d := range sum.Disagreements {
		if d.Kind != kind {
			continue
		}
		for _, v := range d.Values {
			for _, st := range v.Statements {
				if st.Citation.Source == source && st.Citation.Sentence == sent {
					return true
				}
			}
		}
	}
	return false
}

// cites reports whether d names source.
func cites(d summarize.Disagreement, source int) bool {
	for _, v := range d.Values {
		for _, s := range v.Sources {
			if s == source {
				return true
			}
		}
	}
	return false
}

// itemKey identifies a disagreement by its kind and the sources of each
// value, so that a variant that only rewrites a value already raised
// (7,000 as 7000) is the same item.
func itemKey(d summarize.Disagreement) string {
	var b strings.Builder
	b.WriteString(d.Kind)
	for _, v := range d.Values {
		b.WriteString("|")
		for _, s := range v.Sources {
			b.WriteString(" " + strconv.Itoa(s))
		}
	}
	return b.String()
}

func itemKeys(sum *summarize.Summary) map[string]bool {
	out := map[string]bool{}
	for _, d := range sum.Disagreements {
		out[itemKey(d)] = true
	}
	return out
}

var (
	figureRE  = regexp.MustCompile(`\b\d[\d,]*(\.\d+)?\b`)
	auxRE     = regexp.MustCompile(`\b(is|was|are|were|will|would|has|have|had|can|could)\b`)
	planted   = []string{"Okonkwo", "Lindqvist", "Castellanos", "Nakamura", "Abernathy"}
	thousands = regexp.MustCompile(`\b(\d{1,3}),(\d{3})\b`)
	smallNum  = regexp.MustCompile(`\b([2-9]) ([a-z]{3,})`)
	percentRE = regexp.MustCompile(`\bpercent\b`)
	millionRE = regexp.MustCompile(`\$(\d+(?:\.\d+)?) (million|billion)\b`)
)

// calendar holds the names of days and months: not names to replace.
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// changeText plants a change of kind in sentence: a figure (not a year or
// a four-digit number like one, not a number in a name such as "Covid-19")
// that another source's sentence of the claim also gives, with a word
// next to it (within two) there too, changed by a
// third or more; the last word of a name that another source's sentence
// also has, after another capitalised word (a first name, a title),
// replaced; or "not" after the first auxiliary verb of a
// sentence without a negation whose next word (or the one after) another
// source's sentence also has: the negation of a shared claim.
func changeText(kind, sentence string, others []string) (string, bool) {
	inOthers := func(w string) bool {
		for _, o := range others {
			if regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`).MatchString(o) {
				return true
			}
		}
		return false
	}
	// inOthersAsWord reports whether another sentence has a word that
	// starts as w does, but for its last three letters (its first four
	// at least): w in another form ("sanction", "sanctions"; "require",
	// "requiring").
	inOthersAsWord := func(w string) bool {
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(w[:max(4, len(w)-3)]))
		for _, o := range others {
			if re.MatchString(o) {
				return true
			}
		}
		return false
	}
	// nearShared reports whether a word of four letters or more within
	// two words of [lo, hi) is in the other sentence that has w: the
	// figure stands for the same thing there.
	nearShared := func(w string, lo, hi int) bool {
		before := strings.Fields(sentence[:lo])
		after := strings.Fields(sentence[hi:])
		near := append(before[max(0, len(before)-2):], after[:min(2, len(after))]...)
		for _, o := range others {
			if !regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`).MatchString(o) {
				continue
			}
			for _, n := range near {
				n = strings.Trim(n, ".,;:\"'“”()")
				if len(n) >= 4 && strings.Contains(o, n) {
					return true
				}
			}
		}
		return false
	}
	switch kind {
	case "number":
		for _, loc := range figureRE.FindAllStringIndex(sentence, -1) {
			f := sentence[loc[0]:loc[1]]
			v, err := strconv.ParseFloat(strings.ReplaceAll(f, ",", ""), 64)
			if err != nil || len(f) == 4 && v >= 1000 && v <= 2100 && !strings.Contains(f, ",") || !nearShared(f, loc[0], loc[1]) {
				continue // a year, or a figure no other source gives for the same thing
			}
			if loc[0] > 1 && sentence[loc[0]-1] == '-' && isLetterByte(sentence[loc[0]-2]) {
				continue // part of a name: "Covid-19", "F-16"
			}
			if unit := hyphenUnit(sentence[loc[1]:]); unit != "" && !inOthers(f+"-"+unit) {
				continue // "238-page" where the other gives "238-count": another thing
			}
			nv := v*1.5 + 3
			if v != float64(int64(v)) {
				nv = float64(int64(nv*10)) / 10
			} else {
				nv = float64(int64(nv))
			}
			repl := strconv.FormatFloat(nv, 'f', -1, 64)
			if strings.Contains(f, ",") {
				repl = withThousands(int64(nv))
			}
			if afterMonth(sentence[:loc[0]]) {
				// a day of the month: another day that exists ("July 25",
				// "July 22"), not "July 40"
				d := int(v) + 3
				if d > 28 {
					d = int(v) - 3
				}
				repl = strconv.Itoa(d)
			}
			return sentence[:loc[0]] + repl + sentence[loc[1]:], true
		}
	case "name":
		// the last word of a run of two or more capitalised words, not
		// the sentence's first
		words := wordSpans(sentence)
		for k := 2; k < len(words); k++ {
			w := sentence[words[k][0]:words[k][1]]
			if !capitalised(w) || !capitalised(sentence[words[k-1][0]:words[k-1][1]]) || len(w) < 4 ||
				words[k-1][1]+1 != words[k][0] || sentence[words[k-1][1]] != ' ' || // "Aug. 2, Tutsis": no name
				notNameEnd[w] ||
				k+1 < len(words) && capitalised(sentence[words[k+1][0]:words[k+1][1]]) && words[k+1][0] == words[k][1]+1 ||
				calendar[strings.ToLower(w)] || !inOthers(w) {
				continue
			}
			repl := planted[len(w)%len(planted)]
			return sentence[:words[k][0]] + repl + sentence[words[k][1]:], true
		}
	case "polarity":
		if negationRE.MatchString(sentence) {
			return "", false
		}
		for _, loc := range auxRE.FindAllStringIndex(sentence, -1) {
			next := strings.Fields(sentence[loc[1]:])
			if len(next) == 0 || !negatable(sentence[loc[0]:loc[1]], sentence[:loc[0]], next[0]) {
				continue // "has not information", "have not Ukraine": no negation of a verb
			}
			// the word negated: the next one, or the one after an adverb
			// or a form of "be" or "have" ("will be tested", "would not have banned")
			w := strings.Trim(next[0], ".,;:\"'“”")
			for k := 1; k < len(next) && k < 3 && (adverbs[w] || w == "be" || w == "been" || w == "being" || w == "have"); k++ {
				w = strings.Trim(next[k], ".,;:\"'“”")
			}
			// a verb or adjective that another source's sentence states:
			// not a function word ("was toppled from", where another has
			// "from"), not a name
			if len(w) > 3 && !capitalised(w) && !functionWords[strings.ToLower(w)] && inOthersAsWord(w) {
				return sentence[:loc[1]] + " not" + sentence[loc[1]:], true
			}
		}
	}
	return "", false
}

// negationRE finds a negation already in a sentence: one more would make
// a double negative ("had not been no change", "were not NOT racist").
var negationRE = regexp.MustCompile(`(?i)\b(not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n['’]t\b`)

// notNameEnd holds the words that end a run of capitalised words without
// being a name of one person or place: titles and the nouns of bodies
// ("Foreign Minister", "Players Association", "European Union").
var notNameEnd = map[string]bool{
	"Minister": true, "Secretary": true, "President": true, "General": true, "Governor": true, "Senator": true,
	"Association": true, "Union": true, "Party": true, "Council": true, "Committee": true, "Commission": true,
	"Court": true, "Department": true, "Ministry": true, "Agency": true, "Bank": true, "Company": true,
	"Organization": true, "Assembly": true, "Parliament": true, "Congress": true, "House": true, "Senate": true,
	"Army": true, "Forces": true, "League": true, "Front": true, "Movement": true, "Government": true,
	"University": true, "Church": true, "Republic": true, "Kingdom": true, "States": true, "Nations": true,
	"Office": true, "Service": true, "Board": true, "Authority": true, "Institute": true, "Foundation": true,
}

// adverbs are the words between an auxiliary and the word it goes with
// that the polarity plant looks past ("would also decide").
var adverbs = map[string]bool{"also": true, "already": true, "still": true, "just": true, "now": true, "even": true, "again": true, "ever": true, "only": true, "soon": true, "then": true}

// functionWords are words of four letters or more that say nothing of
// what a sentence states: another source writing one is no sign that it
// states the word negated.
var functionWords = map[string]bool{
	"from": true, "with": true, "that": true, "this": true, "they": true, "them": true, "their": true, "there": true,
	"been": true, "have": true, "being": true, "into": true, "onto": true, "over": true, "about": true, "after": true,
	"before": true, "also": true, "than": true, "then": true, "when": true, "where": true, "which": true, "while": true,
	"will": true, "would": true, "could": true, "should": true, "some": true, "more": true, "most": true, "very": true,
	"such": true, "only": true, "under": true, "between": true, "against": true, "through": true, "during": true,
}

// negatable reports whether "not" after the auxiliary aux (the sentence
// before it is before) negates a verb: not after a modal's "have" ("may
// have not information"), not before a capitalised word, and after a
// form of "have" only before a participle ("has not information").
func negatable(aux, before, next string) bool {
	next = strings.Trim(next, ".,;:\"'“”")
	if next == "" || capitalised(next) {
		return false
	}
	if f := strings.Fields(before); len(f) > 0 && aux == "have" && modalWords[strings.ToLower(f[len(f)-1])] {
		return false
	}
	switch aux {
	case "has", "have", "had":
		return next == "been" || strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "en") || strings.HasSuffix(next, "wn") || participles[next]
	}
	return true
}

var modalWords = map[string]bool{"may": true, "might": true, "must": true, "should": true, "will": true, "would": true, "can": true, "could": true}

// participles are irregular past participles that negatable knows.
var participles = map[string]bool{
	"made": true, "said": true, "told": true, "found": true, "held": true, "paid": true, "sent": true, "spent": true,
	"left": true, "lost": true, "met": true, "put": true, "set": true, "cut": true, "hit": true, "built": true,
	"brought": true, "bought": true, "caught": true, "taught": true, "thought": true, "fought": true, "sought": true,
	"kept": true, "led": true, "read": true, "run": true, "won": true, "become": true, "come": true, "done": true,
	"gone": true, "begun": true, "struck": true, "stood": true, "sold": true, "heard": true, "had": true, "let": true,
}

// afterMonth reports whether before ends with the name of a month
// ("July ", "Sept. "): the figure after it is a day.
func afterMonth(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))
	return calendar[w] || monthAbbr[w]
}

var monthAbbr = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// hyphenUnit returns the word joined by a hyphen to a figure's end
// ("page" after "238-page"), or "".
func hyphenUnit(rest string) string {
	if len(rest) < 2 || rest[0] != '-' || !isLetterByte(rest[1]) {
		return ""
	}
	n := 1
	for n < len(rest) && isLetterByte(rest[n]) {
		n++
	}
	return rest[1:n]
}

// wordSpans returns the byte spans of the runs of letters of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

func capitalised(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func withThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

var smallWords = []string{"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// variantRewrites are formatting-only changes: each must raise nothing.
var variantRewrites = []struct {
	name    string
	rewrite func(kind, sentence string, others []string) (string, bool)
}{
	{"thousands", func(_, s string, _ []string) (string, bool) {
		if !thousands.MatchString(s) {
			return "", false
		}
		return thousands.ReplaceAllString(s, "$1$2"), true
	}},
	{"percent", func(_, s string, _ []string) (string, bool) {
		if !percentRE.MatchString(s) {
			return "", false
		}
		return percentRE.ReplaceAllString(s, "per cent"), true
	}},
	{"number words", func(_, s string, _ []string) (string, bool) {
		loc := smallNum.FindStringSubmatchIndex(s)
		if loc == nil || loc[2] > 0 && (s[loc[2]-1] == '.' || s[loc[2]-1] == ',' || s[loc[2]-1] == '$') {
			return "", false
		}
		n, _ := strconv.Atoi(s[loc[2]:loc[3]])
		return s[:loc[2]] + smallWords[n] + s[loc[3]:], true
	}},
	{"dollars", func(_, s string, _ []string) (string, bool) {
		if !millionRE.MatchString(s) {
			return "", false
		}
		return millionRE.ReplaceAllString(s, "$1 $2 dollars"), true
	}},
}
