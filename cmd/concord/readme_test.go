package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/txtar"
)

// asConcord, set in the environment, makes the test binary run as the
// concord command: the README's examples call it by that name.
const asConcord = "CONCORD_README_EXAMPLE"

func TestMain(m *testing.M) {
	if os.Getenv(asConcord) == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// docFiles lists README.md and docs/*.md, from the repository root.
func docFiles(t *testing.T) []string {
	t.Helper()
	docs, err := filepath.Glob("../../docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{"../../README.md"}, docs...)
}

// fence is a fenced code block of a Markdown file.
type fence struct {
	info  string // what follows the opening ```: "sh", or "" for output
	text  string // its lines, without the fence's indentation
	line  int    // the opening fence's line, from 1
	prose int    // non-blank lines between the previous block and this one
	mark  string // the last non-blank line before it
}

// fences returns the fenced blocks of a Markdown text in order.
func fences(md string) []fence {
	var out []fence
	lines := strings.Split(md, "\n")
	prose, mark := 0, ""
	for i := 0; i < len(lines); i++ {
		trimmed := strings.TrimLeft(lines[i], " ")
		if !strings.HasPrefix(trimmed, "```") {
			if strings.TrimSpace(lines[i]) != "" {
				prose++
				mark = strings.TrimSpace(lines[i])
			}
			continue
		}
		indent := len(lines[i]) - len(trimmed)
		f := fence{info: strings.TrimSpace(trimmed[3:]), line: i + 1, prose: prose, mark: mark}
		var body []string
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
			l := lines[i]
			if len(l) >= indent && strings.TrimSpace(l[:indent]) == "" {
				l = l[indent:]
			}
			body = append(body, l)
		}
		if len(body) > 0 {
			f.text = strings.Join(body, "\n") + "\n"
		}
		out = append(out, f)
		prose, mark = 0, ""
	}
	return out
}

// callsConcord matches a command line that runs concord (the command, not
// concord-eval or concord-beam), as "go run ./cmd/concord" too.
var callsConcord = regexp.MustCompile(`(^|[|&;(]\s*)(concord|go run \./cmd/concord)(\s|$)`)

// notRun is the mark a documentation file puts on the line before an
// example that the test cannot run, with the reason.
var notRun = regexp.MustCompile(`^<!-- not run: .+ -->$`)

// The examples of the README and of docs/*.md show what concord prints;
// they must stay what it prints. An example is a ```sh block with a
// command line that calls concord; the ``` block after it, with at most a
// line of prose between them, is what it prints (a block ending in "..."
// is a prefix of the output). The test runs each example's block as it is
// written, as a shell script from the repository root with concord on the
// PATH ("go run ./cmd/concord" is concord too; a "go test" line, the tests
// themselves, is left out), and compares its standard output. An example
// in docs/ that cannot be run (it needs files of your own, or writes a
// file) says so on the line before it, <!-- not run: reason -->; the
// README has none.
func TestREADMEExamples(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Fatalf("the examples are shell commands: %v", err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := os.Symlink(exe, filepath.Join(bin, "concord")); err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), asConcord+"=1", "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	ran := 0
	for _, file := range docFiles(t) {
		md, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimPrefix(file, "../../")
		blocks := fences(string(md))
		for i, b := range blocks {
			if b.info != "sh" || !callsConcord.MatchString(script(b.text)) {
				continue
			}
			where := fmt.Sprintf("%s:%d", name, b.line)
			if notRun.MatchString(b.mark) && b.prose > 0 {
				if name == "README.md" {
					t.Errorf("%s: the README's examples are all run; this one is marked %s", where, b.mark)
				}
				continue
			}
			if i+1 == len(blocks) || blocks[i+1].info != "" || blocks[i+1].prose > 1 {
				t.Errorf("%s: an example without its output in a ``` block after it (mark it <!-- not run: reason --> in docs/ if it cannot be run)", where)
				continue
			}
			want := blocks[i+1].text
			cmd := exec.Command("sh", "-c", "set -e\n"+script(b.text))
			cmd.Dir = root
			cmd.Env = env
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			ran++
			if err := cmd.Run(); err != nil {
				t.Errorf("%s: %s: %v\n%s", where, strings.TrimSpace(b.text), err, stderr.String())
				continue
			}
			got := stdout.String()
			if strings.HasSuffix(want, "...\n") {
				if want = strings.TrimSuffix(want, "...\n"); !strings.HasPrefix(got, want) {
					t.Errorf("%s: %s\nthe file shows\n%s...\nbut concord prints\n%s", where, strings.TrimSpace(b.text), want, got)
				}
				continue
			}
			if got != want {
				t.Errorf("%s: %s\nthe file shows\n%s\nbut concord prints\n%s", where, strings.TrimSpace(b.text), want, got)
			}
		}
	}
	t.Logf("ran %d examples", ran)
	if ran < 6 { // the README's four and docs/'s German and explain examples at least
		t.Errorf("ran %d examples; README.md and docs/*.md hold more", ran)
	}
}

// script returns an example's block as the test runs it: "go run
// ./cmd/concord" becomes concord, and "go test" lines are left out.
func script(block string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(block, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "go test ") {
			continue
		}
		b.WriteString(strings.ReplaceAll(l, "go run ./cmd/concord ", "concord "))
	}
	return b.String()
}

