package summarize

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// WriteExplain writes the explain view as plain text: for each summary
// sentence its support and score and every member sentence from every
// source (source number, sentence index, similarity to the
// representative, the sentence); then the claims of a single source that
// were left out, best first, with the reason; then the sources.
func (s *Summary) WriteExplain(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if s.Language != "" {
		fmt.Fprintf(bw, "Language: %s\n\n", s.Language)
	}
	fmt.Fprintf(bw, "Summary: %s\n", count(len(s.Sentences), "sentence", "sentences"))
	for i, sent := range s.Sentences {
		fmt.Fprintf(bw, "\n%d. %s\n", i+1, sent.Text)
		fmt.Fprintf(bw, "   support %d, score %s\n", sent.Support, fmtScore(sent.Score))
		for _, c := range sent.Citations {
			writeExplainCitation(bw, c, true)
		}
		for _, c := range sent.NotCited {
			writeExplainCitation(bw, c, false)
		}
	}
	sep := "\n" // before the left-out claims
	if len(s.Disagreements) > 0 {
		bw.WriteByte('\n')
		s.writeDisagreementsText(bw, true)
		sep = ""
	}
	fmt.Fprintf(bw, "%sLeft out: %s %s\n", sep, count(len(s.LeftOut), "claim", "claims"), s.leftOutWhat())
	for _, lo := range s.LeftOut {
		fmt.Fprintf(bw, "\n- %s\n", lo.Text)
		fmt.Fprintf(bw, "   score %s: %s\n", fmtScore(lo.Score), lo.Reason)
		for _, c := range lo.Citations {
			writeExplainCitation(bw, c, true)
		}
	}
	bw.WriteByte('\n')
	for i, src := range s.Sources {
		bw.WriteString("[" + strconv.Itoa(i+1) + "] " + src.ID + "\n")
	}
	return bw.Flush()
}

func writeExplainCitation(bw *bufio.Writer, c Citation, cited bool) {
	fmt.Fprintf(bw, "   [%d] sentence %d, similarity %s%s: %s\n", c.Source, c.Sentence, fmtScore(c.Similarity), citationNote(c, cited), collapse(c.Text))
}

// citationNote returns what the explain view writes after a member's
// similarity: ", representative", ", partial", or ", not cited" for a
// member its claim does not cite (Sentence.NotCited).
func citationNote(c Citation, cited bool) string {
	switch {
	case !cited:
		return ", not cited"
	case c.Representative:
		return ", representative"
	case c.Partial:
		return ", partial"
	}
	return ""
}

// fmtScore formats a score or similarity with at most 4 decimals.
func fmtScore(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64)
}

