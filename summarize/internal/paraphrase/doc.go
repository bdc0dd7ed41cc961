// Package paraphrase is concord's same-claim model for English: it
// analyses a sentence once (its words, stems, WordNet concepts, word
// vectors, numbers as values, names, negation: Analyser.Analyse), measures
// a pair of analysed sentences in 32 ways (Features, FeatureNames), and
// reads the measures with two logistic heads (Models): "same", trained on
// the MSRP paraphrase labels, gives the probability that the two say the
// same thing; "graded", trained on the SemEval STS news headline scores,
// gives a graded similarity. Coverage gives the directed share of one
// sentence's content words that the other carries.
//
// The weights are model.json and lexicon.txt (the weights of terms, see
// Lexicon; MSRP-derived, see LICENSE-MSRP; embedded as lexicon.bin,
// LexiconBinary's form of it), written by the training
// program in train/ (go run ./summarize/internal/paraphrase/train) from
// ../shared/data; the word resources are the packages wordnet and wordvec
// beside this one.
// Word vectors are evidence, never a word match: they put antonyms and
// weekdays close together.
//
// summarize.Matcher is the public face of the model; this package is
// internal so that its measures can change with the weights.
package paraphrase
