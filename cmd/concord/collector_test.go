package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestCollectorTuning: the collector runs at bigInputGC percent while a
// large input is summarised, and as before once the last one is done; a
// small input changes nothing.
func TestCollectorTuning(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: the command leaves the collector alone")
	}
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	before := percent()
	leaveSmall := tuning.enter(bigInput - 1)
	if got := percent(); got != before {
		t.Errorf("a small input: collector at %d%%, want %d%%", got, before)
	}
	leave1 := tuning.enter(bigInput)
	leave2 := tuning.enter(2 * bigInput)
	if got := percent(); got != bigInputGC {
		t.Errorf("two large inputs: collector at %d%%, want %d%%", got, bigInputGC)
	}
	leave1()
	if got := percent(); got != bigInputGC {
		t.Errorf("one large input left: collector at %d%%, want %d%%", got, bigInputGC)
	}
	leave2()
	leaveSmall()
	if got := percent(); got != before {
		t.Errorf("after: collector at %d%%, want %d%% as before", got, before)
	}
}
