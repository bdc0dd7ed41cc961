// Package jsonl is batch mode's story format: one story a JSON Lines input
// line in, one JSON line out. concord -batch and the Beam pipeline
// (cmd/concord-beam) both summarise with it, so that a story gives the
// same output line in both.
//
// An input line is
//
//	{"id": "story-17", "documents": [{"id": "ap", "text": "...", "title": "..."}, ...]}
//
// where id may be any JSON value (echoed back compacted), title is
// optional and other fields are ignored. The output line is the story's
// summary in the schema of Summary.WriteJSON (with explain, that of
// Summary.WriteExplainJSON), compact, with the story's "id" first:
//
//	{"id":"story-17","sources":[...],"sentences":[...]}
//
// A story that cannot be summarised gives {"id":ID,"error":"..."}
// instead (ErrorLine), ID null when the line could not be read.
package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/concordsum/concord/summarize"
)

// story is one input line.
type story struct {
	ID        json.RawMessage `json:"id"`
	Documents *[]struct {
		ID    string  `json:"id"`
		Text  *string `json:"text"`
		Title string  `json:"title"`
	} `json:"documents"`
}

// Summarize summarises the story of one input line (without its line
// end; a leading byte-order mark is ignored) and returns its output line
// (without a line end). When the story cannot be summarised, it returns
// a nil line, the story's id (compacted, or "null" when the line is not a
// JSON object) and the reason, for ErrorLine. It sets opt.Lean to !explain.
func Summarize(data []byte, opt summarize.Options, explain bool) (line []byte, id json.RawMessage, err error) {
	line, id, _, err = summarizeStory(data, opt, explain)
	return line, id, err
}

// SummarizeCount is Summarize that also returns the number of summary
// sentences (0 on error), for callers that count them.
func SummarizeCount(data []byte, opt summarize.Options, explain bool) (line []byte, id json.RawMessage, sentences int, err error) {
	return summarizeStory(data, opt, explain)
}

func summarizeStory(data []byte, opt summarize.Options, explain bool) (line []byte, id json.RawMessage, sentences int, err error) {
	var st story
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\uFEFF")), &st); err != nil {
		return nil, json.RawMessage("null"), 0, fmt.Errorf(`not a JSON object {"id": ..., "documents": [{"id": ..., "text": ...}, ...]}: %v`, err)
	}
	var compact bytes.Buffer
	if len(st.ID) > 0 && json.Compact(&compact, st.ID) == nil {
		st.ID = append(json.RawMessage(nil), compact.Bytes()...)
	}
	id = st.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	if st.Documents == nil {
		return nil, id, 0, errors.New(`no "documents" array`)
	}
	docs := make([]summarize.Document, 0, len(*st.Documents))
	for i, d := range *st.Documents {
		if d.Text == nil {
			return nil, id, 0, fmt.Errorf(`document %d: no "text" field`, i+1)
		}
		docs = append(docs, summarize.Document{ID: d.ID, Text: *d.Text, Title: d.Title})
	}
	opt.Lean = !explain // the explain schema alone writes what Lean leaves out
	sum, err := summarize.Summarize(docs, opt)
	if err != nil {
		return nil, id, 0, err
	}
	var buf bytes.Buffer
	if explain {
		err = sum.WriteExplainJSON(&buf)
	} else {
		err = sum.WriteJSON(&buf)
	}
	if err != nil {
		return nil, id, 0, err
	}
	compact.Reset()
	if err := json.Compact(&compact, buf.Bytes()); err != nil {
		return nil, id, 0, err
	}
	// {"id":ID, followed by the summary object's fields.
	out := make([]byte, 0, compact.Len()+len(id)+8)
	out = append(append(append(out, `{"id":`...), id...), ',')
	return append(out, compact.Bytes()[1:]...), id, len(sum.Sentences), nil
}

// ErrorLine returns the output line of a story that failed:
// {"id":ID,"error":MSG}, ID null when empty.
func ErrorLine(id json.RawMessage, msg string) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	m, _ := json.Marshal(msg)
	out := append([]byte(`{"id":`), id...)
	out = append(out, `,"error":`...)
	return append(append(out, m...), '}')
}
