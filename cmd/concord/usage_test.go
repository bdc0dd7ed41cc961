package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestHelp(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "-h")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// Flags grouped by purpose, every flag documented, an example per
	// input mode.
	for _, want := range []string{
		"Usage:", "INPUT", "LENGTH AND CONTENT", "OUTPUT", "EXAMPLES", "EXIT STATUS",
		"-lang L", "-n N", "-words N", "-bytes N", "-min-support N", "-format F", "-explain", "-sentences", "-version", "-batch", "-j N",
		"concord a.txt b.txt c.txt", "story/", ".html", `printf '\n---\n'`, `{"id":"ap"`, "-lang auto", "-explain -n 3",
		"(default 2000; 0: the default; none: no limit)", // one meaning of zero, as in summarize.Options
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	for _, line := range strings.Split(stdout, "\n") {
		if len([]rune(line)) > 80 {
			t.Errorf("help line longer than 80 columns: %q", line)
		}
	}
	// Every flag the command defines is in the help.
	for _, name := range []string{"n", "words", "bytes", "min-support", "format", "lang", "sentences", "explain", "version", "batch", "j", "max-input", "max-sentence"} {
		if !regexp.MustCompile(`(?m)^  -` + regexp.QuoteMeta(name) + `\b`).MatchString(stdout) {
			t.Errorf("flag -%s not documented at the start of a line", name)
		}
	}
}

func TestVersion(t *testing.T) {
	code, stdout, _ := runCmd(t, "", "-version")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	// In a test binary the main module's version is "(devel)" or empty;
	// the line names the program, a version and the Go version.
	if !regexp.MustCompile(`^concord \S+ .*go\d`).MatchString(stdout) {
		t.Errorf("-version printed %q", stdout)
	}
}
