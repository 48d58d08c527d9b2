package main

import (
	"runtime/debug"
	"testing"
)

// TestTightOnLarge checks that a lint run keeps its collection target for small documents,
// takes the tight one at its first large document, and passes every size on.
func TestTightOnLarge(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(runGCPercent))
	var sizes []int64
	grown := tightOnLarge(func(size int64) { sizes = append(sizes, size) })
	grown(largeDocument - 1)
	if got := debug.SetGCPercent(runGCPercent); got != runGCPercent {
		t.Errorf("after a small document: GOGC %d, want %d", got, runGCPercent)
	}
	grown(largeDocument)
	if got := debug.SetGCPercent(tightGCPercent); got != tightGCPercent {
		t.Errorf("after a large document: GOGC %d, want %d", got, tightGCPercent)
	}
	if len(sizes) != 2 || sizes[0] != largeDocument-1 || sizes[1] != largeDocument {
		t.Errorf("sizes passed on: %v", sizes)
	}
}
