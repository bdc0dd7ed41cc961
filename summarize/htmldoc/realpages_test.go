package htmldoc_test

import (
	"runtime"
	"testing"

	"github.com/concordsum/concord/internal/realpages"
	"github.com/concordsum/concord/summarize/htmldoc"
)

// Floors of the F1 of the text concord reads from real pages (what
// "concord -sentences page.html" prints), as "concord-eval html" measures
// it. go-trafilatura v1.12.2 alone scores, with its defaults and with its
// fallback extractors: 0.901 and 0.911 on half A of its comparison set,
// 0.899 and 0.908 on half B, 0.929 and 0.944 on Mozilla's test pages. The
// floors are above both.
const (
	floorHalfA   = 0.915
	floorHalfB   = 0.910
	floorMozilla = 0.946
)

// TestRealPages extracts the 983 pages of go-trafilatura's comparison set
// and the 118 of Mozilla Readability's tests, which the Go module cache
// holds for both modules are in go.mod ("go mod download"), and checks
// that concord's text scores at least the floors.
func TestRealPages(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 1,101 real pages (half a minute on two cores); not with -short")
	}
	traDir, err := realpages.ModuleDir(".", realpages.TrafilaturaModule)
	if err != nil {
		t.Fatal(err)
	}
	readDir, err := realpages.ModuleDir(".", realpages.ReadabilityModule)
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := realpages.Comparison(traDir)
	if err != nil {
		t.Fatal(err)
	}
	moz, err := realpages.Mozilla(readDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp) != 983 || len(moz) != 118 {
		t.Fatalf("%d comparison pages and %d Mozilla pages, want 983 and 118", len(cmp), len(moz))
	}
	workers := runtime.GOMAXPROCS(0)
	out := realpages.Extract(cmp, workers, realpages.Concord)
	for half, floor := range []float64{floorHalfA, floorHalfB} {
		r := realpages.Tally(cmp, out, func(p realpages.Page) bool { return p.Half() == half })
		t.Logf("comparison half %c: %d pages, P %.4f R %.4f F1 %.4f, %d failed",
			'A'+half, r.Pages, r.Snippets.Precision(), r.Snippets.Recall(), r.Snippets.F1(), r.Failed)
		if r.Snippets.F1() < floor {
			t.Errorf("comparison half %c: F1 %.4f, below the floor %.3f", 'A'+half, r.Snippets.F1(), floor)
		}
	}
	r := realpages.Tally(moz, realpages.Extract(moz, workers, realpages.Concord), nil)
	t.Logf("Mozilla: %d pages, P %.4f R %.4f F1 %.4f, %d failed",
		r.Pages, r.Shingles.Precision(), r.Shingles.Recall(), r.Shingles.F1(), r.Failed)
	if r.Shingles.F1() < floorMozilla {
		t.Errorf("Mozilla: F1 %.4f, below the floor %.3f", r.Shingles.F1(), floorMozilla)
	}
}

// BenchmarkRealPages reads every tenth page of go-trafilatura's comparison
// set (98 pages, 14 MB) with FromBytes, and reports the time per page
// byte.
//
//	go test ./summarize/htmldoc -run '^$' -bench RealPages -benchtime 3x
func BenchmarkRealPages(b *testing.B) {
	dir, err := realpages.ModuleDir(".", realpages.TrafilaturaModule)
	if err != nil {
		b.Fatal(err)
	}
	all, err := realpages.Comparison(dir)
	if err != nil {
		b.Fatal(err)
	}
	var pages []realpages.Page
	size := 0
	for i := 0; i < len(all); i += 10 {
		pages = append(pages, all[i])
		size += len(all[i].HTML)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			htmldoc.FromBytes(p.HTML, p.Name)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(size), "ns/byte")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(len(pages)), "ms/page")
}
