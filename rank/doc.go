// Package rank holds the graph mathematics of concord: a sparse cosine
// similarity graph over sentence vectors, TextRank / continuous LexRank
// centrality by power iteration, grouping of near-duplicate sentences into
// claims, and maximal marginal relevance.
//
// Nothing here knows about text: vectors are rows of a Matrix, sentences
// are row numbers, sources are small integers. Every function is
// deterministic: the same input gives bit-identical output.
package rank
