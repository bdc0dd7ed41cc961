package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/jsonl"
)

// Batch mode: many stories in one run.
//
// Input is JSON Lines, one story a line:
//
//	{"id": "story-1", "documents": [{"id": "ap", "text": "...", "title": "..."}, ...]}
//
// Output is one compact JSON object a line, in input order: the story's
// summary in the schema of -format json (with -explain, that of -explain
// -format json) with the story's "id" first, or {"id": ..., "error":
// "..."} when that story cannot be summarised. A story's failure does not
// stop the stream. Blank input lines are skipped; every other line gives
// one output line.
//
// Stories are summarised in parallel (-j of them at once, each on one
// goroutine, but a story of bigStory bytes or more on -j goroutines)
// while the input is read and the output written, so memory holds at
// most a few stories per worker whatever the length of the stream.

type batchJob struct {
	line int
	data []byte
	out  chan batchResult
}

type batchResult struct {
	json []byte
	err  bool
}

// bigStory is the size of a story's line, in bytes, from which batch
// mode lets the story share its work out among all the workers: a story
// that large is shared out by Summarize (from 256 KiB of text) outside
// batch mode, and one such story among small ones would otherwise keep a
// single core busy long after the others are done.
const bigStory = 256 << 10

// runBatch summarises the stories of the JSON Lines inputs (standard input
// when there are none) and writes one JSON line each to stdout. It returns
// exitFailure when a story failed or an input could not be read.
func runBatch(c *config, stdin io.Reader, stdout, stderr io.Writer) int {
	workers := c.jobs
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	opt := c.opt
	opt.Workers = 1 // stories run in parallel, each on one goroutine...
	big := opt
	big.Workers = workers // ...but a large one on all, as outside batch mode

	order := make(chan *batchJob, 4*workers) // in-flight jobs, input order
	jobs := make(chan *batchJob)
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		readErr = readBatch(c.inputs, stdin, c.opt.MaxInputBytes, func(line int, data []byte) {
			j := &batchJob{line: line, data: data, out: make(chan batchResult, 1)}
			order <- j
			jobs <- j
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				data, o := j.data, opt
				j.data = nil // the decoded story holds what the summary needs
				if len(data) >= bigStory {
					o = big
				}
				leave := tuning.enter(len(data))
				j.out <- summariseLine(j.line, data, o, c.explain)
				leave()
			}
		}()
	}

	progress := newProgress(stderr)
	out := bufio.NewWriter(stdout)
	stories, failed := 0, 0
	var writeErr error
	for j := range order {
		r := <-j.out
		stories++
		if r.err {
			failed++
		}
		if writeErr == nil {
			out.Write(r.json)
			writeErr = out.WriteByte('\n')
			if len(order) == 0 && writeErr == nil {
				writeErr = out.Flush() // keep a slow stream moving
			}
		}
		progress.update(stories, failed)
	}
	wg.Wait()
	progress.done(stories, failed)
	if writeErr == nil {
		writeErr = out.Flush()
	}
	switch {
	case writeErr != nil:
		fmt.Fprintf(stderr, "concord: writing output: %v\n", writeErr)
		return exitFailure
	case readErr != nil:
		fmt.Fprintf(stderr, "concord: %v\n", readErr)
		return exitFailure
	case failed > 0:
		fmt.Fprintf(stderr, "concord: %d of %d stories failed (see their \"error\")\n", failed, stories)
		return exitFailure
	}
	return exitOK
}

// readBatch calls story with each non-blank line of the inputs ("-" or
// none: stdin) and its line number in its input. A line longer than limit
// bytes (no limit when limit < 0) is not read past the limit: story gets
// nil for it.
func readBatch(inputs []string, stdin io.Reader, limit int, story func(line int, data []byte)) error {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, name := range inputs {
		var r io.Reader = stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return fmt.Errorf("%s: %v", name, pathError(err))
			}
			defer f.Close()
			r = f
		}
		br := bufio.NewReaderSize(r, 1<<16)
		for line := 1; ; line++ {
			data, err := readLine(br, limit)
			if data == nil || len(bytes.TrimSpace(data)) > 0 {
				story(line, data)
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				if name == "-" {
					name = "standard input"
				}
				return fmt.Errorf("%s: %v", name, err)
			}
		}
	}
	return nil
}

// readLine reads one line, with its '\n'. A line longer than limit bytes
// (limit ≥ 0) is skipped to its end and read as nil.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		if limit >= 0 && len(line)+len(frag) > limit {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return nil, err
		}
		line = append(line, frag...)
		if err != bufio.ErrBufferFull {
			if err == io.EOF && len(line) == 0 {
				return []byte{}, err
			}
			return line, err
		}
	}
}

// summariseLine summarises the story of one input line into its output
// line (package jsonl); an error names the line.
func summariseLine(line int, data []byte, opt summarize.Options, explain bool) batchResult {
	if data == nil {
		return batchResult{json: jsonl.ErrorLine(nil, "line "+strconv.Itoa(line)+": the line passes the limit of "+strconv.Itoa(opt.MaxInputBytes)+" bytes (-max-input)"), err: true}
	}
	out, id, err := jsonl.Summarize(data, opt, explain)
	if err != nil {
		return batchResult{json: jsonl.ErrorLine(id, "line "+strconv.Itoa(line)+": "+err.Error()), err: true}
	}
	return batchResult{json: out}
}

// progress writes a progress line to stderr when it is a terminal.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
}

func newProgress(stderr io.Writer) *progress {
	if f, ok := stderr.(*os.File); !ok || !isTerminal(f) {
		return nil
	}
	now := time.Now()
	return &progress{w: stderr, start: now, last: now}
}

func (p *progress) update(stories, failed int) {
	if p == nil || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.line(stories, failed)
}

func (p *progress) line(stories, failed int) {
	rate := float64(stories) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\rconcord: %d stories, %d failed, %.0f stories/s ", stories, failed, rate)
}

func (p *progress) done(stories, failed int) {
	if p == nil {
		return
	}
	p.line(stories, failed)
	fmt.Fprintln(p.w)
}
