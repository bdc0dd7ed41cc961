package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/jsonl"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// stories is a small JSON Lines input: two stories, a blank line, and a
// line that is not JSON.
var stories = []string{
	`{"id": "bridge", "documents": [` +
		`{"id": "a", "text": "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers. Officials said no one was injured."},` +
		`{"id": "b", "text": "A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge. Nobody was hurt, officials said."}]}`,
	``,
	`{"id": 2, "documents": [{"id": "x", "text": "Engineers began inspecting the damaged pier on Sunday afternoon and expect the bridge to stay closed for at least a week."}]}`,
	`this is not JSON`,
}

// run runs the pipeline on the local runner over lines and returns its
// output lines, sorted, and the pipeline's result.
func run(t *testing.T, lines []string, fn *summarizeFn) ([]string, beam.PipelineResult) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "stories.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out", "summaries")
	p, s := beam.NewPipelineWithRoot()
	build(s, in, out, fn)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	files, _ := filepath.Glob(out + "*")
	var got []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			if l != "" {
				got = append(got, l)
			}
		}
	}
	slices.Sort(got)
	return got, res
}

// TestPipelineLines: the local runner gives, as a set, the lines batch
// mode's code gives (summarize/jsonl, as concord -batch uses it), and a
// broken line gives an error line rather than a failed pipeline.
func TestPipelineLines(t *testing.T) {
	fn := &summarizeFn{Sentences: 2}
	got, res := run(t, stories, fn)
	var want []string
	for _, l := range stories {
		if blank(l) {
			continue
		}
		out, id, err := jsonl.Summarize([]byte(l), summarize.Options{Sentences: 2, Workers: 1}, false)
		if err != nil {
			out = jsonl.ErrorLine(id, err.Error())
		}
		want = append(want, string(out))
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("pipeline lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, `{"id":null,"error":"not a JSON object`) }) {
		t.Errorf("no error line for the broken line in\n%s", strings.Join(got, "\n"))
	}
	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counters[c.Key.Name] = c.Committed
	}
	if counters["stories"] != 3 || counters["failures"] != 1 || counters["summary_sentences"] < 2 {
		t.Errorf("metrics %v: want 3 stories, 1 failure, at least 2 summary sentences", counters)
	}
}

// TestExplainAndOptions: the flags reach the library as batch mode's do.
func TestExplainAndOptions(t *testing.T) {
	fn := &summarizeFn{Sentences: 1, Explain: true, MinSupport: 2}
	got, _ := run(t, stories[:1], fn)
	out, _, err := jsonl.Summarize([]byte(stories[0]), summarize.Options{Sentences: 1, MinSupport: 2, Workers: 1}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != string(out) || !strings.Contains(got[0], `"left_out"`) {
		t.Errorf("got %q, want %q", got, out)
	}
}

func TestFlags(t *testing.T) {
	defer func(n int, l string) { *sentences, *language = n, l }(*sentences, *language)
	*sentences = -1
	if _, err := newSummarizeFn(); err == nil || !strings.Contains(err.Error(), "-n") {
		t.Errorf("-n -1: error %v", err)
	}
	*sentences, *language = 3, "klingon"
	if _, err := newSummarizeFn(); err == nil || !strings.Contains(err.Error(), "-lang") {
		t.Errorf("-lang klingon: error %v", err)
	}
	*language = "de"
	fn, err := newSummarizeFn()
	if err != nil || fn.Sentences != 3 || fn.Language != "de" {
		t.Errorf("-n 3 -lang de: %+v, %v", fn, err)
	}
}

// TestSameAsBatch builds concord from the main module and runs concord
// -batch on the same input as the pipeline: the same set of lines, but
// that batch mode's error lines name the input line ("line 4: "), which
// the pipeline cannot know.
func TestSameAsBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds concord")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "concord")
	build := exec.Command("go", "build", "-o", bin, "./cmd/concord")
	build.Dir = "../.." // the main module, with its own go.mod
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build concord: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "stories.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(stories, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-batch", "-n", "2", in)
	out, err := cmd.Output()
	if code := cmd.ProcessState.ExitCode(); code != 1 { // one story fails
		t.Fatalf("concord -batch: exit %d (%v), want 1", code, err)
	}
	lineNumber := regexp.MustCompile(`"error":"line \d+: `)
	var want []string
	for _, l := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		want = append(want, lineNumber.ReplaceAllString(l, `"error":"`))
	}
	slices.Sort(want)
	got, _ := run(t, stories, &summarizeFn{Sentences: 2})
	if !slices.Equal(got, want) {
		t.Fatalf("pipeline lines:\n%s\nconcord -batch:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
