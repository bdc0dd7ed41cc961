package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// The hostile-input matrix: each row is an input a scraper might hand
// concord, with the behaviour README.md promises for it ("Hostile
// input"). Every run must end in a useful summary (exit 0, valid output
// whose citations point into the sources) or a clear error (exit 1, the
// file and the problem named on stderr).

// hostileStory is a three-version story the rows mix their hostile inputs
// with.
var hostileStory = []string{
	"Harbor Bridge Closed After Ship Strike\n\nThe city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers.\nNo one was injured in the collision, city officials said on Sunday.\nEngineers expect the bridge to stay closed for at least a week while they inspect the pier.\n",
	"A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge to traffic.\nNobody was injured in the collision, officials said.\nThe bridge will stay closed for at least a week while engineers inspect the damaged pier.\n",
	"The Harbor Bridge was shut on Sunday after a cargo ship hit one of its main piers, the city said.\nOfficials said no one was injured in the collision.\nCommuters were told to use the tunnel while the bridge is closed.\n",
}

// A hostileRow is one row of the matrix.
type hostileRow struct {
	name   string
	files  map[string][]byte // written into a temporary directory
	setup  func(t *testing.T, dir string)
	stdin  io.Reader
	args   []string // file names are relative to the temporary directory
	code   int
	stderr []string // substrings stderr must hold
	// read maps a source ID to its text as concord reads it, for the
	// citation check ("" for no check); sources not listed are read from
	// their file.
	read  map[string]string
	check func(t *testing.T, out *jsonOut) // more checks on a successful run
}

// jsonOut is the JSON output, decoded.
type jsonOut struct {
	Sources []struct {
		Number    int
		ID        string
		Sentences int
		Used      int
		TooLong   int `json:"too_long"`
	}
	Sentences []struct {
		Text      string
		Score     float64
		Support   int
		Sources   []int
		Citations []struct {
			Source, Sentence, Start, End int
			Text                         string
			Representative               bool
		}
	}
	Skipped []struct{ ID, Reason string }
}

func storyFiles(extra map[string][]byte) map[string][]byte {
	files := map[string][]byte{}
	for i, s := range hostileStory {
		files[fmt.Sprintf("story%d.txt", i+1)] = []byte(s)
	}
	for k, v := range extra {
		files[k] = v
	}
	return files
}

func storyArgs(extra ...string) []string {
	return append([]string{"story1.txt", "story2.txt", "story3.txt"}, extra...)
}

// bigLine is a line of n bytes of words without punctuation.
func bigLine(n int) []byte {
	words := strings.Fields("bridge harbor ship pier city engineers week traffic tunnel river council")
	r := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	b.Grow(n + 16)
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	b.Truncate(n)
	return b.Bytes()
}

func utf16Bytes(s string, order binary.ByteOrder) []byte {
	units := utf16.Encode([]rune("\uFEFF" + s))
	out := make([]byte, 2*len(units))
	for i, u := range units {
		order.PutUint16(out[2*i:], u)
	}
	return out
}

func pngImage(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 32, 32))
	r := rand.New(rand.NewPCG(3, 4))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.IntN(256))
	}
	img.Set(0, 0, color.White)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// oneLineDocs returns n one-line documents as JSON Lines: sentences about
// one event in varied words, each with a detail of its own.
func oneLineDocs(n int) string {
	r := rand.New(rand.NewPCG(5, 6))
	subjects := []string{"The city", "City officials", "The mayor", "The harbor authority", "Transport officials", "The council"}
	verbs := []string{"closed", "shut", "blocked", "sealed off"}
	objects := []string{"the Harbor Bridge", "the old harbor bridge", "the bridge over the harbor"}
	causes := []string{"after a cargo ship struck a pier", "after a freighter hit one of its piers", "when a container ship rammed a support", "after a ship collided with a pier"}
	days := []string{"on Sunday", "early on Sunday", "on Sunday morning", "late on Sunday"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("%s %s %s %s %s, according to report %d from district %d.",
			subjects[r.IntN(len(subjects))], verbs[r.IntN(len(verbs))], objects[r.IntN(len(objects))],
			causes[r.IntN(len(causes))], days[r.IntN(len(days))], i, r.IntN(500))
		fmt.Fprintf(&b, "{\"id\":\"post%d\",\"text\":%q}\n", i, text)
	}
	return b.String()
}

