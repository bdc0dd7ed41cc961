// Package wordnet answers whether two English Snowball stems are synonyms
// or derivational relatives according to WordNet 3.0.
//
// The table maps every stem of a single-word WordNet lemma to a sorted list
// of concept ids: one id per WordNet synset the lemma belongs to, plus one
// id per derivation class — lemmas joined, transitively, by WordNet's
// lexical "derivationally related form" (+), pertainym (\) and participle
// (<) pointers, so that "approve" and "approval", "decide" and "decision",
// "economy" and "economic" share an id. The irregular forms of WordNet's
// noun, verb and adjective exception lists get the ids of their base forms
// ("rose" those of "rise", "better" those of "good"). Hypernyms and other
// semantic relations are not used: "ship" and "vessel" are not related.
//
// Keys are stems as the English Snowball stemmer of
// github.com/blevesearch/snowballstem computes them from lower-case words
// (snowballstem.NewEnv(w); english.Stem(env); env.Current()). Only lemmas
// made of the letters a-z are in the table (no multi-word, hyphenated or
// accented lemmas), and no stem shorter than two bytes. Because the key is
// a stem, words that stem alike share their ids: "univers" holds the
// concepts of both "university" and "universe".
//
// The data, wordnet.bin, is generated from the WordNet 3.0 database files
// of Debian's wordnet-base package and embedded in the binary; it is
// decoded once, on first use, in a few milliseconds. To regenerate it,
// install wordnet-base and run, from the repository root:
//
//	go run ./summarize/internal/wordnet/gen -dict /usr/share/wordnet -out summarize/internal/wordnet/wordnet.bin
//
// The output is byte-identical on every run; gen/main.go documents the
// file format.
//
// WordNet 3.0 is Copyright 2006 by Princeton University and is used under
// the WordNet 3.0 licence, reproduced in LICENSE-WordNet in this
// directory, which must accompany copies of the data.
//
// All functions are safe for concurrent use.
package wordnet

import (
	_ "embed"
	"errors"
	"hash/maphash"
	"math/bits"
	"strings"
	"sync"
)

//go:embed wordnet.bin
var data string

// rec is one stem of the table: stem i is data[recs[i].key:recs[i+1].key-1]
// (the stems are stored '\n'-terminated in data) and its concept ids are
// ids[recs[i].ids:recs[i+1].ids]. A final sentinel rec closes the last
// stem.
type rec struct {
	key, ids uint32
	sig      uint64 // bit sigBit(id) set for each id of the stem
}

// table is the decoded data: the stems in sorted order with an
// open-addressing hash index over them, about 2 MB in all. It is built in
// a few milliseconds, several times faster than filling a map with the same
// keys, and is as fast to query.
type table struct {
	d       string   // the encoded data the stems are slices of
	recs    []rec    // len(stems)+1
	ids     []uint32 // all id lists, one after another
	slots   []uint32 // 0 empty, else tag<<idxBits | (stem index+1)
	mask    uint64   // len(slots)-1, a power of two minus one
	idxBits uint     // bits of a slot holding the stem index
	seed    maphash.Seed

	synsets  int // ids [0, synsets) are synsets
	concepts int // ids [synsets, concepts) are derivation classes
}

var (
	once sync.Once
	tab  table
)

// load decodes the embedded data on first use.
func load() *table {
	once.Do(func() {
		t, err := decode(data)
		if err != nil {
			panic("wordnet: embedded wordnet.bin: " + err.Error())
		}
		tab = t
	})
	return &tab
}

var errCorrupt = errors.New("corrupt data")

