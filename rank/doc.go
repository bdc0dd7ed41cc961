// Package rank holds the graph mathematics of concord: a sparse cosine
// similarity graph over sentence vectors (Link), TextRank / continuous
// LexRank centrality by power iteration (TextRank), grouping of sentences
// that make the same claim into claims (Group), and the highest cosine of
// each row with a set of rows (MaxSimilarity). Maximal marginal relevance,
// which uses the graph, is package summarize's.
//
// Nothing here knows about text: vectors are rows of a Matrix, sentences
// are row numbers, sources are small integers. Every function is
// deterministic: the same input gives bit-identical output.
package rank
