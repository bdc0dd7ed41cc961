package summarize

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/concordsum/concord/vectorize"
)

// plantedDocs is a story of three versions: c gives another death toll, b
// another director's name, c negates the airport claim; b writes the aid
// as "7.7 million dollars" and the wind without its conversion.
var plantedDocs = []Document{
	{ID: "a", Text: "At least 231 people have been confirmed dead in Honduras after the storm, the National Emergency Commission said Saturday. The commission's director, Maria Lopez, said rescue teams had reached most of the flooded villages by Saturday night. The European Union approved $7.7 million in emergency aid for the region on Tuesday. The storm hit the coast with 120-mph (205-kph) winds before it weakened over land. The airport in the capital will reopen on Monday for relief flights, officials said."},
	{ID: "b", Text: "At least 231 people have been confirmed dead in Honduras after the storm, the National Emergency Commission said on Saturday. The commission's director, Ana Castillo, said rescue teams had reached most of the flooded villages by Saturday night. The European Union approved 7.7 million dollars in emergency aid for the region on Tuesday. The storm hit the coast with 120 mph winds before it weakened over land. The airport in the capital will reopen on Monday for relief flights, officials said."},
	{ID: "c", Text: "At least 345 people have been confirmed dead in Honduras after the storm, the National Emergency Commission said Saturday. The commission's director, Maria Lopez, said rescue teams had reached most of the flooded villages by Saturday night. The European Union approved $7.7 million in emergency aid for the region on Tuesday. The storm hit the coast with winds of 120 mph before it weakened over land. The airport in the capital will not reopen on Monday for relief flights, officials said."},
}

// items renders disagreements as "kind: value(sources); ..." lines with
// the source IDs, so that renumbering the sources does not change them.
func items(t *testing.T, sum *Summary) []string {
	t.Helper()
	var out []string
	for _, d := range sum.Disagreements {
		var vs []string
		for _, v := range d.Values {
			var ids []string
			for _, src := range v.Sources {
				ids = append(ids, sum.Sources[src-1].ID)
			}
			slices.Sort(ids)
			ids = slices.Compact(ids) // an exact copy under its original's ID
			vs = append(vs, fmt.Sprintf("%s(%s)", v.Text, strings.Join(ids, ",")))
		}
		slices.Sort(vs)
		out = append(out, d.Kind+": "+strings.Join(vs, "; ")+" on "+sum.Sentences[d.Sentence].Text)
	}
	slices.Sort(out)
	return out
}

func TestDisagreementsPlanted(t *testing.T) {
	sum, err := Summarize(plantedDocs, Options{Sentences: 5})
	if err != nil {
		t.Fatal(err)
	}
	got := items(t, sum)
	want := []string{
		"name: Ana Castillo(b); Maria Lopez(a,c) on The commission's director, Maria Lopez, said rescue teams had reached most of the flooded villages by Saturday night.",
		"number: At least 231(a,b); At least 345(c) on At least 231 people have been confirmed dead in Honduras after the storm, the National Emergency Commission said on Saturday.",
		"polarity: will not reopen(c); will reopen(a,b) on The airport in the capital will not reopen on Monday for relief flights, officials said.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range sum.Disagreements {
		for _, v := range d.Values {
			for _, st := range v.Statements {
				c := st.Citation
				text := plantedDocs[c.Source-1].Text
				if text[c.Start:c.End] != c.Text || text[st.WordStart:st.WordEnd] != st.Words || st.WordStart < c.Start || st.WordEnd > c.End {
					t.Errorf("statement %+v does not fit source %d", st, c.Source)
				}
			}
		}
	}
}

