package rouge_test

import (
	"fmt"

	"github.com/concordsum/concord/summarize/rouge"
)

func ExampleEvaluate() {
	peer := []string{"Police killed the gunman."}
	refs := [][]string{
		{"Police kill the gunman."},
		{"The gunman was shot by police."},
	}
	opt := rouge.Options{
		MaxN:         2,
		LCS:          true,
		SkipBigrams:  true,
		SkipGap:      4,
		SkipUnigrams: true,
		Stem:         true,
	}
	res, err := rouge.Evaluate(peer, refs, opt)
	if err != nil {
		panic(err)
	}
	for _, m := range res.Metrics {
		fmt.Printf("%-9s R:%.5f P:%.5f F:%.5f\n", m.Name, m.Recall, m.Precision, m.F)
	}
	// Output:
	// ROUGE-1   R:0.70000 P:0.87500 F:0.77778
	// ROUGE-2   R:0.50000 P:0.66667 F:0.57143
	// ROUGE-L   R:0.60000 P:0.75000 F:0.66667
	// ROUGE-SU4 R:0.37931 P:0.61111 F:0.46808
}

func ExampleAggregate() {
	topics := []struct{ peer, ref string }{
		{"the cat sat on the mat", "the cat was on the mat"},
		{"a dog barked at night", "the dog barked all night"},
		{"rain fell in the city", "heavy rain hit the city"},
	}
	var scores []rouge.Score
	for _, tp := range topics {
		res, _ := rouge.Evaluate([]string{tp.peer}, [][]string{{tp.ref}}, rouge.Options{MaxN: 1})
		scores = append(scores, res.Metrics[0].Score)
	}
	s := rouge.Aggregate(scores, rouge.Bootstrap{})
	fmt.Printf("ROUGE-1 Average_R: %.5f (95%%-conf.int. %.5f - %.5f)\n", s.Recall.Average, s.Recall.Low, s.Recall.High)
	// Output:
	// ROUGE-1 Average_R: 0.67793 (95%-conf.int. 0.60000 - 0.83333)
}
