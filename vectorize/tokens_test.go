package vectorize

import (
	"reflect"
	"testing"
)

func TestTokenise(t *testing.T) {
	tok, err := NewTokeniser("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"The U.S. and US officials told us", []string{"us", "us", "offici"}},
		{"Trump’s pledge, Russia's war", []string{"trump", "pledg", "russia", "war"}},
		{"Planners are exploring post-conflict guarantees.", []string{"planner", "explor", "post", "conflict", "guarante"}},
		{"In 2022, $2.5 billion", []string{"2022", "2.5", "billion"}},
		{"— ... !!! “ ”", nil},
		{"NATO's eastward expansion", []string{"nato", "eastward", "expans"}},
		{"Die Regierung in Berlin", []string{"die", "regierung", "berlin"}},
	} {
		got := tok.Tokenise(tc.in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokenise(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNewTokeniserLanguage(t *testing.T) {
	for _, lang := range []string{"", "english", "English", "en"} {
		if _, err := NewTokeniser(lang); err != nil {
			t.Errorf("NewTokeniser(%q): %v", lang, err)
		}
	}
	_, err := NewTokeniser("klingon")
	want := `unsupported language "klingon" (supported: danish, dutch, english, finnish, french, german, italian, norwegian, portuguese, russian, spanish, swedish)`
	if err == nil || err.Error() != want {
		t.Errorf("NewTokeniser(klingon) error = %v", err)
	}
	for _, lang := range []string{"auto", "polish", "pl", "english-us"} {
		if _, err := NewTokeniser(lang); err == nil {
			t.Errorf("NewTokeniser(%q) succeeded", lang)
		}
	}
}

func TestTokeniseLanguages(t *testing.T) {
	for _, tc := range []struct {
		lang, in string
		want     []string
	}{
		// Stop words go, the rest is stemmed by the language's stemmer.
		{"german", "Die Deutsche Bahn stellte den Fernverkehr zwischen Hamburg und Berlin ein.",
			[]string{"deutsch", "bahn", "stellt", "fernverkehr", "hamburg", "berlin"}},
		{"de", "Umgestürzte Bäume blockierten mehrere Strecken, sagte die Polizei, dass…",
			[]string{"umgesturzt", "baum", "blockiert", "mehr", "streck", "polizei"}},
		// Elision: the word after l', d', qu' is kept.
		{"french", "L'armée d'Ukraine a annoncé qu'elle reculait.",
			[]string{"armé", "ukrain", "annonc", "recul"}},
		{"italian", "Dell'esercito e l'anno scorso.", []string{"eserc", "anno", "scors"}},
		{"spanish", "Los trenes no circularán hasta que se despejen las vías.",
			[]string{"tren", "circul", "despej", "vias"}},
		// ё is folded to е for the stop list and the stemmer.
		{"russian", "Её поезда не будут ходить, ещё сообщил перевозчик.",
			[]string{"поезд", "будут", "ход", "перевозчик"}},
		{"swedish", "Enligt polisen har nedfallna träd blockerat flera vägar.",
			[]string{"polis", "nedfalln", "träd", "blocker", "fler", "väg"}},
		// Acronyms are kept whole in every language.
		{"german", "Die USA und die EU", []string{"usa", "eu"}},
	} {
		tok, err := NewTokeniser(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := tok.Tokenise(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Tokenise(%q) = %q, want %q", tc.lang, tc.in, got, tc.want)
		}
	}
}

// TestTerm: Term gives one word's first term as Tokenise does, for every
// language, stop words and words with other characters included.
func TestTerm(t *testing.T) {
	words := []string{"said", "votes", "the", "running", "didnt", "us", "covid19", "1200", "élysée", "straße", "", "a", "officials", "généraux"}
	for _, name := range []string{"", "french", "german", "spanish"} {
		tok, err := NewTokeniser(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words {
			want := ""
			if ts := tok.Tokenise(w); len(ts) > 0 {
				want = ts[0]
			}
			if got := tok.Term(w); got != want {
				t.Errorf("%q: Term(%q) = %q, Tokenise gives %q", name, w, got, want)
			}
		}
	}
}
