package summarize_test

import (
	"fmt"
	"os"

	"github.com/concordsum/concord/summarize"
)

func ExampleSummary_WriteMarkdown() {
	sum, err := summarize.Summarize(docs, summarize.Options{MinSupport: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	sum.WriteMarkdown(os.Stdout)
	// Output:
	// - A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge.[^1][^2]
	// - The bridge will stay closed for at least a week, engineers said.[^1][^2]
	//
	// [^1]: a.txt, “Harbor Bridge Closed After Ship Strike”
	// [^2]: b.txt
}

func ExampleSummary_WriteExplain() {
	sum, err := summarize.Summarize(docs, summarize.Options{Sentences: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	sum.WriteExplain(os.Stdout)
	// Output:
	// Language: english
	//
	// Summary: 1 sentence
	//
	// 1. A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge.
	//    support 2, score 1
	//    [1] sentence 1, similarity 0.7612: The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers.
	//    [2] sentence 0, similarity 1, representative: A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge.
	//
	// Left out: 1 claim carried by one source
	//
	// - The ship's owner paid a fine for a similar accident two years ago.
	//    score 0.018: one source only; the summary's length was filled by better-scored claims
	//    [1] sentence 3, similarity 1, representative: The ship's owner paid a fine for a similar accident two years ago.
	//
	// [1] a.txt
	// [2] b.txt
}
