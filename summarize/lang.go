package summarize

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/concordsum/concord/vectorize"
)

// AutoLanguage is the Options.Language that asks Summarize to detect the
// language from the documents.
//
// Detection looks at all documents together (up to detectBytes of each),
// since one summary is made with one tokeniser: sentences of versions in
// different languages share no terms and could not form claims anyway.
// DetectLanguages tells, per document, which language each one looks like.
const AutoLanguage = "auto"

// detectBytes is how much of each document language detection reads.
const detectBytes = 16 << 10

// ChooseLanguage returns the language Summarize reads docs in for the
// Options.Language name: the language named, or, for AutoLanguage, the one
// detected from all documents together. It fails for an unsupported name
// (a *vectorize.LanguageError) and when detection fails (wrapping a
// *vectorize.DetectError).
func ChooseLanguage(docs []Document, name string) (vectorize.Language, error) {
	if !strings.EqualFold(strings.TrimSpace(name), AutoLanguage) {
		return vectorize.LookupLanguage(name)
	}
	var b strings.Builder
	for _, d := range docs {
		b.WriteString(head(d.Title, detectBytes))
		b.WriteString("\n")
		b.WriteString(head(d.Text, detectBytes))
		b.WriteString("\n")
	}
	det, err := vectorize.DetectLanguage(b.String())
	if err != nil {
		return vectorize.Language{}, fmt.Errorf("-lang auto: %w", err)
	}
	return det.Language, nil
}

// DetectLanguages returns, for each document, the name of the language its
// text is in ("" when it cannot be told: too short, or in no supported
// language), as Summarize with AutoLanguage would judge it for that
// document alone.
func DetectLanguages(docs []Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		det, err := vectorize.DetectLanguage(d.Title + "\n" + head(d.Text, detectBytes))
		if err == nil {
			out[i] = det.Language.Name
		}
	}
	return out
}

// head returns at most n bytes from the start of s, cut at a rune
// boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
