package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
)

const editionsHelp = `concord-eval editions: the ten-editions workload for memory and speed.

Usage:
  concord-eval editions [flags] > FILE

Writes one JSON line, a story for concord -batch: every non-empty DUC 2004
article, in cluster and file order, repeated in N editions, each article
opened by a line of its own ("Edition 3 of story 17, filed by the desk.")
so that no two documents are exact copies. With the default ten editions
it is 17 MB in 4,880 documents: the case docs/performance.md measures peak
memory on (concord -batch -words 100 < FILE, under farm-bench or
/usr/bin/time).

Flags:
  -data DIR   the evaluation data (default ` + defaultData + `)
  -n N        editions (default 10)
`

func runEditions(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("concord-eval editions", flag.ContinueOnError)
	data := fs.String("data", defaultData, "")
	n := fs.Int("n", 10, "")
	if code := parse(fs, args, editionsHelp, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, fs, "unexpected argument %q", fs.Arg(0))
	}
	if *n < 1 {
		return usageError(stderr, fs, "-n %d: want 1 or more editions", *n)
	}
	topics, err := loadDUCTopics(filepath.Join(*data, "duc2004"), "")
	if err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	type doc struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	story := struct {
		ID        string `json:"id"`
		Documents []doc  `json:"documents"`
	}{ID: strconv.Itoa(*n) + "-editions"}
	for e := range *n {
		k := 0
		for _, t := range topics {
			docs, err := readDUCDocs(t.dir, io.Discard)
			if err != nil {
				fmt.Fprintf(stderr, "concord-eval: %v\n", err)
				return exitFailure
			}
			for _, d := range docs {
				story.Documents = append(story.Documents, doc{
					ID:   fmt.Sprintf("e%d-%s-%s", e, t.name, d.ID),
					Text: fmt.Sprintf("Edition %d of story %d, filed by the desk.\n", e, k) + d.Text,
				})
				k++
			}
		}
	}
	w := bufio.NewWriter(stdout)
	if err := json.NewEncoder(w).Encode(story); err != nil {
		fmt.Fprintf(stderr, "concord-eval: %v\n", err)
		return exitFailure
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "concord-eval: writing: %v\n", err)
		return exitFailure
	}
	return exitOK
}