// decode parses the format written by gen.
func decode(d string) (table, error) {
	const magic = "WNB1"
	if !strings.HasPrefix(d, magic) {
		return table{}, errors.New("bad magic")
	}
	pos := len(magic)
	uv := func() (uint64, bool) {
		// encoding/binary's Uvarint, on a string so as not to copy data.
		var x uint64
		for s := uint(0); s < 64 && pos < len(d); s += 7 {
			c := d[pos]
			pos++
			x |= uint64(c&0x7f) << s
			if c < 0x80 {
				return x, true
			}
		}
		return 0, false
	}
	var hdr [4]uint64
	for i := range hdr {
		v, ok := uv()
		if !ok || v > 1<<31 {
			return table{}, errCorrupt
		}
		hdr[i] = v
	}
	nSynsets, nClasses, nStems, nEntries := int(hdr[0]), int(hdr[1]), int(hdr[2]), int(hdr[3])
	if nEntries > len(d) || nStems > len(d) || nStems == 0 {
		return table{}, errCorrupt
	}
	nSlots := 1 << bits.Len(uint(2*nStems-1)) // >= 2*nStems: load <= 1/2
	t := table{
		d:        d,
		recs:     make([]rec, nStems+1),
		ids:      make([]uint32, nEntries),
		slots:    make([]uint32, nSlots),
		mask:     uint64(nSlots - 1),
		idxBits:  uint(bits.Len(uint(nStems))),
		seed:     maphash.MakeSeed(),
		synsets:  nSynsets,
		concepts: nSynsets + nClasses,
	}
	if t.idxBits > 24 { // keep at least 8 tag bits
		return table{}, errCorrupt
	}
	prev := ""
	for i := 0; i < nStems; i++ {
		n := strings.IndexByte(d[pos:], '\n')
		if n <= 0 {
			return table{}, errCorrupt
		}
		k := d[pos : pos+n]
		if i > 0 && k <= prev {
			return table{}, errCorrupt // unsorted or duplicate
		}
		prev = k
		t.recs[i].key = uint32(pos)
		pos += n + 1
		h := maphash.String(t.seed, k)
		j := h & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = t.tag(h)<<t.idxBits | uint32(i+1)
	}
	t.recs[nStems].key = uint32(pos)
	off := 0
	for i := 0; i < nStems; i++ {
		n, ok := uv()
		if !ok || n == 0 || n > uint64(nEntries-off) {
			return table{}, errCorrupt
		}
		t.recs[i].ids = uint32(off)
		var id uint64
		for j := 0; j < int(n); j++ {
			g, ok := uv()
			if !ok || (j > 0 && g == 0) {
				return table{}, errCorrupt
			}
			id += g
			if id >= uint64(t.concepts) {
				return table{}, errCorrupt
			}
			t.ids[off] = uint32(id)
			t.recs[i].sig |= sigBit(uint32(id))
			off++
		}
	}
	t.recs[nStems].ids = uint32(off)
	if off != nEntries || pos != len(d) {
		return table{}, errCorrupt
	}
	return t, nil
}

// sigBit maps a concept id to one of 64 bits, spreading neighbouring ids.
func sigBit(id uint32) uint64 {
	return 1 << ((id * 0x9e3779b1) >> 26)
}

// tag is the part of hash h a slot keeps beside the stem index, so that
// most probes of other stems fail without a string comparison.
func (t *table) tag(h uint64) uint32 {
	return uint32(h>>32) >> t.idxBits
}

// find returns the index of stem, or -1.
func (t *table) find(stem string) int {
	h := maphash.String(t.seed, stem)
	tag := t.tag(h)
	idxMask := uint32(1)<<t.idxBits - 1
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		e := t.slots[j]
		if e == 0 {
			return -1
		}
		if e>>t.idxBits == tag {
			i := int(e&idxMask) - 1
			if t.d[t.recs[i].key:t.recs[i+1].key-1] == stem {
				return i
			}
		}
	}
}

// idsOf returns the ids of stem i, capacity limited so that an append
// cannot write into the table.
func (t *table) idsOf(i int) []uint32 {
	a, b := t.recs[i].ids, t.recs[i+1].ids
	return t.ids[a:b:b]
}

// size is the number of stems.
func (t *table) size() int { return len(t.recs) - 1 }

// stem returns stem i.
func (t *table) stem(i int) string { return t.d[t.recs[i].key : t.recs[i+1].key-1] }

// Concepts returns the sorted concept ids of stem: its synsets and
// derivation classes, numbered for this table only. It returns nil for a
// stem not in the table, including "", and a non-empty list otherwise. The
// result is shared: callers must not modify it.
func Concepts(stem string) []uint32 {
	t := load()
	i := t.find(stem)
	if i < 0 {
		return nil
	}
	return t.idsOf(i)
}

// Known reports whether stem is in the table. Known("") is false.
func Known(stem string) bool {
	return load().find(stem) >= 0
}

// Related reports whether stems a and b share a concept id: a lemma of
// one and a lemma of the other (or an irregular form's base) share a
// synset or a derivation class. Related(a, a) is true when a is known. It
// is false when a or b is unknown, so Related("", "") is false.
func Related(a, b string) bool {
	t := load()
	i := t.find(a)
	if i < 0 {
		return false
	}
	if a == b {
		return true
	}
	j := t.find(b)
	if j < 0 {
		return false
	}
	if t.recs[i].sig&t.recs[j].sig == 0 {
		return false // no id in common: many pairs end here
	}
	return intersects(t.idsOf(i), t.idsOf(j))
}

// intersects reports whether the sorted lists x and y share an element.
func intersects(x, y []uint32) bool {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch a, b := x[i], y[j]; {
		case a == b:
			return true
		case a < b:
			i++
		default:
			j++
		}
	}
	return false
}
