package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// A cluster is one directory of DUC articles.
type cluster struct {
	dir  string
	docs []doc
}

type doc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// readClusters reads every directory of data as a cluster of the regular
// files in it, in sorted order.
func readClusters(data string) ([]cluster, error) {
	entries, err := os.ReadDir(data)
	if err != nil {
		return nil, fmt.Errorf("%v (the DUC 2004 docs directory; give -data)", err)
	}
	var out []cluster
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		c := cluster{dir: filepath.Join(data, e.Name())}
		files, err := os.ReadDir(c.dir)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if !f.Type().IsRegular() {
				continue
			}
			text, err := os.ReadFile(filepath.Join(c.dir, f.Name()))
			if err != nil {
				return nil, err
			}
			c.docs = append(c.docs, doc{ID: f.Name(), Text: string(text)})
		}
		sort.Slice(c.docs, func(i, j int) bool { return c.docs[i].ID < c.docs[j].ID })
		if len(c.docs) > 0 {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no directory of articles in it", data)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].dir < out[j].dir })
	return out, nil
}

// storiesJSONL returns the clusters as concord -batch reads them: one
// JSON line a cluster, {"id": DIR, "documents": [{"id", "text"}, ...]}.
func storiesJSONL(clusters []cluster) []byte {
	var out []byte
	for _, c := range clusters {
		line, _ := json.Marshal(struct {
			ID        string `json:"id"`
			Documents []doc  `json:"documents"`
		}{filepath.Base(c.dir), c.docs})
		out = append(append(out, line...), '\n')
	}
	return out
}

func countDocs(clusters []cluster) int {
	n := 0
	for _, c := range clusters {
		n += len(c.docs)
	}
	return n
}
