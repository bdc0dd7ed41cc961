package summarize

import (
	"bytes"
	"context"
	"encoding/json"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Checks of the HTML report's :target rule and script that need no
// browser: the rule is found in the style sheet, and the script runs in
// Node.js (skipped when node is not installed) against a small stand-in
// for the DOM built from the report's elements. TestReportInBrowser
// checks both in Chromium.

// TestReportCSSTarget checks that the style sheet marks the cited
// sentence a citation leads to (:target) in the active colour, apart from
// the script's class "active": the page must work without its script.
func TestReportCSSTarget(t *testing.T) {
	rules := map[string]string{} // selector → declarations
	for _, rule := range strings.Split(reportCSS, "}") {
		sel, decl, ok := strings.Cut(rule, "{")
		if !ok {
			continue
		}
		for _, s := range strings.Split(sel, ",") {
			rules[strings.TrimSpace(s)] += decl
		}
	}
	for _, sel := range []string{"mark.cited:target", "mark.cited.active"} {
		if decl := rules[sel]; !strings.Contains(decl, "background: var(--active)") {
			t.Errorf("no rule %s { background: var(--active) } in the report's style sheet (found %q)", sel, decl)
		}
	}
}

// domStub is a stand-in for the DOM, in JavaScript, for the selectors,
// properties and events the report's script uses: querySelector(All) of
// simple selectors (tag, classes, [data-claim="k"]) and lists of them,
// classList, dataset, addEventListener and click with bubbling, and
// scrollIntoView (recorded). ELEMENTS holds the page's elements.
const domStub = `
var elements = ELEMENTS.map(function (e) {
  var el = {tagName: e.tag.toUpperCase(), id: e.id, parent: e.parent, handlers: [], dataset: {}, cls: e.classes.slice()};
  if (e.claim) el.dataset.claim = e.claim;
  el.classList = {
    add: function (c) { if (el.cls.indexOf(c) < 0) el.cls.push(c); },
    remove: function (c) { el.cls = el.cls.filter(function (x) { return x !== c; }); },
    contains: function (c) { return el.cls.indexOf(c) >= 0; }
  };
  el.addEventListener = function (type, f) { if (type === 'click') el.handlers.push(f); };
  el.scrollIntoView = function () { scrolled.push(el.id); };
  return el;
});
var scrolled = [];
function matches(el, sel) {
  var m = /^([a-z]*)((?:\.[a-z-]+)*)(?:\[data-claim="([^"]*)"\])?$/.exec(sel.trim());
  if (!m) throw new Error('selector not supported by the stand-in: ' + sel);
  if (m[1] && el.tagName !== m[1].toUpperCase()) return false;
  var classes = m[2].split('.').filter(Boolean);
  for (var i = 0; i < classes.length; i++) if (!el.classList.contains(classes[i])) return false;
  if (m[3] !== undefined && el.dataset.claim !== m[3]) return false;
  return true;
}
var document = {
  querySelectorAll: function (sel) {
    var alts = sel.split(',');
    return elements.filter(function (el) { return alts.some(function (s) { return matches(el, s); }); });
  },
  querySelector: function (sel) { return document.querySelectorAll(sel)[0] || null; }
};
function click(el) {
  var ev = {target: el};
  for (var e = el; e; e = e.parent >= 0 ? elements[e.parent] : null) {
    e.handlers.forEach(function (f) { f.call(e, ev); });
  }
}
function state() {
  return {
    active: elements.filter(function (e) { return e.classList.contains('active'); }).map(function (e) { return e.id; }),
    scrolled: scrolled.splice(0)
  };
}
`

// scriptRun is run after the script: it clicks every citation link,
// then every claim's text, and prints what is active after each click.
const scriptRun = `
var out = [];
elements.forEach(function (e) {
  if (e.tagName === 'A' && e.classList.contains('cite')) { click(e); out.push({clicked: 'cite', claim: e.dataset.claim, state: state()}); }
});
elements.forEach(function (e) {
  if (e.classList.contains('claim-text')) { click(e); out.push({clicked: 'text', claim: elements[e.parent].dataset.claim, state: state()}); }
});
console.log(JSON.stringify(out));
`

// TestReportScript runs the report's script in Node.js on the seeds'
// report and checks what it does: a click on a citation, or on a claim's
// text, marks the claim's list item and every sentence it cites, and
// nothing else; a click on the text also scrolls to the claim's first
// cited sentence (a citation link scrolls by itself).
func TestReportScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found: the report's script is checked in Chromium only (TestReportInBrowser)")
	}
	docs := seeds(t)
	_, page, root := reportOf(t, docs)
	if !bytes.Contains(page, []byte("<script>"+reportJS+"</script>")) {
		t.Fatal("the report's script is not in the page as reportJS")
	}
	type elem struct {
		Tag     string   `json:"tag"`
		ID      string   `json:"id"`
		Classes []string `json:"classes"`
		Claim   string   `json:"claim"`
		Parent  int      `json:"parent"`
	}
	var elems []elem
	index := map[*html.Node]int{}
	members := map[string][]string{} // claim → ids of its list item and marks
	n := 0
	walk(root, func(node *html.Node) {
		if node.Type != html.ElementNode {
			return
		}
		e := elem{Tag: node.Data, Parent: -1}
		for p := node.Parent; p != nil; p = p.Parent {
			if i, ok := index[p]; ok {
				e.Parent = i
				break
			}
		}
		e.ID, _ = attr(node, "id")
		if e.ID == "" {
			e.ID = node.Data + "#" + strconv.Itoa(n) // to name it in the results
		}
		n++
		c, _ := attr(node, "class")
		e.Classes = strings.Fields(c)
		if e.Classes == nil {
			e.Classes = []string{}
		}
		e.Claim, _ = attr(node, "data-claim")
		if e.Claim != "" && (e.Tag == "mark" || e.Tag == "li") {
			members[e.Claim] = append(members[e.Claim], e.ID)
		}
		index[node] = len(elems)
		elems = append(elems, e)
	})
	js, err := json.Marshal(elems)
	if err != nil {
		t.Fatal(err)
	}
	prog := "var ELEMENTS = " + string(js) + ";\n" + domStub + reportJS + scriptRun
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "-e", prog)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var clicks []struct {
		Clicked, Claim string
		State          struct{ Active, Scrolled []string }
	}
	if err := json.Unmarshal(stdout, &clicks); err != nil {
		t.Fatalf("node printed %q: %v", stdout, err)
	}
	firstMark := func(claim string) string {
		for _, id := range members[claim] {
			if regexp.MustCompile(`^s\d+-\d+$`).MatchString(id) {
				return id
			}
		}
		return ""
	}
	cites, texts := 0, 0
	for _, c := range clicks {
		want := slices.Clone(members[c.Claim])
		got := slices.Clone(c.State.Active)
		slices.Sort(want)
		slices.Sort(got)
		if len(want) < 2 || !slices.Equal(got, want) {
			t.Errorf("a click on a %s of claim %s marks %q, want its item and sentences %q", c.Clicked, c.Claim, got, want)
		}
		switch c.Clicked {
		case "cite":
			cites++
			if len(c.State.Scrolled) != 0 {
				t.Errorf("a click on a citation of claim %s scrolls to %q: the link scrolls by itself", c.Claim, c.State.Scrolled)
			}
		case "text":
			texts++
			if f := firstMark(c.Claim); !slices.Equal(c.State.Scrolled, []string{f}) {
				t.Errorf("a click on the text of claim %s scrolls to %q, want its first cited sentence %s", c.Claim, c.State.Scrolled, f)
			}
		}
	}
	if cites == 0 || texts != len(members) {
		t.Errorf("%d citation clicks and %d claim text clicks for %d claims", cites, texts, len(members))
	}
}
