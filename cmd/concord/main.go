// Command concord summarises several versions of one news story into one
// extractive summary of what they agree on, citing for every sentence the
// sources that carry it.
//
// Usage:
//
//	concord [flags] [file | directory | -]...
//
// Run "concord -h" for the flags and examples.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/vectorize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exit statuses
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

type config struct {
	opt       summarize.Options
	format    string
	sentences bool
	explain   bool
	version   bool
	batch     bool // -batch: JSON Lines of stories in, one summary a line out (batch.go)
	jobs      int  // -j: goroutines; 0 means GOMAXPROCS
	inputs    []string

	maxInput, maxSentence int // bytes, as the flags give them (see sizeFlag)
}

func parseFlags(args []string, stdout, stderr io.Writer) (*config, int) {
	fs := flag.NewFlagSet("concord", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c := &config{}
	fs.IntVar(&c.opt.Sentences, "n", 0, "")
	fs.IntVar(&c.opt.Words, "words", 0, "")
	fs.IntVar(&c.opt.Bytes, "bytes", 0, "")
	fs.IntVar(&c.opt.MinSupport, "min-support", 0, "")
	fs.StringVar(&c.format, "format", "text", "")
	fs.StringVar(&c.opt.Language, "lang", "english", "")
	fs.BoolVar(&c.sentences, "sentences", false, "")
	fs.BoolVar(&c.explain, "explain", false, "")
	fs.BoolVar(&c.version, "version", false, "")
	fs.BoolVar(&c.batch, "batch", false, "")
	fs.IntVar(&c.jobs, "j", 0, "")
	c.maxInput, c.maxSentence = summarize.DefaultMaxInputBytes, summarize.DefaultMaxSentenceBytes
	fs.Var(sizeFlag{&c.maxInput}, "max-input", "")
	fs.Var(sizeFlag{&c.maxSentence}, "max-sentence", "")
	// Flags may come before, between or after the inputs ("concord a.txt
	// b.txt -n 2"); after "--" everything is an input.
	flags, after := args, []string(nil)
	if i := slices.Index(args, "--"); i >= 0 {
		flags, after = args[:i], args[i+1:]
	}
	for {
		if err := fs.Parse(flags); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				io.WriteString(stdout, usage)
				return nil, exitOK
			}
			fmt.Fprintf(stderr, "concord: %v\nRun 'concord -h' for usage.\n", err)
			return nil, exitUsage
		}
		flags = fs.Args()
		if len(flags) == 0 {
			break
		}
		c.inputs = append(c.inputs, flags[0])
		flags = flags[1:]
	}
	c.inputs = append(c.inputs, after...)
	bad := func(format string, a ...any) (*config, int) {
		fmt.Fprintf(stderr, "concord: "+format+"\nRun 'concord -h' for usage.\n", a...)
		return nil, exitUsage
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var budgets []string
	for _, name := range []string{"n", "words", "bytes"} {
		if set[name] {
			budgets = append(budgets, "-"+name)
		}
	}
	switch {
	case len(budgets) > 1:
		return bad("%s are one length budget: give one of -n, -words and -bytes", strings.Join(budgets, " and "))
	case set["n"] && c.opt.Sentences == 0:
		return bad("-n must be positive, not 0")
	case set["words"] && c.opt.Words == 0:
		return bad("-words must be positive, not 0")
	case set["bytes"] && c.opt.Bytes == 0:
		return bad("-bytes must be positive, not 0")
	}
	switch {
	case c.opt.Sentences < 0:
		return bad("-n must be positive, not %d", c.opt.Sentences)
	case c.opt.Words < 0:
		return bad("-words must be positive, not %d", c.opt.Words)
	case c.opt.Bytes < 0:
		return bad("-bytes must be positive, not %d", c.opt.Bytes)
	case c.opt.MinSupport < 0:
		return bad("-min-support must be positive, not %d", c.opt.MinSupport)
	case c.jobs < 0:
		return bad("-j must be positive, not %d", c.jobs)
	}
	c.opt.Workers = c.jobs
	// what only the explain view and the HTML report show is computed for them alone
	c.opt.Lean = !c.explain && c.format != "html"
	if c.batch {
		format := ""
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "format" {
				format = f.Value.String()
			}
		})
		switch {
		case format != "" && format != "json":
			return bad("-batch writes JSON Lines; -format %s is not available with it", format)
		case c.sentences:
			return bad("-sentences is not available with -batch")
		}
	}
	switch c.format {
	case "text", "markdown", "md", "json", "html":
	default:
		return bad("unknown -format %q (want text, markdown, json or html)", c.format)
	}
	if !strings.EqualFold(strings.TrimSpace(c.opt.Language), summarize.AutoLanguage) {
		if _, err := vectorize.NewTokeniser(c.opt.Language); err != nil {
			return bad("-lang: %v", err)
		}
	}
	c.opt.MaxInputBytes = limitOf(c.maxInput, summarize.DefaultMaxInputBytes)
	c.opt.MaxSentenceBytes = limitOf(c.maxSentence, summarize.DefaultMaxSentenceBytes)
	return c, exitOK
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, code := parseFlags(args, stdout, stderr)
	if c == nil {
		return code
	}
	if c.version {
		fmt.Fprintln(stdout, version())
		return exitOK
	}
	if len(c.inputs) == 0 {
		if f, ok := stdin.(*os.File); ok && isTerminal(f) {
			fmt.Fprint(stderr, "concord: no input: name files or directories, or pipe text in\nRun 'concord -h' for usage.\n")
			return exitUsage
		}
		c.inputs = []string{"-"}
	}
	if c.batch {
		return runBatch(c, stdin, stdout, stderr)
	}
	docs, skipped, err := readInputs(c.inputs, stdin, stderr, c.opt.MaxInputBytes)
	if err != nil {
		fmt.Fprintf(stderr, "concord: %v\n", err)
		return exitFailure
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	defer tuning.enter(size)()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if c.sentences {
		lang, err := summarize.ChooseLanguage(docs, c.opt.Language)
		if err != nil {
			fmt.Fprintf(stderr, "concord: %v\n", err)
			return exitFailure
		}
		for d, doc := range docs {
			for _, s := range lang.Split(d, doc.Text) {
				out.WriteString(strings.Join(strings.Fields(s.Text), " "))
				out.WriteByte('\n')
			}
		}
		return exitOK
	}
	sum, err := summarize.Summarize(docs, c.opt)
	if err != nil {
		fmt.Fprintf(stderr, "concord: %v\n", err)
		if hint := limitHint(err); hint != "" {
			fmt.Fprintf(stderr, "concord: %s\n", hint)
		}
		return exitFailure
	}
	sum.Skipped = skipped
	for _, src := range sum.Sources {
		if src.TooLong > 0 {
			fmt.Fprintf(stderr, "concord: %s: %d %s longer than %d bytes left out (-max-sentence)\n",
				src.ID, src.TooLong, plural(src.TooLong, "sentence", "sentences"), c.opt.MaxSentenceBytes)
		}
		if src.Used == 0 {
			fmt.Fprintf(stderr, "concord: %s: no sentences found (only titles, junk lines or nothing); it is listed but carries no claim\n", src.ID)
		}
	}
	noteLanguages(c, docs, sum, stderr)
	if len(sum.Sentences) == 0 && c.opt.MinSupport > 1 {
		most := sum
		if c.opt.Lean {
			// the left-out claims say how many sources the best carries
			full := c.opt
			full.Lean = false
			if s, err := summarize.Summarize(docs, full); err == nil {
				most = s
			}
		}
		fmt.Fprintf(stderr, "concord: no claim is carried by %d or more of the %d sources (-min-support %d): the summary is empty; the most is %d\n",
			c.opt.MinSupport, len(sum.Sources), c.opt.MinSupport, mostSupport(most))
	}
	switch {
	case c.format == "html":
		err = sum.WriteHTML(out, docs)
	case c.explain && (c.format == "markdown" || c.format == "md"):
		err = sum.WriteExplainMarkdown(out)
	case c.explain && c.format == "json":
		err = sum.WriteExplainJSON(out)
	case c.explain:
		err = sum.WriteExplain(out)
	case c.format == "markdown" || c.format == "md":
		err = sum.WriteMarkdown(out)
	case c.format == "json":
		err = sum.WriteJSON(out)
	default:
		err = sum.WriteText(out)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "concord: writing output: %v\n", err)
		return exitFailure
	}
	return exitOK
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	// /dev/null is a character device too, but an empty input, not a
	// terminal: "concord < /dev/null" is "printf '' | concord".
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// noteLanguages reports on stderr, for -lang auto, the language detected
// and every document that on its own looks like another language.
func noteLanguages(c *config, docs []summarize.Document, sum *summarize.Summary, stderr io.Writer) {
	if !strings.EqualFold(strings.TrimSpace(c.opt.Language), summarize.AutoLanguage) {
		return
	}
	fmt.Fprintf(stderr, "concord: -lang auto: %s\n", sum.Language)
	for i, l := range summarize.DetectLanguages(docs) {
		if l != "" && l != sum.Language {
			fmt.Fprintf(stderr, "concord: %s: looks like %s, read as %s\n", docs[i].ID, l, sum.Language)
		}
	}
}

// mostSupport returns the largest number of sources that carry one of the
// claims left out (Summary.LeftOut): when -min-support leaves nothing, the
// most any claim has.
func mostSupport(sum *summarize.Summary) int {
	most := 0
	for _, lo := range sum.LeftOut {
		var srcs []int
		for _, c := range lo.Citations {
			if !slices.Contains(srcs, c.Source) {
				srcs = append(srcs, c.Source)
			}
		}
		most = max(most, len(srcs))
	}
	return most
}
