// Package intern numbers the words of a text as the tokenisers of concord
// need them: a Cache maps each surface form to a key (a term or a stem)
// with one map look-up, remembers it from one call to the next, and gives
// every key a number local to the current run of texts in order of first
// appearance; Merge then numbers the keys of several runs in one
// vocabulary, in run order, as one sequential pass would have.
package intern

import "strings"

// MaxForms bounds a Cache: past it the cache starts afresh at the next
// Trim.
const MaxForms = 1 << 16

// A Cache numbers surface forms by their keys, for one goroutine at a
// time. The zero Cache is not usable; call NewCache.
type Cache struct {
	forms map[string]int32 // surface form → key number, -1 if dropped
	ids   map[string]int32 // key → key number
	keys  []string         // key number → key
	local []int32          // key number → 1 + number in the current run, or 0
	seen  []int32          // key numbers with a number in the current run
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{forms: make(map[string]int32, 1024), ids: make(map[string]int32, 1024)}
}

// Trim empties c when it holds more than MaxForms forms. Call it between
// runs.
func (c *Cache) Trim() {
	if len(c.forms) <= MaxForms {
		return
	}
	clear(c.forms)
	clear(c.ids)
	c.keys, c.local = c.keys[:0], c.local[:0]
}

// Local returns the number in the current run of the key of form, adding
// the key to *run when it is new to the run, or -1 when form is dropped.
// key gives a form's key ("" drops it); it is called once per new form.
func (c *Cache) Local(form string, key func(string) string, run *[]string) int32 {
	k, ok := c.forms[form]
	if !ok {
		k = c.add(form, key)
	}
	return c.local1(k, run)
}

// LocalBytes is Local for a form held in a byte slice, without copying it
// when it is known.
func (c *Cache) LocalBytes(form []byte, key func(string) string, run *[]string) int32 {
	k, ok := c.forms[string(form)]
	if !ok {
		k = c.add(string(form), key)
	}
	return c.local1(k, run)
}

func (c *Cache) local1(k int32, run *[]string) int32 {
	if k < 0 {
		return -1
	}
	id := c.local[k]
	if id == 0 {
		*run = append(*run, c.keys[k])
		id = int32(len(*run))
		c.local[k] = id
		c.seen = append(c.seen, k)
	}
	return id - 1
}

// add numbers a form not seen before (a copy of it is kept).
func (c *Cache) add(form string, key func(string) string) int32 {
	form = strings.Clone(form)
	k := int32(-1)
	if name := key(form); name != "" {
		var ok bool
		if k, ok = c.ids[name]; !ok {
			k = int32(len(c.keys))
			c.ids[name] = k
			c.keys = append(c.keys, name)
			c.local = append(c.local, 0)
		}
	}
	c.forms[form] = k
	return k
}

// EndRun forgets the numbers of the current run.
func (c *Cache) EndRun() {
	for _, k := range c.seen {
		c.local[k] = 0
	}
	c.seen = c.seen[:0]
}

// Merge numbers the keys of runs (each in the order Local numbered them)
// in one vocabulary, in run order, and returns it with each run's map from
// local to common numbers.
func Merge(runs [][]string) (vocab []string, remap [][]int32) {
	remap = make([][]int32, len(runs))
	if len(runs) == 1 {
		remap[0] = make([]int32, len(runs[0]))
		for l := range remap[0] {
			remap[0][l] = int32(l)
		}
		return runs[0], remap
	}
	common := make(map[string]int32, 2*len(runs[0]))
	for r, run := range runs {
		remap[r] = make([]int32, len(run))
		for l, key := range run {
			g, ok := common[key]
			if !ok {
				g = int32(len(vocab))
				common[key] = g
				vocab = append(vocab, key)
			}
			remap[r][l] = g
		}
	}
	return vocab, remap
}
