package summarize_test

import (
	"fmt"
	"os"

	"github.com/concordsum/concord/summarize"
)

var docs = []summarize.Document{
	{ID: "a.txt", Text: `Harbor Bridge Closed After Ship Strike

The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers.
Engineers expect the bridge to stay closed for at least a week.
The ship's owner paid a fine for a similar accident two years ago.
`},
	{ID: "b.txt", Text: `A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge.
The bridge will stay closed for at least a week, engineers said.
`},
}

func ExampleSummarize() {
	sum, err := summarize.Summarize(docs, summarize.Options{Sentences: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range sum.Sentences {
		fmt.Printf("%s (support %d)\n", s.Text, s.Support)
		for _, c := range s.Citations {
			fmt.Printf("  [%d] %s, bytes %d-%d\n", c.Source, sum.Sources[c.Source-1].ID, c.Start, c.End)
		}
	}
	// Output:
	// A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge. (support 2)
	//   [1] a.txt, bytes 40-132
	//   [2] b.txt, bytes 0-95
	// The bridge will stay closed for at least a week, engineers said. (support 2)
	//   [1] a.txt, bytes 133-196
	//   [2] b.txt, bytes 96-160
}

func ExampleSummary_WriteText() {
	sum, err := summarize.Summarize(docs, summarize.Options{MinSupport: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	sum.WriteText(os.Stdout)
	// Output:
	// A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge. [1][2]
	// The bridge will stay closed for at least a week, engineers said. [1][2]
	//
	// [1] a.txt
	// [2] b.txt
}

func ExampleSummary_WriteJSON() {
	sum, err := summarize.Summarize(docs, summarize.Options{Sentences: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	sum.WriteJSON(os.Stdout)
	// Output:
	// {
	//   "sources": [
	//     {
	//       "number": 1,
	//       "id": "a.txt",
	//       "title": "Harbor Bridge Closed After Ship Strike",
	//       "sentences": 4,
	//       "used": 3
	//     },
	//     {
	//       "number": 2,
	//       "id": "b.txt",
	//       "sentences": 2,
	//       "used": 2
	//     }
	//   ],
	//   "sentences": [
	//     {
	//       "text": "A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge.",
	//       "score": 1,
	//       "support": 2,
	//       "sources": [
	//         1,
	//         2
	//       ],
	//       "citations": [
	//         {
	//           "source": 1,
	//           "sentence": 1,
	//           "start": 40,
	//           "end": 132,
	//           "text": "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers."
	//         },
	//         {
	//           "source": 2,
	//           "sentence": 0,
	//           "start": 0,
	//           "end": 95,
	//           "text": "A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge.",
	//           "representative": true
	//         }
	//       ]
	//     }
	//   ]
	// }
}

func ExampleMatcher() {
	m, err := summarize.NewMatcher("english")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := "Officials said no one was injured."
	b := "Nobody was hurt in the crash, officials said."
	c := "Officials said the bridge would stay closed."
	fmt.Printf("%.2f %v\n", m.Probability(a, b), m.Same(a, b))
	fmt.Printf("%.2f %v\n", m.Probability(a, c), m.Same(a, c))
	// Output:
	// 0.78 true
	// 0.11 false
}

// A sentence that says the same thing with fewer details joins the claim
// but is cited as partial: it carries only part of the representative.
func ExampleMatcher_Partial() {
	m, err := summarize.NewMatcher("english")
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers."
	short := "The city closed the Harbor Bridge."
	fmt.Printf("%.2f %v\n", m.Coverage(rep, short), m.Partial(rep, short))
	fmt.Printf("%.2f %v\n", m.Coverage(short, rep), m.Partial(short, rep))
	// Output:
	// 0.34 true
	// 1.00 false
}

func ExampleSentence_Sources() {
	sum, err := summarize.Summarize([]summarize.Document{
		{ID: "a.txt", Text: "The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers."},
		{ID: "b.txt", Text: "A cargo ship struck a main pier of the Harbor Bridge on Sunday, and the city closed the bridge."},
	}, summarize.Options{Sentences: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range sum.Sentences[0].Sources() {
		fmt.Println(n, sum.Sources[n-1].ID)
	}
	// Output:
	// 1 a.txt
	// 2 b.txt
}
