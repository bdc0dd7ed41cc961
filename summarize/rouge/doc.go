// Package rouge is a faithful Go reimplementation of ROUGE-1.5.5, the Perl
// scorer (ROUGE-1.5.5.pl by Chin-Yew Lin) behind most published
// summarization results. It gives the same per-summary figures as the Perl
// script, to the last printed decimal, and the same averages and bootstrap
// confidence intervals.
//
// Summaries are plain text given as lines, one sentence per line, as in
// ROUGE's SPL input format. [Evaluate] scores one summary against its
// reference summaries; [Aggregate] averages the scores of many summaries and
// estimates confidence intervals. Evaluate is safe for concurrent use.
//
// # ROUGE-1.5.5 options
//
//	-n N          Options.MaxN = N (0 means 4, negative means no ROUGE-N)
//	-x            Options.LCS = false (ROUGE-L is computed only when LCS is set)
//	-2 D          Options.SkipBigrams = true, Options.SkipGap = D (D < 0: ROUGE-S*)
//	-u            Options.SkipUnigrams = true (ROUGE-SU4 is -2 4 -u)
//	-U            call Evaluate twice, with and without SkipUnigrams
//	-m            Options.Stem
//	-s            Options.RemoveStopwords
//	-l N          Options.LengthWords = N
//	-b N          Options.LengthBytes = N
//	-p A          Options.Alpha = A (0 means ROUGE's default 0.5)
//	-f A | -f B   Options.BestOf = false | true
//	-r N, -c C    Bootstrap{Resamples: N, Confidence: C} for Aggregate
//	-t 0          Aggregate (averaging per-summary scores, ROUGE's default)
//	-d            the per-summary scores are what Evaluate returns
//	-a            call Evaluate for each system
//
// The standard DUC 2004 setting, -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000
// -f A -t 0, is [DUC2004Options] with Bootstrap{} (ROUGE-SU4 adds
// SkipBigrams, SkipGap 4 and SkipUnigrams; ROUGE-L adds LCS).
//
// Not implemented: ROUGE-W (-w), Basic Elements (-3), token-level averaging
// (-t 1, -t 2; [Counts] holds the raw counts it would sum), stemming of the
// references only (-M), and the SEE and ISI input formats (markup is not
// parsed; give the sentences as lines).
//
// # What is reproduced
//
// Every step follows the Perl code, including its quirks, because the
// published figures depend on them:
//
//   - Text: lines are lower-cased (ASCII A-Z only); empty lines are dropped.
//     The length limit is applied to the peer and to every reference before
//     any clean-up: -l counts words split at white space on each line (so
//     "Sen's," is one word, and a line that starts with white space counts
//     an extra empty word) and cuts the line that reaches the limit; -b
//     counts bytes of the lines, not of the spaces joining them.
//   - Tokens: "-" becomes a token of its own, every other byte that is not
//     an ASCII letter or digit (UTF-8 included) separates tokens, and "-"
//     tokens are then dropped. With -s, words of the SMART stop list are
//     removed; with -m, tokens longer than 3 bytes are replaced from the
//     WordNet 2.0 exception table (adj, adv, noun, verb, later entries
//     winning, so "better" becomes "well") or else Porter-stemmed with
//     ROUGE's Perl stemmer, which differs from other Porter implementations
//     (see [Stem] and [PorterStem]).
//   - ROUGE-N and ROUGE-S count clipped matches; with -f A the counts of all
//     references are pooled (the peer's count is added once per
//     reference), with -f B the reference with the strictly best recall
//     (rounded to 5 decimals, unrounded for ROUGE-L) is used, the first one
//     on ties. With -u the last token of a text is not counted as a unigram.
//   - ROUGE-L is the union LCS of each reference sentence with all peer
//     sentences, clipped by unigram counts, with the Perl back-trace's
//     choice among equally long subsequences. With -b the sentences for
//     ROUGE-L are cut as ROUGE-1.5.5 cuts them, which differs from the cut
//     used for the clipping counts.
//   - Recall and precision are rounded to 5 decimals (Perl's %7.5f) and F
//     is computed from the rounded values, then rounded; averages are of
//     the rounded per-summary figures.
//   - Bootstrap: resample i seeds Perl's random number generator with i and
//     draws indexes with int(rand(n)). Perl's generator (its own drand48
//     since Perl 5.20, and glibc's identical drand48 before) is
//     reimplemented, so the intervals and the printed averages (the mean of
//     the resample means) are those of ROUGE-1.5.5, given the summaries in
//     ROUGE's order (see [Aggregate]). A Perl built to use another
//     generator would give slightly different intervals.
//
// The package test reproduces rouge-1.5.5-output.txt of the DUC 2004 data
// in shared/data (13 systems, 50 topics, ROUGE-1 to ROUGE-4: every
// per-topic recall, precision and F, every average and every interval
// bound).
//
// # Data
//
// The stop list (smart_common_words.txt, from ROUGE-1.5.5, which took it
// from the SMART system) and the WordNet 2.0 exception table
// (wordnet/exceptions.txt, under Princeton's WordNet license in
// wordnet/LICENSE) are embedded.
package rouge
