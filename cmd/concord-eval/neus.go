package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/rouge"
	"github.com/concordsum/concord/vectorize"
)

const neusHelp = `concord-eval neus: the NeuS (AllSides) validation split.

Each story is told by three outlets of different leaning; a human wrote a
neutral roundup of it. Summarises each story from the three articles (the
title as a headline line, then the article) at the given length, and prints
ROUGE-1, ROUGE-2 and ROUGE-L F against the roundup's text (the part after
ARTICLE=>, split into sentences), scored as ROUGE-1.5.5 -n 2 -m -l WORDS
-f A, for concord, its ablations, and "lead first outlet" (the first
sentences of the first outlet alone).

Usage:
  concord-eval neus [flags]

Flags:
  -data DIR      evaluation data (default ../shared/data); reads
                 DIR/neus-val/val.source and val.target
  -words N       summary length and ROUGE -l limit, in words (default 65)
  -methods LIST  concord methods to run, comma-separated, or "all" (default)
  -stories N     only the first N stories (default: all)
  -halves        also print the table for the odd and the even stories
  -write DIR     also write each summary to DIR/<story>.<method> and each
                 roundup to DIR/refs/<story>.ref.txt
`

// A neusStory is one line of val.source with its roundup.
type neusStory struct {
	name string
	docs []summarize.Document
	ref  []string // the roundup, one sentence a line
}

func runNeuS(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("neus")
	data := fs.String("data", defaultData, "")
	words := fs.Int("words", 65, "")
	methods := fs.String("methods", "all", "")
	limit := fs.Int("stories", 0, "")
	halves := fs.Bool("halves", false, "")
	write := fs.String("write", "", "")
	if code := parse(fs, args, neusHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, fs, "unexpected argument %q", fs.Arg(0))
	}
	if *words < 1 {
		return usageError(stderr, fs, "-words must be positive, not %d", *words)
	}
	if *limit < 0 {
		return usageError(stderr, fs, "-stories must be positive, not %d", *limit)
	}
	ms, err := methodList(*methods)
	if err != nil {
		return usageError(stderr, fs, "-methods: %v", err)
	}
	start := time.Now()
	stories, err := loadNeuS(filepath.Join(*data, "neus-val"))
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	if *limit > 0 && *limit < len(stories) {
		stories = stories[:*limit]
	}
	names := make([]string, len(stories))
	refs := make([][][]string, len(stories))
	for i, s := range stories {
		names[i], refs[i] = s.name, [][]string{s.ref}
	}

	runs := make([]sysRun, 0, len(ms)+1)
	for _, m := range ms {
		runs = append(runs, sysRun{name: m.String(), lines: make([][]string, len(stories))})
	}
	runs = append(runs, sysRun{name: "lead-first-outlet", lines: make([][]string, len(stories))})
	nr := len(runs)
	cites := make([]citeCount, len(stories)) // of the full method's summaries
	prog := newProgress(stderr, "neus: summarising", len(stories)*nr)
	err = parallel(len(stories)*nr, func(i int) error {
		t, k := i/nr, i%nr
		docs, opt := stories[t].docs, summarize.Options{Words: *words}
		if k < len(ms) {
			opt.Method = ms[k]
		} else {
			docs, opt.Method = docs[:1], summarize.Lead
		}
		sum, err := summarize.Summarize(docs, opt)
		if errors.Is(err, summarize.ErrNoSentences) && k == len(ms) {
			// The first outlet alone may hold no body sentence (one
			// unpunctuated line reads as a headline): an empty summary.
			runs[k].lines[t] = []string{}
			prog.step()
			return nil
		}
		if err != nil {
			return fmt.Errorf("story %s, %s: %v", stories[t].name, runs[k].name, err)
		}
		runs[k].lines[t] = summaryLines(sum)
		if k < len(ms) && ms[k] == summarize.Concord {
			cites[t] = countCitations(sum)
		}
		prog.step()
		return nil
	})
	prog.finish()
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	if *write != "" {
		for t, s := range stories {
			for _, r := range runs {
				if err := writeSummary(*write, names[t]+"."+r.name, r.lines[t]); err != nil {
					fmt.Fprintf(stderr, "concord-eval: %v\n", err)
					return exitFailure
				}
			}
			if err := writeSummary(filepath.Join(*write, "refs"), names[t]+".ref.txt", s.ref); err != nil {
				fmt.Fprintf(stderr, "concord-eval: %v\n", err)
				return exitFailure
			}
		}
	}

	opt := rouge.Options{MaxN: 2, LCS: true, Stem: true, LengthWords: *words}
	prog = newProgress(stderr, "neus: scoring", len(runs)*len(stories))
	res, err := scoreRuns(runs, names, refs, opt, rouge.Bootstrap{}, prog)
	prog.finish()
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	title := fmt.Sprintf("NeuS validation, %d stories, summaries of %d words: ROUGE-1.5.5 -n 2 -m -l %d -f A, F in %%", len(stories), *words, *words)
	writeNeuSTable(stdout, title, res, len(ms))
	if slices.Contains(ms, summarize.Concord) {
		var all, half [2]citeCount
		for t, c := range cites {
			all[0].add(c)
			half[t%2].add(c)
		}
		writeCites(stdout, "concord citations", all[0])
		if *halves {
			writeCites(stdout, "  odd stories", half[0])
			writeCites(stdout, "  even stories", half[1])
		}
	}
	if *halves {
		for h, half := range []string{"odd", "even"} {
			var sub []scored
			for _, s := range res {
				sub = append(sub, s.subset(names, func(t int) bool { return t%2 == h }, rouge.Bootstrap{}))
			}
			fmt.Fprintln(stdout)
			writeNeuSTable(stdout, fmt.Sprintf("The %s stories (%d): same scoring", half, (len(stories)+1-h)/2), sub, len(ms))
		}
	}
	fmt.Fprintf(stderr, "concord-eval: neus: %d stories in %.1fs\n", len(stories), time.Since(start).Seconds())
	return exitOK
}

