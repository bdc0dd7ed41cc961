package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected outputs of the golden cases in testdata/")

// The golden cases live in ../../testdata/*.txtar, one case a file. The
// archive comment holds a line "args: ..." with the command-line flags and
// free text saying what the case shows. Every section whose name does not
// start with "out/" is an input file, written under its name into a
// temporary directory and named on the command line in archive order; a
// section named "stdin" is fed to standard input instead. The outputs are
// "out/text", "out/markdown" and "out/json" (the command run with -format
// text, markdown and json), and "out/stderr" when the command wrote to
// standard error or failed (then it ends with "exit status N").
//
// go test ./cmd/concord -run Golden -update rewrites the outputs and
// leaves the comment and inputs byte for byte as they were.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden cases in ../../testdata")
	}
	for _, file := range files {
		file, err := filepath.Abs(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runGolden(t, file)
		})
	}
}

func runGolden(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ar := txtar.Parse(data)
	var args []string
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		if rest, ok := strings.CutPrefix(line, "args:"); ok {
			args = strings.Fields(rest)
		}
	}
	dir := t.TempDir()
	var inputs []string
	var stdin []byte
	var kept []txtar.File
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "out/") {
			continue
		}
		kept = append(kept, f)
		if f.Name == "stdin" {
			stdin = f.Data
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, f.Name)
	}
	t.Chdir(dir)

	var got []txtar.File
	for _, format := range []string{"text", "markdown", "json"} {
		var stdout, stderr bytes.Buffer
		cmdArgs := append(append([]string{"-format", format}, args...), inputs...)
		code := run(cmdArgs, bytes.NewReader(stdin), &stdout, &stderr)
		if code != 0 {
			fmt.Fprintf(&stderr, "exit status %d\n", code)
		}
		got = append(got, txtar.File{Name: "out/" + format, Data: stdout.Bytes()})
		if format == "text" && stderr.Len() > 0 {
			got = append(got, txtar.File{Name: "out/stderr", Data: stderr.Bytes()})
		}
	}

	if *update {
		ar.Files = append(kept, got...)
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := map[string][]byte{}
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "out/") {
			want[f.Name] = f.Data
		}
	}
	for _, f := range got {
		w, ok := want[f.Name]
		if !ok {
			t.Errorf("%s: unexpected output (run with -update to record it):\n%s", f.Name, f.Data)
			continue
		}
		delete(want, f.Name)
		if !bytes.Equal(f.Data, w) {
			t.Errorf("%s differs (-want +got):\n%s", f.Name, lineDiff(string(w), string(f.Data)))
		}
	}
	for name := range want {
		t.Errorf("%s: expected but not produced", name)
	}
}

// lineDiff returns a minimal line diff of a and b, "-" for lines only in
// a and "+" for lines only in b, from a longest common subsequence.
func lineDiff(a, b string) string {
	x := strings.SplitAfter(a, "\n")
	y := strings.SplitAfter(b, "\n")
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			out.WriteString("  " + x[i])
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			out.WriteString("+ " + y[j])
			j++
		default:
			out.WriteString("- " + x[i])
			i++
		}
		if s := out.String(); !strings.HasSuffix(s, "\n") {
			out.WriteString("\n")
		}
	}
	return out.String()
}
