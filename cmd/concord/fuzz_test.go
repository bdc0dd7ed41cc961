package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/concordsum/concord/summarize"
)

// FuzzParseStdin checks the standard-input parser. Text input: the
// documents, in order, are the input with the separator lines ("---") and
// form feeds taken out, and nothing else is lost or added. JSON Lines: the
// input either parses to one document per non-blank line, each of which
// survives a round trip through encoding/json, or fails with an error
// naming a line of the input.
//
// A longer run: go test ./cmd/concord -run '^$' -fuzz FuzzParseStdin -fuzztime 5m
func FuzzParseStdin(f *testing.F) {
	for _, s := range []string{
		"",
		"one\n---\ntwo\n",
		"a\fb\f\fc",
		"---\n---\n",
		" --- \r\nx\r\n---",
		"{\"id\":\"a\",\"text\":\"x\"}\n\n{\"text\":\"y\"}\n",
		"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": oops}\n",
		"\ufeff{\"text\":\"\\u0000\\ud800\"} {}\n",
		"{\"text\":\"a\xffb\"}\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := parseStdin(data)
		if isJSONL(data) {
			checkJSONL(t, data, docs, err)
			return
		}
		if err != nil {
			t.Fatalf("text input failed: %v", err)
		}
		checkSeparated(t, data, docs)
	})
}

func checkSeparated(t *testing.T, data []byte, docs []summarize.Document) {
	t.Helper()
	if len(docs) == 0 {
		t.Fatal("no document")
	}
	rest := string(data)
	for k, d := range docs {
		if d.ID != "stdin#"+strconv.Itoa(k+1) {
			t.Fatalf("document %d is named %q", k, d.ID)
		}
		if !strings.HasPrefix(rest, d.Text) {
			t.Fatalf("document %d %q is not the next part of the input %q", k, d.Text, rest)
		}
		if strings.ContainsRune(d.Text, '\f') {
			t.Fatalf("document %d holds a form feed", k)
		}
		rest = rest[len(d.Text):]
		if k == len(docs)-1 {
			break
		}
		if strings.HasPrefix(rest, "\f") {
			rest = rest[1:]
			continue
		}
		// A separator line, ended by a line end (taken with it), a form
		// feed or the end of the input.
		end := strings.IndexAny(rest, "\n\f")
		line, after := rest, ""
		if end >= 0 {
			line, after = rest[:end], rest[end:]
			after = strings.TrimPrefix(after, "\n")
		}
		if strings.TrimRight(line, " \t\r") != "---" {
			t.Fatalf("document %d ends before %q, not at a separator", k, rest)
		}
		rest = after
	}
	if rest != "" {
		t.Fatalf("input %q left after the last document", rest)
	}
	// No document holds a line that reads "---".
	for k, d := range docs {
		for _, line := range strings.Split(d.Text, "\n") {
			if strings.TrimRight(line, " \t\r") == "---" {
				t.Fatalf("document %d holds a separator line", k)
			}
		}
	}
}

func checkJSONL(t *testing.T, data []byte, docs []summarize.Document, err error) {
	t.Helper()
	lines := strings.Split(string(data), "\n")
	if err != nil {
		msg := err.Error()
		var n int
		if _, scanErr := fmt.Sscanf(msg, "standard input, line %d:", &n); scanErr != nil || n < 1 || n > len(lines) {
			t.Fatalf("error %q does not name a line of the %d", msg, len(lines))
		}
		return
	}
	nonBlank := 0
	for _, l := range lines {
		if strings.TrimSpace(strings.TrimPrefix(l, "\uFEFF")) != "" {
			nonBlank++
		}
	}
	if len(docs) != nonBlank {
		t.Fatalf("%d documents from %d non-blank lines", len(docs), nonBlank)
	}
	for k, d := range docs {
		if d.ID == "" || !utf8.ValidString(d.Text) {
			t.Fatalf("document %d: id %q, text valid UTF-8: %v", k, d.ID, utf8.ValidString(d.Text))
		}
		line, _ := json.Marshal(map[string]string{"id": d.ID, "text": d.Text})
		again, err := parseStdin(line)
		if err != nil || len(again) != 1 || again[0].ID != d.ID || again[0].Text != d.Text {
			t.Fatalf("document %d does not survive a round trip: %v", k, err)
		}
	}
}

// FuzzRun runs the command on standard input with fuzzed flags: it exits
// 0 with valid UTF-8 output (valid JSON for -format json) or 1 with a
// message on stderr and nothing on stdout, and never panics.
//
// A longer run: go test ./cmd/concord -run '^$' -fuzz FuzzRun -fuzztime 5m
func FuzzRun(f *testing.F) {
	f.Add([]byte("The city closed the bridge on Sunday after a ship struck a pier.\n---\nA ship struck a pier of the bridge on Sunday and the city closed it.\n"), uint8(0), uint8(2))
	f.Add([]byte("{\"id\":\"a\",\"text\":\"The city closed the bridge on Sunday after a ship hit.\"}\n{\"id\":\"b\"}"), uint8(2), uint8(0))
	f.Add([]byte("\xff\xfeT\x00h\x00e\x00 \x00c\x00i\x00t\x00y\x00.\x00"), uint8(1), uint8(9))
	f.Add([]byte("<html><body>x</body></html>\f\x00\x01"), uint8(2), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, format, length uint8) {
		args := []string{"-format", []string{"text", "markdown", "json"}[format%3], "-max-sentence", "300"}
		switch length % 4 {
		case 1:
			args = append(args, "-n", strconv.Itoa(int(length/4)+1))
		case 2:
			args = append(args, "-words", strconv.Itoa(int(length/4)+1))
		case 3:
			args = append(args, "-bytes", strconv.Itoa(int(length)))
		}
		var stdout, stderr bytes.Buffer
		code := run(append(args, "-"), bytes.NewReader(data), &stdout, &stderr)
		switch code {
		case 0:
			if !utf8.Valid(stdout.Bytes()) {
				t.Fatalf("output is not valid UTF-8")
			}
			if format%3 == 2 && !json.Valid(stdout.Bytes()) {
				t.Fatalf("output is not valid JSON: %s", stdout.Bytes())
			}
		case 1:
			if stdout.Len() != 0 || !strings.HasPrefix(stderr.String(), "concord: ") {
				t.Fatalf("exit 1 with stdout %q and stderr %q", stdout.String(), stderr.String())
			}
		default:
			t.Fatalf("exit %d, stderr %q", code, stderr.String())
		}
		if !utf8.Valid(stderr.Bytes()) {
			t.Fatalf("stderr is not valid UTF-8: %q", stderr.String())
		}
	})
}
