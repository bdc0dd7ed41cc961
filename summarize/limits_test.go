package summarize

import (
	"errors"
	"strings"
	"testing"
)

// TestLimitZero pins the one meaning of zero for both limits of Options:
// zero is the default limit (DefaultMaxInputBytes, DefaultMaxSentenceBytes),
// a negative value no limit, as the command's -max-input and -max-sentence
// with 0 and none.
func TestLimitZero(t *testing.T) {
	story := "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its piers.\n"
	long := strings.Repeat("word ", DefaultMaxSentenceBytes/5) + "end." // DefaultMaxSentenceBytes+4 bytes, one sentence
	docs := []Document{{ID: "a", Text: story}, {ID: "b", Text: story + long + "\n"}}
	for _, tc := range []struct {
		max     int
		tooLong int
	}{
		{0, 1}, {-1, 0}, {len(long), 0}, {len(long) - 1, 1},
	} {
		s, err := Summarize(docs, Options{MaxSentenceBytes: tc.max})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Sources[1].TooLong; got != tc.tooLong {
			t.Errorf("MaxSentenceBytes %d: %d sentences of %d bytes left out, want %d", tc.max, got, len(long), tc.tooLong)
		}
	}

	over := []Document{{Text: strings.Repeat("a", DefaultMaxInputBytes+1)}}
	_, err := Summarize(over, Options{})
	var le *LimitError
	if !errors.As(err, &le) || le.Limit != "MaxInputBytes" || le.Max != DefaultMaxInputBytes || le.Size != DefaultMaxInputBytes+1 {
		t.Errorf("MaxInputBytes 0, input of %d bytes: error %v, want the default limit of %d", DefaultMaxInputBytes+1, err, DefaultMaxInputBytes)
	}
	for _, max := range []int{-1, DefaultMaxInputBytes + 1} {
		if err := checkInputSize(over, Options{MaxInputBytes: max}); err != nil {
			t.Errorf("MaxInputBytes %d, input of %d bytes: %v", max, DefaultMaxInputBytes+1, err)
		}
	}
	if err := checkInputSize(over, Options{MaxInputBytes: DefaultMaxInputBytes}); err == nil {
		t.Errorf("MaxInputBytes %d, input of %d bytes: no error", DefaultMaxInputBytes, DefaultMaxInputBytes+1)
	}
}
