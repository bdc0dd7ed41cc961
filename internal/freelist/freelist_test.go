package freelist

import (
	"runtime"
	"testing"
)

func TestList(t *testing.T) {
	made := 0
	l := List[int]{New: func() *int { made++; return new(int) }}
	a := l.Get()
	l.Put(a)
	runtime.GC()
	runtime.GC()
	if b := l.Get(); b != a || made != 1 {
		t.Fatalf("a value put back was not reused after collections (made %d)", made)
	}
	for range 10 * runtime.GOMAXPROCS(0) {
		l.Put(new(int))
	}
	if got, max := len(l.free), 2*runtime.GOMAXPROCS(0); got != max {
		t.Fatalf("%d values kept, want %d", got, max)
	}
}
