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
	if err == nil || err.Error() != `unsupported language "klingon" (supported: english)` {
		t.Errorf("NewTokeniser(klingon) error = %v", err)
	}
}
