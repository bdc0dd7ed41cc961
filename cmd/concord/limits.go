package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/concordsum/concord/summarize"
)

// A sizeFlag is a flag.Value holding a limit in bytes, written as a number
// with an optional suffix k, M or G (powers of 1024), or "none" (no limit,
// held as -1). Its values mean what the matching summarize.Options field's
// do: 0 is the default limit (see limitOf), a negative value no limit.
type sizeFlag struct{ n *int }

func (f sizeFlag) String() string {
	if f.n == nil {
		return ""
	}
	return formatSize(*f.n)
}

func (f sizeFlag) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*f.n = n
	return nil
}

// parseSize reads "2000", "64k", "32M" or "1G" (suffixes are powers of
// 1024, either case, an optional trailing "B" or "iB"), or "none" (any
// case), which gives -1: no limit.
func parseSize(s string) (int, error) {
	if strings.EqualFold(strings.TrimSpace(s), "none") {
		return -1, nil
	}
	t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "B"), "i")
	mult := 1
	if t != "" {
		switch t[len(t)-1] {
		case 'k', 'K':
			mult = 1 << 10
		case 'm', 'M':
			mult = 1 << 20
		case 'g', 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad size %q (want bytes, e.g. 2000, 64k or 32M, or none)", s)
	}
	if n > (1<<62)/mult {
		return 0, fmt.Errorf("size %q too large", s)
	}
	return n * mult, nil
}

// formatSize writes n in the largest unit that divides it; a negative n
// as "none".
func formatSize(n int) string {
	switch {
	case n < 0:
		return "none"
	case n > 0 && n%(1<<30) == 0:
		return strconv.Itoa(n>>30) + "G"
	case n > 0 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + "M"
	case n > 0 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + "k"
	}
	return strconv.Itoa(n)
}

// limitOf returns the limit in bytes that the value n of a size flag sets:
// n, or def (the summarize.Options default) for 0, as Summarize reads the
// Options field; negative means no limit.
func limitOf(n, def int) int {
	if n == 0 {
		return def
	}
	return n
}

// errOverLimit is wrapped by the error budget.read returns when the input
// passes the limit.
var errOverLimit = errors.New("the input passes the limit")

// humanSize writes n bytes for a message: "32 MiB", "64 KiB", "2000 bytes".
func humanSize(n int) string {
	switch {
	case n > 0 && n%(1<<30) == 0:
		return strconv.Itoa(n>>30) + " GiB"
	case n > 0 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n > 0 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}

// A budget counts the bytes read from all inputs against the -max-input
// limit, so that no input is ever read past it.
type budget struct {
	max  int // bytes; negative: no limit
	used int
}

// read reads r to its end, or fails with an error naming name and the
// limit as soon as the total read would pass it.
func (b *budget) read(r io.Reader, name string) ([]byte, error) {
	if b.max < 0 {
		data, err := io.ReadAll(r)
		b.used += len(data)
		return data, err
	}
	left := b.max - b.used
	data, err := io.ReadAll(io.LimitReader(r, int64(left)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > left {
		return nil, fmt.Errorf("%s: %w of %s in total; raise it with -max-input", name, errOverLimit, humanSize(b.max))
	}
	b.used += len(data)
	return data, nil
}

// decodeUTF16 converts text that starts with a UTF-16 byte-order mark to
// UTF-8 and says which form it was; other text is returned as it is, with
// an empty form. An odd last byte becomes U+FFFD.
func decodeUTF16(data []byte) ([]byte, string) {
	var order binary.ByteOrder
	var form string
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		order, form = binary.LittleEndian, "UTF-16LE"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		order, form = binary.BigEndian, "UTF-16BE"
	default:
		return data, ""
	}
	body := data[2:]
	units := make([]uint16, len(body)/2)
	for i := range units {
		units[i] = order.Uint16(body[2*i:])
	}
	out := make([]byte, 0, len(body)*3/2+3)
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	if len(body)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out, form
}

// binarySample is how much of a document isBinary looks at for control
// codes and invalid UTF-8.
const binarySample = 64 << 10

// notText returns why data is not text, or "" if it is: it holds a NUL
// byte, or more than a tenth of its first 64 KiB are control codes (other
// than white space) or bytes of invalid UTF-8 (images, archives, text in
// a legacy 8-bit encoding).
func notText(data string) string {
	if strings.IndexByte(data, 0) >= 0 {
		return "binary (NUL bytes)"
	}
	sample := data
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	bad := 0
	for i := 0; i < len(sample); {
		if i+8 <= len(sample) && printable8(sample[i:i+8]) {
			i += 8 // eight printable ASCII characters
			continue
		}
		if plainASCII[sample[i]] {
			i++ // printable ASCII or white space: the common case
			continue
		}
		r, size := utf8.DecodeRuneInString(sample[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if i+utf8.UTFMax > len(sample) && len(sample) < len(data) {
				i = len(sample) // a rune cut by the sample's end
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

// plainASCII marks the bytes notText passes over without decoding: the
// printable ASCII characters and the white space it allows.
var plainASCII = func() (t [256]bool) {
	for c := 0x20; c < 0x7F; c++ {
		t[c] = true
	}
	for _, c := range "\t\n\r\f\v" {
		t[c] = true
	}
	return t
}()

// printable8 reports whether the eight bytes of s are all printable
// ASCII (0x20 to 0x7E), testing them at once: a byte below 0x20 borrows
// into its top bit when 0x20 is taken from it, and one from 0x7F on has
// its top bit set once 1 is added (or before).
func printable8(s string) bool {
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := (w - 0x20*ones) &^ w & highs     // some byte below 0x20
	high := (w | (w&^highs + ones)) & highs // some byte 0x7F or above
	return low|high == 0
}

// limitHint returns a hint naming the flag that raises the limit err
// reports, or "" when err is not about a limit.
func limitHint(err error) string {
	var le *summarize.LimitError
	if !errors.As(err, &le) {
		return ""
	}
	switch le.Limit {
	case "MaxInputBytes":
		return "raise the limit with -max-input"
	case "MaxSentenceBytes":
		return "raise the limit with -max-sentence"
	}
	return ""
}