// The German story the documentation's examples summarise lies in
// testdata/german as plain files, so that the examples run as written;
// they must stay the files of its golden case.
func TestREADMEGermanFiles(t *testing.T) {
	ar, err := txtar.ParseFile("../../testdata/lang-german.txtar")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range ar.Files {
		if !strings.HasSuffix(f.Name, ".txt") {
			continue
		}
		n++
		got, err := os.ReadFile(filepath.Join("../../testdata/german", f.Name))
		if err != nil {
			t.Error(err)
			continue
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("testdata/german/%s differs from its section in testdata/lang-german.txtar", f.Name)
		}
	}
	files, err := filepath.Glob("../../testdata/german/*")
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || len(files) != n {
		t.Errorf("testdata/german holds %d files, testdata/lang-german.txtar %d", len(files), n)
	}
}

// docs/report.md says how many citation links the browser test clicks
// (TestReportInBrowser in summarize clicks every a.cite of the seeds'
// report); that is the number of citation links in the report.
func TestREADMEReportLinks(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-format", "html", "../../testdata/seeds"}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("concord -format html testdata/seeds: exit %d: %s", code, stderr.String())
	}
	links := len(regexp.MustCompile(`<a\s[^>]*class="(?:[^"]*\s)?cite(?:\s[^"]*)?"`).FindAllIndex(stdout.Bytes(), -1))
	md, err := os.ReadFile("../../docs/report.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`clicks all (\d+) citation links`).FindStringSubmatch(strings.Join(strings.Fields(string(md)), " "))
	if m == nil {
		t.Fatal(`docs/report.md: no "clicks all N citation links"`)
	}
	if m[1] != fmt.Sprint(links) {
		t.Errorf("docs/report.md says the browser test clicks %s citation links; the seeds' report has %d", m[1], links)
	}
}

// The links between README.md and docs/*.md, and to files of the
// repository, must lead somewhere: to a file that exists and, with a
// #fragment, to a heading of that Markdown file.
func TestREADMELinks(t *testing.T) {
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	anchors := map[string]map[string]bool{}
	anchorsOf := func(file string) map[string]bool {
		if a, ok := anchors[file]; ok {
			return a
		}
		a := map[string]bool{}
		if md, err := os.ReadFile(file); err == nil {
			for _, b := range strings.Split(stripFences(string(md)), "\n") {
				if h := strings.TrimLeft(b, "#"); h != b && strings.HasPrefix(h, " ") {
					a[anchor(h)] = true
				}
			}
		}
		anchors[file] = a
		return a
	}
	for _, file := range docFiles(t) {
		md, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(stripFences(string(md)), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path, frag, _ := strings.Cut(target, "#")
			dest := file
			if path != "" {
				dest = filepath.Join(filepath.Dir(file), path)
				if _, err := os.Stat(dest); err != nil {
					t.Errorf("%s: link %s: %v", strings.TrimPrefix(file, "../../"), target, err)
					continue
				}
			}
			if frag != "" && !anchorsOf(dest)[frag] {
				t.Errorf("%s: link %s: no heading %q in %s", strings.TrimPrefix(file, "../../"), target, frag, strings.TrimPrefix(dest, "../../"))
			}
		}
	}
}

// stripFences returns a Markdown text without its fenced blocks.
func stripFences(md string) string {
	var b strings.Builder
	in := false
	for _, l := range strings.SplitAfter(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			in = !in
			continue
		}
		if !in {
			b.WriteString(l)
		}
	}
	return b.String()
}

// anchor returns the fragment GitHub gives a heading: lower case, spaces
// as hyphens, punctuation other than hyphens and underscores dropped.
func anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
