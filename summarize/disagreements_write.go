package summarize

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

// differHeading heads the disagreements in the text and Markdown outputs.
const differHeading = "Where the sources differ"

// claimHead returns the first words of a claim, for naming it in a list
// of disagreements: up to ten words, with "…" when cut.
func claimHead(text string) string {
	f := strings.Fields(text)
	if len(f) <= 10 {
		return text
	}
	return strings.Join(f[:10], " ") + " …"
}

// about names what a disagreement concerns: its claim's first words; for
// an item about no summary sentence, the first words of its first value's
// first sentence with "(not in the summary)", or "no summary sentence"
// when it has none.
func (s *Summary) about(d Disagreement) string {
	if d.Sentence >= 0 && d.Sentence < len(s.Sentences) {
		return "“" + claimHead(s.Sentences[d.Sentence].Text) + "”"
	}
	if len(d.Values) > 0 && len(d.Values[0].Statements) > 0 {
		return "“" + claimHead(collapse(d.Values[0].Statements[0].Citation.Text)) + "” (not in the summary)"
	}
	return "no summary sentence"
}

// kindPhrase is how the outputs name a kind: "a number", "a name",
// "polarity".
func kindPhrase(kind string) string {
	switch kind {
	case "number", "name":
		return "a " + kind
	}
	return kind
}

// A differStyle is how one output writes the disagreements section.
type differStyle struct {
	heading string              // the heading line and what follows it
	esc     func(string) string // escapes text for the output
	cite    func(src int) string
	afterQ  string // between a value's closing quote and its citations
}

var (
	textDiffer = differStyle{heading: differHeading + ":\n", esc: func(s string) string { return s },
		cite: func(src int) string { return "[" + strconv.Itoa(src) + "]" }, afterQ: " "}
	markdownDiffer = differStyle{heading: "### " + differHeading + "\n\n", esc: escapeMarkdown,
		cite: func(src int) string { return "[^" + strconv.Itoa(src) + "]" }}
)

// writeDisagreementsText writes the "Where the sources differ" section of
// the text output: per item the claim, then each value as written with
// its sources ("[3]"), and with why the explain view's reason. It writes
// nothing when there is no item.
func (s *Summary) writeDisagreementsText(bw *bufio.Writer, why bool) {
	s.writeDisagreements(bw, why, textDiffer)
}

// writeDisagreementsMarkdown writes the section in Markdown, citations as
// footnote references ("[^3]").
func (s *Summary) writeDisagreementsMarkdown(bw *bufio.Writer, why bool) {
	s.writeDisagreements(bw, why, markdownDiffer)
}

func (s *Summary) writeDisagreements(bw *bufio.Writer, why bool, st differStyle) {
	if len(s.Disagreements) == 0 {
		return
	}
	bw.WriteString(st.heading)
	for _, d := range s.Disagreements {
		fmt.Fprintf(bw, "- %s on %s:", capitalFirst(kindPhrase(d.Kind)), st.esc(s.about(d)))
		for k, v := range d.Values {
			if k > 0 {
				bw.WriteByte(';')
			}
			bw.WriteString(" “" + st.esc(collapse(v.Text)) + "”" + st.afterQ)
			for _, src := range v.Sources {
				bw.WriteString(st.cite(src))
			}
			if v.Approximate {
				bw.WriteString(" (approximate)")
			}
		}
		bw.WriteByte('\n')
		if why {
			bw.WriteString("  why: " + st.esc(d.Why) + "\n")
		}
	}
	bw.WriteByte('\n')
}

func capitalFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// The JSON of a disagreement (README.md, "JSON output").
type jsonDisagreement struct {
	Sentence int                     `json:"sentence"`
	Kind     string                  `json:"kind"`
	Values   []jsonDisagreementValue `json:"values"`
	Why      string                  `json:"why,omitempty"`
}

type jsonDisagreementValue struct {
	Text        string          `json:"text"`
	Approximate bool            `json:"approximate,omitempty"`
	Sources     []int           `json:"sources"`
	Citations   []jsonStatement `json:"citations"`
}

// jsonStatement is a citation with the span of the value's words.
type jsonStatement struct {
	jsonCitation
	Words     string `json:"words"`
	WordStart int    `json:"words_start"`
	WordEnd   int    `json:"words_end"`
}

// jsonDisagreements returns the disagreements as the JSON writes them
// (with "why" for the explain view); nil when there is none, so that the
// field is left out.
func (s *Summary) jsonDisagreements(why bool) []jsonDisagreement {
	var out []jsonDisagreement
	for _, d := range s.Disagreements {
		jd := jsonDisagreement{Sentence: d.Sentence, Kind: d.Kind}
		if why {
			jd.Why = d.Why
		}
		for _, v := range d.Values {
			jv := jsonDisagreementValue{Text: v.Text, Approximate: v.Approximate, Sources: v.Sources}
			for _, st := range v.Statements {
				jv.Citations = append(jv.Citations, jsonStatement{jsonCitationOf(st.Citation), st.Words, st.WordStart, st.WordEnd})
			}
			jd.Values = append(jd.Values, jv)
		}
		out = append(out, jd)
	}
	return out
}
