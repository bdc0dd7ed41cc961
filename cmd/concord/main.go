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
	"strings"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/vectorize"
)

const usage = `concord: one extractive summary of several versions of a story, with sources.

Usage:
  concord [flags] [file | directory | -]...

Inputs:
  file        one document (plain text, UTF-8)
  directory   every regular file in it, in name order (hidden files and
              sub-directories are skipped with a note on stderr)
  -           standard input; also read when no input is named. It holds one
              document, or several separated by a line "---" or a form feed,
              or JSON Lines: one {"id": "...", "text": "..."} object per line.

Flags:
  -n N             summary length in sentences (default 5)
  -words N         a word budget instead: whole sentences are added until the
                   summary reaches N words (the last one may run past N)
  -bytes N         a byte budget instead, applied the same way (DUC uses 665)
  -min-support N   only claims carried by at least N sources (default 1)
  -format F        text (default), markdown or json
  -lang L          language of the documents: english (default)
  -sentences       print every sentence the splitter finds, one per line,
                   before any cleaning, and exit
  -max-input SIZE  stop with an error when the inputs together pass SIZE
                   bytes (default 32M; suffixes k, M, G; 0: no limit)
  -max-sentence SIZE
                   leave out sentences longer than SIZE bytes, with a note
                   (default 2000; 0: no limit)
  -h               this help

Examples:
  concord a.txt b.txt c.txt
  concord -n 3 -format markdown story/
  cat story/* | concord -words 100
  printf '%s\n---\n%s\n' "$(cat a.txt)" "$(cat b.txt)" | concord -format json
  concord -sentences article.txt

Exit status: 0 on success, 2 on a usage error, 1 on any other failure.
`

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
	inputs    []string

	maxInput, maxSentence int // bytes; 0 means no limit
}

func parseFlags(args []string, stderr io.Writer) (*config, int) {
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
	c.maxInput, c.maxSentence = summarize.DefaultMaxInputBytes, summarize.DefaultMaxSentenceBytes
	fs.Var(sizeFlag{&c.maxInput}, "max-input", "")
	fs.Var(sizeFlag{&c.maxSentence}, "max-sentence", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			io.WriteString(stderr, usage)
			return nil, exitOK
		}
		fmt.Fprintf(stderr, "concord: %v\nRun 'concord -h' for usage.\n", err)
		return nil, exitUsage
	}
	c.inputs = fs.Args()
	bad := func(format string, a ...any) (*config, int) {
		fmt.Fprintf(stderr, "concord: "+format+"\nRun 'concord -h' for usage.\n", a...)
		return nil, exitUsage
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
	}
	switch c.format {
	case "text", "markdown", "md", "json":
	default:
		return bad("unknown -format %q (want text, markdown or json)", c.format)
	}
	if _, err := vectorize.NewTokeniser(c.opt.Language); err != nil {
		return bad("-lang: %v", err)
	}
	c.opt.MaxInputBytes, c.opt.MaxSentenceBytes = noLimit(c.maxInput), noLimit(c.maxSentence)
	return c, exitOK
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, code := parseFlags(args, stderr)
	if c == nil {
		return code
	}
	if len(c.inputs) == 0 {
		if f, ok := stdin.(*os.File); ok && isTerminal(f) {
			fmt.Fprint(stderr, "concord: no input: name files or directories, or pipe text in\nRun 'concord -h' for usage.\n")
			return exitUsage
		}
		c.inputs = []string{"-"}
	}
	docs, skipped, err := readInputs(c.inputs, stdin, stderr, c.opt.MaxInputBytes)
	if err != nil {
		fmt.Fprintf(stderr, "concord: %v\n", err)
		return exitFailure
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if c.sentences {
		for d, doc := range docs {
			for _, s := range vectorize.Split(d, doc.Text) {
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
	switch c.format {
	case "markdown", "md":
		err = sum.WriteMarkdown(out)
	case "json":
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

// noLimit maps a flag's 0 (no limit) to the negative value Options uses.
func noLimit(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
