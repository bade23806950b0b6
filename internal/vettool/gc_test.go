package vettool

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestTuneGC: the collector waits for the budget, and a live heap past
// half the budget brings the default pacing back.
func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	t.Cleanup(func() {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	})
	const budget = 16 << 20
	tuneGC(budget)
	if p := gcPercent(); p != -1 {
		t.Fatalf("after tuneGC, GOGC is %d, want off (-1)", p)
	}
	if l := debug.SetMemoryLimit(-1); l != budget {
		t.Fatalf("memory limit %d, want %d", l, budget)
	}
	live := make([]byte, budget) // live until the end of the test
	deadline := time.Now().Add(10 * time.Second)
	for gcPercent() != 100 {
		if time.Now().After(deadline) {
			t.Fatalf("with %d MiB live and a budget of %d MiB, GOGC is still %d", len(live)>>20, budget>>20, gcPercent())
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		t.Errorf("memory limit %d after the fallback, want none", l)
	}
	runtime.KeepAlive(live)
}

func TestTuneGCLeavesUserSettings(t *testing.T) {
	t.Setenv("GOGC", "50")
	before := gcPercent()
	tuneGC(16 << 20)
	if p := gcPercent(); p != before {
		t.Errorf("GOGC set by the user: tuneGC changed the GC percent from %d to %d", before, p)
	}
}
