package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// The garbage collector by default lets the heap grow to twice what the
// last collection left live. The command sets that headroom by the size
// of the input being summarised, unless the environment sets GOGC:
//
//   - below smallInput bytes, smallInputGC percent. The heap of a small
//     input is small, and most of its collections are paid for nothing:
//     the 50 DUC 2004 clusters in batch mode (1.7 MB, each story about
//     34 kB) take 0.94x the CPU and wall time at 400% (farm-bench, eight
//     runs each, alternating) for a peak of about 120 MiB instead of 72;
//     all DUC 2004 as one story (1.7 MB) takes 0.91x the CPU for a peak
//     of 172 MiB instead of 165 (five runs). A batch of any length keeps
//     that peak: its stories are summarised a few at a time.
//   - from smallInput to bigInput bytes, the default.
//   - from bigInput bytes on, bigInputGC percent: there the headroom is
//     most of the peak memory. Ten editions of all DUC 2004 in one story
//     (17 MB) peak at about 500 MiB with the default and at about 390 MiB
//     at 25%, for the same CPU time (farm-bench, three runs each,
//     alternating). The price on a large input of distinct articles,
//     whose work allocates more for its CPU time than the editions'
//     similarity graph, is CPU: all DUC 2004 at 25% takes 1.15x the CPU
//     of the default for 5% less peak memory (six runs each, alternating).
//
// While inputs of several sizes are summarised at once (batch mode), the
// smallest headroom among theirs holds.
const (
	smallInput   = 2 << 20
	smallInputGC = 400
	bigInput     = 8 << 20
	bigInputGC   = 25
)

// collectorTuning counts the inputs being summarised by size, to set the
// collector's percentage when the smallest headroom among them changes
// and restore the percentage from before once the last is done.
type collectorTuning struct {
	mu sync.Mutex
	// small, medium and big count the inputs being summarised below
	// smallInput, below bigInput, and from bigInput on
	small, medium, big int
	set                bool // the percentage is the command's, not old
	old                int  // the percentage before the first input
	now                int  // the percentage set, when set
}

var tuning collectorTuning

// enter notes that an input of size bytes is being summarised and
// returns the function to call when it is done.
func (t *collectorTuning) enter(size int) (leave func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	count := &t.small
	switch {
	case size >= bigInput:
		count = &t.big
	case size >= smallInput:
		count = &t.medium
	}
	t.mu.Lock()
	*count++
	t.apply()
	t.mu.Unlock()
	return func() {
		t.mu.Lock()
		*count--
		t.apply()
		t.mu.Unlock()
	}
}

// apply sets the collector's percentage for the inputs counted; t.mu is
// held.
func (t *collectorTuning) apply() {
	want, own := 0, true
	switch {
	case t.big > 0:
		want = bigInputGC
	case t.medium > 0:
		own = false // the percentage from before
	case t.small > 0:
		want = smallInputGC
	default:
		own = false
	}
	switch {
	case own && (!t.set || t.now != want):
		p := debug.SetGCPercent(want)
		if !t.set {
			t.old = p
		}
		t.set, t.now = true, want
	case !own && t.set:
		debug.SetGCPercent(t.old)
		t.set = false
	}
}
