package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/concordsum/concord/summarize"
)

// readInputs reads every named input into documents, in order. Problems
// that leave a usable input (an empty file among others, invalid UTF-8, a
// skipped hidden file) are reported on stderr; problems that do not (an
// unreadable file, no input at all) are returned as errors that name the
// file.
func readInputs(names []string, stdin io.Reader, stderr io.Writer) ([]summarize.Document, error) {
	var docs []summarize.Document
	stdinRead := false
	for _, name := range names {
		if name == "-" {
			if stdinRead {
				continue
			}
			stdinRead = true
			data, err := io.ReadAll(stdin)
			if err != nil {
				return nil, fmt.Errorf("standard input: %v", err)
			}
			ds, err := parseStdin(data)
			if err != nil {
				return nil, err
			}
			for _, d := range ds {
				docs = addDoc(docs, d, stderr)
			}
			continue
		}
		fi, err := os.Stat(name)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, pathError(err))
		}
		if !fi.IsDir() {
			d, err := readFile(name)
			if err != nil {
				return nil, err
			}
			docs = addDoc(docs, d, stderr)
			continue
		}
		entries, err := os.ReadDir(name)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, pathError(err))
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		n := 0
		for _, e := range entries {
			path := filepath.Join(name, e.Name())
			switch {
			case strings.HasPrefix(e.Name(), "."):
				fmt.Fprintf(stderr, "concord: %s: hidden file skipped\n", path)
				continue
			case e.IsDir():
				fmt.Fprintf(stderr, "concord: %s: sub-directory skipped\n", path)
				continue
			case !e.Type().IsRegular():
				fmt.Fprintf(stderr, "concord: %s: not a regular file, skipped\n", path)
				continue
			}
			d, err := readFile(path)
			if err != nil {
				return nil, err
			}
			docs = addDoc(docs, d, stderr)
			n++
		}
		if n == 0 {
			fmt.Fprintf(stderr, "concord: %s: directory holds no files\n", name)
		}
	}
	if len(docs) == 0 {
		return nil, errors.New("empty input: no document with any text")
	}
	return docs, nil
}

func pathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string) (summarize.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return summarize.Document{}, fmt.Errorf("%s: %v", path, pathError(err))
	}
	return summarize.Document{ID: path, Text: string(data)}, nil
}

// addDoc appends d unless it is empty, repairing invalid UTF-8; both are
// reported on stderr.
func addDoc(docs []summarize.Document, d summarize.Document, stderr io.Writer) []summarize.Document {
	if strings.TrimSpace(strings.TrimPrefix(d.Text, "\uFEFF")) == "" {
		fmt.Fprintf(stderr, "concord: %s: empty, skipped\n", d.ID)
		return docs
	}
	d, ok := fromHTML(d, stderr)
	if !ok {
		return docs
	}
	if !utf8.ValidString(d.Text) {
		bad := 0
		for i := 0; i < len(d.Text); {
			r, size := utf8.DecodeRuneInString(d.Text[i:])
			if r == utf8.RuneError && size == 1 {
				bad++
			}
			i += size
		}
		fmt.Fprintf(stderr, "concord: %s: invalid UTF-8 (%d bad bytes) replaced by U+FFFD\n", d.ID, bad)
		d.Text = strings.ToValidUTF8(d.Text, "\uFFFD")
	}
	return append(docs, d)
}

// parseStdin splits standard input into documents: JSON Lines when the
// first non-blank byte is '{', otherwise text split at lines "---" and at
// form feeds.
func parseStdin(data []byte) ([]summarize.Document, error) {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return parseJSONL(data)
	}
	var docs []summarize.Document
	var cur strings.Builder
	flush := func() {
		docs = append(docs, summarize.Document{ID: "stdin#" + strconv.Itoa(len(docs)+1), Text: cur.String()})
		cur.Reset()
	}
	text := string(data)
	for len(text) > 0 {
		line := text
		rest := ""
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, rest = text[:i+1], text[i+1:]
		}
		text = rest
		if strings.TrimRight(line, " \t\r\n") == "---" {
			flush()
			continue
		}
		for {
			i := strings.IndexByte(line, '\f')
			if i < 0 {
				break
			}
			cur.WriteString(line[:i])
			flush()
			line = line[i+1:]
		}
		cur.WriteString(line)
	}
	flush()
	return docs, nil
}

func parseJSONL(data []byte) ([]summarize.Document, error) {
	var docs []summarize.Document
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		if line == "" {
			continue
		}
		var rec struct {
			ID   *string `json:"id"`
			Text *string `json:"text"`
		}
		dec := json.NewDecoder(strings.NewReader(line))
		if err := dec.Decode(&rec); err != nil {
			return nil, fmt.Errorf("standard input, line %d: not a JSON object: %v", n+1, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("standard input, line %d: more than one JSON value on the line", n+1)
		}
		if rec.Text == nil {
			return nil, fmt.Errorf("standard input, line %d: no \"text\" field", n+1)
		}
		id := "stdin#" + strconv.Itoa(len(docs)+1)
		if rec.ID != nil && *rec.ID != "" {
			id = *rec.ID
		}
		docs = append(docs, summarize.Document{ID: id, Text: *rec.Text})
	}
	return docs, nil
}
