// Package realpages loads real web pages with known article text, which
// the modules concord builds with ship, and scores extracted text against
// them:
//
//   - go-trafilatura's comparison set (scripts/comparison/data.go names
//     each page's file under test-files/comparison or test-files/mock and
//     lists snippets its article holds, "with", and page furniture it must
//     not, "without"), scored as that module's comparison program scores
//     it: a snippet found is a true positive, and so on, summed over all
//     pages (Snippets);
//   - Mozilla Readability's test pages as go-readability ships them
//     (test-pages/NAME/source.html and the article, expected.html), scored
//     by token 4-gram shingles as the article-extraction benchmark of
//     Scrapinghub does (Shingles): per page precision and recall, averaged
//     over pages.
//
// Both modules are in concord's go.mod, so "go mod download" puts the
// pages in the module cache; ModuleDir finds them there.
package realpages

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"hash/fnv"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The modules that ship the pages.
const (
	TrafilaturaModule = "github.com/markusmobius/go-trafilatura"
	ReadabilityModule = "github.com/go-shiori/go-readability"
)

// MozillaURL is the address Readability's tests give every test page.
const MozillaURL = "http://fakehost/test/page.html"

// Page is one saved page and what its article is known to hold.
type Page struct {
	Name string // file name (comparison set) or test folder (Mozilla)
	URL  string
	HTML []byte

	// With and Without are the comparison set's snippets: text of the
	// article, and text around it that must not be extracted.
	With, Without []string

	// Expected is the article's text (Mozilla's expected.html), one block
	// a line.
	Expected string
}

// Half returns 0 or 1: the half of a split the page belongs to, by a hash
// of its URL's host, so that all pages of one site fall in the same half
// and a setting tuned on one half is checked on sites it has not seen.
func (p Page) Half() int {
	host := p.URL
	if u, err := url.Parse(p.URL); err == nil && u.Host != "" {
		host = strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	h := fnv.New32a()
	h.Write([]byte(host))
	return int(h.Sum32() & 1)
}

// ModuleDir returns the folder of module path in the module cache, as
// "go list -m" run in the folder dir (inside concord's module) reports it.
func ModuleDir(dir, path string) (string, error) {
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %v: %s", path, err, strings.TrimSpace(stderr.String()))
	}
	d := strings.TrimSpace(string(out))
	if d == "" {
		return "", fmt.Errorf("module %s is not in the module cache; run 'go mod download %s'", path, path)
	}
	return d, nil
}

// Comparison reads go-trafilatura's comparison set from the module folder
// dir: the entries of scripts/comparison/data.go, in the order written
// there, with their pages.
func Comparison(dir string) ([]Page, error) {
	src := filepath.Join(dir, "scripts", "comparison", "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		return nil, err
	}
	var lit *ast.CompositeLit
	ast.Inspect(f, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0].Name == "comparisonData" && len(vs.Values) == 1 {
			lit, _ = vs.Values[0].(*ast.CompositeLit)
		}
		return lit == nil
	})
	if lit == nil {
		return nil, fmt.Errorf("%s: no comparisonData map", src)
	}
	var pages []Page
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil, fmt.Errorf("%s: entry is not key: value", src)
		}
		var p Page
		if p.URL, err = stringLit(kv.Key); err != nil {
			return nil, fmt.Errorf("%s: %v", src, err)
		}
		val, ok := kv.Value.(*ast.CompositeLit)
		if !ok {
			return nil, fmt.Errorf("%s: %s: entry is not a composite literal", src, p.URL)
		}
		for _, fe := range val.Elts {
			fkv, ok := fe.(*ast.KeyValueExpr)
			if !ok {
				return nil, fmt.Errorf("%s: %s: field without a name", src, p.URL)
			}
			name, _ := fkv.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch name.Name {
			case "File":
				p.Name, err = stringLit(fkv.Value)
			case "With":
				p.With, err = stringList(fkv.Value)
			case "Without":
				p.Without, err = stringList(fkv.Value)
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %s: %v", src, p.URL, name.Name, err)
			}
		}
		if p.Name == "" {
			return nil, fmt.Errorf("%s: %s: no File", src, p.URL)
		}
		// The comparison program looks in comparison/, then mock/.
		p.HTML, err = os.ReadFile(filepath.Join(dir, "test-files", "comparison", p.Name))
		if errors.Is(err, os.ErrNotExist) {
			p.HTML, err = os.ReadFile(filepath.Join(dir, "test-files", "mock", p.Name))
		}
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s: comparisonData is empty", src)
	}
	return pages, nil
}

func stringLit(e ast.Expr) (string, error) {
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", fmt.Errorf("not a string literal")
	}
	return strconv.Unquote(bl.Value)
}

