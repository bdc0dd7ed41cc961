package summarize

import (
	"bufio"
	"errors"
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteHTML writes the summary as one self-contained HTML page (inline
// style and a few lines of inline script; nothing is loaded from
// elsewhere): the summary on the left, each sentence with its support,
// score and citations; the sources on the right, in full, with every cited
// sentence highlighted. A citation links to the cited sentence: clicking
// it scrolls there and marks it (CSS :target; the script also marks every
// member of the claim). Below the sources, the single-source claims left
// out, with the reason.
//
// docs must be the documents the summary was made from, in the same order
// (the page shows their text and cites byte spans in it).
func (s *Summary) WriteHTML(w io.Writer, docs []Document) error {
	if len(docs) != len(s.Sources) {
		return fmt.Errorf("WriteHTML: %d documents for a summary of %d sources", len(docs), len(s.Sources))
	}
	// Marks per source: the cited spans, with the claim they belong to.
	type mark struct{ start, end, sentence, claim int }
	marks := make([][]mark, len(docs))
	for k, sent := range s.Sentences {
		for _, c := range sent.Citations {
			marks[c.Source-1] = append(marks[c.Source-1], mark{c.Start, c.End, c.Sentence, k + 1})
		}
	}
	texts := make([]string, len(docs))
	for d, doc := range docs {
		texts[d] = doc.Text
		if !utf8.ValidString(texts[d]) {
			texts[d] = strings.ToValidUTF8(texts[d], "\uFFFD")
		}
		ms := marks[d]
		sort.Slice(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
		for i, m := range ms {
			if m.start < 0 || m.end > len(texts[d]) || m.start > m.end || (i > 0 && m.start < ms[i-1].end) {
				return errors.New("WriteHTML: citation spans do not fit the documents' text (were the documents changed?)")
			}
		}
	}

	differs := s.differSpans(texts)
	bw := bufio.NewWriter(w)
	esc := html.EscapeString
	bw.WriteString("<!DOCTYPE html>\n<html lang=\"" + esc(langCode(s.Language)) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	bw.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(bw, "<title>concord: summary of %d sources</title>\n<style>%s</style>\n</head>\n<body>\n", len(docs), reportCSS)
	fmt.Fprintf(bw, "<header><h1>Summary of %d sources</h1><p class=\"note\">Click a citation to see the sentence in its source. Highlighted: every sentence a summary sentence cites.</p></header>\n", len(docs))
	bw.WriteString("<div class=\"layout\">\n<section class=\"summary\" id=\"summary\">\n<h2>Summary</h2>\n<ol>\n")
	for k, sent := range s.Sentences {
		fmt.Fprintf(bw, "<li class=\"claim\" id=\"claim-%d\" data-claim=\"%d\">\n<p class=\"claim-text\">%s</p>\n<p class=\"cites\">", k+1, k+1, esc(sent.Text))
		seen := map[int]bool{}
		partial := sent.partialSources()
		for _, c := range sent.Citations {
			if seen[c.Source] {
				continue
			}
			seen[c.Source] = true
			class, mark, note := "cite", "", ""
			if partial[len(seen)-1] {
				class, mark, note = "cite partial", "~", ", states only part of it"
			}
			fmt.Fprintf(bw, "<a class=\"%s\" href=\"#s%d-%d\" data-claim=\"%d\" title=\"source %d, sentence %d, similarity %s%s\">[%s%d]</a>",
				class, c.Source, c.Sentence, k+1, c.Source, c.Sentence, fmtScore(c.Similarity), note, mark, c.Source)
		}
		fmt.Fprintf(bw, "</p>\n<p class=\"meta\">support %d · score %s</p>\n</li>\n", sent.Support, fmtScore(sent.Score))
	}
	bw.WriteString("</ol>\n")
	if len(s.Disagreements) > 0 {
		bw.WriteString("<h2>" + differHeading + "</h2>\n<ul class=\"differences\">\n")
		for i, d := range s.Disagreements {
			fmt.Fprintf(bw, "<li id=\"differ-%d\">%s on %s:", i+1, esc(capitalFirst(kindPhrase(d.Kind))), esc(s.about(d)))
			for k, v := range d.Values {
				if k > 0 {
					bw.WriteString(";")
				}
				fmt.Fprintf(bw, " <span class=\"differ\">%s</span>", esc(collapse(v.Text)))
				for _, st := range v.Statements {
					fmt.Fprintf(bw, "<a class=\"cite\" href=\"#d%d-%d-%d\">[%d]</a>", i+1, st.Citation.Source, st.WordStart, st.Citation.Source)
				}
				if v.Approximate {
					bw.WriteString(" (approximate)")
				}
			}
			bw.WriteString("</li>\n")
		}
		bw.WriteString("</ul>\n")
	}
	bw.WriteString("</section>\n<section class=\"sources\" id=\"sources\">\n<h2>Sources</h2>\n")
	for d := range docs {
		src := s.Sources[d]
		fmt.Fprintf(bw, "<article class=\"source\" id=\"source-%d\">\n<h3><span class=\"num\">[%d]</span> %s</h3>\n", d+1, d+1, esc(src.ID))
		if src.Title != "" {
			fmt.Fprintf(bw, "<p class=\"title\">%s</p>\n", esc(collapse(src.Title)))
		}
		bw.WriteString("<div class=\"text\">")
		text, pos := texts[d], 0
		for _, m := range marks[d] {
			differs[d].write(bw, text, pos, m.start)
			fmt.Fprintf(bw, "<mark class=\"cited claim-%d\" id=\"s%d-%d\" data-claim=\"%d\">", m.claim, d+1, m.sentence, m.claim)
			differs[d].write(bw, text, m.start, m.end)
			fmt.Fprintf(bw, "<sup>%d</sup></mark>", m.claim)
			pos = m.end
		}
		differs[d].write(bw, text, pos, len(text))
		bw.WriteString("</div>\n</article>\n")
	}
	bw.WriteString("</section>\n</div>\n")
	if len(s.LeftOut) > 0 {
		fmt.Fprintf(bw, "<details class=\"left-out\"><summary>Left out: %d claims %s</summary>\n<ul>\n", len(s.LeftOut), s.leftOutWhat())
		for _, lo := range s.LeftOut {
			src := ""
			if len(lo.Citations) > 0 {
				src = "[" + strconv.Itoa(lo.Citations[0].Source) + "] "
			}
			fmt.Fprintf(bw, "<li>%s%s <span class=\"meta\">score %s: %s</span></li>\n", src, esc(lo.Text), fmtScore(lo.Score), esc(lo.Reason))
		}
		bw.WriteString("</ul>\n</details>\n")
	}
	bw.WriteString("<script>" + reportJS + "</script>\n</body>\n</html>\n")
	return bw.Flush()
}

// A differSpan is the words of a disagreement's value in a source's text.
type differSpan struct{ start, end, item, source int }

// A differList is the differing words of one source, in text order.
type differList []differSpan

// differSpans lists the words of every disagreement value per source, in
// text order; a span that overlaps an earlier one, or that does not lie in
// the text, is left unmarked.
func (s *Summary) differSpans(texts []string) []differList {
	out := make([]differList, len(texts))
	for i, d := range s.Disagreements {
		for _, v := range d.Values {
			for _, st := range v.Statements {
				src := st.Citation.Source - 1
				if src < 0 || src >= len(texts) || st.WordStart < 0 || st.WordEnd > len(texts[src]) || st.WordStart >= st.WordEnd {
					continue
				}
				out[src] = append(out[src], differSpan{st.WordStart, st.WordEnd, i + 1, src + 1})
			}
		}
	}
	for k, l := range out {
		sort.SliceStable(l, func(a, b int) bool { return l[a].start < l[b].start })
		kept := l[:0]
		for _, sp := range l {
			if len(kept) == 0 || sp.start >= kept[len(kept)-1].end {
				kept = append(kept, sp)
			}
		}
		out[k] = kept
	}
	return out
}

// write writes text[lo:hi] escaped, with the differing words in it marked
// (a span that crosses lo or hi is not marked there).
func (l differList) write(bw *bufio.Writer, text string, lo, hi int) {
	pos := lo
	for _, sp := range l {
		if sp.start < pos || sp.end > hi {
			continue
		}
		bw.WriteString(html.EscapeString(text[pos:sp.start]))
		fmt.Fprintf(bw, "<span class=\"differ\" id=\"d%d-%d-%d\" title=\"the sources differ here (item %d)\">%s</span>", sp.item, sp.source, sp.start, sp.item, html.EscapeString(text[sp.start:sp.end]))
		pos = sp.end
	}
	bw.WriteString(html.EscapeString(text[pos:hi]))
}

// langCode returns the ISO 639-1 code of a language name, "en" if unknown.
func langCode(name string) string {
	codes := map[string]string{
		"danish": "da", "dutch": "nl", "english": "en", "finnish": "fi", "french": "fr", "german": "de",
		"italian": "it", "norwegian": "no", "portuguese": "pt", "russian": "ru", "spanish": "es", "swedish": "sv",
	}
	if c, ok := codes[name]; ok {
		return c
	}
	return "en"
}

const reportCSS = `
:root { --ink: #1d1d1f; --muted: #6e6e73; --line: #d2d2d7; --cite: #fff3b0; --active: #ffb347; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 Georgia, "DejaVu Serif", serif; color: var(--ink); background: #fafafa; }
header { padding: 12px 24px; border-bottom: 1px solid var(--line); background: #fff; }
header h1 { margin: 0; font-size: 20px; }
.note { margin: 2px 0 0; color: var(--muted); font-size: 14px; }
.layout { display: grid; grid-template-columns: minmax(280px, 2fr) 3fr; gap: 24px; padding: 16px 24px; align-items: start; }
.summary { position: sticky; top: 0; max-height: 100vh; overflow: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; }
.summary ol { padding-left: 22px; }
.claim { margin-bottom: 12px; cursor: pointer; }
.claim.active { background: #fff8e1; }
.claim-text { margin: 0; }
.cites { margin: 2px 0 0; }
.cite { font: 13px/1 sans-serif; text-decoration: none; color: #0645ad; margin-right: 4px; padding: 2px 3px; border-radius: 3px; }
.cite:hover, .cite:focus { background: #e8f0fe; }
.cite.partial { color: #6e6e73; font-style: italic; }
.meta { margin: 0; color: var(--muted); font: 12px sans-serif; }
.sources h2, .summary h2 { font: bold 15px sans-serif; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.source { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; margin-bottom: 16px; }
.source h3 { margin: 4px 0; font: bold 15px sans-serif; word-break: break-all; }
.source .title { margin: 0 0 8px; font-style: italic; }
.text { white-space: pre-wrap; }
.differ { text-decoration: underline wavy #c0392b; text-underline-offset: 3px; }
.differ:target { background: #f5b7b1; }
mark.cited { background: var(--cite); padding: 1px 0; border-radius: 2px; scroll-margin-top: 40vh; }
mark.cited sup { font: 10px sans-serif; color: var(--muted); margin-left: 2px; }
mark.cited:target, mark.cited.active { background: var(--active); outline: 2px solid #e67e00; }
.left-out { margin: 0 24px 24px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; }
.left-out li { margin-bottom: 6px; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } .summary { position: static; max-height: none; } }
`

// reportJS marks every member of a claim when one of its citations, or
// the claim itself, is clicked. The page works without it: :target marks
// the cited sentence.
const reportJS = `
(function () {
  function mark(claim) {
    document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
    document.querySelectorAll('[data-claim="' + claim + '"]').forEach(function (e) {
      if (e.tagName === 'MARK' || e.tagName === 'LI') e.classList.add('active');
    });
  }
  document.querySelectorAll('.claim').forEach(function (li) {
    li.addEventListener('click', function (ev) {
      mark(li.dataset.claim);
      if (ev.target.tagName !== 'A') {
        var first = document.querySelector('mark[data-claim="' + li.dataset.claim + '"]');
        if (first) first.scrollIntoView({block: 'center'});
      }
    });
  });
})();
`
