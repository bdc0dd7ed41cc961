// Package summarize is concord's public API: it turns several versions of
// one story into one extractive summary of what they agree on, and says for
// every summary sentence which sources carry it.
//
// Call Summarize with the documents and an Options value (the zero value
// works), then write the Summary with WriteText, WriteMarkdown or
// WriteJSON:
//
//	sum, err := summarize.Summarize([]summarize.Document{
//		{ID: "reuters.txt", Text: a},
//		{ID: "ap.txt", Text: b},
//	}, summarize.Options{Sentences: 3})
//	if err != nil {
//		return err
//	}
//	sum.WriteText(os.Stdout)
//
// Every summary sentence is a real sentence of one input (its
// representative wording) and cites every source whose sentence joined the
// same claim. Output depends only on the input: the same documents and
// options give byte-identical results on every run and at any GOMAXPROCS.
//
// The pipeline: vectorize.Split and vectorize.Clean find body sentences and
// titles; vectorize.TFIDF gives L2-normalised TF-IDF rows with IDF over
// sentences; rank.Link links sentences whose cosine reaches a threshold;
// rank.Group forms claims from sentences of different sources that the
// Matcher joins (in English a learned same-claim model: the same claim, or
// roughly equivalent, or one carrying part of the other; a citation that
// states only part of its claim is marked Partial);
// rank.TextRank, personalised by position in the document, length and
// likeness to the headlines, scores sentences; a claim scores as its best
// wording raised by its support; Summarize then picks claims by score with
// maximal marginal relevance within the length budget and orders them by
// their position in the sources. Options.Method selects simpler rankings
// (ablations and baselines) for evaluation.
package summarize
