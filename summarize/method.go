package summarize

import "fmt"

// A Method selects how sentences are ranked and chosen. The zero value,
// Concord, is concord's method; the others exist to measure what each part
// of it is worth (cmd/concord-eval prints them side by side) and are not
// meant for everyday use.
type Method int

const (
	// Concord is the full method: sentences grouped into claims across
	// sources with the Matcher's decision, ranked by TextRank personalised
	// by position, length and likeness to the headlines, each claim scored
	// by its best wording raised by its support, and chosen with maximal
	// marginal relevance. It is the zero value.
	Concord Method = iota
	// NoSupport is Concord without consensus weighting: claims are
	// grouped and cited as usual, but how many sources carry a claim or a
	// word does not weigh in its rank.
	NoSupport
	// TextRank is plain TextRank (Mihalcea and Tarau, 2004): PageRank with
	// uniform teleport over a graph whose edge weights are the number of
	// terms two sentences share divided by the sum of the logarithms of
	// their lengths; sentences are taken best first, skipping one whose
	// cosine with a chosen sentence reaches 0.5. No grouping: every
	// sentence cites its own source only.
	TextRank
	// LexRank is plain continuous LexRank (Erkan and Radev, 2004):
	// PageRank with uniform teleport over the TF-IDF cosine graph, chosen
	// as for TextRank.
	LexRank
	// Lead takes the first sentence of every document in input order,
	// then the second ones, and so on, skipping a sentence whose cosine
	// with a chosen one reaches 0.5.
	Lead
)

var methodNames = [...]string{"concord", "no-support", "textrank", "lexrank", "lead"}

// String returns the method's name as ParseMethod accepts it.
func (m Method) String() string {
	if m >= 0 && int(m) < len(methodNames) {
		return methodNames[m]
	}
	return fmt.Sprintf("Method(%d)", int(m))
}

// Methods returns every method, Concord first.
func Methods() []Method {
	out := make([]Method, len(methodNames))
	for i := range out {
		out[i] = Method(i)
	}
	return out
}

// ParseMethod returns the method named name (as String gives it).
func ParseMethod(name string) (Method, error) {
	for i, n := range methodNames {
		if n == name {
			return Method(i), nil
		}
	}
	return 0, fmt.Errorf("unknown method %q (want concord, no-support, textrank, lexrank or lead)", name)
}

func (m Method) valid() bool { return m >= 0 && int(m) < len(methodNames) }