func writeNeuSTable(w io.Writer, title string, res []scored, ours int) {
	fmt.Fprintln(w, title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tROUGE-1\tROUGE-2\tROUGE-L\tROUGE-1 R\tROUGE-2 R\tROUGE-1 95% CI\tROUGE-2 95% CI\t")
	for i, s := range res {
		name := s.name
		if i < ours {
			name = "concord " + name
			if s.name == summarize.Concord.String() {
				name = "concord"
			}
		}
		f := func(m string) rouge.Estimate { return s.avg[m].F }
		ci := func(m string) string { return pct(f(m).Low) + "–" + pct(f(m).High) }
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", name,
			pct(f("ROUGE-1").Average), pct(f("ROUGE-2").Average), pct(f("ROUGE-L").Average),
			pct(s.avg["ROUGE-1"].Recall.Average), pct(s.avg["ROUGE-2"].Recall.Average),
			ci("ROUGE-1"), ci("ROUGE-2"))
	}
	tw.Flush()
}

// loadNeuS reads val.source and val.target of dir.
func loadNeuS(dir string) ([]neusStory, error) {
	src, err := readLines(filepath.Join(dir, "val.source"))
	if err != nil {
		return nil, missingData("NeuS validation sources", filepath.Join(dir, "val.source"), err)
	}
	tgt, err := readLines(filepath.Join(dir, "val.target"))
	if err != nil {
		return nil, missingData("NeuS validation roundups", filepath.Join(dir, "val.target"), err)
	}
	if len(src) != len(tgt) {
		return nil, fmt.Errorf("%s: %d stories but %d roundups in val.target", dir, len(src), len(tgt))
	}
	width := len(fmt.Sprint(len(src)))
	var out []neusStory
	for i := range src {
		s := neusStory{name: fmt.Sprintf("%0*d", width, i+1)}
		if strings.TrimSpace(src[i]) == "" {
			return nil, fmt.Errorf("%s, line %d: empty", filepath.Join(dir, "val.source"), i+1)
		}
		for j, art := range strings.Split(src[i], " [SEP] ") {
			title, body, err := neusArticle(art)
			if err != nil {
				return nil, fmt.Errorf("%s, line %d, article %d: %v", filepath.Join(dir, "val.source"), i+1, j+1, err)
			}
			text := body
			if title != "" {
				text = title + "\n\n" + body
			}
			s.docs = append(s.docs, summarize.Document{ID: fmt.Sprintf("outlet%d", j+1), Text: text})
		}
		_, ref, err := neusArticle(tgt[i])
		if err != nil {
			return nil, fmt.Errorf("%s, line %d: %v", filepath.Join(dir, "val.target"), i+1, err)
		}
		for _, sent := range vectorize.Split(0, ref) {
			s.ref = append(s.ref, strings.Join(strings.Fields(sent.Text), " "))
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no stories", filepath.Join(dir, "val.source"))
	}
	return out, nil
}

// neusArticle splits "TITLE=> t ARTICLE=> a" into the title, without the
// period NeuS puts after it (so that it reads as a headline line), and
// the article.
func neusArticle(s string) (title, body string, err error) {
	before, after, ok := strings.Cut(s, "ARTICLE=>")
	if !ok {
		return "", "", fmt.Errorf("no ARTICLE=> marker")
	}
	title = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(before), "TITLE=>"))
	title = strings.TrimSpace(strings.TrimSuffix(title, "."))
	return title, strings.TrimSpace(after), nil
}

// readLines reads a file's lines, without their line ends.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		out = append(out, strings.TrimSuffix(sc.Text(), "\r"))
	}
	return out, sc.Err()
}

// A citeCount counts what a summary's sentences cite.
type citeCount struct {
	sentences, multi   int // summary sentences; those citing two or more sources
	citations, partial int // cited sources, summed over sentences; those cited only partially
}

func (c *citeCount) add(d citeCount) {
	c.sentences += d.sentences
	c.multi += d.multi
	c.citations += d.citations
	c.partial += d.partial
}

// countCitations counts the sources each summary sentence cites (a
// source cited only by partial citations counts as partial).
func countCitations(sum *summarize.Summary) citeCount {
	var c citeCount
	for _, sent := range sum.Sentences {
		c.sentences++
		full := map[int]bool{}
		for _, ct := range sent.Citations {
			full[ct.Source] = full[ct.Source] || !ct.Partial
		}
		if len(full) >= 2 {
			c.multi++
		}
		c.citations += len(full)
		for _, f := range full {
			if !f {
				c.partial++
			}
		}
	}
	return c
}

func writeCites(w io.Writer, what string, c citeCount) {
	fmt.Fprintf(w, "%s: %d of %d summary sentences (%.1f%%) cite two or more versions; %d of %d citations are partial\n",
		what, c.multi, c.sentences, 100*float64(c.multi)/float64(max(c.sentences, 1)), c.partial, c.citations)
}
