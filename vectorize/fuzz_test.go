package vectorize

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzClean checks the cleaner on the splitter's output for up to eight
// documents: every kept sentence is one the splitter found (same document
// and index, same end, a start at or after the found one, as when a
// dateline is cut off), its text is its span of the document, kept
// sentences stay in order, the input is left as it was, and the result is
// deterministic.
//
// A longer run: go test ./vectorize -run '^$' -fuzz FuzzClean -fuzztime 5m -fuzzminimizetime 5s
func FuzzClean(f *testing.F) {
	f.Add("Politics\nU.S. and Europe Plan Security\n\nWASHINGTON, D.C. — U.S. planners met on Monday. They talked.\x1eShare this\nWASHINGTON (AP) — The talks went on.\nShare this\n")
	f.Add("date 2025-08-20 The bridge closed on Sunday.\nIMG_2041.jpg\n© 2025 News\x1e- Category\nPost a Comment\x1e")
	f.Add("市政府周日关闭了港口大桥，因为一艘货船撞上了桥墩。\x1eمرحبا بكم في المدينة. أغلقت المدينة الجسر.\r\x1e\xff\xfe\x00")
	f.Fuzz(func(t *testing.T, text string) {
		parts := strings.Split(text, "\x1e")
		if len(parts) > 8 {
			parts = parts[:8]
		}
		docs := make([][]Sentence, len(parts))
		for d, p := range parts {
			docs[d] = Split(d, p)
		}
		before := make([][]Sentence, len(docs))
		for d := range docs {
			before[d] = append([]Sentence(nil), docs[d]...)
		}
		out := Clean(docs)
		if !reflect.DeepEqual(docs, before) {
			t.Fatal("Clean modified its input")
		}
		if len(out) != len(docs) {
			t.Fatalf("%d documents out of %d", len(out), len(docs))
		}
		for d, kept := range out {
			k := 0
			for i, s := range kept {
				for k < len(docs[d]) && docs[d][k].Index != s.Index {
					k++
				}
				if k == len(docs[d]) {
					t.Fatalf("document %d: kept sentence %d (index %d) out of order or not found", d, i, s.Index)
				}
				orig := docs[d][k]
				if s.Doc != d || s.IsTitle != orig.IsTitle || s.End != orig.End || s.Start < orig.Start || s.Start >= s.End {
					t.Fatalf("document %d: kept %+v from %+v", d, s, orig)
				}
				if s.Text != parts[d][s.Start:s.End] {
					t.Fatalf("document %d: text %q is not its span %q", d, s.Text, parts[d][s.Start:s.End])
				}
				k++
			}
		}
		if again := Clean(docs); !reflect.DeepEqual(out, again) {
			t.Fatal("not deterministic")
		}
	})
}
