package summarize

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// The HTML report in a real browser: headless Chromium loads the seeds'
// report, takes a screenshot, and runs a script that clicks every
// citation and records what the page shows. The test skips with a message
// when no Chromium is installed (.ci/run installs Debian's chromium).

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	if p := os.Getenv("CONCORD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// runChromium runs headless Chromium with args and a fresh profile, and
// returns its standard output.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + t.TempDir(),
		"--window-size=1280,900",
	}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// clickCheck is run in the page after load: for every citation link it
// checks that the target exists and is highlighted, clicks the link, and
// checks that the target is then the :target, marked in the active colour
// and scrolled into view. It writes its findings as JSON into
// <pre id="concord-test">.
const clickCheck = `<script>
(function () {
  var out = {links: 0, resolved: 0, highlighted: 0, marked: 0, inView: 0, errors: []};
  document.querySelectorAll('a.cite').forEach(function (a) {
    out.links++;
    var id = a.getAttribute('href').slice(1);
    var el = document.getElementById(id);
    if (!el) { out.errors.push('no element ' + id); return; }
    out.resolved++;
    var bg = getComputedStyle(el).backgroundColor;
    if (el.tagName === 'MARK' && bg !== 'rgba(0, 0, 0, 0)') out.highlighted++;
    else out.errors.push(id + ' not highlighted: ' + el.tagName + ' ' + bg);
    a.click();
    if (document.querySelector(':target') === el && getComputedStyle(el).backgroundColor === 'rgb(255, 179, 71)') out.marked++;
    else out.errors.push(id + ' not marked after click: ' + getComputedStyle(el).backgroundColor);
    var r = el.getBoundingClientRect();
    if (r.bottom > 0 && r.top < window.innerHeight) out.inView++;
    else out.errors.push(id + ' not scrolled into view: ' + r.top);
  });
  var pre = document.createElement('pre');
  pre.id = 'concord-test';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`

func TestReportInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := chromium()
	if bin == "" {
		t.Skip("Chromium not found (install Debian's chromium, or set CONCORD_CHROMIUM): the HTML report is not checked in a browser")
	}
	docs := seeds(t)
	sum, page, _ := reportOf(t, docs)
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	if err := os.WriteFile(report, page, 0o644); err != nil {
		t.Fatal(err)
	}

	// The screenshot: the page renders, with the summary and highlighted
	// sentences in view.
	shot := filepath.Join(dir, "report.png")
	runChromium(t, bin, "--screenshot="+shot, "file://"+report)
	if out := os.Getenv("CONCORD_SCREENSHOT"); out != "" { // to refresh docs/report.png
		data, _ := os.ReadFile(shot)
		os.WriteFile(out, data, 0o644)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 800 || b.Dy() < 600 {
		t.Errorf("screenshot is %dx%d", b.Dx(), b.Dy())
	}
	if n := countColour(img, color.RGBA{0xff, 0xf3, 0xb0, 0xff}); n < 2000 {
		t.Errorf("screenshot shows %d pixels of the highlight colour, want a highlighted sentence in view", n)
	}

	// The DOM after clicking every citation.
	test := filepath.Join(dir, "test.html")
	withCheck := bytes.Replace(page, []byte("</body>"), []byte(clickCheck+"\n</body>"), 1)
	if err := os.WriteFile(test, withCheck, 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runChromium(t, bin, "--dump-dom", "file://"+test)
	m := regexp.MustCompile(`(?s)<pre id="concord-test">(.*?)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the check script left no result; DOM:\n%.2000s", dom)
	}
	var res struct {
		Links, Resolved, Highlighted, Marked, InView int
		Errors                                       []string
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &res); err != nil {
		t.Fatalf("result %q: %v", m[1], err)
	}
	want := 0
	for _, s := range sum.Sentences {
		want += s.Support
	}
	t.Logf("in Chromium: %d citation links, %d resolve, %d highlighted, %d marked after a click, %d scrolled into view",
		res.Links, res.Resolved, res.Highlighted, res.Marked, res.InView)
	if res.Links != want || res.Resolved != want || res.Highlighted != want || res.Marked != want || res.InView != want {
		t.Errorf("want %d of each; errors: %q", want, res.Errors)
	}
}

// countColour counts the pixels of img within 6 of c in every channel.
func countColour(img image.Image, c color.RGBA) int {
	n := 0
	b := img.Bounds()
	near := func(a uint32, b uint8) bool { d := int(a>>8) - int(b); return d > -6 && d < 6 }
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if near(r, c.R) && near(g, c.G) && near(bl, c.B) {
				n++
			}
		}
	}
	return n
}
