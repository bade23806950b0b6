package vettool

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// heapBudget is how far a unit process lets its heap grow before it
// collects garbage.
//
// A unit process lives for one package. Collecting as often as a
// long-lived program does (GOGC=100) cost a fifth to a third of its CPU on
// real applications, for heaps that die with the process anyway. The
// budget keeps peak memory near what the largest compiler processes of a
// build take.
const heapBudget = 256 << 20

// tuneGC makes the collector wait until the heap reaches budget, unless
// the user set GOGC or GOMEMLIMIT. A package whose live heap passes half
// the budget gets the default pacing back, so that the collector never
// runs back to back against the limit.
func tuneGC(budget int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(budget)
	watchLiveHeap(budget)
}

// gcCycle is an object whose finalizer runs after the first collection
// that finds it unreachable; it holds a pointer so that the allocator
// does not batch it with other small objects (whose finalizers may never
// run).
type gcCycle struct{ _ *int }

// watchLiveHeap checks the live heap after each collection.
func watchLiveHeap(budget int64) {
	runtime.SetFinalizer(new(gcCycle), func(*gcCycle) {
		if liveHeap() > uint64(budget/2) {
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(math.MaxInt64)
			return
		}
		watchLiveHeap(budget)
	})
}

func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
