// Command concord-beam runs concord's batch mode as an Apache Beam
// pipeline: it reads stories in batch mode's JSON Lines schema (package
// summarize/jsonl) from --input, summarises each with the library in a
// DoFn, and writes one output line per story to --output, the line
// concord -batch writes for that story. A story that fails gives an error
// line and the pipeline goes on. Beam metrics count the stories, the
// failures and the summary sentences.
//
// On Beam's local runner, with no other flag:
//
//	cd cmd/concord-beam && go run . --input stories.jsonl --output out/summaries
//
// It is a module of its own, so that the library's users and go test ./...
// at the repository root never pull in Beam; see the README for other
// runners.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs:// paths
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/concordsum/concord/summarize"
)

var (
	input      = flag.String("input", "", "stories in JSON Lines, one a line: a file or a glob, local or gs:// (required)")
	output     = flag.String("output", "", "where to write the output lines (required)")
	sentences  = flag.Int("n", 0, "summary length in sentences (0: 5, as concord)")
	words      = flag.Int("words", 0, "summary length in words instead")
	byteBudget = flag.Int("bytes", 0, "summary length in bytes instead")
	minSupport = flag.Int("min-support", 0, "keep only claims carried by at least this many sources")
	language   = flag.String("lang", "", `language of the stories ("" English, "auto" per story, or a name concord knows)`)
	explain    = flag.Bool("explain", false, "write the explain view's JSON, as concord -batch -explain")
)

func init() {
	register.DoFn3x0[context.Context, string, func(string)](&summarizeFn{})
	register.Emitter1[string]()
}

func main() {
	flag.Parse()
	beam.Init()
	fn, err := newSummarizeFn()
	if err == nil && (*input == "" || *output == "") {
		err = fmt.Errorf("--input and --output are required")
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "concord-beam: %v\nRun 'concord-beam -h' for usage.\n", err)
		os.Exit(2)
	}
	p := beam.NewPipeline()
	build(p.Root(), *input, *output, fn)
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "concord-beam: %v\n", err)
		os.Exit(1)
	}
}

// build adds the pipeline to s: read the lines of input, summarise each
// story with fn, write the lines to output.
func build(s beam.Scope, input, output string, fn *summarizeFn) {
	lines := textio.Read(s, input)
	out := beam.ParDo(s, fn, lines)
	textio.Write(s, output, out)
}

// newSummarizeFn returns the DoFn for the flags, or a usage error.
func newSummarizeFn() (*summarizeFn, error) {
	for _, v := range []struct {
		name string
		n    int
	}{{"-n", *sentences}, {"-words", *words}, {"-bytes", *byteBudget}, {"-min-support", *minSupport}} {
		if v.n < 0 {
			return nil, fmt.Errorf("%s must not be negative, got %d", v.name, v.n)
		}
	}
	if *language != "" && *language != "auto" {
		if _, err := summarize.NewMatcher(*language); err != nil {
			return nil, fmt.Errorf("-lang: %v", err)
		}
	}
	return &summarizeFn{Sentences: *sentences, Words: *words, Bytes: *byteBudget, MinSupport: *minSupport, Language: *language, Explain: *explain}, nil
}

// Tell whether a line is blank: batch mode skips blank lines.
func blank(line string) bool { return strings.TrimSpace(line) == "" }
