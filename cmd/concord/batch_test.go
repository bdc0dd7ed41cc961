package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// batchLine returns one batch input line for documents texts.
func batchLine(t *testing.T, id any, texts ...string) string {
	t.Helper()
	type doc struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	st := struct {
		ID        any   `json:"id"`
		Documents []doc `json:"documents"`
	}{ID: id}
	for i, text := range texts {
		st.Documents = append(st.Documents, doc{fmt.Sprintf("v%d", i+1), text})
	}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// TestBatch checks batch mode's contract: one line per story, in input
// order, the story's id first and the -format json schema after it;
// failing stories report an error in their own line; blank lines are
// skipped; exit 1 when a story failed.
func TestBatch(t *testing.T) {
	var in strings.Builder
	in.WriteString(batchLine(t, "s1", story...))
	in.WriteString("\n") // blank: skipped
	in.WriteString(`{"id": "broken", "documents": [` + "\n")
	in.WriteString(batchLine(t, 42, story[1]))
	in.WriteString(`{"id": "nodocs"}` + "\n")
	in.WriteString(`{"id": ["a", 1], "documents": [{"id": "x"}]}` + "\n")
	in.WriteString(batchLine(t, "junk", "1234 5678"))
	in.WriteString(batchLine(t, "s1-again", story...))
	code, stdout, stderr := runCmd(t, in.String(), "-batch", "-n", "2")
	if code != exitFailure || !strings.Contains(stderr, "4 of 7 stories failed") {
		t.Errorf("exit %d, stderr %q; want 1 and a count of failures", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	want := []struct {
		id, err string
	}{
		{`"s1"`, ""},
		{`null`, "line 3: not a JSON object"},
		{`42`, ""},
		{`"nodocs"`, `line 5: no "documents" array`},
		{`["a",1]`, `line 6: document 1: no "text" field`},
		{`"junk"`, "line 7: no sentences found"},
		{`"s1-again"`, ""},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, w := range want {
		var got struct {
			ID        json.RawMessage `json:"id"`
			Error     string          `json:"error"`
			Sentences []any           `json:"sentences"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, lines[i])
		}
		if !strings.HasPrefix(lines[i], `{"id":`+w.id+`,`) {
			t.Errorf("line %d does not start with the id %s: %.60s", i+1, w.id, lines[i])
		}
		switch {
		case w.err == "" && (got.Error != "" || len(got.Sentences) == 0):
			t.Errorf("line %d: error %q, %d sentences", i+1, got.Error, len(got.Sentences))
		case w.err != "" && !strings.Contains(got.Error, w.err):
			t.Errorf("line %d: error %q, want it to say %q", i+1, got.Error, w.err)
		}
	}
	// The same story gives the same summary, and it is -format json's.
	if strings.TrimPrefix(lines[0], `{"id":"s1",`) != strings.TrimPrefix(lines[6], `{"id":"s1-again",`) {
		t.Error("the same story summarised twice differs")
	}
	dir := t.TempDir()
	var files []string
	for i, text := range story {
		f := filepath.Join(dir, fmt.Sprintf("v%d", i+1))
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	_, single, _ := runCmd(t, "", append([]string{"-format", "json", "-n", "2"}, files...)...)
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(strings.ReplaceAll(single, dir+string(filepath.Separator), ""))); err != nil {
		t.Fatal(err)
	}
	if got := `{"id":"s1",` + strings.TrimPrefix(compact.String(), "{"); got != lines[0] {
		t.Errorf("batch line differs from -format json:\n%s\n%s", got, lines[0])
	}
}

// TestBatchOrderAndWorkers runs many stories of different sizes with one
// and with several workers: the output is in input order and the same.
func TestBatchOrderAndWorkers(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 60; i++ {
		texts := story
		if i%3 == 0 {
			texts = append(append([]string(nil), story...), strings.Repeat(story[0], 1+i%5))
		}
		in.WriteString(batchLine(t, i, texts...))
	}
	code1, out1, _ := runCmd(t, in.String(), "-batch", "-j", "1")
	code4, out4, _ := runCmd(t, in.String(), "-batch", "-j", "4", "-explain")
	code3, out3, _ := runCmd(t, in.String(), "-batch", "-j", "3")
	if code1 != 0 || code3 != 0 || code4 != 0 {
		t.Fatalf("exit %d, %d, %d", code1, code3, code4)
	}
	if out1 != out3 {
		t.Error("-j 1 and -j 3 differ")
	}
	for i, line := range strings.Split(strings.TrimSuffix(out4, "\n"), "\n") {
		if !strings.HasPrefix(line, fmt.Sprintf(`{"id":%d,`, i)) {
			t.Fatalf("line %d out of order: %.40s", i, line)
		}
		if !strings.Contains(line, `"left_out"`) {
			t.Fatalf("line %d: -explain without left_out", i)
		}
	}
}

// TestBatchLineLimit: a story line past -max-input is not read into
// memory; it gives an error line and the stream goes on.
func TestBatchLineLimit(t *testing.T) {
	small := batchLine(t, "small", "A short story in one sentence of enough words to count.")
	big := batchLine(t, "big", strings.Repeat("A long story sentence that repeats itself. ", 2000))
	code, stdout, _ := runCmd(t, small+big+small, "-batch", "-max-input", "4k")
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if code != exitFailure || len(lines) != 3 {
		t.Fatalf("exit %d, %d lines:\n%s", code, len(lines), stdout)
	}
	if !strings.HasPrefix(lines[0], `{"id":"small","sources"`) || !strings.HasPrefix(lines[2], `{"id":"small","sources"`) {
		t.Errorf("the small stories around the big one: %.40s / %.40s", lines[0], lines[2])
	}
	if !strings.Contains(lines[1], `"error":"line 2: the line passes the limit of 4096 bytes (-max-input)"`) {
		t.Errorf("the big story: %s", lines[1])
	}
}

func TestBatchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-batch", "-format", "text"},
		{"-batch", "-format", "html"},
		{"-batch", "-sentences"},
		{"-j", "-2"},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d (%s), want 2", args, code, stderr)
		}
	}
	if code, _, _ := runCmd(t, batchLine(t, "x", story...), "-batch", "-format", "json"); code != 0 {
		t.Errorf("-batch -format json: exit %d", code)
	}
	if code, _, stderr := runCmd(t, "", "-batch", filepath.Join(t.TempDir(), "missing.jsonl")); code != exitFailure || !strings.Contains(stderr, "no such file") {
		t.Errorf("missing input: exit %d, %q", code, stderr)
	}
}
