// Package parallel shares work out among goroutines for concord's stages.
// Nothing here changes a result: callers combine the parts in a fixed order.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers returns the number of goroutines to use: workers, or
// GOMAXPROCS when workers ≤ 0, and never more than jobs.
func Workers(workers, jobs int) int {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > jobs {
		workers = jobs
	}
	if workers < 1 {
		workers = 1
	}
	return workers
}

// ForEach calls f(j) for j in [0, jobs) on up to workers goroutines, each
// taking the next job as it becomes free, and returns when all are done.
// With one worker the jobs run in order on the calling goroutine.
func ForEach(jobs, workers int, f func(j int)) {
	w := Workers(workers, jobs)
	if w == 1 {
		for j := 0; j < jobs; j++ {
			f(j)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j := int(next.Add(1)) - 1
				if j >= jobs {
					return
				}
				f(j)
			}
		}()
	}
	wg.Wait()
}

// Chunks cuts n items into about parts contiguous ranges of similar
// weight (size(i) is item i's weight) and returns their bounds: range k
// is [b[k], b[k+1]).
func Chunks(n, parts int, size func(i int) int) []int {
	if parts < 1 {
		parts = 1
	}
	total := 0
	for i := 0; i < n; i++ {
		total += size(i) + 1
	}
	b := []int{0}
	acc := 0
	for i := 0; i < n; i++ {
		acc += size(i) + 1
		if acc*parts >= total*len(b) && i+1 < n && len(b) < parts {
			b = append(b, i+1)
		}
	}
	return append(b, n)
}
