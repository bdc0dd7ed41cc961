// Command gen builds summarize/internal/wordnet/wordnet.bin from the WordNet 3.0
// database files (data.noun, data.verb, data.adj, data.adv and the
// noun.exc, verb.exc, adj.exc exception lists) as installed by Debian's
// wordnet-base package.
//
// Run from the repository root:
//
//	go run ./summarize/internal/wordnet/gen -dict /usr/share/wordnet -out summarize/internal/wordnet/wordnet.bin
//
// The output is byte-identical on every run for the same input.
//
// What it computes, per English Snowball stem of a WordNet lemma:
//
//   - one concept id per synset the lemma belongs to (synsets numbered
//     densely from 0 in file order noun, verb, adj, adv, by offset);
//   - one concept id per derivation class: lemmas joined by the lexical
//     pointers "+" (derivationally related form), "\" (pertainym; for
//     adverbs: derived from adjective) and "<" (adjective participle of a
//     verb), whose source and target word numbers pick the two words,
//     closed transitively with a union-find over lemmas (with -by-sense,
//     over senses, a sense being one word of one synset: smaller classes).
//     Classes whose lemmas reduce to fewer than two distinct stems are
//     dropped, and classes with the same set of stems share one id. Class
//     ids follow all synset ids, in the order of their sorted stem lists;
//   - for an irregular form listed in an exception file (for example
//     "rose rise", "better good"), the stem of the inflected form also
//     gets every id of the base lemmas.
//
// Lemmas are lower-cased; the adjective markers "(a)", "(p)" and "(ip)"
// are stripped; a lemma that still contains anything but the letters a-z
// (multi-word lemmas with '_', hyphenated ones, digits, apostrophes, dots)
// is skipped, and so is a stem shorter than two bytes. Hypernyms and the
// other semantic pointers are not used.
//
// File format (all integers unsigned LEB128 varints, as encoding/binary's
// Uvarint):
//
//	"WNB1"                      magic
//	nSynsets nClasses nStems nEntries
//	nStems stems, each followed by '\n', in byte-wise sorted order
//	for each stem in the same order: count, first id, then count-1 gaps
//	(id[i]-id[i-1], always >= 1)
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// pointer is one lexical pointer used for derivation classes.
type pointer struct {
	pos    byte   // target part of speech file: 'n', 'v', 'a', 'r'
	offset uint32 // target synset offset
	src    int    // source word number, 1-based
	dst    int    // target word number, 1-based
}

// synset is one parsed line of a data file.
type synset struct {
	words []string // normalised lemma per word number, "" when skipped
	ptrs  []pointer
}

