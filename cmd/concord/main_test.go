package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// story is a small three-version story used by the command tests.
var story = []string{
	"The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its piers.\nNo one was injured in the collision, officials said.\nEngineers expect the bridge to stay closed for at least a week.\n",
	"A cargo ship struck a pier of the Harbor Bridge on Sunday, and the city closed the bridge.\nNobody was injured in the collision.\nThe bridge will stay closed for at least a week, engineers said.\n",
}

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", story[0])
	b := write("b.txt", story[1])
	empty := write("empty.txt", "  \n\n")
	missing := filepath.Join(dir, "missing.txt")

	for _, tc := range []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string // substring expected on stderr
	}{
		{"ok", "", []string{a, b}, 0, ""},
		{"help", "", []string{"-h"}, 0, ""}, // on stdout: see TestHelp
		{"unknown flag", "", []string{"-frobnicate", a}, 2, "flag provided but not defined: -frobnicate"},
		{"bad format", "", []string{"-format", "xml", a}, 2, `unknown -format "xml"`},
		{"negative n", "", []string{"-n", "-1", a}, 2, "-n must be positive"},
		{"zero n", "", []string{"-n", "0", a}, 2, "-n must be positive, not 0"},
		{"zero words", "", []string{"-words", "0", a}, 2, "-words must be positive, not 0"},
		{"zero bytes", "", []string{"-bytes", "0", a}, 2, "-bytes must be positive, not 0"},
		{"two budgets", "", []string{"-n", "3", "-words", "50", a}, 2, "-n and -words are one length budget"},
		{"min-support above the sources", "", []string{"-min-support", "20", a, b}, 0, "no claim is carried by 20 or more of the 2 sources (-min-support 20): the summary is empty; the most is 2"},
		{"flags after files", "", []string{a, b, "-n", "2", "-explain"}, 0, ""},
		{"a file after --", "", []string{"-n", "2", "--", a}, 0, ""},
		{"a flag-like name after --", "", []string{"--", "-n"}, 1, "-n: no such file or directory"},
		{"bad language", "", []string{"-lang", "klingon", a}, 2, `unsupported language "klingon"`},
		{"german", "", []string{"-lang", "de", a}, 0, ""},
		{"auto", "", []string{"-lang", "auto", a, b}, 0, "-lang auto: english"},
		{"auto on junk", "", []string{"-lang", "auto", write("nums.txt", "1234 5678 9012.\n")}, 1, "cannot detect the language"},
		{"html format", "", []string{"-format", "html", a, b}, 0, ""},
		{"explain", "", []string{"-explain", a, b}, 0, ""},
		{"missing file", "", []string{a, missing}, 1, missing + ": no such file or directory"},
		{"empty file among others", "", []string{a, empty, b}, 0, empty + ": empty, skipped"},
		{"only empty input", "", []string{empty}, 1, "empty input"},
		{"empty stdin", "", []string{"-"}, 1, "empty input"},
		{"broken JSON line", "{\"id\":\"x\",\"text\":\"A sentence here.\"}\n{\"id\": oops}\n", []string{"-"}, 1, "standard input, line 2: not a JSON object"},
		{"JSON line without text", "{\"id\":\"x\"}\n", nil, 1, `standard input, line 1: no "text" field`},
		{"no sentences", "", []string{write("junk.txt", "Post a Comment\n- Category\n")}, 1, "no sentences found"},
		{"one document", "", []string{a}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if tc.stderr != "" && !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr, tc.stderr)
			}
			if tc.stderr == "" && stderr != "" {
				t.Errorf("unexpected stderr %q", stderr)
			}
			if code == 0 && tc.name != "help" && !strings.Contains(stdout, "[1]") {
				t.Errorf("no citations in output %q", stdout)
			}
		})
	}
}

func TestDirectoryInput(t *testing.T) {
	dir := t.TempDir()
	for i, text := range story {
		name := filepath.Join(dir, string(rune('b'-i))+".txt") // b.txt, a.txt
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("x"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	code, stdout, stderr := runCmd(t, "", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// Name order: a.txt is source 1.
	if !strings.Contains(stdout, "[1] "+filepath.Join(dir, "a.txt")+"\n[2] "+filepath.Join(dir, "b.txt")) {
		t.Errorf("sources not in name order:\n%s", stdout)
	}
	for _, want := range []string{".hidden: hidden file, skipped", "sub: sub-directory, skipped"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
}

func TestSentencesFlag(t *testing.T) {
	code, stdout, _ := runCmd(t, "Politics\nMr. Smith went to Washington, D.C. on Monday. He met Gen. Jones.\n", "-sentences")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	want := "Politics\nMr. Smith went to Washington, D.C. on Monday.\nHe met Gen. Jones.\n"
	if stdout != want {
		t.Errorf("-sentences printed\n%q\nwant\n%q", stdout, want)
	}
}

// TestDevNull: /dev/null on standard input is an empty input, as an empty
// pipe is (exit 1), not a terminal (exit 2, "no input").
func TestDevNull(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	if isTerminal(null) {
		t.Fatalf("%s taken for a terminal", os.DevNull)
	}
	var stdout, stderr bytes.Buffer
	if code := run(nil, null, &stdout, &stderr); code != exitFailure || !strings.Contains(stderr.String(), "empty input") {
		t.Errorf("concord < %s: exit %d, stderr %q; want exit 1 and the empty-input error", os.DevNull, code, stderr.String())
	}
}
