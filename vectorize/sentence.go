package vectorize

// A Sentence is one sentence (or title line) of one document, as the splitter
// found it.
type Sentence struct {
	// Doc is the position of the sentence's document in the input slice.
	Doc int
	// Index is the sentence's position within its document, counting from 0
	// over every sentence the splitter found (titles and junk included).
	Index int
	// Start and End are the byte offsets of the sentence in its document's
	// text: Text == text[Start:End]. Surrounding white space is excluded.
	Start, End int
	// Text is the sentence exactly as it appears in the document. It may
	// contain line breaks when a wrapped paragraph was joined.
	Text string
	// IsTitle reports a headline: a short line without end punctuation at
	// the top of the document. Titles are never summary sentences.
	IsTitle bool
}
