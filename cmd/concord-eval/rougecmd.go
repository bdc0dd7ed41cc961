package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/concordsum/concord/summarize/rouge"
)

const rougeHelp = `concord-eval rouge: ROUGE-1.5.5 scores of a folder of summaries.

Usage:
  concord-eval rouge [flags] SUMMARIES REFERENCES

SUMMARIES holds files named <topic>.<system> (e.g. d30001.concord), one
sentence a line; REFERENCES holds the human summaries of each topic, named
<topic>.<anything> (e.g. d30001.A.txt). The output is ROUGE-1.5.5's: for
each system and measure the average recall, precision and F with their 95%
confidence intervals (the very figures the Perl script prints, to the last
decimal), and with -d the score of every summary.

Flags (as ROUGE-1.5.5's):
  -n N      ROUGE-1 to ROUGE-N (default 4)
  -x        no ROUGE-L (computed by default)
  -2 D      also ROUGE-S with skip distance D (-1: any distance)
  -u        with -2: ROUGE-SU (unigrams too)
  -m        Porter stemming with ROUGE's WordNet exceptions
  -s        remove stop words
  -l N      only the first N words of every summary (0: no limit)
  -b N      only the first N bytes (0: no limit)
  -p A      weight of precision in F (default 0.5)
  -f A|B    average over the references (A, default) or take the best (B)
  -r N      bootstrap resamples (default 1000)
  -c C      confidence level in percent (default 95)
  -d        also print the score of every summary
The standard DUC 2004 setting is: -n 4 -x -m -l 100 -f A.
`

func runROUGE(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("rouge")
	var opt rouge.Options
	noLCS := fs.Bool("x", false, "")
	fs.IntVar(&opt.MaxN, "n", 4, "")
	skip := fs.Int("2", 0, "")
	fs.BoolVar(&opt.SkipUnigrams, "u", false, "")
	fs.BoolVar(&opt.Stem, "m", false, "")
	fs.BoolVar(&opt.RemoveStopwords, "s", false, "")
	fs.IntVar(&opt.LengthWords, "l", 0, "")
	fs.IntVar(&opt.LengthBytes, "b", 0, "")
	fs.Float64Var(&opt.Alpha, "p", 0.5, "")
	scoring := fs.String("f", "A", "")
	var boot rouge.Bootstrap
	fs.IntVar(&boot.Resamples, "r", 1000, "")
	fs.Float64Var(&boot.Confidence, "c", 95, "")
	perSummary := fs.Bool("d", false, "")
	if code := parse(fs, args, rougeHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() != 2 {
		return usageError(stderr, fs, "want two folders, the summaries and the references, got %d arguments", fs.NArg())
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "2" {
			opt.SkipBigrams = true
			opt.SkipGap = *skip
		}
	})
	opt.LCS = !*noLCS
	switch *scoring {
	case "A":
	case "B":
		opt.BestOf = true
	default:
		return usageError(stderr, fs, "-f must be A or B, not %q", *scoring)
	}
	if opt.MaxN < 1 {
		return usageError(stderr, fs, "-n must be positive, not %d", opt.MaxN)
	}
	if opt.SkipUnigrams && !opt.SkipBigrams {
		return usageError(stderr, fs, "-u needs -2")
	}
	if boot.Resamples < 1 || !(boot.Confidence > 0 && boot.Confidence <= 100) {
		return usageError(stderr, fs, "-r must be positive and -c in (0, 100]")
	}
	if err := opt.Validate(); err != nil {
		return usageError(stderr, fs, "%v", err)
	}

	runs, topics, refs, err := loadROUGEFolders(fs.Arg(0), fs.Arg(1))
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	prog := newProgress(stderr, "rouge: scoring", len(runs)*len(topics))
	res, err := scoreRuns(runs, topics, refs, opt, boot, prog)
	prog.finish()
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	conf := fmt.Sprintf("%g%%", boot.Confidence)
	for _, s := range res {
		if len(s.results) == 0 {
			continue
		}
		for _, m := range s.results[0].Metrics {
			fmt.Fprintln(w, "---------------------------------------------")
			a := s.avg[m.Name]
			for _, e := range []struct {
				k   string
				est rouge.Estimate
			}{{"R", a.Recall}, {"P", a.Precision}, {"F", a.F}} {
				fmt.Fprintf(w, "%s %s Average_%s: %.5f (%s-conf.int. %.5f - %.5f)\n", s.name, m.Name, e.k, e.est.Average, conf, e.est.Low, e.est.High)
			}
			if *perSummary {
				fmt.Fprintln(w, ".............................................")
				for i, t := range s.topics {
					ms, _ := s.results[i].Metric(m.Name)
					fmt.Fprintf(w, "%s %s Eval %s.%s R:%.5f P:%.5f F:%.5f\n", s.name, m.Name, topics[t], s.name, ms.Recall, ms.Precision, ms.F)
				}
			}
		}
	}
	return exitOK
}

// loadROUGEFolders reads the summaries <topic>.<system> of sumDir and the
// references <topic>.* of refDir. It returns one run per system (in name
// order), the topics (sorted) and each topic's references.
func loadROUGEFolders(sumDir, refDir string) ([]sysRun, []string, [][][]string, error) {
	sums, err := listFiles(sumDir)
	if err != nil {
		return nil, nil, nil, err
	}
	refFiles, err := listFiles(refDir)
	if err != nil {
		return nil, nil, nil, err
	}
	refsOf := map[string][][]string{}
	for _, name := range refFiles {
		topic, _, _ := strings.Cut(name, ".")
		lines, err := readSummaryFile(filepath.Join(refDir, name))
		if err != nil {
			return nil, nil, nil, err
		}
		refsOf[topic] = append(refsOf[topic], lines)
	}
	topicSet := map[string]bool{}
	systemSet := map[string]bool{}
	for _, name := range sums {
		topic, system, ok := strings.Cut(name, ".")
		if !ok {
			return nil, nil, nil, fmt.Errorf("%s: summary names are <topic>.<system>, e.g. d30001.concord", filepath.Join(sumDir, name))
		}
		if len(refsOf[topic]) == 0 {
			return nil, nil, nil, fmt.Errorf("%s: no reference %s.* in %s", filepath.Join(sumDir, name), topic, refDir)
		}
		topicSet[topic] = true
		systemSet[system] = true
	}
	if len(sums) == 0 {
		return nil, nil, nil, fmt.Errorf("%s: no summaries", sumDir)
	}
	topics := sortedSet(topicSet)
	systems := sortedSet(systemSet)
	tIndex, sIndex := map[string]int{}, map[string]int{}
	for i, t := range topics {
		tIndex[t] = i
	}
	runs := make([]sysRun, len(systems))
	for i, s := range systems {
		sIndex[s] = i
		runs[i] = sysRun{name: s, lines: make([][]string, len(topics))}
	}
	for _, name := range sums {
		topic, system, _ := strings.Cut(name, ".")
		lines, err := readSummaryFile(filepath.Join(sumDir, name))
		if err != nil {
			return nil, nil, nil, err
		}
		runs[sIndex[system]].lines[tIndex[topic]] = lines
	}
	refs := make([][][]string, len(topics))
	for i, t := range topics {
		refs[i] = refsOf[t]
	}
	return runs, topics, refs, nil
}

// listFiles returns the regular, non-hidden files of dir in name order.
func listFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", dir, pathError(err))
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

func readSummaryFile(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathError(err))
	}
	return strings.Split(string(b), "\n"), nil
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
