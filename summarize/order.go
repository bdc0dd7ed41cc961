package summarize

import "math"

// Order-free comparisons. Permuting the documents renumbers terms and
// sentences, so sums of the same numbers are formed in another order and
// may differ in their last bits, and ties would fall to whichever came
// first. Scores and positions are therefore compared after rounding to
// about nine significant digits, and ties are broken by text before position,
// so that the chosen claims and their wording depend on the documents and
// not on their order.

// quantize rounds x to 30 significant bits (about nine decimal digits),
// whatever its scale.
func quantize(x float64) float64 {
	const drop = 52 - 30 // mantissa bits dropped
	b := math.Float64bits(x)
	b = (b + 1<<(drop-1)) &^ (1<<drop - 1)
	return math.Float64frombits(b)
}

// better reports whether a candidate with key a and text ta comes before
// one with key b and text tb: higher rounded key first, then the text that
// sorts first. It returns false when both are equal.
func better(a, b float64, ta, tb string) bool {
	if a, b := quantize(a), quantize(b); a != b {
		return a > b
	}
	return ta < tb
}
