package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// BenchmarkBatch feeds -batch the 50 DUC 2004 clusters (10 articles each)
// as stories, ten times over: 500 stories a run. It reports stories/s.
//
//	go test ./cmd/concord -run '^$' -bench Batch -benchmem -count 5
func BenchmarkBatch(b *testing.B) {
	const dir = "../../../shared/data/duc2004/docs"
	topics, _ := filepath.Glob(filepath.Join(dir, "d*"))
	if len(topics) == 0 {
		b.Skipf("DUC 2004 data not found at %s; it lives in shared/data beside the repository", dir)
	}
	sort.Strings(topics)
	var one bytes.Buffer
	for _, t := range topics {
		files, _ := filepath.Glob(filepath.Join(t, "*"))
		sort.Strings(files)
		type doc struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		story := struct {
			ID        string `json:"id"`
			Documents []doc  `json:"documents"`
		}{ID: filepath.Base(t)}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			story.Documents = append(story.Documents, doc{filepath.Base(f), string(data)})
		}
		line, _ := json.Marshal(story)
		one.Write(append(line, '\n'))
	}
	const rounds = 10
	input := bytes.Repeat(one.Bytes(), rounds)
	stories := rounds * len(topics)
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"-batch"}, bytes.NewReader(input), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(stories)*float64(b.N)/b.Elapsed().Seconds(), "stories/s")
}
