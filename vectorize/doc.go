// Package vectorize turns documents into what concord ranks: Split cuts a
// document into sentences with byte spans (lines first, then sentences;
// abbreviations, initials, decimals, quotations and lists of twelve
// languages), Clean drops what is not article text (menus, image names,
// lines repeated across otherwise different documents) and cuts datelines
// and time stamps off sentence starts, a Tokeniser gives a language's index
// terms (lower case, stop words out, Snowball stems), and TFIDF gives the
// sentences' L2-normalised TF-IDF rows, with IDF over sentences, as
// github.com/james-bowman/nlp's CountVectoriser and TfidfTransformer give
// them. LookupLanguage and DetectLanguage name the languages.
//
// Nothing here knows about sources' ranking; every function is
// deterministic.
package vectorize
