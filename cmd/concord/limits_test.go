package main

import (
	"io"
	"testing"

	"github.com/concordsum/concord/summarize"
)

// TestLimitFlags pins what -max-input and -max-sentence set in Options:
// a size, the library's default for 0 (as a zero Options field means),
// and no limit (-1) for "none"; a negative size is a usage error.
func TestLimitFlags(t *testing.T) {
	const in, sent = summarize.DefaultMaxInputBytes, summarize.DefaultMaxSentenceBytes
	for _, tc := range []struct {
		args              []string
		maxInput, maxSent int
	}{
		{nil, in, sent},
		{[]string{"-max-input", "0", "-max-sentence", "0"}, in, sent},
		{[]string{"-max-input", "none", "-max-sentence", "NONE"}, -1, -1},
		{[]string{"-max-input", "4k", "-max-sentence", "300"}, 4096, 300},
		{[]string{"-max-input", "1G", "-max-sentence", "2kB"}, 1 << 30, 2048},
	} {
		c, code := parseFlags(tc.args, io.Discard, io.Discard)
		if c == nil {
			t.Errorf("%q: exit %d", tc.args, code)
			continue
		}
		if c.opt.MaxInputBytes != tc.maxInput || c.opt.MaxSentenceBytes != tc.maxSent {
			t.Errorf("%q: MaxInputBytes %d, MaxSentenceBytes %d; want %d and %d", tc.args, c.opt.MaxInputBytes, c.opt.MaxSentenceBytes, tc.maxInput, tc.maxSent)
		}
	}
	for _, args := range [][]string{{"-max-input", "-1"}, {"-max-sentence", "-5"}, {"-max-input", "lots"}, {"-max-sentence", "nonee"}} {
		if c, code := parseFlags(args, io.Discard, io.Discard); c != nil || code != exitUsage {
			t.Errorf("%q: exit %d, want a usage error", args, code)
		}
	}
	for n, want := range map[int]string{-1: "none", 0: "0", 2000: "2000", 32 << 20: "32M", 4096: "4k"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
		if back, err := parseSize(want); err != nil || (back != n && n >= 0) || (n < 0 && back != -1) {
			t.Errorf("parseSize(%q) = %d, %v; want %d", want, back, err, n)
		}
	}
}
