package guardset

import (
	"slices"
	"testing"
)

// TestFound checks the bookkeeping of guard sets: a pattern is listed for its rule, in the
// rule's numbering and in increasing order with the rule's open patterns, once every tracked
// set of it was found and not before, and nothing is listed once Clear has run.
func TestFound(t *testing.T) {
	// Rule 0 has guard patterns 0-2, rule 1 patterns 3-6; pattern 5 tracks sets 0 and 2.
	l := &Layout{Full: []uint64{1, 3, 1, 1, 1, 5, 1}, Owner: []int32{0, 0, 0, 1, 1, 1, 1}}
	var f Found
	f.Grow(l, 2)
	f.Add(5, 0, l)
	f.Add(1, 0, l)
	f.Add(5, 0, l)
	if f.Held(0) || f.Held(1) {
		t.Fatalf("held before any pattern's sets were all found: %v", f.held)
	}
	if got := f.Listed(3, 7, []int32{1}); !slices.Equal(got, []int32{1}) {
		t.Fatalf("before pattern 5's second set: %v", got)
	}
	f.Add(6, 0, l)
	if f.Held(0) || !f.Held(1) {
		t.Errorf("after pattern 6: rule 0 %v, rule 1 %v; want false, true", f.Held(0), f.Held(1))
	}
	f.Add(5, 2, l)
	f.Add(5, 2, l)
	f.Add(0, 0, l)
	if got := f.Listed(3, 7, []int32{1}); !slices.Equal(got, []int32{1, 2, 3}) {
		t.Errorf("rule 1: %v, want [1 2 3]", got)
	}
	if got := f.Listed(0, 3, nil); !slices.Equal(got, []int32{0}) {
		t.Errorf("rule 0: %v, want [0] (pattern 1 lacks a set)", got)
	}
	f.Clear(l)
	if f.Held(0) || f.Held(1) || slices.ContainsFunc(f.sets, func(g uint64) bool { return g != 0 }) {
		t.Errorf("after Clear: held %v, sets %v", f.held, f.sets)
	}
}
