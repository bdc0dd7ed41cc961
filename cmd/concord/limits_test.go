package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

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

// notTextReference is notText decoding every rune, as it did before its
// ASCII fast path.
func notTextReference(data string) string {
	if strings.IndexByte(data, 0) >= 0 {
		return "binary (NUL bytes)"
	}
	sample := data
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	bad := 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRuneInString(sample[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if i+utf8.UTFMax > len(sample) && len(sample) < len(data) {
				i = len(sample)
				continue
			}
			bad++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v', r == 0x7F:
			bad++
		}
		i += size
	}
	if bad*10 > len(sample) {
		return fmt.Sprintf("binary or not UTF-8 (%d%% of its first bytes are control codes or invalid UTF-8)", bad*100/len(sample))
	}
	return ""
}

// TestNotTextFast holds notText to the rune-by-rune reference on random
// texts of printable ASCII, white space, control codes, DEL, runes of two
// to four bytes and stray bytes, short ones and ones past the sample's
// end (a rune cut there).
func TestNotTextFast(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "Z", " ", "\t", "\n", "\r", "\f", "\v", "\x01", "\x1b", "\x7f", "é", "€", "😀", "\xff", "\xc3", "\xe2\x82", "~", "0"}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		size := rng.IntN(200)
		if n%100 == 0 {
			size = binarySample + rng.IntN(8) - 4 // around the sample's end
		}
		mostlyText := rng.IntN(2) == 0
		for b.Len() < size {
			k := rng.IntN(len(pieces))
			if mostlyText && rng.IntN(10) > 0 {
				k = rng.IntN(2) // a letter
			}
			b.WriteString(pieces[k])
		}
		if n%100 == 0 {
			b.WriteString("€€") // a rune cut by the sample's end, maybe
		}
		s := b.String()
		if got, want := notText(s), notTextReference(s); got != want {
			t.Fatalf("notText(%q...) = %q, the reference says %q", s[:min(len(s), 40)], got, want)
		}
	}
}

// TestPrintable8 checks printable8 on every byte value at every place of
// eight, among printable characters of both ends (a space and a tilde).
func TestPrintable8(t *testing.T) {
	for _, fill := range []byte{' ', '~', 'a'} {
		for at := 0; at < 8; at++ {
			for c := 0; c < 256; c++ {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[at] = byte(c)
				want := c >= 0x20 && c < 0x7F
				if got := printable8(string(b)); got != want {
					t.Fatalf("printable8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
