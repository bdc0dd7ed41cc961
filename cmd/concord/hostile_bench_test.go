package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkHostile runs the command on growing versions of the hostile
// inputs of the matrix, each size double the last, and reports the time
// and the memory allocated per input byte: near-linear time shows as a
// flat ns/byte down each family.
//
//	go test ./cmd/concord -run '^$' -bench Hostile -benchtime 2x
func BenchmarkHostile(b *testing.B) {
	families := []struct {
		name  string
		sizes []int
		input func(n int) string
	}{
		{"one-line-docs", []int{1250, 2500, 5000, 10000}, oneLineDocs},
		{"identical-docs", []int{50, 100, 200, 400}, func(n int) string {
			return strings.Repeat(hostileStory[0]+"---\n", n)
		}},
		{"near-identical-docs", []int{50, 100, 200, 400}, nearCopies},
		{"dense-lines", []int{1250, 2500, 5000, 10000}, denseLines},
		{"long-line-MB", []int{2, 5, 10, 20}, func(n int) string { return string(bigLine(n << 20)) }},
		{"long-sentence-kwords", []int{12, 25, 50, 100}, func(n int) string {
			return string(bigLine(n*1000*7)) + ".\n---\n" + strings.Join(hostileStory, "---\n")
		}},
	}
	for _, fam := range families {
		for _, n := range fam.sizes {
			input := fam.input(n)
			b.Run(fmt.Sprintf("%s=%d", fam.name, n), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(input)))
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					run([]string{"-format", "json", "-"}, strings.NewReader(input), io.Discard, io.Discard)
				}
				b.StopTimer()
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(input)), "ns/byte")
			})
		}
	}
}

// nearCopies returns n versions of the story that each lack one of its
// lines, separated by "---".
func nearCopies(n int) string {
	r := rand.New(rand.NewPCG(9, 10))
	var out bytes.Buffer
	for i := 0; i < n; i++ {
		lines := strings.SplitAfter(hostileStory[i%len(hostileStory)], "\n")
		k := r.IntN(len(lines))
		for j, l := range lines {
			if j != k {
				out.WriteString(l)
			}
		}
		fmt.Fprintf(&out, "Report number %d was filed.\n---\n", i)
	}
	return out.String()
}

// denseLines returns n one-line documents drawn from a vocabulary of 24
// words, so that nearly every pair shares several: the worst case for the
// similarity graph.
func denseLines(n int) string {
	words := strings.Fields("city closed bridge sunday after cargo ship struck pier officials said nobody injured engineers expect stay week river council vote mayor traffic tunnel ferry")
	r := rand.New(rand.NewPCG(11, 12))
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("{\"text\":\"The")
		for k := 0; k < 15; k++ {
			b.WriteString(" " + words[r.IntN(len(words))])
		}
		b.WriteString(".\"}\n")
	}
	return b.String()
}
