package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// The command must not link go-dateparser: its package initialisation
// compiles about 4,000 regular expressions (0.25 s and 78 MB at every
// start), and concord never parses dates. go.mod replaces go-htmldate, its
// only importer, with the stand-in in summarize/htmldoc/nodate.
func TestNoDateParser(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information in this test binary")
	}
	replaced := false
	for _, dep := range info.Deps {
		if strings.Contains(dep.Path, "go-dateparser") {
			t.Errorf("%s %s is linked", dep.Path, dep.Version)
		}
		if dep.Path == "github.com/markusmobius/go-htmldate" {
			if dep.Replace == nil {
				t.Errorf("go-htmldate %s is linked without its replacement", dep.Version)
			}
			replaced = true
		}
	}
	if !replaced {
		t.Error("go-htmldate is not among the dependencies: has go-trafilatura changed?")
	}
}
