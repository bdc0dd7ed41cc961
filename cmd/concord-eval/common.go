package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/concordsum/concord/summarize"
)

// defaultData is the shared evaluation data seen from the repository root.
const defaultData = "../shared/data"

// newFlags returns a flag set for one mode that prints help on -h and
// reports errors itself.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("concord-eval "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args; it returns a non-negative exit status when the caller
// must stop (help shown, or a usage error reported).
func parse(fs *flag.FlagSet, args []string, help string, stdout, stderr io.Writer) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			io.WriteString(stdout, help)
			return exitOK
		}
		fmt.Fprintf(stderr, "%s: %v\nRun '%s -h' for usage.\n", fs.Name(), err, fs.Name())
		return exitUsage
	}
	return -1
}

// usageError reports a usage problem and returns exitUsage.
func usageError(stderr io.Writer, fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(stderr, "%s: %s\nRun '%s -h' for usage.\n", fs.Name(), fmt.Sprintf(format, a...), fs.Name())
	return exitUsage
}

// missingData explains where a data set was expected and how to point at
// it.
func missingData(what, path string, err error) error {
	return fmt.Errorf("%s not found at %s (%v).\n"+
		"The evaluation data is not part of the repository: it lives in ../shared/data beside it\n"+
		"(see that folder's README for what goes where), or pass -data DIR", what, path, pathError(err))
}

func pathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// methodList parses a comma-separated list of method names; "all" is every
// method.
func methodList(s string) ([]summarize.Method, error) {
	if s == "all" {
		return summarize.Methods(), nil
	}
	var out []summarize.Method
	for _, name := range strings.Split(s, ",") {
		m, err := summarize.ParseMethod(strings.TrimSpace(name))
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// progress reports on stderr how far a long run has got, at most every
// two seconds, so that short runs stay quiet.
type progress struct {
	w     io.Writer
	what  string
	total int

	mu    sync.Mutex
	done  int
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, what string, total int) *progress {
	now := time.Now()
	return &progress{w: w, what: what, total: total, start: now, last: now}
}

// step records one finished item.
func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	now := time.Now()
	if now.Sub(p.last) >= 2*time.Second {
		fmt.Fprintf(p.w, "concord-eval: %s: %d of %d (%.0fs)\n", p.what, p.done, p.total, now.Sub(p.start).Seconds())
		p.last = now
		p.shown = true
	}
}

// finish reports the total time when progress was shown.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprintf(p.w, "concord-eval: %s: %d of %d done in %.1fs\n", p.what, p.done, p.total, time.Since(p.start).Seconds())
	}
}

// parallel calls f(i) for i in [0, n) on GOMAXPROCS goroutines and returns
// the first error by index, so that the outcome does not depend on
// scheduling. f must write its result into a slot of its own.
func parallel(n int, f func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// summaryLines returns the summary's sentences, one a line, as ROUGE
// reads them.
func summaryLines(s *summarize.Summary) []string {
	out := make([]string, len(s.Sentences))
	for i, sent := range s.Sentences {
		out[i] = sent.Text
	}
	return out
}

// writeSummary writes lines to dir/name, one a line.
func writeSummary(dir, name string, lines []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, name), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// pct formats a ROUGE figure in [0, 1] as a percentage with 2 decimals.
func pct(x float64) string { return fmt.Sprintf("%.2f", 100*x) }
