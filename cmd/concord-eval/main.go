// Command concord-eval measures concord's summaries on public data that
// nobody on the project wrote, with a scorer people trust (summarize/rouge,
// a faithful ROUGE-1.5.5).
//
// Usage:
//
//	concord-eval duc2004 [flags]        DUC 2004 task 2: concord, its ablations and 13 published systems
//	concord-eval neus [flags]           NeuS validation: three outlets in, the neutral roundup as reference
//	concord-eval msrp [flags] [file]    MSRP: concord's "same claim?" decision on paraphrase pairs
//	concord-eval sts [flags] [file...]  STS headlines: Pearson correlation of concord's graded similarity
//	concord-eval rouge [flags] sums refs  score a folder of summaries against a folder of references
//	concord-eval html [flags]           concord's article text from real web pages, beside go-trafilatura's
//	concord-eval editions [flags]       write the ten-editions workload (all DUC 2004, ten times) as one JSON line
//
// The data is read from ../shared/data (see its README) or from -data;
// none of it is part of the repository. Run "concord-eval -h" or
// "concord-eval MODE -h" for the flags.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `concord-eval: measure concord's summaries on public evaluation data.

Usage:
  concord-eval duc2004 [flags]           DUC 2004 task 2, 50 clusters, ROUGE recall at 100 words:
                                         concord, its ablations and the 13 published systems
  concord-eval neus [flags]              NeuS validation split, 3 outlets per story, ROUGE F
                                         against the neutral roundup
  concord-eval msrp [flags] [file]       accuracy of concord's "same claim?" decision on an MSRP
                                         file (default: the training split)
  concord-eval sts [flags] [FILE...]     Pearson correlation of concord's graded similarity with
                                         the scores of STS files (default: the 2013-2015 headlines)
  concord-eval citations [flags]         how many citations state the claim they cite, on 300
                                         that two readers judged
  concord-eval rouge [flags] SUMS REFS   ROUGE-1.5.5 scores of the summaries in folder SUMS
                                         against the references in folder REFS
  concord-eval html [flags]              the article text concord reads from real web pages
                                         (in the Go module cache), beside go-trafilatura's
  concord-eval editions [flags]          write all DUC 2004 articles in ten editions as one
                                         JSON line: the workload of the memory figures

Every mode but html reads its data from -data (default ../shared/data, the
project's shared/data folder seen from the repository root), html its pages
from the Go module cache; each says what is missing when it is absent.
Progress goes to stderr, results to stdout.

Run 'concord-eval MODE -h' for a mode's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// exit statuses
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		io.WriteString(stderr, usage)
		return exitUsage
	}
	var mode func([]string, io.Writer, io.Writer) int
	switch args[0] {
	case "duc2004", "duc":
		mode = runDUC
	case "neus":
		mode = runNeuS
	case "msrp":
		mode = runMSRP
	case "planted":
		mode = runPlanted
	case "citations":
		mode = runCitations
	case "sts":
		mode = runSTS
	case "rouge":
		mode = runROUGE
	case "html":
		mode = runHTML
	case "editions":
		mode = runEditions
	case "-h", "-help", "--help", "help":
		io.WriteString(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "concord-eval: unknown mode %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return mode(args[1:], stdout, stderr)
}