func stringList(e ast.Expr) ([]string, error) {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("not a []string literal")
	}
	out := make([]string, 0, len(cl.Elts))
	for _, el := range cl.Elts {
		s, err := stringLit(el)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Mozilla reads Readability's test pages from go-readability's module
// folder dir, in the order of their folder names.
func Mozilla(dir string) ([]Page, error) {
	root := filepath.Join(dir, "test-pages")
	ents, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var pages []Page
	for _, name := range names {
		src, err := os.ReadFile(filepath.Join(root, name, "source.html"))
		if err != nil {
			return nil, err
		}
		want, err := os.ReadFile(filepath.Join(root, name, "expected.html"))
		if err != nil {
			return nil, err
		}
		doc, err := html.Parse(bytes.NewReader(want))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", filepath.Join(root, name, "expected.html"), err)
		}
		pages = append(pages, Page{Name: name, URL: MozillaURL, HTML: src, Expected: Text(doc)})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s: no test pages", root)
	}
	return pages, nil
}

// Text returns the text of the node n, a line break around every block
// element and <br>, white space within a line collapsed.
func Text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.CommentNode:
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.Br:
				b.WriteByte('\n')
				return
			}
		}
		inline := n.Type == html.ElementNode && inlineElements[n.DataAtom]
		if !inline {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if !inline {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var out []string
	for _, line := range strings.Split(b.String(), "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

var inlineElements = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true, atom.Dfn: true,
	atom.Em: true, atom.Font: true, atom.I: true, atom.Img: true, atom.Ins: true,
	atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true,
	atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Wbr: true, atom.Label: true, atom.Tt: true, atom.Big: true, atom.Nobr: true,
}

// Snippets counts the comparison program's outcomes: a "with" snippet in
// the extracted text is a true positive, one missing a false negative; a
// "without" snippet in it is a false positive, one missing a true
// negative. When nothing was extracted every snippet is missing.
type Snippets struct{ TP, FN, FP, TN int }

// Add scores the text extracted from p. White space runs are one space in
// both the text and the snippets, so that a snippet is found whether the
// extractor ends a line inside it or not.
func (s *Snippets) Add(p Page, text string) {
	text = squash(text)
	for _, w := range p.With {
		if text != "" && strings.Contains(text, squash(w)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range p.Without {
		if text != "" && strings.Contains(text, squash(w)) {
			s.FP++
		} else {
			s.TN++
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// Precision is TP / (TP + FP).
func (s Snippets) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP / (TP + FN).
func (s Snippets) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// Accuracy is (TP + TN) over all snippets.
func (s Snippets) Accuracy() float64 { return ratio(s.TP+s.TN, s.TP+s.TN+s.FP+s.FN) }

// F1 is 2TP / (2TP + FP + FN).
func (s Snippets) F1() float64 { return ratio(2*s.TP, 2*s.TP+s.FP+s.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Shingles averages, over pages, the precision and recall of the token
// 4-grams of extracted text against those of the expected text, as the
// Scrapinghub article-extraction benchmark does (evaluate.py): tokens are
// runs of letters, digits and underscores; each 4-gram counts as often as
// it occurs; a page's counts are normalised, so that long articles weigh
// no more than short ones; a page with nothing extracted has no precision,
// one with nothing expected no recall; F1 is that of the two averages.
type Shingles struct {
	prec, rec   float64
	nPrec, nRec int
}

// Add scores one page.
func (s *Shingles) Add(expected, extracted string) {
	want, got := shingles(expected), shingles(extracted)
	var tp, fp, fn float64
	for k, n := range got {
		m := want[k]
		tp += float64(min(n, m))
		fp += float64(max(0, n-m))
	}
	for k, m := range want {
		fn += float64(max(0, m-got[k]))
	}
	if sum := tp + fp + fn; sum > 0 {
		tp, fp, fn = tp/sum, fp/sum, fn/sum
	}
	if tp+fp > 0 {
		s.prec += score(tp, fp, fn)
		s.nPrec++
	}
	if tp+fn > 0 {
		s.rec += score(tp, fn, fp)
		s.nRec++
	}
}

// score is tp / (tp + wrong), 1 when nothing is wrong either way.
func score(tp, wrong, other float64) float64 {
	if wrong == 0 && other == 0 {
		return 1
	}
	if tp == 0 && wrong == 0 {
		return 0
	}
	return tp / (tp + wrong)
}

// Precision is the mean precision of the pages with text extracted.
func (s Shingles) Precision() float64 { return mean(s.prec, s.nPrec) }

// Recall is the mean recall of the pages with text expected.
func (s Shingles) Recall() float64 { return mean(s.rec, s.nRec) }

// F1 is the harmonic mean of Precision and Recall.
func (s Shingles) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// shingles counts the token 4-grams of text (a text of fewer tokens is
// one shorter shingle).
func shingles(text string) map[string]int {
	toks := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
	out := map[string]int{}
	for i := 0; i < max(1, len(toks)-3); i++ {
		if i >= len(toks) {
			break
		}
		out[strings.Join(toks[i:min(i+4, len(toks))], "\x00")]++
	}
	return out
}
