package intern

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// key lower-cases a form and drops "the".
func key(form string) string {
	k := strings.ToLower(form)
	if k == "the" {
		return ""
	}
	return k
}

func TestLocalNumbersByFirstAppearance(t *testing.T) {
	c := NewCache()
	var run []string
	var got []int32
	for _, f := range []string{"Ship", "the", "ship", "bridge", "SHIP", "bridge"} {
		got = append(got, c.Local(f, key, &run))
	}
	if want := []int32{0, -1, 0, 1, 0, 1}; !slices.Equal(got, want) {
		t.Fatalf("numbers %v, want %v", got, want)
	}
	if want := []string{"ship", "bridge"}; !slices.Equal(run, want) {
		t.Fatalf("run %q, want %q", run, want)
	}
	// A new run numbers from 0 again, in its own order, and the cache
	// remembers the forms (key is not called again for them).
	c.EndRun()
	var run2 []string
	calls := 0
	counting := func(f string) string { calls++; return key(f) }
	if n := c.LocalBytes([]byte("bridge"), counting, &run2); n != 0 {
		t.Fatalf("bridge in a new run: %d, want 0", n)
	}
	if n := c.Local("Ship", counting, &run2); n != 1 {
		t.Fatalf("Ship in a new run: %d, want 1", n)
	}
	if calls != 0 {
		t.Fatalf("key called %d times for known forms", calls)
	}
	if want := []string{"bridge", "ship"}; !slices.Equal(run2, want) {
		t.Fatalf("run %q, want %q", run2, want)
	}
}

func TestTrim(t *testing.T) {
	c := NewCache()
	var run []string
	for i := 0; i <= MaxForms; i++ {
		c.Local("w"+strconv.Itoa(i), key, &run)
	}
	c.EndRun()
	c.Trim()
	if len(c.forms) != 0 || len(c.keys) != 0 {
		t.Fatalf("after Trim: %d forms, %d keys", len(c.forms), len(c.keys))
	}
	var fresh []string
	if n := c.Local("ship", key, &fresh); n != 0 || !slices.Equal(fresh, []string{"ship"}) {
		t.Fatalf("after Trim: %d %q", n, fresh)
	}
}

func TestMerge(t *testing.T) {
	vocab, remap := Merge([][]string{{"b", "a"}, {"c", "a"}, {"b", "d"}})
	if want := []string{"b", "a", "c", "d"}; !slices.Equal(vocab, want) {
		t.Fatalf("vocab %q, want %q", vocab, want)
	}
	want := [][]int32{{0, 1}, {2, 1}, {0, 3}}
	for r := range want {
		if !slices.Equal(remap[r], want[r]) {
			t.Fatalf("remap[%d] = %v, want %v", r, remap[r], want[r])
		}
	}
	vocab, remap = Merge([][]string{{"x", "y"}})
	if !slices.Equal(vocab, []string{"x", "y"}) || !slices.Equal(remap[0], []int32{0, 1}) {
		t.Fatalf("one run: %q %v", vocab, remap)
	}
}
