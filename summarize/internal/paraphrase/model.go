package paraphrase

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"

	"github.com/concordsum/concord/summarize/internal/wordnet"
	"github.com/concordsum/concord/summarize/internal/wordvec"
)

// A Model maps the measures of a pair (Features) to a similarity in
// [0, 1]: the features are standardised, pass through one hidden layer of
// tanh units (none, as committed: a logistic regression) and a logistic
// output. Each head of Models is one. The zero Model is not usable; see
// Default and ParseModels.
type Model struct {
	Features  []string    `json:"features"`  // FeatureNames when trained
	Mean      []float64   `json:"mean"`      // per feature, subtracted
	Scale     []float64   `json:"scale"`     // per feature, divided by (never 0)
	Hidden    [][]float64 `json:"hidden"`    // hidden unit × feature weights; empty: none
	HiddenB   []float64   `json:"hidden_b"`  // hidden unit biases
	Out       []float64   `json:"out"`       // weights of the hidden units (or of the features when there are none)
	OutB      float64     `json:"out_b"`     // output bias
	Threshold float64     `json:"threshold"` // Similarity at or above which a pair is the same claim
	// Trained records how the weights were made and what they scored.
	Trained map[string]any `json:"trained,omitempty"`
}

// Models are the two heads of concord's same-claim model over the same
// measures: Same, trained on MSRP's labels, gives the probability that two
// sentences make the same claim (the grouping's edge weight, a decision at
// its Threshold); Graded, trained on the STS headline scores divided by
// 5, gives a graded similarity.
type Models struct {
	Same   *Model `json:"same"`
	Graded *Model `json:"graded"`
}

//go:embed model.json
var modelJSON []byte

var (
	defaultOnce   sync.Once
	defaultModels *Models
)

// Default returns the committed models (model.json, written by
// summarize/internal/paraphrase/train). It panics if the embedded file is broken,
// which its test rules out.
func Default() *Models {
	defaultOnce.Do(func() {
		m, err := ParseModels(modelJSON)
		if err != nil {
			panic("paraphrase: embedded model.json: " + err.Error())
		}
		defaultModels = m
	})
	return defaultModels
}

// ParseModels decodes models as the training program writes them and
// checks their shape.
func ParseModels(data []byte) (*Models, error) {
	var m Models
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	if m.Same == nil || m.Graded == nil {
		return nil, fmt.Errorf("want the models \"same\" and \"graded\"")
	}
	if err := m.Same.check(); err != nil {
		return nil, fmt.Errorf("same: %v", err)
	}
	if err := m.Graded.check(); err != nil {
		return nil, fmt.Errorf("graded: %v", err)
	}
	return &m, nil
}

func (m *Model) check() error {
	if len(m.Features) != NumFeatures {
		return fmt.Errorf("%d features, want %d", len(m.Features), NumFeatures)
	}
	for i, n := range m.Features {
		if n != FeatureNames[i] {
			return fmt.Errorf("feature %d is %q, want %q", i, n, FeatureNames[i])
		}
	}
	if len(m.Mean) != NumFeatures || len(m.Scale) != NumFeatures {
		return fmt.Errorf("mean and scale need %d values", NumFeatures)
	}
	for _, s := range m.Scale {
		if s == 0 || math.IsNaN(s) {
			return fmt.Errorf("a zero or NaN scale")
		}
	}
	if len(m.Hidden) != len(m.HiddenB) {
		return fmt.Errorf("%d hidden units, %d biases", len(m.Hidden), len(m.HiddenB))
	}
	for _, h := range m.Hidden {
		if len(h) != NumFeatures {
			return fmt.Errorf("a hidden unit with %d weights, want %d", len(h), NumFeatures)
		}
	}
	want := len(m.Hidden)
	if want == 0 {
		want = NumFeatures
	}
	if len(m.Out) != want {
		return fmt.Errorf("%d output weights, want %d", len(m.Out), want)
	}
	return nil
}

// Similarity returns the model's similarity for features f, in (0, 1).
func (m *Model) Similarity(f *[NumFeatures]float64) float64 {
	var x [NumFeatures]float64
	for i, v := range f {
		x[i] = (v - m.Mean[i]) / m.Scale[i]
	}
	z := m.OutB
	if len(m.Hidden) == 0 {
		for i, w := range m.Out {
			z += w * x[i]
		}
	} else {
		for h, row := range m.Hidden {
			a := m.HiddenB[h]
			for i, w := range row {
				a += w * x[i]
			}
			z += m.Out[h] * math.Tanh(a)
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// Preload starts reading, each on a goroutine of its own, the committed
// tables that the first analysis and the first pair wait for (the
// models, the lexicon, WordNet's concepts, the word vectors), and
// returns at once; later calls do nothing. A caller that will analyse
// sentences soon calls it early, so that the tables are read side by
// side, and beside its own work, instead of one after another on the
// first analysis. Whether or not it is called, every function reads a
// table before its first use of it.
func Preload() { preload() }

var preload = sync.OnceFunc(func() {
	go Default()
	go DefaultLexicon()
	go wordnet.Concepts("")
	go wordvec.Len()
})
