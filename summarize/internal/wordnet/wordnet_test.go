package wordnet

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// stem is the English Snowball stem of a lower-case word, computed as the
// rest of the repository does.
func stem(w string) string {
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

func TestRelated(t *testing.T) {
	for _, c := range []struct {
		a, b string // words, stemmed before the look-up
		want bool
		why  string
	}{
		{"injured", "hurt", true, "synonyms (injure/hurt share verb synsets)"},
		{"approve", "approval", true, "derivation (the stems are equal too)"},
		{"decide", "decision", true, "derivation"},
		{"destroy", "destruction", true, "derivation"},
		{"economy", "economic", true, "pertainym"},
		{"injure", "injury", true, "derivation"},
		{"rose", "rise", true, "verb.exc"},
		{"fell", "fall", true, "verb.exc"},
		{"went", "go", true, "verb.exc"},
		{"better", "good", true, "adj.exc"},
		{"geese", "goose", true, "noun.exc"},
		{"car", "automobile", true, "synonyms in a synset"},
		{"buy", "purchase", true, "synonyms in a synset"},
		{"big", "large", true, "synonyms in a synset"},
		{"said", "say", true, "verb.exc"},
		{"ship", "vessel", false, "vessel is only a hypernym of ship"},
		{"rise", "fall", false, "antonyms"},
		{"good", "bad", false, "antonyms"},
		{"monday", "tuesday", false, "co-hyponyms"},
		{"cat", "senate", false, "unrelated"},
		{"kill", "murder", false, "murder is a hyponym of kill"},
	} {
		a, b := stem(c.a), stem(c.b)
		if got := Related(a, b); got != c.want {
			t.Errorf("Related(%q, %q) (%s/%s, %s) = %v, want %v", a, b, c.a, c.b, c.why, got, c.want)
		}
		if got := Related(b, a); got != c.want {
			t.Errorf("Related(%q, %q) = %v, want %v (not symmetric)", b, a, got, c.want)
		}
	}
}

func TestRelatedStemsAsGiven(t *testing.T) {
	// The stems the callers pass, spelt out, so a stemmer change shows.
	if stem("injured") != "injur" || stem("decision") != "decis" || stem("senate") != "senat" {
		t.Fatalf("unexpected Snowball stems: %q %q %q", stem("injured"), stem("decision"), stem("senate"))
	}
	if !Related("injur", "hurt") {
		t.Error(`Related("injur", "hurt") = false`)
	}
	if !Related("decid", "decis") {
		t.Error(`Related("decid", "decis") = false`)
	}
	if Related("cat", "senat") {
		t.Error(`Related("cat", "senat") = true`)
	}
}

func TestEmptyAndUnknown(t *testing.T) {
	if c := Concepts(""); c != nil {
		t.Errorf(`Concepts("") = %v, want nil`, c)
	}
	if Related("", "") {
		t.Error(`Related("", "") = true`)
	}
	if Known("") {
		t.Error(`Known("") = true`)
	}
	const junk = "qxzvtk"
	if Known(junk) || Concepts(junk) != nil || Related(junk, junk) || Related(junk, "hurt") || Related("hurt", junk) {
		t.Errorf("unknown stem %q treated as known", junk)
	}
	if !Known("hurt") || !Related("hurt", "hurt") {
		t.Error(`"hurt" is not known or not related to itself`)
	}
	// Single letters are left out of the table.
	if Known("a") || Known("i") {
		t.Error("one-letter stems are in the table")
	}
}

func TestConcepts(t *testing.T) {
	c := Concepts("hurt")
	if len(c) < 5 {
		t.Fatalf(`Concepts("hurt") = %v, want several ids`, c)
	}
	if !slices.IsSorted(c) || len(slices.Compact(slices.Clone(c))) != len(c) {
		t.Errorf(`Concepts("hurt") = %v, not sorted and distinct`, c)
	}
	if cap(c) != len(c) {
		t.Errorf("Concepts result has spare capacity %d: an append would overwrite the table", cap(c)-len(c))
	}
}

func TestData(t *testing.T) {
	start := time.Now()
	tb, err := decode(data)
	d := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wordnet.bin: %d bytes, %d stems, %d ids, %d synsets, %d derivation classes; decoded in %v",
		len(data), tb.size(), len(tb.ids), tb.synsets, tb.concepts-tb.synsets, d)
	// WordNet 3.0 has 117659 synsets and ~60k single-word stems.
	if tb.synsets != 117659 {
		t.Errorf("%d synsets, want 117659", tb.synsets)
	}
	if n := tb.size(); n < 40000 || n > 100000 {
		t.Errorf("%d stems, want 40k–100k", n)
	}
	for i := range tb.size() {
		if k := tb.stem(i); tb.find(k) != i {
			t.Fatalf("find(%q) = %d, want %d", k, tb.find(k), i)
		}
	}
	if n := tb.concepts - tb.synsets; n < 2000 {
		t.Errorf("%d derivation classes, want thousands", n)
	}
	for i := range tb.size() {
		k, ids := tb.stem(i), tb.idsOf(i)
		if len(k) < 2 || len(ids) == 0 || !slices.IsSorted(ids) {
			t.Fatalf("bad entry %q: %v", k, ids)
		}
	}
}

func TestDecodeCorrupt(t *testing.T) {
	for _, d := range []string{"", "WNB", "XXXX", data[:len(data)-1], data + "\x00", data[:100]} {
		if _, err := decode(d); err == nil {
			t.Errorf("decode of %d bytes of bad data succeeded", len(d))
		}
	}
}

// newsText is a made-up news story; BenchmarkRelated compares every pair
// of its words, as a summariser comparing sentences would.
const newsText = `The city council approved a plan on Tuesday to raise property taxes
after officials said the budget deficit had risen sharply. Police reported that
two people were killed and several injured when a truck hit a bus near the
station. The mayor, who proposed the bill last month, told reporters the
government would decide within weeks whether to sell the old hospital. Prices
of oil rose for a third day while shares fell on fears of a slowing economy;
analysts expect the central bank to cut interest rates. Residents protested
outside the court, demanding an inquiry into the fire that destroyed homes.`

func BenchmarkRelated(b *testing.B) {
	var stems []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(newsText) {
		w = strings.ToLower(strings.Trim(w, ".,;:"))
		if s := stem(w); !seen[s] {
			seen[s] = true
			stems = append(stems, s)
		}
	}
	var pairs [][2]string
	for i, a := range stems {
		for _, c := range stems[i+1:] {
			pairs = append(pairs, [2]string{a, c})
		}
	}
	load()
	related := 0
	for _, p := range pairs {
		if Related(p[0], p[1]) {
			related++
		}
	}
	b.Logf("%d stems, %d pairs, %d related", len(stems), len(pairs), related)
	i := 0
	for b.Loop() {
		p := pairs[i]
		Related(p[0], p[1])
		if i++; i == len(pairs) {
			i = 0
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	for b.Loop() {
		if _, err := decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
