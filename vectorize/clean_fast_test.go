package vectorize

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestCleanShortcuts checks the allocation-free helpers of Clean against
// what they stand for, on seed and DUC sentences and random strings.
func TestCleanShortcuts(t *testing.T) {
	texts := sentencesOf(t, filepath.Join("..", "testdata", "seeds", "*.txt"))
	texts = append(texts, sentencesOf(t, filepath.Join("..", "..", "shared", "data", "duc2004", "docs", "d3001*", "*"))...)
	texts = append(texts, "COPYRİGHT 2024", "Copyright\u00a0x", "copyright ", "WASHINGTON (AP) — The", "U.S. — x",
		"date 2025-08-20 Text", "Updated: 2025-08-20 10:31 Text", "x\u00852025-01-01 A", "", " \t ", "a\u2028b")
	r := rand.New(rand.NewPCG(4, 4))
	alphabet := []string{"市", "ト", "ไ", "。", "a", "B", "É", "ß", " ", "\t", "\u00a0", "\u0085", "-", "2", "0", ".", "’", "'", "İ", "K", ":", "(", ")", "—", "\xff"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.IntN(14); j > 0; j-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, "市政府关闭了大桥。", "東京 タワー", "ไทย ภาษา", "a市b", "。。", "—", "x\xffy")
	for _, s := range texts {
		if got, want := CountWords(s), countWordsReference(s); got != want {
			t.Fatalf("CountWords(%q) = %d, reference %d", s, got, want)
		}
		f := strings.Fields(s)
		if got := countFields(s, -1); got != len(f) {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, len(f))
		}
		if got := countFields(s, 3); got != min(3, len(f)) {
			t.Fatalf("countFields(%q, 3) = %d, want %d", s, got, min(3, len(f)))
		}
		if len(f) > 0 && firstField(s) != f[0] {
			t.Fatalf("firstField(%q) = %q, want %q", s, firstField(s), f[0])
		}
		if got, want := hasLowerPrefix(s, "copyright "), strings.HasPrefix(strings.ToLower(s), "copyright "); got != want {
			t.Fatalf("hasLowerPrefix(%q) = %v, want %v", s, got, want)
		}
		for _, title := range []bool{false, true} {
			sent := Sentence{Text: s, IsTitle: title}
			if got, want := isJunk(sent), isJunkReference(sent); got != want {
				t.Fatalf("isJunk(%q, title %v) = %v, reference %v", s, title, got, want)
			}
		}
		if stampRE.MatchString(s) && !hasDateDash(s) {
			t.Fatalf("%q matches stampRE but hasDateDash is false", s)
		}
		if datelineRE.MatchString(s) && !startsCapitals(s) {
			t.Fatalf("%q matches datelineRE but startsCapitals is false", s)
		}
	}
}

// isJunkReference is isJunk as first written, with strings.Fields.
func isJunkReference(s Sentence) bool {
	t := s.Text
	words := strings.Fields(t)
	if len(words) == 0 {
		return true
	}
	letters, other := 0, 0
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
		default:
			other++
		}
	}
	if float64(letters) < minLetters*float64(letters+other) {
		return true
	}
	if len(words) <= 2 {
		for _, w := range words {
			if (len(w) >= maxToken && !hasSpaceless(w)) || strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
				return true
			}
		}
	}
	if strings.HasPrefix(t, "©") || strings.HasPrefix(strings.ToLower(t), "copyright ") {
		return true
	}
	if endsSentence(t) {
		return false
	}
	if s.IsTitle {
		return len(words) < minTitle || isListMarker(words[0]) || strings.HasSuffix(t, ":")
	}
	return len(words) <= shortLine
}

// countWordsReference is CountWords as first written, with strings.Fields.
func countWordsReference(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		k := 0
		other := false
		for _, r := range w {
			if isSpaceless(r) {
				k++
			} else if !other && !unicode.IsPunct(r) {
				other = true
			}
		}
		if other || k == 0 {
			k++
		}
		n += k
	}
	return n
}
