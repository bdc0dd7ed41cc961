package summarize

import (
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/concordsum/concord/vectorize"
)

// Helpers that share work out among goroutines, and text scans without
// allocation. Each gives exactly the value of the plain loop it replaces.

// workersFor returns the goroutines to use on docs: workers (GOMAXPROCS
// when 0 or less), but one for an input of less than parallelFrom bytes,
// whose stages take less time than starting goroutines and handing work
// to them costs.
func workersFor(docs []Document, workers int) int {
	size := 0
	for _, d := range docs {
		if size += len(d.Text); size >= parallelFrom {
			return workers
		}
	}
	return 1
}

// parallelFrom is the input size, in bytes, from which Summarize shares
// its work out (about 2,000 sentences of news).
const parallelFrom = 256 << 10

// splitDocs splits texts into sentences, one document per job, on up to
// workers goroutines (0 or less means GOMAXPROCS).
func splitDocs(texts []string, lang vectorize.Language, workers int) [][]vectorize.Sentence {
	out := make([][]vectorize.Sentence, len(texts))
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(texts))
	if workers <= 1 || len(texts) < 4 {
		for d, t := range texts {
			out[d] = lang.Split(d, t)
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range next {
				out[d] = lang.Split(d, texts[d])
			}
		}()
	}
	for d := range texts {
		next <- d
	}
	close(next)
	wg.Wait()
	return out
}

// wordsUpTo returns min(len(strings.Fields(text)), n), without building
// the fields.
func wordsUpTo(text string, n int) int {
	// words counts the starts of fields: a byte that is not a space after
	// one that is (in is 1 inside a field); ASCII without a branch on
	// the bytes, which a processor mispredicts at every word.
	words, in := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		var out int // 1 for a space
		if c < utf8.RuneSelf {
			i++
			out = int(asciiSpace[c])
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			out = b2i(unicode.IsSpace(r))
		}
		words += (1 - out) &^ in
		in = 1 - out
		if words >= n {
			return n
		}
	}
	return min(words, n)
}

// asciiSpace is 1 for the ASCII white space of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// isCollapsed reports whether collapse(s) == s: s holds no white space
// but single ASCII spaces between words.
func isCollapsed(s string) bool {
	prev := byte(' ') // as if a space came before: no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && prev == ' ':
			return false
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			// U+0085 and U+00A0 (C2 85, C2 A0) and the spaces of
			// U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
			// U+3000: let strings.Fields decide.
			if c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 {
				return false
			}
		}
		prev = c
	}
	return prev != ' ' || len(s) == 0
}

// parallelRange calls f on contiguous ranges covering [0, n), on up to
// workers goroutines (0 or less means GOMAXPROCS).
func parallelRange(n, workers int, f func(lo, hi int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parts := min(workers*4, (n+255)/256)
	if workers <= 1 || parts <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, parts)
	for p := 0; p < parts; p++ {
		next <- p
	}
	close(next)
	for range min(workers, parts) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				f(p*n/parts, (p+1)*n/parts)
			}
		}()
	}
	wg.Wait()
}