// noise returns n bytes without NUL that are mostly invalid UTF-8.
func noise(n int) []byte {
	b := make([]byte, n)
	r := rand.New(rand.NewPCG(7, 8))
	for i := range b {
		b[i] = byte(0x80 + r.IntN(0x80))
	}
	return b
}

// endless is standard input that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func hostileRows(t *testing.T) []hostileRow {
	big := bigLine(20 << 20)
	longSentence := append(bigLine(100000*7), '.') // over 100 000 words
	if n := len(strings.Fields(string(longSentence))); n < 100000 {
		t.Fatalf("long sentence has %d words", n)
	}
	identical := map[string][]byte{}
	var identicalArgs []string
	for i := 0; i < 50; i++ {
		name := fmt.Sprintf("copy%02d.txt", i)
		identical[name] = []byte(hostileStory[0])
		identicalArgs = append(identicalArgs, name)
	}
	arabic := "أغلقت المدينة جسر الميناء يوم الأحد بعد أن اصطدمت سفينة شحن بأحد أعمدته الرئيسية. لم يصب أحد بأذى في الحادث حسب المسؤولين.\n"
	arabic2 := "اصطدمت سفينة شحن بأحد أعمدة جسر الميناء يوم الأحد فأغلقت المدينة الجسر أمام حركة المرور. لم يصب أحد بأذى في الحادث حسب المسؤولين.\n"
	hebrew := "העירייה סגרה את גשר הנמל ביום ראשון לאחר שספינת משא פגעה באחד מעמודיו הראשיים של הגשר. איש לא נפגע בתאונה, כך אמרו הפקידים בעירייה.\n"
	chinese := "市政府周日关闭了港口大桥，因为一艘货船撞上了大桥的主桥墩。官员说，没有人在事故中受伤。\n"
	chinese2 := "一艘货船周日撞上港口大桥的主桥墩，市政府随即关闭了大桥。官员说，没有人在事故中受伤。\n"
	menuPage := []byte("<!DOCTYPE html>\n<html><head><title>Menu</title></head><body><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav></body></html>\n")
	html := []byte("<!DOCTYPE html>\n<html><head><title>Bridge closed</title></head>\n<body><p>The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its piers.</p></body></html>\n")

	return []hostileRow{
		{name: "empty input", stdin: strings.NewReader(""), args: []string{"-"}, code: 1,
			stderr: []string{"concord: empty input: no document with any text"}},
		{name: "whitespace only", files: map[string][]byte{"ws.txt": []byte(" \t\r\n\n  \n")}, args: []string{"ws.txt"}, code: 1,
			stderr: []string{"concord: ws.txt: empty, skipped", "concord: empty input"}},
		{name: "only junk lines", files: map[string][]byte{"junk.txt": []byte("Home | News | Sport\nShare this\n- Category\nIMG_2041.jpg\n-----\nhttps://example.com/x\n")},
			args: []string{"junk.txt"}, code: 1, stderr: []string{"concord: no sentences found"}},
		{name: "one document", files: storyFiles(nil), args: []string{"story1.txt"}, code: 0,
			check: func(t *testing.T, out *jsonOut) {
				for _, s := range out.Sentences {
					if s.Support != 1 {
						t.Errorf("%q: support %d, want 1", s.Text, s.Support)
					}
				}
			}},
		{name: "two identical documents", files: map[string][]byte{"a.txt": []byte(hostileStory[0]), "b.txt": []byte(hostileStory[0])},
			args: []string{"a.txt", "b.txt"}, code: 0, check: supportAll(2)},
		{name: "50 identical documents", files: identical, args: identicalArgs, code: 0, check: supportAll(50)},
		{name: "20 MB line without punctuation", files: map[string][]byte{"big.txt": big}, args: []string{"big.txt"}, code: 1,
			stderr: []string{"concord: no sentences found: big.txt: a sentence of 20971520 bytes passes the limit of 2000 bytes", "-max-sentence"}},
		{name: "20 MB line among stories", files: storyFiles(map[string][]byte{"big.txt": big}), args: storyArgs("big.txt"), code: 0,
			stderr: []string{"concord: big.txt: 1 sentence longer than 2000 bytes left out (-max-sentence)"},
			check: func(t *testing.T, out *jsonOut) {
				if src := out.Sources[3]; src.ID != "big.txt" || src.TooLong != 1 || src.Used != 0 {
					t.Errorf("source 4: %+v, want big.txt with too_long 1 and used 0", src)
				}
			}},
		{name: "20 MB line past -max-input", files: map[string][]byte{"big.txt": big}, args: []string{"-max-input", "16M", "big.txt"}, code: 1,
			stderr: []string{"concord: big.txt: the input passes the limit of 16 MiB in total; raise it with -max-input"}},
		{name: "endless standard input", stdin: endless{}, args: []string{"-max-input", "1M"}, code: 1,
			stderr: []string{"concord: standard input: the input passes the limit of 1 MiB in total"}},
		{name: "endless standard input, -max-input 0 (the default)", stdin: endless{}, args: []string{"-max-input", "0"}, code: 1,
			stderr: []string{"concord: standard input: the input passes the limit of 32 MiB in total"}},
		{name: "binary files", files: storyFiles(map[string][]byte{"nul.bin": []byte("ELF\x00\x01\x02 some text\x00"), "photo.png": pngImage(t), "noise.dat": noise(4096)}),
			args: storyArgs("nul.bin", "photo.png", "noise.dat"), code: 0,
			stderr: []string{"concord: nul.bin: binary (NUL bytes), skipped", "concord: photo.png: binary (NUL bytes), skipped", "concord: noise.dat: binary or not UTF-8"},
			check:  skippedIDs("nul.bin", "photo.png", "noise.dat")},
		{name: "binary file alone", files: map[string][]byte{"nul.bin": []byte("\x00\x01\x02")}, args: []string{"nul.bin"}, code: 1,
			stderr: []string{"concord: nul.bin: binary (NUL bytes), skipped", "concord: no usable input: every input was skipped"}},
		{name: "invalid UTF-8", files: storyFiles(map[string][]byte{"bad.txt": []byte("The city closed the Harbor Bridge on Sunday after a cargo \xff\xfe ship struck one of its main piers.\n")}),
			args: storyArgs("bad.txt"), code: 0, stderr: []string{"concord: bad.txt: invalid UTF-8 (2 bad bytes) replaced by U+FFFD"},
			read: map[string]string{"bad.txt": "The city closed the Harbor Bridge on Sunday after a cargo \uFFFD ship struck one of its main piers.\n"}},
		{name: "UTF-16 with a byte-order mark", files: map[string][]byte{"le.txt": utf16Bytes(hostileStory[0], binary.LittleEndian), "be.txt": utf16Bytes(hostileStory[1], binary.BigEndian)},
			args: []string{"le.txt", "be.txt"}, code: 0,
			stderr: []string{"concord: le.txt: UTF-16LE converted to UTF-8", "concord: be.txt: UTF-16BE converted to UTF-8"},
			read:   map[string]string{"le.txt": hostileStory[0], "be.txt": hostileStory[1]}, // the byte-order mark is dropped
			check:  func(t *testing.T, out *jsonOut) { mustCite(t, out, "closed", 2) }},
		{name: "CRLF and lone CR line ends", files: map[string][]byte{
			"crlf.txt": []byte(strings.ReplaceAll(hostileStory[0], "\n", "\r\n")),
			"cr.txt":   []byte(strings.ReplaceAll(hostileStory[1], "\n", "\r"))},
			args: []string{"crlf.txt", "cr.txt"}, code: 0,
			check: func(t *testing.T, out *jsonOut) {
				mustCite(t, out, "closed", 2)
				for _, s := range out.Sentences {
					if strings.ContainsRune(s.Text, '\r') {
						t.Errorf("carriage return in %q", s.Text)
					}
				}
			}},
		{name: "100 000-word sentence", files: storyFiles(map[string][]byte{"long.txt": longSentence}), args: storyArgs("long.txt"), code: 0,
			stderr: []string{"concord: long.txt: 1 sentence longer than 2000 bytes left out (-max-sentence)"}},
		{name: "100 000-word sentence alone", files: map[string][]byte{"long.txt": longSentence}, args: []string{"long.txt"}, code: 1,
			stderr: []string{"concord: no sentences found: long.txt: a sentence of", "passes the limit of 2000 bytes (MaxSentenceBytes)", "raise the limit with -max-sentence"}},
		{name: "100 000-word sentence with the limit off", files: map[string][]byte{"long.txt": longSentence}, args: []string{"-max-sentence", "none", "long.txt"}, code: 0},
		{name: "100 000-word sentence, -max-sentence 0 (the default)", files: map[string][]byte{"long.txt": longSentence}, args: []string{"-max-sentence", "0", "long.txt"}, code: 1,
			stderr: []string{"passes the limit of 2000 bytes (MaxSentenceBytes)"}},
		{name: "10 000 one-line documents", stdin: strings.NewReader(oneLineDocs(10000)), args: []string{"-"}, code: 0,
			check: func(t *testing.T, out *jsonOut) {
				// Past the exact graph's budget each sentence keeps its 32
				// nearest neighbours, so claims gather tens of sources, not
				// thousands (README, "Limits").
				if len(out.Sources) != 10000 || len(out.Sentences) != 5 {
					t.Fatalf("%d sources, %d sentences; want 10000 and 5", len(out.Sources), len(out.Sentences))
				}
				for _, s := range out.Sentences {
					if s.Support < 10 {
						t.Errorf("%q: support %d, want 10 or more", s.Text, s.Support)
					}
				}
			}},
		{name: "right-to-left and CJK text", files: map[string][]byte{"ar1.txt": []byte(arabic), "ar2.txt": []byte(arabic2), "he.txt": []byte(hebrew), "zh1.txt": []byte(chinese), "zh2.txt": []byte(chinese2)},
			args: []string{"ar1.txt", "ar2.txt", "he.txt", "zh1.txt", "zh2.txt"}, code: 0,
			check: func(t *testing.T, out *jsonOut) {
				mustCite(t, out, "سفينة", 2)
				mustCite(t, out, "货船", 2)
			}},
		{name: "only numbers", files: map[string][]byte{"n.txt": []byte("12 345 678.\n2024 2025 17.5%\n3.14159 2.71828 1.41421\n")}, args: []string{"n.txt"}, code: 1,
			stderr: []string{"concord: no sentences found"}},
		{name: "HTML where text was expected", files: storyFiles(map[string][]byte{"page.html": html, "menu.html": menuPage}), args: storyArgs("page.html", "menu.html"), code: 0,
			stderr: []string{"concord: menu.html: HTML page without article text, skipped"},
			read:   map[string]string{"page.html": ""}, // spans refer to the article text
			check: func(t *testing.T, out *jsonOut) {
				skippedIDs("menu.html")(t, out)
				mustCite(t, out, "closed", 4) // the three stories and the page
			}},
		{name: "HTML without article text alone", files: map[string][]byte{"menu.html": menuPage}, args: []string{"menu.html"}, code: 1,
			stderr: []string{"concord: menu.html: HTML page without article text, skipped", "concord: no usable input"}},
		{name: "directory with unreadable files and sub-directories",
			files: map[string][]byte{"dir/a.txt": []byte(hostileStory[0]), "dir/b.txt": []byte(hostileStory[1]), "dir/sub/c.txt": []byte(hostileStory[2]), "dir/locked.txt": []byte(hostileStory[2])},
			setup: func(t *testing.T, dir string) {
				if err := os.Symlink("gone.txt", filepath.Join(dir, "dir", "dangling.txt")); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(filepath.Join(dir, "dir", "locked.txt"), 0); err != nil {
					t.Fatal(err)
				}
			},
			args: []string{"dir"}, code: 0,
			stderr: []string{"concord: dir/dangling.txt: unreadable: no such file or directory, skipped", "concord: dir/sub: sub-directory, skipped"},
			check: func(t *testing.T, out *jsonOut) {
				skippedIDs("dir/dangling.txt", "dir/sub")(t, out)
				if os.Geteuid() != 0 { // root reads any file
					skippedIDs("dir/locked.txt")(t, out)
				}
				mustCite(t, out, "closed", 2)
			}},
		{name: "JSON Lines with a broken line", stdin: strings.NewReader("{\"id\":\"a\",\"text\":\"The city closed the bridge on Sunday after a ship hit it.\"}\n{\"id\":\"b\",\"text\":\"The city shut\n"),
			args: []string{"-"}, code: 1, stderr: []string{"concord: standard input, line 2: not a JSON object"}},
	}
}

