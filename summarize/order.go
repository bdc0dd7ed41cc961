package summarize

import "math"

// Order-free comparisons. Permuting the documents renumbers terms and
// sentences, so sums of the same numbers are formed in another order and
// may differ in their last bits, and ties would fall to whichever came
// first. Scores, centralities and positions are therefore compared after
// rounding to nine decimals, and ties are broken by text before position,
// so that the chosen claims and their wording depend on the documents and
// not on their order.

// quantize rounds x to nine decimals.
func quantize(x float64) float64 { return math.Round(x*1e9) / 1e9 }

// better reports whether a candidate with rounded key a and text ta comes
// before one with key b and text tb: higher key first, then the text that
// sorts first. It returns false when both are equal.
func better(a, b float64, ta, tb string) bool {
	if a, b := quantize(a), quantize(b); a != b {
		return a > b
	}
	return ta < tb
}

// repBefore reports whether a claim member with centrality ca, TextRank
// score sa and text ta is a better representative than one with cb, sb
// and tb: more central, then higher score, then the text that sorts first.
func repBefore(ca, sa float64, ta string, cb, sb float64, tb string) bool {
	if qa, qb := quantize(ca), quantize(cb); qa != qb {
		return qa > qb
	}
	return better(sa, sb, ta, tb)
}
