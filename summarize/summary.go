package summarize

// A Document is one version of the story.
type Document struct {
	// ID names the document in citations and source lists: a file name,
	// a URL, an outlet. An empty ID is shown as "document N" (N from 1).
	ID string
	// Text is the document's text. Invalid UTF-8 is read as U+FFFD.
	Text string
	// Title, if not empty, is the document's headline given apart from
	// its text (an HTML page's title; see package htmldoc). It becomes
	// Source.Title and counts like a headline found at the top of Text.
	// Empty means the headline, if any, is found in Text.
	Title string
}

// Options control a summary. The zero Options is usable: each field says
// what its zero means; a negative Sentences, Words, Bytes or MinSupport is
// an error. At most one of Sentences, Words and Bytes should be set; Words
// wins over Bytes, and either wins over Sentences.
type Options struct {
	// Sentences is the summary length in sentences. Zero means 5.
	Sentences int
	// Words, if positive, is a budget in words instead: whole claims are
	// added in rank order until the summary holds at least Words words, so
	// the last sentence may run past it (the DUC convention; its scorer
	// truncates).
	Words int
	// Bytes, if positive, is a budget in bytes of summary text (sentences
	// joined by single spaces), applied the same way as Words.
	Bytes int
	// MinSupport keeps only claims carried by at least this many sources.
	// Zero means 1 (every claim may be chosen).
	MinSupport int
	// Language is the language of the documents: a name
	// vectorize.LookupLanguage accepts ("german", "de"), or "auto" to
	// detect it from the documents' text (see AutoLanguage). Empty means
	// English. An unsupported language, or text whose language "auto"
	// cannot recognise, is an error.
	Language string
	// MaxInputBytes limits the total size of the documents' texts, so that
	// untrusted input cannot take all memory: Summarize returns a
	// *LimitError when they pass it. Zero means DefaultMaxInputBytes;
	// a negative value means no limit (the command's -max-input 0 and
	// -max-input none).
	MaxInputBytes int
	// MaxSentenceBytes limits the length of one sentence: longer ones
	// (a page of text without punctuation, a table flattened to one line)
	// are left out and counted in Source.TooLong. Zero means
	// DefaultMaxSentenceBytes; a negative value means no limit (the
	// command's -max-sentence 0 and -max-sentence none).
	MaxSentenceBytes int
	// Method selects the ranking method. The zero value, Concord, is
	// concord's full method; the others are ablations and baselines for
	// evaluation (see Method).
	Method Method
	// Workers caps the goroutines Summarize uses. Zero or less means
	// GOMAXPROCS. The result does not depend on it.
	Workers int
	// Lean leaves out what only the explain view and the HTML report
	// show, and Summarize does not compute it: Summary.LeftOut stays nil
	// and every Citation.Similarity 0. The other writers' output is the
	// same. The zero value, false, computes it.
	Lean bool
}

// A Summary is the result of Summarize.
type Summary struct {
	// Sources lists the input documents in input order; citations refer
	// to them by number, Sources[k] being source k+1.
	Sources []Source
	// Sentences is the summary, in the order the claims appear in the
	// sources.
	Sentences []Sentence
	// Language is the name of the language the documents were read in
	// ("english", "german", ...): Options.Language, or the one detected.
	Language string
	// LeftOut lists the claims not in the summary that one source only
	// carries, or fewer sources than Options.MinSupport asks, best score
	// first, each with the reason it was left out. It is what the explain
	// view shows; writers other than the explain writers and WriteHTML
	// ignore it. Nil with Options.Lean.
	LeftOut []LeftOut
	// Disagreements lists the points on which the sources differ about
	// the chosen claims, in the order of the claims, then those about
	// claims left out of the summary (Sentence -1; see Disagreement).
	// Nil when there is none, in languages other than English, and for
	// the baseline methods.
	Disagreements []Disagreement
	// Skipped lists inputs that were left out before summarising, with
	// the reason. Summarize never leaves out a document it is given, so it
	// leaves Skipped nil; a caller that drops inputs (the command drops
	// empty, binary and unreadable files) records them here so that
	// WriteJSON lists them.
	Skipped []Skipped
}