func supportAll(n int) func(t *testing.T, out *jsonOut) {
	return func(t *testing.T, out *jsonOut) {
		if len(out.Sentences) == 0 {
			t.Fatal("empty summary")
		}
		for _, s := range out.Sentences {
			if s.Support != n || len(s.Sources) != n {
				t.Errorf("%q: support %d from %d sources, want %d", s.Text, s.Support, len(s.Sources), n)
			}
		}
	}
}

func skippedIDs(ids ...string) func(t *testing.T, out *jsonOut) {
	return func(t *testing.T, out *jsonOut) {
		for _, id := range ids {
			found := false
			for _, s := range out.Skipped {
				found = found || s.ID == id && s.Reason != ""
			}
			if !found {
				t.Errorf("JSON output does not list %s as skipped: %+v", id, out.Skipped)
			}
		}
	}
}

// mustCite wants a summary sentence holding word with support n or more.
func mustCite(t *testing.T, out *jsonOut, word string, n int) {
	t.Helper()
	for _, s := range out.Sentences {
		if strings.Contains(s.Text, word) && s.Support >= n {
			return
		}
	}
	t.Errorf("no summary sentence with %q and support %d or more", word, n)
}

func TestHostileInput(t *testing.T) {
	for _, row := range hostileRows(t) {
		t.Run(strings.ReplaceAll(row.name, " ", "_"), func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range row.files {
				path := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if row.setup != nil {
				row.setup(t, dir)
			}
			t.Chdir(dir)
			stdin := row.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"-format", "json"}, row.args...), stdin, &stdout, &stderr)
			if code != row.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, row.code, stderr.String())
			}
			for _, want := range row.stderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
				}
			}
			if code != 0 {
				if stdout.Len() != 0 {
					t.Errorf("output on failure: %.200s", stdout.String())
				}
				if !strings.HasPrefix(stderr.String(), "concord: ") {
					t.Errorf("stderr does not start with \"concord: \": %.200s", stderr.String())
				}
				return
			}
			if !utf8.Valid(stdout.Bytes()) || !json.Valid(stdout.Bytes()) {
				t.Fatalf("output is not valid UTF-8 JSON: %.300s", stdout.String())
			}
			var out jsonOut
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			checkCitations(t, &out, row.read)
			if row.check != nil {
				row.check(t, &out)
			}
		})
	}
}

// checkCitations wants every citation to hold the bytes of its source
// (as concord read it) between its offsets.
func checkCitations(t *testing.T, out *jsonOut, read map[string]string) {
	t.Helper()
	texts := map[int]string{}
	for _, src := range out.Sources {
		if text, ok := read[src.ID]; ok {
			if text != "" { // "" means the text as read is not known here
				texts[src.Number] = text
			}
			continue
		}
		if data, err := os.ReadFile(src.ID); err == nil {
			texts[src.Number] = string(data)
		}
	}
	for _, s := range out.Sentences {
		for _, c := range s.Citations {
			text, ok := texts[c.Source]
			if !ok {
				continue // standard input
			}
			if c.Start < 0 || c.Start > c.End || c.End > len(text) || text[c.Start:c.End] != c.Text {
				t.Errorf("citation of source %d [%d:%d] %q does not match its text", c.Source, c.Start, c.End, c.Text)
			}
		}
	}
}