// derivPointers are the lexical pointer symbols that join derivation
// classes.
var derivPointers = map[string]bool{"+": true, `\`: true, "<": true}

func main() {
	log.SetFlags(0)
	log.SetPrefix("wordnet/gen: ")
	dict := flag.String("dict", "/usr/share/wordnet", "directory holding the WordNet 3.0 data.* and *.exc files")
	out := flag.String("out", "summarize/internal/wordnet/wordnet.bin", "output file")
	bySense := flag.Bool("by-sense", false, "join derivation classes per sense (word in one synset) instead of per lemma")
	flag.Parse()

	b, stats, err := build(*dict, *bySense)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes, %s", *out, len(b), stats)
}

// build reads the database in dir and returns the encoded table and a
// one-line summary.
func build(dir string, bySense bool) ([]byte, string, error) {
	// Parse the four data files. Synset ids are dense in file order.
	var synsets []synset
	index := map[byte]map[uint32]int{} // pos file -> offset -> synset id
	for _, f := range []struct {
		name string
		pos  byte
	}{{"data.noun", 'n'}, {"data.verb", 'v'}, {"data.adj", 'a'}, {"data.adv", 'r'}} {
		ss, offs, err := readData(filepath.Join(dir, f.name))
		if err != nil {
			return nil, "", err
		}
		m := make(map[uint32]int, len(ss))
		for i := range ss {
			m[offs[i]] = len(synsets)
			synsets = append(synsets, ss[i])
		}
		index[f.pos] = m
	}
	nSynsets := len(synsets)

	// Synset ids per lemma.
	lemmaIDs := map[string][]uint32{}
	for id, s := range synsets {
		for _, w := range s.words {
			if w != "" {
				lemmaIDs[w] = append(lemmaIDs[w], uint32(id))
			}
		}
	}

	// Union-find nodes: by default one per lemma (all senses of a word are
	// one node); with bySense one per sense, node base[i]+k being word k of
	// synset i.
	base := make([]int, nSynsets+1)
	for i, s := range synsets {
		base[i+1] = base[i] + len(s.words)
	}
	lemmas := make([]string, 0, len(lemmaIDs))
	for w := range lemmaIDs {
		lemmas = append(lemmas, w)
	}
	slices.Sort(lemmas)
	lemmaIndex := make(map[string]int, len(lemmas))
	for i, w := range lemmas {
		lemmaIndex[w] = i
	}
	nNodes := len(lemmas)
	node := func(i, k int) int { return lemmaIndex[synsets[i].words[k]] }
	if bySense {
		nNodes = base[nSynsets]
		node = func(i, k int) int { return base[i] + k }
	}
	parent := make([]int, nNodes)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra // smaller index is the root: deterministic
	}
	for i, s := range synsets {
		for _, p := range s.ptrs {
			j, ok := index[p.pos][p.offset]
			if !ok {
				return nil, "", fmt.Errorf("pointer to unknown synset %c %08d", p.pos, p.offset)
			}
			t := synsets[j]
			if p.src < 1 || p.src > len(s.words) || p.dst < 1 || p.dst > len(t.words) {
				return nil, "", fmt.Errorf("bad word numbers %02x%02x in pointer to %c %08d", p.src, p.dst, p.pos, p.offset)
			}
			if s.words[p.src-1] == "" || t.words[p.dst-1] == "" {
				continue
			}
			union(node(i, p.src-1), node(j, p.dst-1))
		}
	}

	// Collect each class's distinct stems; keep classes with >= 2.
	stemOf := map[string]string{}
	stem := func(w string) string {
		s, ok := stemOf[w]
		if !ok {
			env := snowballstem.NewEnv(w)
			english.Stem(env)
			s = env.Current()
			stemOf[w] = s
		}
		return s
	}
	classStems := map[int][]string{} // root -> stems
	for i, s := range synsets {
		for k, w := range s.words {
			if w == "" {
				continue
			}
			r := find(node(i, k))
			if st := stem(w); len(st) >= 2 {
				classStems[r] = append(classStems[r], st)
			}
		}
	}
	roots := make([]int, 0, len(classStems))
	for r := range classStems {
		roots = append(roots, r)
	}
	slices.Sort(roots)
	// Distinct stem sets, sorted, give the class ids.
	keyOf := map[int]string{} // root -> key of a kept class
	var keys []string
	for _, r := range roots {
		st := classStems[r]
		slices.Sort(st)
		st = slices.Compact(st)
		if len(st) < 2 {
			continue
		}
		key := strings.Join(st, " ")
		keyOf[r] = key
		keys = append(keys, key)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	largest := 0
	for _, k := range keys {
		largest = max(largest, strings.Count(k, " ")+1)
	}
	classID := func(key string) uint32 {
		i, _ := slices.BinarySearch(keys, key)
		return uint32(nSynsets + i)
	}

	// Class ids per lemma: the classes of its senses.
	for i, s := range synsets {
		for k, w := range s.words {
			if w == "" {
				continue
			}
			if key, ok := keyOf[find(node(i, k))]; ok {
				lemmaIDs[w] = append(lemmaIDs[w], classID(key))
			}
		}
	}

	// Stem -> ids: the union over the lemmas with that stem.
	table := map[string][]uint32{}
	for w, ids := range lemmaIDs {
		if st := stem(w); len(st) >= 2 {
			table[st] = append(table[st], ids...)
		}
	}

	// Irregular forms.
	nExc := 0
	for _, name := range []string{"noun.exc", "verb.exc", "adj.exc"} {
		pairs, err := readExc(filepath.Join(dir, name))
		if err != nil {
			return nil, "", err
		}
		for _, p := range pairs {
			infl := p[0]
			if !isWord(infl) {
				continue
			}
			st := stem(infl)
			if len(st) < 2 {
				continue
			}
			var add []uint32
			for _, b := range p[1:] {
				add = append(add, lemmaIDs[b]...)
			}
			if len(add) > 0 {
				table[st] = append(table[st], add...)
				nExc++
			}
		}
	}

	// Encode.
	stems := make([]string, 0, len(table))
	nEntries := 0
	for st, ids := range table {
		slices.Sort(ids)
		ids = slices.Compact(ids)
		table[st] = ids
		stems = append(stems, st)
		nEntries += len(ids)
	}
	slices.Sort(stems)

	var buf bytes.Buffer
	buf.WriteString("WNB1")
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { buf.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	uv(uint64(nSynsets))
	uv(uint64(len(keys)))
	uv(uint64(len(stems)))
	uv(uint64(nEntries))
	for _, st := range stems {
		buf.WriteString(st)
		buf.WriteByte('\n')
	}
	for _, st := range stems {
		ids := table[st]
		uv(uint64(len(ids)))
		prev := uint32(0)
		for i, id := range ids {
			if i == 0 {
				uv(uint64(id))
			} else {
				uv(uint64(id - prev))
			}
			prev = id
		}
	}
	stats := fmt.Sprintf("%d synsets, %d derivation classes (largest %d stems), %d stems, %d ids, %d irregular forms used",
		nSynsets, len(keys), largest, len(stems), nEntries, nExc)
	return buf.Bytes(), stats, nil
}

// isWord reports whether w is non-empty and made only of the letters a-z.
func isWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// normalise lower-cases a data-file word, strips an adjective marker and
// returns "" when the result is not a plain letters-only word.
func normalise(w string) string {
	for _, m := range []string{"(a)", "(p)", "(ip)"} {
		if strings.HasSuffix(w, m) {
			w = w[:len(w)-len(m)]
			break
		}
	}
	w = strings.ToLower(w)
	if !isWord(w) {
		return ""
	}
	return w
}

// readData parses one data.* file and returns its synsets and their
// offsets in file order (which the format defines as ascending offset).
func readData(path string) ([]synset, []uint32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var (
		ss   []synset
		offs []uint32
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "  ") || t == "" {
			continue // licence header
		}
		if i := strings.Index(t, " | "); i >= 0 {
			t = t[:i]
		}
		fs := strings.Fields(t)
		bad := func(what string) error { return fmt.Errorf("%s:%d: %s", path, line, what) }
		if len(fs) < 4 {
			return nil, nil, bad("short line")
		}
		off, err := strconv.ParseUint(fs[0], 10, 32)
		if err != nil {
			return nil, nil, bad("bad offset")
		}
		if len(offs) > 0 && uint32(off) <= offs[len(offs)-1] {
			return nil, nil, bad("offsets not ascending")
		}
		wc, err := strconv.ParseUint(fs[3], 16, 8)
		if err != nil {
			return nil, nil, bad("bad w_cnt")
		}
		k := 4
		if len(fs) < k+2*int(wc)+1 {
			return nil, nil, bad("short word list")
		}
		var s synset
		for j := 0; j < int(wc); j++ {
			s.words = append(s.words, normalise(fs[k]))
			k += 2
		}
		pc, err := strconv.ParseUint(fs[k], 10, 16)
		if err != nil {
			return nil, nil, bad("bad p_cnt")
		}
		k++
		if len(fs) < k+4*int(pc) {
			return nil, nil, bad("short pointer list")
		}
		for j := 0; j < int(pc); j++ {
			sym, toff, tpos, st := fs[k], fs[k+1], fs[k+2], fs[k+3]
			k += 4
			if !derivPointers[sym] || st == "0000" {
				continue
			}
			o, err := strconv.ParseUint(toff, 10, 32)
			if err != nil || len(tpos) != 1 || len(st) != 4 {
				return nil, nil, bad("bad pointer")
			}
			src, err1 := strconv.ParseUint(st[:2], 16, 8)
			dst, err2 := strconv.ParseUint(st[2:], 16, 8)
			if err1 != nil || err2 != nil {
				return nil, nil, bad("bad source/target")
			}
			p := tpos[0]
			if p == 's' {
				p = 'a' // satellites live in data.adj
			}
			s.ptrs = append(s.ptrs, pointer{pos: p, offset: uint32(o), src: int(src), dst: int(dst)})
		}
		ss = append(ss, s)
		offs = append(offs, uint32(off))
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	if len(ss) == 0 {
		return nil, nil, fmt.Errorf("%s: no synsets", path)
	}
	return ss, offs, nil
}

// readExc parses an exception list: each line is an inflected form
// followed by one or more base forms.
func readExc(path string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, l := range strings.Split(string(b), "\n") {
		if fs := strings.Fields(l); len(fs) >= 2 {
			out = append(out, fs)
		}
	}
	return out, nil
}
