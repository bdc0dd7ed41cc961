package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/rouge"
)

const ducHelp = `concord-eval duc2004: DUC 2004 task 2 (50 clusters of 10 news articles).

Summarises every cluster at 100 words (whole sentences until the summary
holds 100 words, one sentence a line) with concord and each of its
ablations, re-scores the 13 published systems of peers/ with the same
scorer, and prints one table of ROUGE recall: ROUGE-1.5.5 -n 4 -m -l 100
-f A (the standard DUC 2004 setting), averages as ROUGE prints them, with
95% bootstrap confidence intervals.

Usage:
  concord-eval duc2004 [flags]

Flags:
  -data DIR      evaluation data (default ../shared/data); reads DIR/duc2004/
                 docs/<topic>t/*, refs/<topic>.*.txt and peers/<topic>.<system>
  -methods LIST  concord methods to run, comma-separated, or "all" (default):
                 concord, no-support, textrank, lexrank, lead
  -topics LIST   only these topics (comma-separated, e.g. d30001,d30002), or
                 a number N for the first N topics (default: all)
  -halves        also print the table for the odd and the even topics (in
                 sorted order), to check that differences hold on both halves
  -peers=false   leave out the published systems
  -write DIR     also write each summary to DIR/<topic>.<method>, in the
                 layout ROUGE-1.5.5 and "concord-eval rouge" read
`

// ducTopic is one DUC cluster.
type ducTopic struct {
	name string // as in refs/ and peers/, e.g. "d30001"
	dir  string // docs/ folder, e.g. ".../docs/d30001t"
	refs [][]string
}

// publishedOrder lists the published systems from the weakest to the
// strongest (their published ROUGE-2); others follow in name order.
var publishedOrder = []string{"Lead", "LexRank", "Centroid", "FreqSum", "TsSum", "GreedyKL",
	"CLASSY04", "CLASSY11", "Submodular", "DPP", "OCCAMS_V", "RegSum", "ICSISumm"}

func runDUC(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("duc2004")
	data := fs.String("data", defaultData, "")
	methods := fs.String("methods", "all", "")
	topicsFlag := fs.String("topics", "", "")
	halves := fs.Bool("halves", false, "")
	peers := fs.Bool("peers", true, "")
	write := fs.String("write", "", "")
	if code := parse(fs, args, ducHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, fs, "unexpected argument %q", fs.Arg(0))
	}
	ms, err := methodList(*methods)
	if err != nil {
		return usageError(stderr, fs, "-methods: %v", err)
	}
	start := time.Now()
	dir := filepath.Join(*data, "duc2004")
	topics, err := loadDUCTopics(dir, *topicsFlag)
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	names := make([]string, len(topics))
	refs := make([][][]string, len(topics))
	for t, tp := range topics {
		names[t], refs[t] = tp.name, tp.refs
	}

	// Concord's runs.
	var runs []sysRun
	for _, m := range ms {
		runs = append(runs, sysRun{name: m.String(), lines: make([][]string, len(topics))})
	}
	docs := make([][]summarize.Document, len(topics))
	for t, tp := range topics {
		if docs[t], err = readDUCDocs(tp.dir, stderr); err != nil {
			fmt.Fprintf(stderr, "concord-eval: %v\n", err)
			return exitFailure
		}
	}
	prog := newProgress(stderr, "duc2004: summarising", len(topics)*len(ms))
	err = parallel(len(topics)*len(ms), func(i int) error {
		t, k := i/len(ms), i%len(ms)
		sum, err := summarize.Summarize(docs[t], summarize.Options{Words: 100, Method: ms[k]})
		if err != nil {
			return fmt.Errorf("%s, %s: %v", topics[t].name, ms[k], err)
		}
		runs[k].lines[t] = summaryLines(sum)
		prog.step()
		return nil
	})
	prog.finish()
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	if *write != "" {
		for _, r := range runs {
			for t, lines := range r.lines {
				if err := writeSummary(*write, names[t]+"."+r.name, lines); err != nil {
					fmt.Fprintf(stderr, "concord-eval: %v\n", err)
					return exitFailure
				}
			}
		}
	}

	// The published systems.
	ours := len(runs)
	if *peers {
		pr, err := loadPeers(filepath.Join(dir, "peers"), names)
		if err != nil {
			fmt.Fprintf(stderr, "concord-eval: %v\n", err)
			return exitFailure
		}
		runs = append(runs, pr...)
	}

	prog = newProgress(stderr, "duc2004: scoring", len(runs)*len(topics))
	res, err := scoreRuns(runs, names, refs, rouge.DUC2004Options(), rouge.Bootstrap{}, prog)
	prog.finish()
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	title := fmt.Sprintf("DUC 2004 task 2, %d topics: ROUGE-1.5.5 -n 4 -m -l 100 -f A, recall in %%", len(topics))
	writeDUCTable(stdout, title, res, ours)
	if *halves {
		for h, half := range []string{"odd", "even"} {
			var sub []scored
			for _, s := range res {
				sub = append(sub, s.subset(names, func(t int) bool { return t%2 == h }, rouge.Bootstrap{}))
			}
			fmt.Fprintln(stdout)
			writeDUCTable(stdout, fmt.Sprintf("The %s topics (%d): same scoring", half, (len(topics)+1-h)/2), sub, ours)
		}
	}
	fmt.Fprintf(stderr, "concord-eval: duc2004: %d topics, %d systems in %.1fs\n", len(topics), len(runs), time.Since(start).Seconds())
	return exitOK
}

