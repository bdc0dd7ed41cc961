package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

const dict = "/usr/share/wordnet"

// TestDeterministic builds the table twice and compares it with the
// committed wordnet.bin. It needs Debian's wordnet-base package, which CI
// does not have.
func TestDeterministic(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dict, "data.noun")); err != nil {
		t.Skipf("WordNet database not installed: %v", err)
	}
	if testing.Short() {
		t.Skip("slow: builds the table twice")
	}
	a, stats, err := build(dict, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(stats)
	b, _, err := build(dict, false)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two builds differ")
	}
	committed, err := os.ReadFile("../wordnet.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, committed) {
		t.Error("summarize/internal/wordnet/wordnet.bin is stale: run go run ./summarize/internal/wordnet/gen")
	}
}

func TestNormalise(t *testing.T) {
	for in, want := range map[string]string{
		"Entity": "entity", "galore(ip)": "galore", "aforesaid(a)": "aforesaid",
		"afloat(p)": "afloat", "ice_cream": "", "X-ray": "", "I.Q.": "", "o'clock": "",
		"add-on": "", "3-D": "", "naive(p)x": "",
	} {
		if got := normalise(in); got != want {
			t.Errorf("normalise(%q) = %q, want %q", in, got, want)
		}
	}
}
