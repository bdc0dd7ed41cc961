package summarize

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Benchmark corpus generator.
//
// genStories writes synthetic news: stories, each told by several
// versions (documents). A story owns a pool of claims; each version opens
// with a headline, then tells about 20 sentences, about 60% of them a
// claim of its story reworded (about a third of the content words
// replaced, a clause dropped or added) and the rest sentences of its own.
// Words come from a Zipf-distributed synthetic vocabulary of 60 000
// pronounceable words mixed with English function words, so term
// frequencies look like newswire: a few very common terms, a long tail.
// The same arguments always give the same text.
//
// It is what the scale benchmarks feed the whole pipeline: all of DUC
// 2004 as one cluster is 50 stories of 10 versions and about 10 000
// sentences; genStories(n, 10) is the same shape at n sentences.

const (
	genVocab        = 5000
	genSentsPerDoc  = 20
	genClaimsPer    = 30   // claims in a story's pool
	genTopicWords   = 80   // words a story favours
	genClaimShare   = 0.6  // share of a version's sentences that are claims
	genRewordShare  = 0.35 // share of a claim's content words a version replaces
	genZipfExponent = 0.6
	genPhrases      = 2000
	genPhraseShare  = 0.15
	genZipfOffset   = 50 // ranks of the function words, which stop-word removal takes away
)

var genFunctionWords = strings.Fields(`the the the of of to to and and a a in in
	that for on is was with by as at from has have said it its he his but not
	be are were after who their an this they which will been would also more
	than up about over into when two had new one last year people officials`)

// genWords returns n distinct lower-case pronounceable words.
func genWords(n int) []string {
	cons := []string{"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "st", "tr", "ch", "sh", "pl"}
	vows := []string{"a", "e", "i", "o", "u", "ai", "ou", "ea"}
	ends := []string{"", "n", "r", "l", "m", "s", "t", "nd", "rk"}
	out := make([]string, 0, n)
	seen := make(map[string]bool, n)
	r := rand.New(rand.NewPCG(1, 2))
	for len(out) < n {
		var b strings.Builder
		syl := 1 + r.IntN(3)
		for s := 0; s < syl; s++ {
			b.WriteString(cons[r.IntN(len(cons))])
			b.WriteString(vows[r.IntN(len(vows))])
		}
		b.WriteString(ends[r.IntN(len(ends))])
		w := b.String()
		if len(w) < 3 || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// zipf draws ranks 0..n-1 with probability proportional to 1/(k+1)^s.
type zipf struct{ cdf []float64 }

func newZipf(n int, s, offset float64) zipf {
	cdf := make([]float64, n)
	var sum float64
	for k := range cdf {
		sum += 1 / math.Pow(float64(k)+offset, s)
		cdf[k] = sum
	}
	for k := range cdf {
		cdf[k] /= sum
	}
	return zipf{cdf}
}

func (z zipf) draw(r *rand.Rand) int {
	u := r.Float64()
	lo, hi := 0, len(z.cdf)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if z.cdf[mid] < u {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

type genStory struct {
	topic  []string   // words the story favours
	claims [][]string // content words of each claim
}

type generator struct {
	r       *rand.Rand
	words   []string
	z       zipf
	phrases []string // common two-word phrases ("prime minister")
	pz      zipf
}

// word returns a word of the general vocabulary, or now and then a common
// phrase: collocations are what make unrelated news sentences alike.
func (g *generator) word() string {
	if g.r.Float64() < genPhraseShare {
		return g.phrases[g.pz.draw(g.r)]
	}
	return g.words[g.z.draw(g.r)]
}

// content returns a content word: from the story's words 60% of the time.
func (g *generator) content(st *genStory) string {
	if g.r.Float64() < 0.4 {
		return st.topic[g.r.IntN(len(st.topic))]
	}
	return g.word()
}

func (g *generator) story() genStory {
	st := genStory{topic: make([]string, genTopicWords)}
	for i := range st.topic {
		st.topic[i] = g.words[200+g.r.IntN(len(g.words)-200)] // rarer words
	}
	for c := 0; c < genClaimsPer; c++ {
		n := 7 + g.r.IntN(9)
		claim := make([]string, n)
		for i := range claim {
			claim[i] = g.content(&st)
		}
		st.claims = append(st.claims, claim)
	}
	return st
}

// sentence writes content words as a sentence, with function words in
// between, a capital, sometimes a number and a comma, and a full stop.
func (g *generator) sentence(b *strings.Builder, content []string) {
	for i, w := range content {
		if i > 0 {
			b.WriteByte(' ')
			if g.r.IntN(3) == 0 {
				b.WriteString(genFunctionWords[g.r.IntN(len(genFunctionWords))])
				b.WriteByte(' ')
			}
		}
		if i == 0 {
			b.WriteString(strings.ToUpper(w[:1]))
			b.WriteString(w[1:])
		} else {
			b.WriteString(w)
		}
		if i == len(content)/2 && g.r.IntN(4) == 0 {
			b.WriteString(" " + strconv.Itoa(2+g.r.IntN(998)))
		}
		if i == 2 && g.r.IntN(5) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteString(". ")
}

// version writes one document of story st.
func (g *generator) version(st *genStory) string {
	var b strings.Builder
	// Headline: a claim's first words, title-cased, no full stop.
	head := st.claims[g.r.IntN(3)]
	for i := 0; i < 6 && i < len(head); i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToUpper(head[i][:1]))
		b.WriteString(head[i][1:])
	}
	b.WriteString("\n\n")
	used := make(map[int]bool)
	for s := 0; s < genSentsPerDoc; s++ {
		var content []string
		if g.r.Float64() < genClaimShare {
			// Leads come first: early sentences favour early claims.
			c := g.r.IntN(genClaimsPer)
			if s < 3 {
				c = g.r.IntN(5)
			}
			if used[c] {
				c = g.r.IntN(genClaimsPer)
			}
			used[c] = true
			for _, w := range st.claims[c] {
				switch {
				case g.r.Float64() < genRewordShare:
					content = append(content, g.content(st))
				case g.r.IntN(12) == 0: // a dropped word
				default:
					content = append(content, w)
				}
			}
			if g.r.IntN(3) == 0 { // an added clause
				for i := 0; i < 3; i++ {
					content = append(content, g.content(st))
				}
			}
			if len(content) < 4 {
				content = append(content, g.content(st), g.content(st))
			}
		} else {
			n := 8 + g.r.IntN(14)
			for i := 0; i < n; i++ {
				content = append(content, g.content(st))
			}
		}
		g.sentence(&b, content)
		if s%3 == 2 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// genStories returns about n sentences of news as one cluster: n/20
// documents, versions to a story.
func genStories(n, versions int) []Document {
	g := &generator{r: rand.New(rand.NewPCG(uint64(n), uint64(versions))), words: genWords(genVocab), z: newZipf(genVocab, genZipfExponent, genZipfOffset)}
	pr := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < genPhrases; i++ {
		a, b := g.words[g.z.draw(pr)], g.words[g.z.draw(pr)]
		g.phrases = append(g.phrases, a+" "+b)
	}
	g.pz = newZipf(genPhrases, 1, 1)
	ndocs := (n + genSentsPerDoc - 1) / genSentsPerDoc
	docs := make([]Document, 0, ndocs)
	var st genStory
	for d := 0; d < ndocs; d++ {
		if d%versions == 0 {
			st = g.story()
		}
		docs = append(docs, Document{ID: "gen-" + strconv.Itoa(d), Text: g.version(&st)})
	}
	return docs
}
