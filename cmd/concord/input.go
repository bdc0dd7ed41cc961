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

// An inputReader reads the named inputs into documents, in order.
// Inputs that cannot be used (empty, binary, unreadable files inside a
// directory) are left out with a note on stderr and recorded in skipped;
// problems that leave a usable input (invalid UTF-8, UTF-16) get a note.
type inputReader struct {
	docs    []summarize.Document
	skipped []summarize.Skipped
	budget  budget
	stderr  io.Writer
}

// readInputs reads every named input into documents, in order, reading at
// most maxInput bytes in all (no limit when negative). Problems that leave
// a usable input are reported on stderr and the inputs left out are
// returned in skipped; problems that do not (a named file that cannot be
// read, input past the limit, no document at all) are returned as errors
// that name the file.
func readInputs(names []string, stdin io.Reader, stderr io.Writer, maxInput int) (docs []summarize.Document, skipped []summarize.Skipped, err error) {
	in := &inputReader{budget: budget{max: maxInput}, stderr: stderr}
	if err := in.readAll(names, stdin); err != nil {
		return nil, nil, err
	}
	if len(in.docs) == 0 {
		for _, sk := range in.skipped {
			if sk.Reason != "empty" {
				return nil, nil, errors.New("no usable input: every input was skipped (see above)")
			}
		}
		return nil, nil, errors.New("empty input: no document with any text")
	}
	return in.docs, in.skipped, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (in *inputReader) readAll(names []string, stdin io.Reader) error {
	stdinRead := false
	for _, name := range names {
		if name == "-" {
			if stdinRead {
				continue
			}
			stdinRead = true
			data, err := in.budget.read(stdin, "standard input")
			if err != nil {
				if errors.Is(err, errOverLimit) {
					return err
				}
				return fmt.Errorf("standard input: %v", err)
			}
			data, form := decodeUTF16(data)
			if form != "" {
				fmt.Fprintf(in.stderr, "concord: standard input: %s converted to UTF-8; spans refer to the converted text\n", form)
			}
			ds, err := parseStdin(data)
			if err != nil {
				return err
			}
			if isJSONL(data) && !utf8.Valid(data) {
				fmt.Fprintf(in.stderr, "concord: standard input: invalid UTF-8 (%d bad bytes) replaced by U+FFFD\n", badBytes(string(data)))
			}
			for _, d := range ds {
				in.add(d)
			}
			continue
		}
		fi, err := os.Stat(name)
		if err != nil {
			return fmt.Errorf("%s: %v", name, pathError(err))
		}
		if !fi.IsDir() {
			d, err := in.readFile(name)
			if err != nil {
				return err
			}
			in.add(d)
			continue
		}
		if err := in.readDir(name); err != nil {
			return err
		}
	}
	return nil
}

// readDir reads the regular files of directory name, in name order.
// Files that cannot be read are skipped with a note; only passing the
// input limit is an error.
func (in *inputReader) readDir(name string) error {
	entries, err := os.ReadDir(name)
	if err != nil {
		return fmt.Errorf("%s: %v", name, pathError(err))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	n := 0
	for _, e := range entries {
		path := filepath.Join(name, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			in.skip(path, "hidden file")
			continue
		}
		fi, err := os.Stat(path) // follows symbolic links
		switch {
		case err != nil:
			in.skip(path, "unreadable: "+pathError(err).Error())
			continue
		case fi.IsDir():
			in.skip(path, "sub-directory")
			continue
		case !fi.Mode().IsRegular():
			in.skip(path, "not a regular file")
			continue
		}
		d, err := in.readFile(path)
		if err != nil {
			if errors.Is(err, errOverLimit) {
				return err
			}
			in.skip(path, "unreadable: "+strings.TrimPrefix(err.Error(), path+": "))
			continue
		}
		in.add(d)
		n++
	}
	if n == 0 {
		fmt.Fprintf(in.stderr, "concord: %s: directory holds no files\n", name)
	}
	return nil
}

func pathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile reads one file within the input budget.
func (in *inputReader) readFile(path string) (summarize.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return summarize.Document{}, fmt.Errorf("%s: %v", path, pathError(err))
	}
	defer f.Close()
	data, err := in.budget.read(f, path)
	if err != nil {
		if errors.Is(err, errOverLimit) {
			return summarize.Document{}, err
		}
		return summarize.Document{}, fmt.Errorf("%s: %v", path, pathError(err))
	}
	data, form := decodeUTF16(data)
	if form != "" {
		fmt.Fprintf(in.stderr, "concord: %s: %s converted to UTF-8; spans refer to the converted text\n", path, form)
	}
	return summarize.Document{ID: path, Text: string(data)}, nil
}

// skip records an input left out and says so on stderr.
func (in *inputReader) skip(id, reason string) {
	fmt.Fprintf(in.stderr, "concord: %s: %s, skipped\n", id, reason)
	in.skipped = append(in.skipped, summarize.Skipped{ID: id, Reason: reason})
}

// add appends d, reduced to its article text if it is an HTML page,
// unless it is empty, binary or a page without article text (each
// reported on stderr and recorded as skipped), repairing invalid UTF-8
// with a note.
func (in *inputReader) add(d summarize.Document) {
	switch {
	case strings.TrimSpace(strings.TrimPrefix(d.Text, "\uFEFF")) == "":
		in.skip(d.ID, "empty")
		return
	case notText(d.Text) != "":
		in.skip(d.ID, notText(d.Text))
		return
	}
	d, reason := fromHTML(d)
	if reason != "" {
		in.skip(d.ID, reason)
		return
	}
	if !utf8.ValidString(d.Text) {
		fmt.Fprintf(in.stderr, "concord: %s: invalid UTF-8 (%d bad bytes) replaced by U+FFFD\n", d.ID, badBytes(d.Text))
		d.Text = strings.ToValidUTF8(d.Text, "\uFFFD")
	}
	in.docs = append(in.docs, d)
}

// badBytes counts the bytes of s that are not part of valid UTF-8.
func badBytes(s string) int {
	bad := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	return bad
}

// isJSONL reports whether standard input holds JSON Lines: its first
// non-blank byte is '{'.
func isJSONL(data []byte) bool {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	return len(trimmed) > 0 && trimmed[0] == '{'
}

// parseStdin splits standard input into documents: JSON Lines when the
// first non-blank byte is '{', otherwise text split at form feeds and at
// lines that read "---" (a line starts after a line end or a form feed).
func parseStdin(data []byte) ([]summarize.Document, error) {
	if isJSONL(data) {
		return parseJSONL(data)
	}
	var docs []summarize.Document
	var cur strings.Builder
	flush := func() {
		docs = append(docs, summarize.Document{ID: "stdin#" + strconv.Itoa(len(docs)+1), Text: cur.String()})
		cur.Reset()
	}
	// Form feeds end documents; within the text between them, so do
	// lines that read "---".
	for _, piece := range strings.Split(string(data), "\f") {
		for len(piece) > 0 {
			line, rest := piece, ""
			if i := strings.IndexByte(piece, '\n'); i >= 0 {
				line, rest = piece[:i+1], piece[i+1:]
			}
			piece = rest
			if strings.TrimRight(line, " \t\r\n") == "---" {
				flush()
				continue
			}
			cur.WriteString(line)
		}
		flush()
	}
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
