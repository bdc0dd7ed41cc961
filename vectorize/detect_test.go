package vectorize

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/lang/<language>.txt holds one short news paragraph (three
// sentences, 40 to 60 words) per supported language, written for these
// tests; testdata/<name>.txt holds the same story in languages concord does
// not support.
func TestDetectLanguage(t *testing.T) {
	for _, name := range Languages() {
		data, err := os.ReadFile(filepath.Join("testdata", "lang", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		d, err := DetectLanguage(text)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		t.Logf("%-10s share %.2f, runner-up %s by %.2f", name, d.Share, d.Runner, d.Margin)
		if d.Language.Name != name {
			t.Errorf("%s: detected %s (share %.2f)", name, d.Language.Name, d.Share)
		}
		// Two sentences are enough; Finnish, with few function words,
		// needs more (its first two sentences have 3 stop words in 22).
		two := text[:strings.LastIndex(text, ". ")+1]
		d, err = DetectLanguage(two)
		switch {
		case name == "finnish":
			if err == nil && d.Language.Name != name {
				t.Errorf("finnish, two sentences: detected %s", d.Language.Name)
			}
		case err != nil || d.Language.Name != name:
			t.Errorf("%s, two sentences %q: detected %q, %v", name, two, d.Language.Name, err)
		}
	}
}

func TestDetectLanguageUnsupported(t *testing.T) {
	for _, name := range []string{"polish", "czech", "ukrainian"} {
		data, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := DetectLanguage(string(data))
		var de *DetectError
		if !errors.As(err, &de) {
			t.Errorf("%s: detected %s (share %.2f), want a DetectError", name, d.Language.Name, d.Share)
			continue
		}
		t.Logf("%s: %v", name, err)
	}
	for _, text := range []string{"", "Hello world.", "1234 5678 — !!!", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."} {
		if d, err := DetectLanguage(text); err == nil {
			t.Errorf("DetectLanguage(%q) = %s, want an error", text, d.Language.Name)
		}
	}
}
