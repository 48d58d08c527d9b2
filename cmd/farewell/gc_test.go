package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// collectorState is the collection target and memory limit the runtime holds.
type collectorState struct{ percent, limit int64 }

// current reads the runtime's collection target and memory limit without changing them.
func current() collectorState {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return collectorState{int64(p), debug.SetMemoryLimit(-1)}
}

// TestCollector checks a lint run's collector through small, smaller, large and larger
// documents, with and without the process's own memory limit.
func TestCollector(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	const small, large = 1000, largeDocument + 5
	for _, tc := range []struct {
		own   bool
		steps []collectorState // after the start, small, a smaller one, large, a larger one
	}{
		{true, []collectorState{
			{-1, runBudgetBase},
			{-1, runBudgetBase + runBudgetPerByte*small},
			{-1, runBudgetBase + runBudgetPerByte*small},
			{tightGCPercent, budgetBase + budgetPerByte*large},
			{tightGCPercent, budgetBase + budgetPerByte*(large+1)},
		}},
		{false, []collectorState{
			{runGCPercent, math.MaxInt64},
			{runGCPercent, math.MaxInt64},
			{runGCPercent, math.MaxInt64},
			{tightGCPercent, math.MaxInt64},
			{tightGCPercent, math.MaxInt64},
		}},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		c := newCollector(tc.own)
		for i, size := range []int64{0, small, small - 1, large, large + 1} {
			if i > 0 {
				c.grown(size)
			}
			if got := current(); got != tc.steps[i] {
				t.Errorf("own limit %v, step %d (size %d): %+v, want %+v", tc.own, i, size, got, tc.steps[i])
			}
		}
	}
}
