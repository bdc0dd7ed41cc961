package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// The garbage collector by default lets the heap grow to twice what the
// last collection left live. On a large input that headroom is most of
// the peak memory: ten editions of all DUC 2004 in one story (17 MB) peak
// at about 500 MiB with it and at about 390 MiB with the collector at 25%,
// for the same CPU time (farm-bench, three runs each, alternating). So
// while an input of bigInput bytes or more is summarised, the command
// runs the collector at bigInputGC percent, unless the environment sets
// GOGC. Small inputs keep the default: their heaps are small, and more
// collections would cost them time. The price on a large input of
// distinct articles, whose work allocates more for its CPU time than
// the editions' similarity graph, is CPU: all DUC 2004 (1.7 MB) at 25%
// takes 1.15x the CPU of the default for 5% less peak memory (farm-bench,
// six runs each, alternating).
const (
	bigInput   = 8 << 20
	bigInputGC = 25
)

// collectorTuning counts the large inputs being summarised, to set the
// collector's percentage for the first and restore it after the last.
type collectorTuning struct {
	mu  sync.Mutex
	n   int // large inputs being summarised
	old int // the percentage before the first
}

var tuning collectorTuning

// enter notes that an input of size bytes is being summarised and
// returns the function to call when it is done.
func (t *collectorTuning) enter(size int) (leave func()) {
	if size < bigInput || os.Getenv("GOGC") != "" {
		return func() {}
	}
	t.mu.Lock()
	if t.n == 0 {
		t.old = debug.SetGCPercent(bigInputGC)
	}
	t.n++
	t.mu.Unlock()
	return func() {
		t.mu.Lock()
		if t.n--; t.n == 0 {
			debug.SetGCPercent(t.old)
		}
		t.mu.Unlock()
	}
}
