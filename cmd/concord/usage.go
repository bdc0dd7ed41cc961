package main

const usage = `concord: one extractive summary of several versions of a story, with sources.

Usage:
  concord [flags] [file | directory | -]...

Every summary sentence is a sentence of one source, and cites every source
that says the same thing ([~3]: that source states only part of it). Flags
may come before or after the inputs; after -- everything is an input.

INPUT
  file          one document: plain text in UTF-8, or a saved web page. A page
                (named *.html, *.htm, *.xhtml, *.shtml, or whose content is
                HTML) is reduced to its article text: navigation, cookie
                banners, comments and related-article lists are dropped, and
                the page title becomes the document's headline.
  directory     every regular file in it, in name order (hidden files,
                sub-directories and unreadable files are skipped with a note
                on stderr)
  -             standard input; also read when no input is named. It holds one
                document, or several separated by form feeds and lines "---",
                or JSON Lines: one {"id": "...", "text": "..."} object per line.
  -lang L       language of the documents (default english): danish, dutch,
                english, finnish, french, german, italian, norwegian,
                portuguese, russian, spanish, swedish, or their ISO codes (de,
                fr, ...); auto detects it from all documents together (a
                document that looks like another language is noted on stderr).
                It chooses the stop words, the stemmer and the abbreviations
                sentence splitting knows. Any other language is an error.

LENGTH AND CONTENT
  -n N          summary length in sentences (default 5)
  -words N      a word budget instead: whole sentences are added until the
                summary reaches N words (the last one may run past N)
  -bytes N      a byte budget instead, applied the same way (DUC uses 665);
                give at most one of -n, -words and -bytes, each positive
  -min-support N
                only claims carried by at least N sources (default 1)

OUTPUT
  -format F     text (default): one sentence a line with citations [1][3],
                then the numbered sources;
                markdown: a list with footnote citations;
                json: one object (sources, sentences, citations with byte
                spans; schema in README.md);
                html: one self-contained page to open in a browser, the
                summary beside the full sources, cited sentences highlighted;
                clicking a citation scrolls to the sentence it cites.
  -explain      show why: for each summary sentence its support, score and
                every member sentence from every source with its similarity
                to the representative wording; then the claims of a single
                source that were left out, and why. Works with text,
                markdown and json (json adds "language", "similarity" and
                "left_out"); the html page always shows it.
  -sentences    print every sentence the splitter finds, one a line, before
                any cleaning, and exit (to check splitting for a language)

MANY STORIES, SPEED
  -batch        many stories in one run: JSON Lines in (files named, or
                standard input), one story a line:
                {"id": ..., "documents": [{"id": "...", "text": "..."}, ...]}
                and one compact JSON summary a line out, in input order, the
                story's "id" first; a story that fails gives {"id": ...,
                "error": "..."} and the stream goes on. Stories run in
                parallel; exit 1 if any failed.
  -j N          use at most N cores (default all); with -batch, at most N
                stories at once. The output is the same for every N.

LIMITS (for untrusted input)
  -max-input SIZE
                stop with an error when the inputs together pass SIZE bytes
                (default 32M; suffixes k, M, G; 0: the default; none: no
                limit)
  -max-sentence SIZE
                leave out sentences longer than SIZE bytes, with a note
                (default 2000; 0: the default; none: no limit)

OTHER
  -version      print the version and exit
  -h            this help

EXAMPLES
  Text files, and a directory of them:
    concord a.txt b.txt c.txt
    concord -n 3 -format markdown story/
  Saved web pages, into a report to open in a browser:
    concord -format html page1.html page2.htm saved/ > report.html
  Standard input, several documents separated by "---" lines:
    { cat a.txt; printf '\n---\n'; cat b.txt; } | concord -words 100
  JSON Lines on standard input:
    printf '{"id":"ap","text":"..."}\n{"id":"afp","text":"..."}\n' |
      concord -format json
  Another language, named or detected:
    concord -lang german spiegel.txt zeit.txt
    concord -lang auto versions/
  Why these sentences:
    concord -explain -n 3 story/
  Many stories, one JSON summary a line:
    concord -batch -words 100 < stories.jsonl > summaries.jsonl
  How a French article is split into sentences:
    concord -sentences -lang fr article.txt

EXIT STATUS
  0 on success, 2 on a usage error (unknown flag, bad value, unsupported
  language, no input on a terminal), 1 on any other failure (unreadable file,
  no text, a language -lang auto cannot recognise).
`
