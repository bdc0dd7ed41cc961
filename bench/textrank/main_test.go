package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWorkload: the clusters are read in sorted order, each a line of
// JSON that concord -batch reads.
func TestWorkload(t *testing.T) {
	data := t.TempDir()
	for _, f := range []struct{ dir, name, text string }{
		{"d2", "B", "second b"}, {"d2", "A", "second \"a\""}, {"d1", "C1", "first"},
	} {
		if err := os.MkdirAll(filepath.Join(data, f.dir), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(data, f.dir, f.name), []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	clusters, err := readClusters(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(clusters) != 2 || countDocs(clusters) != 3 {
		t.Fatalf("%d clusters of %d documents, want 2 of 3", len(clusters), countDocs(clusters))
	}
	lines := strings.Split(strings.TrimSuffix(string(storiesJSONL(clusters)), "\n"), "\n")
	want := []string{
		`{"id":"d1","documents":[{"id":"C1","text":"first"}]}`,
		`{"id":"d2","documents":[{"id":"A","text":"second \"a\""},{"id":"B","text":"second b"}]}`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("JSON Lines:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("not JSON: %s", l)
		}
	}
	if _, err := readClusters(filepath.Join(data, "d1")); err == nil {
		t.Error("a directory without subdirectories was read as clusters")
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		xs   []float64
		want float64
	}{{[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(c.xs); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.xs, got, c.want)
		}
	}
}

// TestPrint: the ratios are peer/concord, run by run.
func TestPrint(t *testing.T) {
	s := func(wall, cpu float64) sample {
		return sample{wall: time.Duration(wall * float64(time.Second)), cpu: time.Duration(cpu * float64(time.Second)), peak: 50e6}
	}
	r := result{
		concord: []sample{s(0.1, 0.2), s(0.2, 0.2), s(0.1, 0.1)},
		peer:    []sample{s(0.4, 0.4), s(0.4, 0.4), s(0.1, 0.1)},
	}
	var out bytes.Buffer
	r.print(&out, "w")
	for _, want := range []string{"concord     0.100    0.200      50.0", "peer        0.400    0.400      50.0", "wall 2.00× (runs 1.00–4.00), cpu 2.00×"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestUsage(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"-n", "0"}, &out, &errs); code != 2 {
		t.Errorf("-n 0: exit %d, want 2", code)
	}
	if code := run([]string{"-repo", t.TempDir()}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "not concord's repository") {
		t.Errorf("a -repo without concord: exit %d, %q", code, errs.String())
	}
}
