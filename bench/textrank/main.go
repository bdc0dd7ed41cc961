// Command textrank compares concord's speed with that of its fastest
// peer, DavidBelicza/TextRank v2 (Go), side by side on the DUC 2004
// data. It lives in a module of its own so that concord's module does
// not depend on the peer; the peer comes from the Go module proxy.
//
// From this directory, with the evaluation data beside the repository:
//
//	go run . [-n 5] [-data ../../../shared/data/duc2004/docs]
//
// It builds concord (from the repository, as `go build ./cmd/concord`
// would) and the peer (./peer: the peer's library as its README uses it)
// into a temporary directory, writes the workloads, and runs the two
// programs in turn, one warm-up each and then -n timed runs each,
// alternating which goes first. Two workloads:
//
//   - clusters: the 50 DUC 2004 clusters as one JSON Lines file, one
//     cluster a line (`concord -batch -words 100 FILE`; the peer reads the
//     same file and summarizes each cluster in turn);
//   - one cluster: all 500 DUC 2004 articles as one story
//     (`concord -format json -words 100 DIR ...`; the peer reads the same
//     files into one graph).
//
// Both write their summaries to /dev/null. It prints, for each workload
// and program, the medians of the wall time, the CPU time (user and
// system) and the peak resident memory, and the median of the ratios
// peer/concord of the runs taken in turn: above 1, concord is faster.
// -peer-j N runs the peer on N stories at once in -batch mode (default 1:
// one after another, as its library is used).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("textrank", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 5, "timed runs of each program on each workload")
	data := fs.String("data", "../../../shared/data/duc2004/docs", "the DUC 2004 docs directory (one directory per cluster)")
	repo := fs.String("repo", "../..", "concord's repository")
	peerJobs := fs.Int("peer-j", 1, "stories the peer summarizes at once in batch mode")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *n < 1 || *peerJobs < 1 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: go run . [-n RUNS] [-data DIR] [-repo DIR] [-peer-j N]")
		return 2
	}
	if err := compare(*n, *data, *repo, *peerJobs, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "textrank: %v\n", err)
		return 1
	}
	return 0
}

func compare(n int, data, repo string, peerJobs int, stdout, stderr io.Writer) error {
	if err := checkRepo(repo); err != nil {
		return err
	}
	clusters, err := readClusters(data)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "concord-vs-textrank-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	concord, peer := filepath.Join(tmp, "concord"), filepath.Join(tmp, "peer")
	fmt.Fprintln(stderr, "building concord and the peer...")
	if err := goBuild(repo, concord, "./cmd/concord"); err != nil {
		return err
	}
	if err := goBuild(".", peer, "./peer"); err != nil {
		return err
	}
	jsonl := filepath.Join(tmp, "clusters.jsonl")
	if err := os.WriteFile(jsonl, storiesJSONL(clusters), 0o644); err != nil {
		return err
	}
	var dirs []string
	for _, c := range clusters {
		dirs = append(dirs, c.dir)
	}
	workloads := []workload{
		{
			name:    fmt.Sprintf("%d DUC 2004 clusters, one JSON line each", len(clusters)),
			concord: append([]string{concord, "-batch", "-words", "100"}, jsonl),
			peer:    append([]string{peer, "-batch", "-words", "100", "-j", strconv.Itoa(peerJobs)}, jsonl),
			lines:   len(clusters),
		},
		{
			name:    fmt.Sprintf("all %d DUC 2004 articles as one cluster", countDocs(clusters)),
			concord: append([]string{concord, "-format", "json", "-words", "100"}, dirs...),
			peer:    append([]string{peer, "-words", "100"}, dirs...),
		},
	}
	for _, w := range workloads {
		fmt.Fprintf(stderr, "%s: %d runs each...\n", w.name, n)
		res, err := w.measure(n)
		if err != nil {
			return err
		}
		res.print(stdout, w.name)
	}
	return nil
}

// checkRepo reports whether repo holds concord's module.
func checkRepo(repo string) error {
	mod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil || !bytes.HasPrefix(mod, []byte("module github.com/concordsum/concord\n")) {
		return fmt.Errorf("%s is not concord's repository (give -repo)", repo)
	}
	return nil
}

// goBuild builds the package pkg of the module in dir into out.
func goBuild(dir, out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = dir
	var msg bytes.Buffer
	cmd.Stdout, cmd.Stderr = &msg, &msg
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s in %s: %v\n%s", pkg, dir, err, msg.Bytes())
	}
	return nil
}

// errOutput means a program did not write the summaries it should.
var errOutput = errors.New("unexpected output")
