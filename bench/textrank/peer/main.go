// Command peer summarizes news stories with DavidBelicza/TextRank v2, the
// fastest peer of concord's speed comparison (see the package comment of
// the comparison, one directory up). It reads input as concord does and
// writes one JSON line per story:
//
//	peer -batch -words 100 stories.jsonl   # JSON Lines, one story a line, as concord -batch
//	peer -words 100 FILE|DIR ...           # all the files as one story, as concord FILE ...
//
// Each output line is {"id": ..., "summary": [sentence, ...]}.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type story struct {
	ID        json.RawMessage `json:"id"`
	Documents []document      `json:"documents"`
}

type output struct {
	ID      json.RawMessage `json:"id,omitempty"`
	Summary []string        `json:"summary"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("peer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	batch := fs.Bool("batch", false, "read JSON Lines stories from the inputs")
	words := fs.Int("words", 100, "summary length in words (whole sentences until reached)")
	jobs := fs.Int("j", 1, "stories summarized at once in -batch mode")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *words <= 0 || *jobs <= 0 || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: peer [-batch [-j N]] [-words N] FILE|DIR ...")
		return 2
	}
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	var err error
	if *batch {
		var stories []story
		if stories, err = readBatch(fs.Args()); err == nil {
			for _, o := range summarizeAll(stories, *words, *jobs) {
				if err = enc.Encode(o); err != nil {
					break
				}
			}
		}
	} else {
		var docs []document
		if docs, err = readDocs(fs.Args()); err == nil {
			err = enc.Encode(output{Summary: newSummarizer().summarize(docs, *words)})
		}
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "peer: %v\n", err)
		return 1
	}
	return 0
}

// readBatch reads the stories of the JSON Lines files.
func readBatch(files []string) ([]story, error) {
	var stories []story
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<30)
		for line := 1; sc.Scan(); line++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			var st story
			if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %v", name, line, err)
			}
			stories = append(stories, st)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
	}
	return stories, nil
}

// summarizeAll summarizes the stories on up to jobs goroutines and
// returns their outputs in input order.
func summarizeAll(stories []story, words, jobs int) []output {
	out := make([]output, len(stories))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, len(stories)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newSummarizer()
			for i := range next {
				out[i] = output{ID: stories[i].ID, Summary: s.summarize(stories[i].Documents, words)}
			}
		}()
	}
	for i := range stories {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// readDocs reads the files, and the files of the directories, in sorted
// order within a directory.
func readDocs(args []string) ([]document, error) {
	var docs []document
	for _, a := range args {
		files := []string{a}
		if st, err := os.Stat(a); err != nil {
			return nil, err
		} else if st.IsDir() {
			entries, err := os.ReadDir(a)
			if err != nil {
				return nil, err
			}
			files = files[:0]
			for _, e := range entries {
				if e.Type().IsRegular() {
					files = append(files, filepath.Join(a, e.Name()))
				}
			}
			sort.Strings(files)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			docs = append(docs, document{ID: f, Text: string(data)})
		}
	}
	return docs, nil
}
