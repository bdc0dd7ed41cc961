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
// checks that the target is then the :target, shown in the active colour
// and scrolled into view, and that the claim's sentences, and no others,
// carry the class "active" (the report's script); then it clicks each
// claim's text and checks the same marking, with the claim's first cited
// sentence in view. It writes its findings as JSON into
// <pre id="concord-test">.
const clickCheck = `<script>
(function () {
  var out = {links: 0, resolved: 0, highlighted: 0, marked: 0, inView: 0, claimMarked: 0, claims: 0, claimClicks: 0, errors: []};
  var active = 'rgb(255, 179, 71)';
  // onlyClaim reports whether the marks and list item of claim k, and
  // nothing else, have the class "active".
  function onlyClaim(k) {
    var want = document.querySelectorAll('mark[data-claim="' + k + '"], li[data-claim="' + k + '"]');
    var got = document.querySelectorAll('.active');
    if (want.length === 0 || got.length !== want.length) return false;
    for (var i = 0; i < want.length; i++) {
      if (!want[i].classList.contains('active') || getComputedStyle(want[i]).backgroundColor === 'rgba(0, 0, 0, 0)') return false;
    }
    return true;
  }
  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }
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
    if (document.querySelector(':target') === el && getComputedStyle(el).backgroundColor === active) out.marked++;
    else out.errors.push(id + ' not marked after click: ' + getComputedStyle(el).backgroundColor);
    if (inView(el)) out.inView++;
    else out.errors.push(id + ' not scrolled into view: ' + el.getBoundingClientRect().top);
    if (onlyClaim(a.dataset.claim)) out.claimMarked++;
    else out.errors.push(id + ': claim ' + a.dataset.claim + ' not marked after a click on its citation');
  });
  document.querySelectorAll('li.claim').forEach(function (li) {
    out.claims++;
    window.scrollTo(0, document.body.scrollHeight);
    li.querySelector('.claim-text').click();
    var first = document.querySelector('mark[data-claim="' + li.dataset.claim + '"]');
    if (onlyClaim(li.dataset.claim) && first && inView(first)) out.claimClicks++;
    else out.errors.push('claim ' + li.dataset.claim + ' not marked or not in view after a click on its text');
  });
  var pre = document.createElement('pre');
  pre.id = 'concord-test';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`

// clickResult is what clickCheck finds.
type clickResult struct {
	Links, Resolved, Highlighted, Marked, InView int
	ClaimMarked, Claims, ClaimClicks             int
	Errors                                       []string
}

// runClickCheck loads page with clickCheck in Chromium and returns its
// findings.
func runClickCheck(t *testing.T, bin string, page []byte) clickResult {
	t.Helper()
	test := filepath.Join(t.TempDir(), "test.html")
	withCheck := bytes.Replace(page, []byte("</body>"), []byte(clickCheck+"\n</body>"), 1)
	if err := os.WriteFile(test, withCheck, 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runChromium(t, bin, "--dump-dom", "file://"+test)
	m := regexp.MustCompile(`(?s)<pre id="concord-test">(.*?)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the check script left no result; DOM:\n%.2000s", dom)
	}
	var res clickResult
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &res); err != nil {
		t.Fatalf("result %q: %v", m[1], err)
	}
	return res
}

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

	// The DOM after clicking every citation and every claim.
	want := 0
	for _, s := range sum.Sentences {
		want += s.Support
	}
	res := runClickCheck(t, bin, page)
	t.Logf("in Chromium: %d citation links, %d resolve, %d highlighted, %d marked after a click, %d scrolled into view, %d mark their claim; %d of %d claims marked by a click on their text",
		res.Links, res.Resolved, res.Highlighted, res.Marked, res.InView, res.ClaimMarked, res.ClaimClicks, res.Claims)
	if res.Links != want || res.Resolved != want || res.Highlighted != want || res.Marked != want || res.InView != want || res.ClaimMarked != want {
		t.Errorf("want %d of each; errors: %q", want, res.Errors)
	}
	if res.Claims != len(sum.Sentences) || res.ClaimClicks != res.Claims {
		t.Errorf("%d of %d claims marked by a click on their text, want all %d; errors: %q", res.ClaimClicks, res.Claims, len(sum.Sentences), res.Errors)
	}

	// Without the report's script the page still works: the CSS :target
	// rule alone marks the cited sentence a click leads to (and nothing
	// has the class "active").
	script := []byte("<script>" + reportJS + "</script>")
	if !bytes.Contains(page, script) {
		t.Fatal("the report's script is not in the page as reportJS")
	}
	res = runClickCheck(t, bin, bytes.Replace(page, script, nil, 1))
	t.Logf("in Chromium without the report's script: %d of %d citations marked after a click, %d scrolled into view", res.Marked, res.Links, res.InView)
	if res.Links != want || res.Marked != want || res.InView != want {
		t.Errorf("without the script: %d links, %d marked, %d in view, want %d of each; errors: %q", res.Links, res.Marked, res.InView, want, res.Errors)
	}
	if res.ClaimMarked != 0 || res.ClaimClicks != 0 {
		t.Errorf("without the script, %d citations and %d claim texts marked their claim: is the script still there?", res.ClaimMarked, res.ClaimClicks)
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
