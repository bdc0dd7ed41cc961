package summarize

import (
	"bufio"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
)

// WriteText writes the summary as plain text: one sentence per line, each
// followed by its citations ("[1][3]"), then a blank line and the numbered
// list of sources.
func (s *Summary) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, sent := range s.Sentences {
		bw.WriteString(sent.Text)
		bw.WriteByte(' ')
		partial := sent.partialSources()
		for k, src := range sent.sourceNumbers() {
			mark := ""
			if partial[k] {
				mark = "~"
			}
			bw.WriteString("[" + mark + strconv.Itoa(src) + "]")
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	s.writeDisagreementsText(bw, false)
	for i, src := range s.Sources {
		bw.WriteString("[" + strconv.Itoa(i+1) + "] " + src.ID + "\n")
	}
	if s.anyPartial() {
		bw.WriteString(partialLegend + "\n")
	}
	return bw.Flush()
}

// WriteMarkdown writes the summary as a Markdown list whose citations are
// footnote references ("[^1]"), followed by the footnotes naming the
// sources and their titles.
func (s *Summary) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, sent := range s.Sentences {
		bw.WriteString("- " + escapeMarkdown(sent.Text))
		partial := sent.partialSources()
		for k, src := range sent.sourceNumbers() {
			if partial[k] {
				bw.WriteString(`\~`)
			}
			bw.WriteString("[^" + strconv.Itoa(src) + "]")
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	s.writeDisagreementsMarkdown(bw, false)
	for i, src := range s.Sources {
		bw.WriteString("[^" + strconv.Itoa(i+1) + "]: " + escapeMarkdown(src.ID))
		if src.Title != "" {
			bw.WriteString(", “" + escapeMarkdown(collapse(src.Title)) + "”")
		}
		bw.WriteByte('\n')
	}
	if s.anyPartial() {
		bw.WriteString("\n" + escapeMarkdown(partialLegend) + "\n")
	}
	return bw.Flush()
}

// partialLegend explains the mark of a partial citation ("[~3]").
const partialLegend = "~ marks a source whose sentence states only part of the summary sentence."

// partialSources returns, for each of sourceNumbers, whether every
// citation of that source is partial.
func (s Sentence) partialSources() []bool {
	var out []bool
	last := 0
	for _, c := range s.Citations {
		if len(out) == 0 || last != c.Source {
			out = append(out, c.Partial)
			last = c.Source
			continue
		}
		out[len(out)-1] = out[len(out)-1] && c.Partial
	}
	return out
}

// anyPartial reports whether a summary sentence cites a source only
// partially.
func (s *Summary) anyPartial() bool {
	for _, sent := range s.Sentences {
		for _, p := range sent.partialSources() {
			if p {
				return true
			}
		}
	}
	return false
}

var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`,
)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// Sources returns the numbers of the sources the sentence cites, each
// once, increasing (Summary.Sources[n-1] is source n): the "sources" of
// the JSON output. Its length is Support.
func (s Sentence) Sources() []int { return s.sourceNumbers() }

// sourceNumbers returns the distinct source numbers cited, increasing.
func (s Sentence) sourceNumbers() []int {
	var out []int
	for _, c := range s.Citations {
		if len(out) == 0 || out[len(out)-1] != c.Source {
			out = append(out, c.Source)
		}
	}
	return out
}

// The JSON schema; see README.md. Field order is fixed by these types.
type jsonSummary struct {
	Sources       []jsonSource       `json:"sources"`
	Sentences     []jsonSentence     `json:"sentences"`
	Disagreements []jsonDisagreement `json:"disagreements,omitempty"`
	Skipped       []jsonSkipped      `json:"skipped,omitempty"`
}

type jsonSkipped struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

type jsonSource struct {
	Number    int    `json:"number"`
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Sentences int    `json:"sentences"`
	Used      int    `json:"used"`
	TooLong   int    `json:"too_long,omitempty"`
}

type jsonSentence struct {
	Text      string         `json:"text"`
	Score     float64        `json:"score"`
	Support   int            `json:"support"`
	Sources   []int          `json:"sources"`
	Citations []jsonCitation `json:"citations"`
}

// jsonCitationOf returns c as the JSON output writes it.
func jsonCitationOf(c Citation) jsonCitation {
	return jsonCitation{Source: c.Source, Sentence: c.Sentence, Start: c.Start, End: c.End, Text: c.Text, Representative: c.Representative, Partial: c.Partial}
}

type jsonCitation struct {
	Source         int    `json:"source"`
	Sentence       int    `json:"sentence"`
	Start          int    `json:"start"`
	End            int    `json:"end"`
	Text           string `json:"text"`
	Representative bool   `json:"representative,omitempty"`
	Partial        bool   `json:"partial,omitempty"`
}

// WriteJSON writes the summary as one indented JSON object with the
// fields "sources" and "sentences" (schema in README.md). Scores are
// rounded to 4 decimals so that output is the same on every machine.
func (s *Summary) WriteJSON(w io.Writer) error {
	out := jsonSummary{
		Sources:   make([]jsonSource, len(s.Sources)),
		Sentences: make([]jsonSentence, len(s.Sentences)),
	}
	for i, src := range s.Sources {
		out.Sources[i] = jsonSource{Number: i + 1, ID: src.ID, Title: collapse(src.Title), Sentences: src.Sentences, Used: src.Used, TooLong: src.TooLong}
	}
	for i, sent := range s.Sentences {
		js := jsonSentence{
			Text:      sent.Text,
			Score:     math.Round(sent.Score*1e4) / 1e4,
			Support:   sent.Support,
			Sources:   sent.sourceNumbers(),
			Citations: make([]jsonCitation, len(sent.Citations)),
		}
		for j, c := range sent.Citations {
			js.Citations[j] = jsonCitationOf(c)
		}
		out.Sentences[i] = js
	}
	out.Disagreements = s.jsonDisagreements(false)
	for _, sk := range s.Skipped {
		out.Skipped = append(out.Skipped, jsonSkipped(sk))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
