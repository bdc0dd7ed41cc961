package rouge

import (
	"slices"
	"strings"
	"testing"
)

// FuzzTokens checks ROUGE's tokeniser on any text: tokens are non-empty
// runs of a-z and 0-9 (stems and stop-word removal keep to that alphabet);
// the same text gives the same tokens; a word limit keeps a prefix of the
// tokens and a byte limit a prefix but for a cut last token; and a
// summary scored against itself has ROUGE-1 recall and precision 1.
//
// A longer run: go test ./summarize/rouge -run '^$' -fuzz FuzzTokens -fuzztime 5m -fuzzminimizetime 5s
func FuzzTokens(f *testing.F) {
	f.Add("The U.S. Senate's vote -- 51-49 -- came late.\nIt was \"historic,\" he said.", uint16(0), uint16(0), true, false)
	f.Add("  leading space\n\n\nrunning runs ran better geese", uint16(3), uint16(0), true, true)
	f.Add("x\ty\x00z \xff\xfe caf\u00e9 日本語 $100 3.5%", uint16(0), uint16(7), false, true)
	f.Fuzz(func(t *testing.T, text string, words, bytes uint16, stem, stop bool) {
		lines := strings.Split(text, "\n")
		opt := Options{Stem: stem, RemoveStopwords: stop}
		full := Tokens(lines, opt)
		for _, tok := range full {
			if tok == "" && !stem {
				t.Fatalf("empty token in %q", full)
			}
			for i := 0; i < len(tok); i++ {
				if c := tok[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					t.Fatalf("token %q holds %q", tok, c)
				}
			}
		}
		if again := Tokens(lines, opt); !slices.Equal(full, again) {
			t.Fatalf("not deterministic")
		}

		plain := Tokens(lines, Options{})
		if w := int(words % 50); w > 0 {
			cut := Tokens(lines, Options{LengthWords: w})
			if len(cut) > len(plain) || !slices.Equal(cut, plain[:len(cut)]) {
				t.Fatalf("word limit %d: %q is not a prefix of %q", w, cut, plain)
			}
		}
		if b := int(bytes % 400); b > 0 {
			cut := Tokens(lines, Options{LengthBytes: b})
			if len(cut) > len(plain) {
				t.Fatalf("byte limit %d: %d tokens, %d without", b, len(cut), len(plain))
			}
			if n := len(cut); n > 0 {
				if !slices.Equal(cut[:n-1], plain[:n-1]) || !strings.HasPrefix(plain[n-1], cut[n-1]) {
					t.Fatalf("byte limit %d: %q is not a prefix of %q", b, cut, plain)
				}
			}
		}

		if len(full) > 0 {
			res, err := Evaluate(lines, [][]string{lines}, Options{MaxN: 1, Stem: stem, RemoveStopwords: stop})
			if err != nil {
				t.Fatal(err)
			}
			if m, _ := res.Metric("ROUGE-1"); m.Recall != 1 || m.Precision != 1 {
				t.Fatalf("ROUGE-1 of a summary against itself: %+v", m)
			}
		}
	})
}
