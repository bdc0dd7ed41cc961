package summarize_test

import (
	"fmt"

	"github.com/concordsum/concord/summarize"
)

// Summary.Disagreements lists where the sources differ about the chosen
// claims: here one version gives another death toll.
func ExampleSummary_disagreements() {
	docs := []summarize.Document{
		{ID: "a", Text: "At least 231 people have been confirmed dead in Honduras after the storm, the National Emergency Commission said Saturday. Rescue teams reached most of the flooded villages by Saturday night."},
		{ID: "b", Text: "At least 231 people have been confirmed dead in Honduras after the storm, the National Emergency Commission said on Saturday. Rescue teams had reached most flooded villages by Saturday night."},
		{ID: "c", Text: "At least 345 people have been confirmed dead in Honduras after the storm, the National Emergency Commission said Saturday. Rescue teams reached most of the flooded villages on Saturday night."},
	}
	sum, err := summarize.Summarize(docs, summarize.Options{Sentences: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range sum.Disagreements {
		fmt.Printf("sentence %d, %s:\n", d.Sentence+1, d.Kind)
		for _, v := range d.Values {
			fmt.Printf("  %q %v approximate=%v\n", v.Text, v.Sources, v.Approximate)
		}
	}
	// Output:
	// sentence 1, number:
	//   "At least 231" [1 2] approximate=true
	//   "At least 345" [3] approximate=true
}
