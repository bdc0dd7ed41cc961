package main

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/jsonl"
)

// Beam metrics of the pipeline.
var (
	storiesDone      = beam.NewCounter("concord", "stories")
	storiesFailed    = beam.NewCounter("concord", "failures")
	summarySentences = beam.NewCounter("concord", "summary_sentences")
)

// A summarizeFn summarises one story a line. Its exported fields are the
// options of concord -batch (the zero value is concord's defaults) and
// travel to the workers with the DoFn.
type summarizeFn struct {
	Sentences, Words, Bytes, MinSupport int
	Language                            string
	Explain                             bool

	opt summarize.Options
}

// Setup sets up the library once per worker: the options, the
// tokenisers, the same-claim model and its word tables (loaded by a first
// summary, so that the first story pays nothing more than the others).
func (f *summarizeFn) Setup() {
	f.opt = summarize.Options{
		Sentences: f.Sentences, Words: f.Words, Bytes: f.Bytes, MinSupport: f.MinSupport,
		Language: f.Language,
		Workers:  1, // as concord -batch: stories run in parallel, each on one goroutine
	}
	lang := f.Language
	if lang == "auto" {
		lang = ""
	}
	warm := summarize.Options{Sentences: 1, Language: lang, Workers: 1}
	summarize.Summarize([]summarize.Document{
		{Text: "The city closed the bridge on Sunday after a ship struck it."},
		{Text: "A ship struck the bridge on Sunday, and the city closed it."},
	}, warm)
}

// ProcessElement summarises the story of one input line and emits its
// output line: the one concord -batch writes, but that an error line
// cannot name the line number (a distributed read does not know it).
// Blank lines are skipped, as in batch mode.
func (f *summarizeFn) ProcessElement(ctx context.Context, line string, emit func(string)) {
	if blank(line) {
		return
	}
	storiesDone.Inc(ctx, 1)
	out, id, n, err := jsonl.SummarizeCount([]byte(line), f.opt, f.Explain)
	if err != nil {
		storiesFailed.Inc(ctx, 1)
		emit(string(jsonl.ErrorLine(id, err.Error())))
		return
	}
	summarySentences.Inc(ctx, int64(n))
	emit(string(out))
}
