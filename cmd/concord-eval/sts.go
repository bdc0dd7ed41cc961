package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/concordsum/concord/internal/stats"

	"github.com/concordsum/concord/summarize"
)

const stsHelp = `concord-eval sts: concord's graded similarity on scored sentence pairs.

Reads files in the format of the SemEval STS headline sets (one pair a
line: score<TAB>sentence 1<TAB>sentence 2, the score from 0 to 5; a line
with an empty score is not judged and is skipped) and prints, for each
file, the Pearson correlation between summarize.Matcher's graded similarity
(Matcher.Graded) and the scores on a line

  pearson 0.xxxx

after a line naming the file and its number of pairs. The model was
trained on the 2013-2015 headlines: their figures are fitted ones (see
summarize/internal/paraphrase/model.json and README for the cross-validated ones).

Usage:
  concord-eval sts [flags] [file...]

The default files are DATA/sts-headlines/2013.tsv, 2014.tsv and 2015.tsv.

Flags:
  -data DIR   evaluation data (default ../shared/data)
`

type stsPair struct {
	score float64
	a, b  string
}

func runSTS(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("sts")
	data := fs.String("data", defaultData, "")
	if code := parse(fs, args, stsHelp, stdout, stderr); code >= 0 {
		return code
	}
	paths := fs.Args()
	isDefault := len(paths) == 0
	if isDefault {
		for _, y := range []string{"2013", "2014", "2015"} {
			paths = append(paths, filepath.Join(*data, "sts-headlines", y+".tsv"))
		}
	}
	m, err := summarize.NewMatcher("")
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	for _, path := range paths {
		ps, err := readSTS(path, isDefault)
		if err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "concord-eval: %v\n", err)
			return exitFailure
		}
		xs := make([]float64, len(ps))
		ys := make([]float64, len(ps))
		for i, p := range ps {
			xs[i] = m.Graded(p.a, p.b)
			ys[i] = p.score
		}
		fmt.Fprintf(w, "STS %s: %d scored pairs\n", path, len(ps))
		fmt.Fprintf(w, "pearson %.4f\n", stats.Pearson(xs, ys))
	}
	return exitOK
}

// readSTS reads an STS file. isDefault tells whether path was chosen by
// default, for the message when it is missing.
func readSTS(path string, isDefault bool) ([]stsPair, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if isDefault {
			return nil, missingData("STS headline pairs", path, err)
		}
		return nil, fmt.Errorf("%s: %v", path, pathError(err))
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	var out []stsPair
	for n, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s, line %d: %d tab-separated columns, want 3 (score, sentence 1, sentence 2)", path, n+1, len(cols))
		}
		field := strings.TrimSpace(cols[0])
		if field == "" {
			continue // not judged
		}
		score, err := strconv.ParseFloat(field, 64)
		if err != nil || score < 0 || score > 5 || math.IsNaN(score) {
			return nil, fmt.Errorf("%s, line %d: score %q is not a number from 0 to 5", path, n+1, cols[0])
		}
		out = append(out, stsPair{score, cols[1], cols[2]})
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("%s: %d scored pairs, need at least 2 for a correlation", path, len(out))
	}
	return out, nil
}
