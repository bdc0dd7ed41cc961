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

// about names what a disagreement concerns: its claim's first words, or
// "no summary sentence".
func (s *Summary) about(d Disagreement) string {
	if d.Sentence >= 0 && d.Sentence < len(s.Sentences) {
		return "“" + claimHead(s.Sentences[d.Sentence].Text) + "”"
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

// writeDisagreementsText writes the "Where the sources differ" section of
// the text output: per item the claim, then each value as written with
// its sources. It writes nothing when there is no item.
func (s *Summary) writeDisagreementsText(bw *bufio.Writer, why bool) {
	if len(s.Disagreements) == 0 {
		return
	}
	bw.WriteString(differHeading + ":\n")
	for _, d := range s.Disagreements {
		fmt.Fprintf(bw, "- %s on %s:", capitalFirst(kindPhrase(d.Kind)), s.about(d))
		for k, v := range d.Values {
			if k > 0 {
				bw.WriteByte(';')
			}
			bw.WriteString(" “" + collapse(v.Text) + "” ")
			for _, src := range v.Sources {
				bw.WriteString("[" + strconv.Itoa(src) + "]")
			}
			if v.Approximate {
				bw.WriteString(" (approximate)")
			}
		}
		bw.WriteByte('\n')
		if why {
			bw.WriteString("  why: " + d.Why + "\n")
		}
	}
	bw.WriteByte('\n')
}

// writeDisagreementsMarkdown writes the section in Markdown, citations as
// footnote references.
func (s *Summary) writeDisagreementsMarkdown(bw *bufio.Writer, why bool) {
	if len(s.Disagreements) == 0 {
		return
	}
	bw.WriteString("### " + differHeading + "\n\n")
	for _, d := range s.Disagreements {
		fmt.Fprintf(bw, "- %s on %s:", capitalFirst(kindPhrase(d.Kind)), escapeMarkdown(s.about(d)))
		for k, v := range d.Values {
			if k > 0 {
				bw.WriteByte(';')
			}
			bw.WriteString(" “" + escapeMarkdown(collapse(v.Text)) + "”")
			for _, src := range v.Sources {
				bw.WriteString("[^" + strconv.Itoa(src) + "]")
			}
			if v.Approximate {
				bw.WriteString(" (approximate)")
			}
		}
		bw.WriteByte('\n')
		if why {
			bw.WriteString("  why: " + escapeMarkdown(d.Why) + "\n")
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
