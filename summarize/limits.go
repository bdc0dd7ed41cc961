package summarize

import (
	"fmt"

	"github.com/concordsum/concord/vectorize"
)

// Default limits, used when the matching Options field is zero.
const (
	// DefaultMaxInputBytes is the default limit on the total size of the
	// documents' texts: 32 MiB, some thirty times the largest story
	// cluster of DUC 2004.
	DefaultMaxInputBytes = 32 << 20
	// DefaultMaxSentenceBytes is the default limit on the length of one
	// sentence. The longest sentence the splitter finds in DUC 2004 and
	// the NeuS validation set is 517 bytes.
	DefaultMaxSentenceBytes = 2000
)

// A LimitError reports input that passes one of the size limits of
// Options. Summarize returns it for input over Options.MaxInputBytes, and
// wraps it together with ErrNoSentences when every sentence left out for
// passing Options.MaxSentenceBytes was all there was.
type LimitError struct {
	// Limit names the Options field: "MaxInputBytes" or
	// "MaxSentenceBytes".
	Limit string
	// Max is the limit in bytes.
	Max int
	// Size is the size found, in bytes: the whole input's, or the longest
	// sentence's.
	Size int
	// ID names the document holding the sentence; empty for the input as
	// a whole.
	ID string
	// Count is the number of sentences left out for their length, over
	// all documents; zero for MaxInputBytes.
	Count int
}

func (e *LimitError) Error() string {
	if e.Limit == "MaxInputBytes" {
		return fmt.Sprintf("input of %d bytes passes the limit of %d bytes (%s)", e.Size, e.Max, e.Limit)
	}
	msg := fmt.Sprintf("%s: a sentence of %d bytes passes the limit of %d bytes (%s)", e.ID, e.Size, e.Max, e.Limit)
	if e.Count > 1 {
		msg += fmt.Sprintf("; %d sentences were left out for their length", e.Count)
	}
	return msg
}

func (o Options) maxInputBytes() int {
	if o.MaxInputBytes == 0 {
		return DefaultMaxInputBytes
	}
	return o.MaxInputBytes
}

func (o Options) maxSentenceBytes() int {
	if o.MaxSentenceBytes == 0 {
		return DefaultMaxSentenceBytes
	}
	return o.MaxSentenceBytes
}

// checkInputSize returns a *LimitError when the documents' texts together
// pass the input limit of opt.
func checkInputSize(docs []Document, opt Options) error {
	limit := opt.maxInputBytes()
	if limit < 0 {
		return nil
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	if size > limit {
		return &LimitError{Limit: "MaxInputBytes", Max: limit, Size: size}
	}
	return nil
}

// dropLong returns sents without the sentences longer than limit bytes (no
// limit when limit < 0), the number it left out and the length of the
// longest of those. It reuses sents.
func dropLong(sents []vectorize.Sentence, limit int) (kept []vectorize.Sentence, n, longest int) {
	if limit < 0 {
		return sents, 0, 0
	}
	kept = sents[:0]
	for _, s := range sents {
		if len(s.Text) <= limit {
			kept = append(kept, s)
			continue
		}
		n++
		longest = max(longest, len(s.Text))
	}
	return kept, n, longest
}

// tooLongError describes the sentences prepare left out for their length,
// for the error returned when nothing else was left; nil if none was.
func (p *prepared) tooLongError(limit int) error {
	var e *LimitError
	for d, src := range p.sources {
		if src.TooLong == 0 {
			continue
		}
		if e == nil {
			e = &LimitError{Limit: "MaxSentenceBytes", Max: limit, ID: src.ID, Size: p.longest[d]}
		}
		e.Count += src.TooLong
	}
	if e == nil {
		return nil
	}
	return e
}
