// Package freelist keeps values for reuse across calls.
package freelist

import (
	"runtime"
	"sync"
)

// A List keeps values for reuse, at most two per core. Unlike a
// sync.Pool, the garbage collector does not empty it, so that caches kept
// in it last from one call to the next (in batch mode, from one story to
// the next) instead of being rebuilt after every collection. New makes a
// value when none is free; the zero List with New set is ready to use.
type List[T any] struct {
	New  func() *T
	mu   sync.Mutex
	free []*T
}

// Get returns a free value, or a new one.
func (l *List[T]) Get() *T {
	l.mu.Lock()
	if n := len(l.free); n > 0 {
		x := l.free[n-1]
		l.free = l.free[:n-1]
		l.mu.Unlock()
		return x
	}
	l.mu.Unlock()
	return l.New()
}

// Put gives x back for reuse; it is dropped when two per core are
// already free.
func (l *List[T]) Put(x *T) {
	l.mu.Lock()
	if len(l.free) < 2*runtime.GOMAXPROCS(0) {
		l.free = append(l.free, x)
	}
	l.mu.Unlock()
}
