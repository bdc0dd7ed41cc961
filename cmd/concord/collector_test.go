package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestCollectorTuning: the collector runs at smallInputGC percent while
// only small inputs are summarised, as before while a medium one is, at
// bigInputGC while a large one is, and as before once the last one is
// done.
func TestCollectorTuning(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: the command leaves the collector alone")
	}
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	before := percent()
	check := func(what string, want int) {
		t.Helper()
		if got := percent(); got != want {
			t.Errorf("%s: collector at %d%%, want %d%%", what, got, want)
		}
	}
	leaveSmall := tuning.enter(smallInput - 1)
	check("a small input", smallInputGC)
	leaveMedium := tuning.enter(smallInput)
	check("a small and a medium input", before)
	leave1 := tuning.enter(bigInput)
	leave2 := tuning.enter(2 * bigInput)
	check("two large inputs", bigInputGC)
	leave1()
	check("one large input left", bigInputGC)
	leave2()
	check("a small and a medium input left", before)
	leaveMedium()
	check("a small input left", smallInputGC)
	leaveSmall()
	check("after", before)
}
