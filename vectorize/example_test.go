package vectorize_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/concordsum/concord/vectorize"
)

func ExampleSplit() {
	text := "Bridge Closed After Ship Strike\n\n" +
		"WASHINGTON, D.C. — The U.S. Coast Guard closed the bridge at 6 a.m. on Sunday. " +
		"Gen. J. R. Smith said repairs would cost $2.5 million... Traffic was diverted."
	for _, s := range vectorize.Split(0, text) {
		fmt.Printf("%d [%d:%d] title=%v %s\n", s.Index, s.Start, s.End, s.IsTitle, s.Text)
	}
	// Output:
	// 0 [0:31] title=true Bridge Closed After Ship Strike
	// 1 [33:113] title=false WASHINGTON, D.C. — The U.S. Coast Guard closed the bridge at 6 a.m. on Sunday.
	// 2 [114:170] title=false Gen. J. R. Smith said repairs would cost $2.5 million...
	// 3 [171:192] title=false Traffic was diverted.
}

func ExampleClean() {
	doc := "Select Language:\nIMG_2041.jpg\nThe city closed the bridge on Sunday after a ship struck a pier.\nShare this"
	cleaned := vectorize.Clean([][]vectorize.Sentence{vectorize.Split(0, doc)})
	for _, s := range cleaned[0] {
		fmt.Println(s.Index, s.Text)
	}
	// Output:
	// 2 The city closed the bridge on Sunday after a ship struck a pier.
}

func ExampleTFIDF() {
	tok, err := vectorize.NewTokeniser("english")
	if err != nil {
		panic(err)
	}
	m, err := vectorize.TFIDF([]string{
		"The city closed the bridge.",
		"The bridge was closed by the city.",
		"Ferries kept running.",
	}, tok)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d rows, %d terms\n", m.Rows(), m.Cols)
	fmt.Printf("cosine(0, 1) = %.3f\n", m.Dot(0, 1))
	fmt.Printf("cosine(0, 2) = %.3f\n", m.Dot(0, 2))
	// Output:
	// 3 rows, 6 terms
	// cosine(0, 1) = 1.000
	// cosine(0, 2) = 0.000
}

// A TF-IDF matrix is a gonum mat.Matrix: here gonum computes the cosines
// of every pair of sentences (the rows are L2-normalised) as m·mᵀ.
func ExampleMatrix_gonum() {
	tok, err := vectorize.NewTokeniser("english")
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := vectorize.TFIDF([]string{
		"The city closed the bridge on Sunday.",
		"The bridge was closed on Sunday.",
		"Markets rose sharply in Tokyo.",
	}, tok)
	if err != nil {
		fmt.Println(err)
		return
	}
	var cos mat.Dense
	cos.Mul(m, m.T())
	r, c := m.Dims()
	fmt.Printf("%d sentences, %d terms\n", r, c)
	fmt.Printf("%.2f %.2f %.2f\n", cos.At(0, 0), cos.At(0, 1), cos.At(0, 2))
	fmt.Printf("%.2f\n", m.Dot(0, 1))
	// Output:
	// 3 sentences, 8 terms
	// 1.00 0.80 0.00
	// 0.80
}