// writeDUCTable prints one table: concord's rows (the first ours), a
// blank line, then the published systems.
func writeDUCTable(w io.Writer, title string, res []scored, ours int) {
	fmt.Fprintln(w, title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tROUGE-1\tROUGE-2\tROUGE-3\tROUGE-4\tROUGE-1 95% CI\tROUGE-2 95% CI\t")
	for i, s := range res {
		if i == ours && ours > 0 {
			fmt.Fprintln(tw, "published:\t\t\t\t\t\t\t")
		}
		name := s.name
		if i < ours {
			name = "concord " + name
			if s.name == summarize.Concord.String() {
				name = "concord"
			}
		}
		r := func(m string) rouge.Estimate { return s.avg[m].Recall }
		ci := func(m string) string { return pct(r(m).Low) + "–" + pct(r(m).High) }
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", name,
			pct(r("ROUGE-1").Average), pct(r("ROUGE-2").Average), pct(r("ROUGE-3").Average), pct(r("ROUGE-4").Average),
			ci("ROUGE-1"), ci("ROUGE-2"))
	}
	tw.Flush()
}

// loadDUCTopics finds the clusters under dir and their references. only
// is a comma-separated list of topic names, a number N (the first N
// topics), or empty for all.
func loadDUCTopics(dir, only string) ([]ducTopic, error) {
	entries, err := os.ReadDir(filepath.Join(dir, "docs"))
	if err != nil {
		return nil, missingData("DUC 2004 documents", filepath.Join(dir, "docs"), err)
	}
	var topics []ducTopic
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		// Document folders carry the assessor's letter: d30001t holds the
		// documents of topic d30001.
		name := e.Name()
		refs, err := readRefs(filepath.Join(dir, "refs"), name)
		if err != nil {
			return nil, err
		}
		if len(refs) == 0 && len(name) > 1 {
			name = name[:len(name)-1]
			if refs, err = readRefs(filepath.Join(dir, "refs"), name); err != nil {
				return nil, err
			}
		}
		if len(refs) == 0 {
			return nil, fmt.Errorf("%s: no reference summaries %s.*.txt in %s", filepath.Join(dir, "docs", e.Name()), name, filepath.Join(dir, "refs"))
		}
		topics = append(topics, ducTopic{name: name, dir: filepath.Join(dir, "docs", e.Name()), refs: refs})
	}
	sort.Slice(topics, func(a, b int) bool { return topics[a].name < topics[b].name })
	if len(topics) == 0 {
		return nil, fmt.Errorf("%s: no topic folders", filepath.Join(dir, "docs"))
	}
	if only == "" {
		return topics, nil
	}
	if n, err := strconv.Atoi(only); err == nil {
		if n < 1 {
			return nil, fmt.Errorf("-topics %d: want a positive number", n)
		}
		return topics[:min(n, len(topics))], nil
	}
	var out []ducTopic
	for _, name := range strings.Split(only, ",") {
		name = strings.TrimSpace(name)
		i := sort.Search(len(topics), func(i int) bool { return topics[i].name >= name })
		if i == len(topics) || topics[i].name != name {
			return nil, fmt.Errorf("-topics: no topic %q in %s", name, dir)
		}
		out = append(out, topics[i])
	}
	sort.Slice(out, func(a, b int) bool { return out[a].name < out[b].name })
	return out, nil
}

// readRefs reads dir/<topic>.*.txt in name order, as lines.
func readRefs(dir, topic string) ([][]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, topic+".*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var refs [][]string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		refs = append(refs, strings.Split(string(b), "\n"))
	}
	return refs, nil
}

// readDUCDocs reads the articles of one cluster in name order; empty files
// are skipped with a note on stderr.
func readDUCDocs(dir string, stderr io.Writer) ([]summarize.Document, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var docs []summarize.Document
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(string(b)) == "" {
			fmt.Fprintf(stderr, "concord-eval: %s: empty, skipped\n", filepath.Join(filepath.Base(dir), e.Name()))
			continue
		}
		docs = append(docs, summarize.Document{ID: e.Name(), Text: string(b)})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents with text", dir)
	}
	return docs, nil
}

// loadPeers reads the published systems' summaries peers/<topic>.<system>
// for the given topics. A system is listed when it has a summary for at
// least one of them.
func loadPeers(dir string, topics []string) ([]sysRun, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, missingData("DUC 2004 published summaries", dir, err)
	}
	at := map[string]int{}
	for t, name := range topics {
		at[name] = t
	}
	bySystem := map[string]*sysRun{}
	for _, e := range entries {
		topic, system, ok := strings.Cut(e.Name(), ".")
		if !ok || !e.Type().IsRegular() {
			continue
		}
		t, ok := at[topic]
		if !ok {
			continue
		}
		r := bySystem[system]
		if r == nil {
			r = &sysRun{name: system, lines: make([][]string, len(topics))}
			bySystem[system] = r
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		r.lines[t] = strings.Split(string(b), "\n")
	}
	rank := map[string]int{}
	for i, s := range publishedOrder {
		rank[s] = i + 1
	}
	var out []sysRun
	for _, r := range bySystem {
		out = append(out, *r)
	}
	sort.Slice(out, func(a, b int) bool {
		ra, rb := rank[out[a].name], rank[out[b].name]
		if ra == 0 {
			ra = len(publishedOrder) + 1
		}
		if rb == 0 {
			rb = len(publishedOrder) + 1
		}
		if ra != rb {
			return ra < rb
		}
		return out[a].name < out[b].name
	})
	return out, nil
}
