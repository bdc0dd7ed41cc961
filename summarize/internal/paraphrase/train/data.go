package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A pair is one labelled sentence pair of the training data.
type pair struct {
	set    string  // "msrp", "sts2013", ...
	a, b   string  // the two sentences
	label  bool    // MSRP: the two say the same thing
	score  float64 // STS: gold similarity 0–5
	graded bool    // whether score is set (STS) or label (MSRP)
}

// readMSRP reads an MSRP file: a header, then Quality, #1 ID, #2 ID,
// #1 String, #2 String separated by tabs.
func readMSRP(path string) ([]pair, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var out []pair
	for n, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		if line == "" || n == 0 && !strings.HasPrefix(line, "0\t") && !strings.HasPrefix(line, "1\t") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 || (cols[0] != "0" && cols[0] != "1") {
			return nil, fmt.Errorf("%s, line %d: want 5 tab-separated columns with Quality 0 or 1", path, n+1)
		}
		out = append(out, pair{set: "msrp", a: cols[3], b: cols[4], label: cols[0] == "1"})
	}
	return out, nil
}

// readSTS reads an STS file: score, headline 1, headline 2 separated by
// tabs; lines without a score are skipped.
func readSTS(path string) ([]pair, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	set := "sts" + strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var out []pair
	for n, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s, line %d: %d tab-separated columns, want 3", path, n+1, len(cols))
		}
		if strings.TrimSpace(cols[0]) == "" {
			continue
		}
		s, err := strconv.ParseFloat(strings.TrimSpace(cols[0]), 64)
		if err != nil || s < 0 || s > 5 {
			return nil, fmt.Errorf("%s, line %d: score %q is not a number from 0 to 5", path, n+1, cols[0])
		}
		out = append(out, pair{set: set, a: cols[1], b: cols[2], score: s, graded: true})
	}
	return out, nil
}