// A Skipped names an input that was not summarised and says why.
type Skipped struct {
	// ID names the input: a file name or "stdin#N".
	ID string
	// Reason says why it was left out: "empty", "binary (NUL bytes)",
	// "unreadable: permission denied" and the like.
	Reason string
}

// A LeftOut is a claim of a single source that the summary does not hold.
type LeftOut struct {
	// Text is the claim's wording, white space collapsed.
	Text string
	// Score is the claim's rank score on the scale of Sentence.Score.
	Score float64
	// Reason says why it was left out, in a few words.
	Reason string
	// Citations lists its sentences (usually one), with Similarity set
	// and the first one Representative.
	Citations []Citation
}

// A Source describes one input document.
type Source struct {
	// ID is the document's ID, or "document N" when it had none.
	ID string
	// Sentences is the number of sentences the splitter found in it,
	// titles and junk included.
	Sentences int
	// Used is the number of body sentences left after cleaning: the
	// sentences that took part in ranking. Zero means the document held
	// nothing but titles, junk and sentences too long to use.
	Used int
	// TooLong is the number of sentences left out for passing
	// Options.MaxSentenceBytes; zero when none was.
	TooLong int
	// Title is the document's headline, if one was recognised.
	Title string
}

// A Sentence is one claim of the summary.
type Sentence struct {
	// Text is the claim in the wording of one source (the representative),
	// with runs of white space shown as one space.
	Text string
	// Score is the claim's rank score, relative to the best claim of the
	// input (which scores 1).
	Score float64
	// Support is the number of distinct sources that carry the claim.
	Support int
	// Citations lists the source sentences that carry the claim, by
	// source number, then by position in the source. The representative
	// is one of them. A sentence that grouping joined to the claim
	// through its other members, but whose own similarity to the
	// representative is below the join threshold, is not cited and not
	// listed (it shares the claim's subject more often than it states
	// the claim).
	Citations []Citation
	// NotCited lists the claim's other members, the sentences that
	// grouping joined to it through its other members but that are not
	// cited (see Citations), with their Similarity to the representative,
	// ordered as Citations: what the explain view shows as "not cited".
	// Nil when every member is cited, and with Options.Lean.
	NotCited []Citation
}

// A Citation points at one source sentence.
type Citation struct {
	// Source is the source's number, from 1 (Summary.Sources[Source-1]).
	Source int
	// Sentence is the sentence's index in its source, counting from 0 over
	// every sentence the splitter found.
	Sentence int
	// Start and End are the byte offsets of the sentence in the source's
	// text as Summarize read it: Text == Document.Text[Start:End] when
	// Document.Text is valid UTF-8. When it is not, they are offsets in
	// strings.ToValidUTF8(Document.Text, "\uFFFD") (each run of invalid
	// bytes read as one U+FFFD), and Text is that text's slice: slice the
	// repaired text, not the original, or use Text.
	Start, End int
	// Text is the cited sentence exactly as it stands in the source.
	Text string
	// Representative reports the citation whose wording is the claim's
	// Text.
	Representative bool
	// Partial reports a sentence that states only part of the claim's
	// Text (Matcher.Partial): it is not the same claim as the
	// representative (Matcher.Same) and carries less than
	// PartialCoverage of the representative's content words
	// (Matcher.Coverage). The sentence joined the claim because it says
	// the same thing in fewer details, or the claim says more than it.
	// False for the representative, for paraphrases, for the copies of a
	// fully cited sentence, and in languages without a learned model
	// (Matcher.Learned), where a rewording cannot be told from a sentence
	// that says less.
	Partial bool
	// Similarity is the claim similarity (Matcher.Similarity, the
	// measure grouping uses) of the sentence with the claim's
	// representative: 1 for the representative itself, 0 for no word in
	// common; at or above Matcher.Threshold the two alone would be taken
	// for the same claim (members also join through other members, and
	// versions' lead sentences through the lead join). Only the explain
	// view and WriteHTML show it; Summarize leaves it 0 with
	// Options.Lean, and in Disagreement statements and wherever else a
	// Citation is not a summary sentence's or a left-out claim's.
	Similarity float64
}
