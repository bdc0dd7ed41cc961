package disagree

import (
	"fmt"
	"strings"
	"testing"

	"github.com/concordsum/concord/vectorize"
)

var english, _ = vectorize.NewTokeniser("")

func stem(w string) string {
	if t := english.Tokenise(w); len(t) > 0 {
		return t[0]
	}
	return ""
}

func analyse(text string) *Sentence { return Analyse(text, stem) }

// describe renders Find's items as lines: kind, then each value's
// mentions as "sentence:words".
func describe(texts []string) []string {
	sents := make([]*Sentence, len(texts))
	for i, t := range texts {
		sents[i] = analyse(t)
	}
	var out []string
	for _, it := range Find(sents) {
		var b strings.Builder
		b.WriteString(it.Kind)
		for _, v := range it.Values {
			b.WriteString(" |")
			if v.Approx {
				b.WriteString(" ~")
			}
			for _, m := range v.Mentions {
				fmt.Fprintf(&b, " %d:%s", m.Sentence, texts[m.Sentence][m.Start:m.End])
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestDebug(t *testing.T) {
	for _, c := range [][]string{
		{"At least 231 people have been confirmed dead in Honduras from former-hurricane Mitch, bringing the storm's death toll in the region to 357, the National Emergency Commission said Saturday.",
			"In Honduras, at least 231 deaths have been blamed on Mitch, the National Emergency Commission said Saturday.",
			"Better information from Honduras' ravaged countryside enabled officials to lower the confirmed death toll from Hurricane Mitch from 7,000 to about 6,100 on Thursday, but leaders insisted the need for help was growing."},
		{"Officials in Central America estimated Tuesday that about 7,000 people have died in the region.",
			"Honduran officials said 14 people had died on that small island alone, and at least nine had died elsewhere in the country.",
			"Aid workers struggled Friday to reach survivors of Hurricane Mitch, who are in danger of dying from starvation and disease in the wake of the storm that officials estimate killed more than 10,000 people.",
			"As of Thursday, Mitch had killed 6,076 people in Honduras _ down from officials' earlier estimate of 7,000."},
		{"On Wednesday, President Trump said he was not planning to waive or repeal Puerto Rico’s inclusion in the Jones Act, the century-old law that restricts domestic shipping to U.S.-made, U.S.-owned, U.S.-staffed boats.",
			"President Trump said Wednesday that he is considering lifting the Jones Act to allow foreign-flagged vessels to serve Puerto Rico as it recovers from Hurricane Maria, although the shipping industry is lobbying against it.",
			"President Trump said Wednesday that he is \"thinking about\" lifting the rule barring foreign-flagged vessels from delivering goods between American ports to help hurricane-ravaged Puerto Rico despite pressure from the shipping industry."},
		{"The European Union approved 6.4 million European currency units (dlrs 7.7 million) in aid.", "The EU approved $7.7 million in aid.", "The EU approved 7.7 million dollars in aid."},
		{"Secretary of State Marco Rubio said the talks would resume on Monday.", "Secretary of State Antony Blinken said the talks would resume on Monday.", "Secretary of State Marco Rubio said the talks would resume on Monday."},
		{"The company said it will cut 1,200 jobs this year.", "The company said it will cut 1200 jobs this year.", "The company said it will cut one thousand two hundred jobs this year.", "The company said it would not cut 1,200 jobs this year."},
	} {
		t.Log(describe(c))
	}
}
