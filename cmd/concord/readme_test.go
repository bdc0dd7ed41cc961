package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// The README's examples show what concord prints; they must stay what it
// prints. Each case names the command line as the README writes it, the
// directory it runs in, and where its input files come from; the test
// finds the command in README.md, takes the output block that follows it,
// runs the command and compares (an output block ending in "..." is a
// prefix of the output).
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	// The German story's files live in its golden case.
	german := t.TempDir()
	ar, err := txtar.ParseFile("../../testdata/lang-german.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		if strings.HasSuffix(f.Name, ".txt") {
			if err := os.WriteFile(filepath.Join(german, f.Name), f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, c := range []struct {
		command string // as the README writes it, up to any comment
		dir     string // where it runs, from the repository root
	}{
		{"go run ./cmd/concord testdata/seeds", "."},
		{"cd summarize/htmldoc/testdata && concord -n 4 courier.html tribune.html herald.htm", "summarize/htmldoc/testdata"},
		{"concord -lang auto -n 3 spiegel.txt zeit.txt faz.txt", german},
		{"concord -explain -n 2 -lang de spiegel.txt zeit.txt faz.txt", german},
	} {
		want, ok := readmeOutput(string(readme), c.command)
		if !ok {
			t.Errorf("README.md: no example %q followed by an output block", c.command)
			continue
		}
		fields := strings.Fields(c.command[strings.LastIndex(c.command, "concord")+len("concord"):])
		dir := c.dir
		if !filepath.IsAbs(dir) {
			dir = filepath.Join("../..", dir)
		}
		prefix := dir + string(filepath.Separator)
		var args []string
		for _, f := range fields {
			if strings.HasPrefix(f, "-") || strings.HasPrefix(f, "--") {
				args = append(args, f)
				continue
			}
			if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
				f = prefix + f
			}
			args = append(args, f)
		}
		var stdout, stderr bytes.Buffer
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Errorf("%s: exit %d: %s", c.command, code, stderr.String())
			continue
		}
		got := strings.ReplaceAll(stdout.String(), prefix, "")
		if strings.HasSuffix(want, "...\n") {
			if want = strings.TrimSuffix(want, "...\n"); !strings.HasPrefix(got, want) {
				t.Errorf("%s: the README shows\n%s...\nbut concord prints\n%s", c.command, want, got)
			}
			continue
		}
		if got != want {
			t.Errorf("%s: the README shows\n%s\nbut concord prints\n%s", c.command, want, got)
		}
	}
}

// readmeOutput returns the contents of the fenced block that follows the
// fenced block holding command, with at most a line of prose between
// them.
func readmeOutput(readme, command string) (string, bool) {
	i := strings.Index(readme, "\n"+command)
	if i < 0 {
		return "", false
	}
	rest := readme[i+1:]
	end := strings.Index(rest, "\n```\n") // the command's block ends
	if end < 0 {
		return "", false
	}
	rest = rest[end+len("\n```\n"):]
	open := strings.Index(rest, "```\n")
	if open < 0 || open > 200 { // at most a line of prose between them
		return "", false
	}
	rest = rest[open+len("```\n"):]
	close := strings.Index(rest, "```\n")
	if close < 0 {
		return "", false
	}
	return rest[:close], true
}