// TestDisagreementsProperties: an exact copy of a document adds no item
// (its source joins the values of its original), and permuting the
// documents changes only the source numbers.
func TestDisagreementsProperties(t *testing.T) {
	base, err := Summarize(plantedDocs, Options{Sentences: 5})
	if err != nil {
		t.Fatal(err)
	}
	want := items(t, base)
	// The copy bears its original's ID, so that items name the same IDs;
	// it must add no item and appear in no value but its original's.
	withCopy := append(slices.Clone(plantedDocs), Document{ID: "c", Text: plantedDocs[2].Text})
	sum, err := Summarize(withCopy, Options{Sentences: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := items(t, sum); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("with an exact copy of c:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, order := range [][]int{{0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		var docs []Document
		for _, k := range order {
			docs = append(docs, plantedDocs[k])
		}
		sum, err := Summarize(docs, Options{Sentences: 5})
		if err != nil {
			t.Fatal(err)
		}
		if got := items(t, sum); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("order %v:\n%s\nwant\n%s", order, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestDisagreementsNone: without a difference, and in another language,
// there is no item and the outputs have no section.
func TestDisagreementsNone(t *testing.T) {
	same := []Document{plantedDocs[0], {ID: "a2", Text: plantedDocs[0].Text + " Officials said more help was coming."}}
	sum, err := Summarize(same, Options{Sentences: 5})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Disagreements != nil {
		t.Errorf("copies of one text: %v", items(t, sum))
	}
	var b bytes.Buffer
	if err := sum.WriteText(&b); err != nil || strings.Contains(b.String(), differHeading) {
		t.Errorf("text output names the section: %v\n%s", err, b.String())
	}
	b.Reset()
	if err := sum.WriteJSON(&b); err != nil || strings.Contains(b.String(), "disagreements") {
		t.Errorf("JSON output has the field: %v", err)
	}
}

// TestDisagreementsParenthesisLast: a figure followed by "(" as the
// last word of a sentence (a cut-off conversion) is read without a panic,
// and still compared.
func TestDisagreementsParenthesisLast(t *testing.T) {
	docs := []Document{
		{ID: "a", Text: "The rain kept falling on the coast and rivers rose all week long.\nHurricane Mitch killed 231 people in Honduras, officials said on Monday("},
		{ID: "b", Text: "The rain kept falling on the coast and rivers rose all week long.\nHurricane Mitch killed 357 people in Honduras, officials said on Monday("},
	}
	sum, err := Summarize(docs, Options{Sentences: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(items(t, sum), "\n"), "number: 231(a); 357(b) on Hurricane Mitch killed 231 people in Honduras, officials said on Monday("; got != want {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestReportDisagreements: the report lists the items, marks the
// differing words in the sources, and every link to them has its target.
func TestReportDisagreements(t *testing.T) {
	sum, err := Summarize(plantedDocs, Options{Sentences: 5})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := sum.WriteHTML(&b, plantedDocs); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if !strings.Contains(page, "<h2>"+differHeading+"</h2>") {
		t.Error("no section")
	}
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`<span class="differ" id="([^"]+)"[^>]*>([^<]*)</span>`).FindAllStringSubmatch(page, -1) {
		ids[m[1]] = true
	}
	links := regexp.MustCompile(`href="#(d[0-9]+-[0-9]+-[0-9]+)"`).FindAllStringSubmatch(page, -1)
	n := 0
	for _, d := range sum.Disagreements {
		for _, v := range d.Values {
			n += len(v.Statements)
		}
	}
	if len(links) != n || len(ids) != n {
		t.Errorf("%d links and %d marked spans for %d statements", len(links), len(ids), n)
	}
	for _, l := range links {
		if !ids[l[1]] {
			t.Errorf("link #%s has no target", l[1])
		}
	}
	for _, w := range []string{">At least 345</span>", ">Ana Castillo</span>", ">will not reopen</span>"} {
		if !strings.Contains(page, w) {
			t.Errorf("the report does not mark %q", w)
		}
	}
}

// TestRenames: a sentence that writes another name after the first word
// of a claim's pair of name words is compared as disagree.Renamed only
// when, with the claim's name in its place, it makes the same claim.
func TestRenames(t *testing.T) {
	m, err := NewMatcher("")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		a, b string
		want bool
	}{
		{"the claim with another name",
			"Democrats are worried that Democratic presidential nominee Joe Biden's lagging support among Latino voters could put him at risk of losing Florida.",
			"Democrats fear that Democratic presidential nominee Joe Okonkwo's lagging support among Latino voters could put him at risk of losing Florida.",
			true},
		{"another person of the same first name and title",
			"Rep. Bob Livingston stunned his colleagues on Saturday by announcing he would resign from Congress.",
			"Rep. Bob Barr, a Georgia Republican on the Judiciary Committee, held up copies of the criminal code on Saturday.",
			false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := renames(m, c.a, c.b, capitalPairs(c.a)); got != c.want {
				t.Errorf("renames = %v, want %v", got, c.want)
			}
		})
	}
}

// TestDisagreementsWorkers: the comparisons, which run as tasks on the
// stage's workers, give the same items on any number of workers (under
// -race: without a data race), here on a story small enough that
// Summarize itself would use one. (That the items are added in the
// tasks' order, whichever ends first, is the code's construction: on this
// story and on all DUC 2004 the tasks' order happens not to matter.)
func TestDisagreementsWorkers(t *testing.T) {
	lang, _ := vectorize.LookupLanguage("english")
	tok, _ := vectorize.NewTokeniser("")
	opt := Options{Sentences: 5}
	docs := plantedDocs
	find := func(workers int) []Disagreement {
		p := prepare(docs, lang, opt.maxSentenceBytes(), workers)
		cs, err := p.claims(tok, Concord)
		if err != nil {
			t.Fatal(err)
		}
		return p.disagreements(cs, cs.choose(opt), p.matcher(tok))
	}
	want := find(1)
	if len(want) < 3 {
		t.Fatalf("%d items on one worker, want three or more", len(want))
	}
	for _, w := range []int{2, 3, 8} {
		if got := find(w); !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers: items differ from one worker's:\n%+v\nwant\n%+v", w, got, want)
		}
	}
}

// TestDisagreementsInjured: the injured are counted apart from the dead
// ("killing 60 people and injuring 155"), and a value written alike in
// two sentences ("162 others", "injured 162") is one value of its item.
func TestDisagreementsInjured(t *testing.T) {
	docs := []Document{
		{ID: "a", Text: "A fire turned a dance hall jammed with teen-age Halloween revelers into a deathtrap, killing 60 people and injuring 162 others in Sweden's second-largest city. Police said the cause of the fire was not yet known."},
		{ID: "b", Text: "A fire turned a Swedish dance hall jammed with teen-age Halloween revelers into a deathtrap, killing at least 60 people and injuring about 180. Police said the cause of the fire was not yet known."},
		{ID: "c", Text: "A fire turned a Swedish dance hall jammed with teen-age Halloween revelers into a deathtrap, killing 60 people and injuring 155. Police said the cause of the fire was not yet known."},
		{ID: "d", Text: "A panicky telephone call in poor Swedish was the first word that authorities got of a fire racing through a dance hall crowded with immigrant teen-agers, delaying fire squads' response to the blaze that killed 60 and injured 162, officials said Saturday. Police said the cause of the fire was not yet known."},
	}
	sum, err := Summarize(docs, Options{Sentences: 2})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items(t, sum) {
		got = append(got, it[:strings.Index(it, " on ")])
	}
	want := []string{"number: 155(c); 162(a,d); about 180(b)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDisagreementsNotEnglish: documents in another language read as
// English (the default) raise no disagreement: their capitalised nouns
// are no names, and the model knows too few of their words.
func TestDisagreementsNotEnglish(t *testing.T) {
	paths, err := filepath.Glob("../testdata/german/*.txt")
	if err != nil || len(paths) < 2 {
		t.Fatalf("the German story: %v, %d files", err, len(paths))
	}
	var docs []Document
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Document{ID: path, Text: string(b)})
	}
	sum, err := Summarize(docs, Options{Sentences: 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Disagreements) != 0 {
		t.Errorf("%d disagreements on German read as English: %v", len(sum.Disagreements), items(t, sum))
	}
	// Read as German, there is no model: none either.
	sum, err = Summarize(docs, Options{Sentences: 20, Language: "german"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Disagreements != nil {
		t.Errorf("disagreements in German: %v", items(t, sum))
	}
}
