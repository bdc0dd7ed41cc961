package main

import (
	"strings"
	"testing"
)

// TestCitationLabels: the embedded verdicts parse, 300 of them, 140 on
// DUC 2004 and 160 on NeuS, and a malformed row is an error naming its
// line.
func TestCitationLabels(t *testing.T) {
	labels, err := parseCitationLabels(citationLabels)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, l := range labels {
		n[l.set]++
	}
	if len(labels) != 300 || n["duc2004"] != 140 || n["neus"] != 160 {
		t.Errorf("%d labels (%v), want 300: 140 duc2004, 160 neus", len(labels), n)
	}
	if _, err := parseCitationLabels([]byte("# header\nneus\t001\ta\tb\tfull\tmaybe\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad verdict: error %v, want one naming line 2", err)
	}
}

// TestCitationPrecision: the share of judged citations that carry the
// claim stays at the figures of docs/how-it-works.md (DUC 2004 67.5%,
// NeuS 87.5% of the citations other than the representative's; 95% of
// those without the partial mark), and the
// summaries still cite four in five of the judged citations, so that the
// figure is measured on most of the sample.
func TestCitationPrecision(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: summarises DUC 2004 and NeuS")
	}
	needData(t, "duc2004")
	needData(t, "neus-val")
	labels, err := parseCitationLabels(citationLabels)
	if err != nil {
		t.Fatal(err)
	}
	tallies, err := citationTallies(dataDir, labels, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	for set, floor := range map[string]float64{"duc2004": 0.675, "neus": 0.875} {
		c := tallies[set]
		t.Logf("%s: %+v", set, c)
		if c.cited < c.judged*8/10 {
			t.Errorf("%s: %d of %d judged citations still cited: judge a new sample", set, c.cited, c.judged)
		}
		if prec := float64(c.carrying) / float64(c.cited); prec < floor-1e-9 {
			t.Errorf("%s: %d of %d judged citations carry the claim (%.3f), floor %.3f", set, c.carrying, c.cited, prec, floor)
		}
		// a citation without the partial mark states the claim
		if full, ok := c.cited-c.partial, c.carrying-c.partialCarrying; float64(ok) < 0.95*float64(full) {
			t.Errorf("%s: %d of %d judged citations without the partial mark carry the claim, floor 95%%", set, ok, full)
		}
	}
}
