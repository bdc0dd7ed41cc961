package jsonl_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/concordsum/concord/summarize"
	"github.com/concordsum/concord/summarize/jsonl"
)

func TestSummarize(t *testing.T) {
	story := `{"id": {"n": 7}, "documents": [` +
		`{"id": "a", "text": "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers."},` +
		`{"id": "b", "text": "A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge."}]}`
	line, id, err := jsonl.Summarize([]byte("\uFEFF"+story), summarize.Options{Sentences: 1}, false)
	if err != nil {
		t.Fatal(err)
	}
	if string(id) != `{"n":7}` || !strings.HasPrefix(string(line), `{"id":{"n":7},"sources":[`) || strings.Contains(string(line), "\n") {
		t.Errorf("id %s, line %s", id, line)
	}
	var out struct {
		Sentences []struct{ Support int }
	}
	if err := json.Unmarshal(line, &out); err != nil || len(out.Sentences) != 1 || out.Sentences[0].Support != 2 {
		t.Errorf("line %s: %v, %+v", line, err, out)
	}
	for _, tc := range []struct{ in, id, err string }{
		{"not json", "null", "not a JSON object"},
		{`{"id": "x"}`, `"x"`, `no "documents" array`},
		{`{"id": 3, "documents": [{"id": "a"}]}`, "3", `document 1: no "text" field`},
		{`{"documents": [{"text": ""}]}`, "null", "no sentences found"},
	} {
		line, id, err := jsonl.Summarize([]byte(tc.in), summarize.Options{}, false)
		if line != nil || string(id) != tc.id || err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: line %q, id %s, error %v; want id %s and an error with %q", tc.in, line, id, err, tc.id, tc.err)
		}
	}
	if got := string(jsonl.ErrorLine(nil, `a "quoted" reason`)); got != `{"id":null,"error":"a \"quoted\" reason"}` {
		t.Errorf("ErrorLine: %s", got)
	}
}

func ExampleSummarize() {
	story := `{"id": "s1", "documents": [{"id": "a", "text": "The bridge was closed on Sunday after a ship struck it."}, {"id": "b", "text": "The bridge was closed on Sunday after a ship hit it."}]}`
	line, id, err := jsonl.Summarize([]byte(story), summarize.Options{Sentences: 1}, false)
	if err != nil {
		fmt.Println(string(jsonl.ErrorLine(id, err.Error())))
		return
	}
	fmt.Println(string(line)[:40])
	// Output:
	// {"id":"s1","sources":[{"number":1,"id":"
}