// WriteExplainMarkdown writes the explain view as Markdown: a numbered
// list of the summary sentences, each with a nested list of its members,
// then the left-out claims and the sources.
func (s *Summary) WriteExplainMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if s.Language != "" {
		fmt.Fprintf(bw, "Language: %s\n\n", s.Language)
	}
	fmt.Fprintf(bw, "## Summary\n\n")
	for i, sent := range s.Sentences {
		fmt.Fprintf(bw, "%d. %s  \n   support %d, score %s\n", i+1, escapeMarkdown(sent.Text), sent.Support, fmtScore(sent.Score))
		for _, c := range sent.Citations {
			writeExplainCitationMarkdown(bw, c, true)
		}
		for _, c := range sent.NotCited {
			writeExplainCitationMarkdown(bw, c, false)
		}
	}
	sep := "\n" // before the left-out claims
	if len(s.Disagreements) > 0 {
		bw.WriteByte('\n')
		s.writeDisagreementsMarkdown(bw, true)
		sep = ""
	}
	fmt.Fprintf(bw, "%s## Left out: %s %s\n\n", sep, count(len(s.LeftOut), "claim", "claims"), s.leftOutWhat())
	for _, lo := range s.LeftOut {
		fmt.Fprintf(bw, "- %s  \n  score %s: %s\n", escapeMarkdown(lo.Text), fmtScore(lo.Score), escapeMarkdown(lo.Reason))
		for _, c := range lo.Citations {
			writeExplainCitationMarkdown(bw, c, true)
		}
	}
	fmt.Fprintf(bw, "\n## Sources\n\n")
	for i, src := range s.Sources {
		fmt.Fprintf(bw, "%d. %s", i+1, escapeMarkdown(src.ID))
		if src.Title != "" {
			bw.WriteString(", “" + escapeMarkdown(collapse(src.Title)) + "”")
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func writeExplainCitationMarkdown(bw *bufio.Writer, c Citation, cited bool) {
	fmt.Fprintf(bw, "   - source %d, sentence %d, similarity %s%s: %s\n", c.Source, c.Sentence, fmtScore(c.Similarity), citationNote(c, cited), escapeMarkdown(collapse(c.Text)))
}

// The explain JSON: the schema of WriteJSON plus "language", a
// "similarity" on every citation, "not_cited" and "left_out".
type jsonExplain struct {
	Language      string             `json:"language"`
	Sources       []jsonSource       `json:"sources"`
	Sentences     []jsonExplainSent  `json:"sentences"`
	Disagreements []jsonDisagreement `json:"disagreements,omitempty"`
	LeftOut       []jsonLeftOut      `json:"left_out"`
}

type jsonExplainSent struct {
	Text      string                `json:"text"`
	Score     float64               `json:"score"`
	Support   int                   `json:"support"`
	Sources   []int                 `json:"sources"`
	Citations []jsonExplainCitation `json:"citations"`
	NotCited  []jsonExplainCitation `json:"not_cited,omitempty"`
}

// A jsonExplainCitation is a jsonCitation (its fields inline) with the
// similarity to the representative.
type jsonExplainCitation struct {
	jsonCitation
	Similarity float64 `json:"similarity"`
}

type jsonLeftOut struct {
	Text      string                `json:"text"`
	Score     float64               `json:"score"`
	Reason    string                `json:"reason"`
	Citations []jsonExplainCitation `json:"citations"`
}

// WriteExplainJSON writes the explain view as one indented JSON object:
// the fields of WriteJSON, plus "language" (the language the documents
// were read in), "similarity" on every citation (cosine with the claim's
// representative, 1 for the representative), "not_cited" on a sentence
// whose claim has members it does not cite (Sentence.NotCited; omitted
// when there are none) and "left_out" (the claims of a single source not
// in the summary: text, score, reason, citations).
func (s *Summary) WriteExplainJSON(w io.Writer) error {
	out := jsonExplain{
		Language:  s.Language,
		Sources:   make([]jsonSource, len(s.Sources)),
		Sentences: make([]jsonExplainSent, len(s.Sentences)),
		LeftOut:   make([]jsonLeftOut, len(s.LeftOut)),
	}
	for i, src := range s.Sources {
		out.Sources[i] = jsonSource{Number: i + 1, ID: src.ID, Title: collapse(src.Title), Sentences: src.Sentences, Used: src.Used}
	}
	for i, sent := range s.Sentences {
		out.Sentences[i] = jsonExplainSent{
			Text:      sent.Text,
			Score:     math.Round(sent.Score*1e4) / 1e4,
			Support:   sent.Support,
			Sources:   sent.sourceNumbers(),
			Citations: explainCitations(sent.Citations),
		}
		if len(sent.NotCited) > 0 {
			out.Sentences[i].NotCited = explainCitations(sent.NotCited)
		}
	}
	out.Disagreements = s.jsonDisagreements(true)
	for i, lo := range s.LeftOut {
		out.LeftOut[i] = jsonLeftOut{
			Text:      lo.Text,
			Score:     math.Round(lo.Score*1e4) / 1e4,
			Reason:    lo.Reason,
			Citations: explainCitations(lo.Citations),
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func explainCitations(cs []Citation) []jsonExplainCitation {
	out := make([]jsonExplainCitation, len(cs))
	for i, c := range cs {
		out[i] = jsonExplainCitation{jsonCitationOf(c), math.Round(c.Similarity*1e4) / 1e4}
	}
	return out
}

// count returns n with the singular or plural noun: "1 claim", "3 claims".
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// leftOutWhat says what LeftOut holds: "carried by one source", or, when
// it holds claims that -min-support removed, "carried by one source or
// below -min-support".
func (s *Summary) leftOutWhat() string {
	for _, lo := range s.LeftOut {
		if strings.Contains(lo.Reason, "below -min-support") {
			return "carried by one source or below -min-support"
		}
	}
	return "carried by one source"
}
