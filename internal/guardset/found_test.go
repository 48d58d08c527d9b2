package guardset

import (
	"math"
	"slices"
	"testing"
)

// TestFound checks the bookkeeping of guard sets: a pattern is listed for its rule, in the
// rule's numbering and in increasing order with the rule's open patterns, once every tracked
// set of it was found and not before, and nothing is listed, nor known of a pattern, once
// Clear has run, also when its count of texts wraps.
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
	for _, wrap := range []bool{true, false} {
		if wrap {
			f.text = math.MaxUint32 // the next Clear wraps the count of texts
		}
		f.Add(5, 2, l)
		f.Clear(l)
		if f.Held(0) || f.Held(1) || len(f.held) > 0 {
			t.Errorf("after Clear (wrap %v): held %v", wrap, f.held)
		}
		// Pattern 5 had its set 2 found before Clear: set 0 alone now does not complete it.
		f.Add(5, 0, l)
		if f.Held(1) {
			t.Errorf("after Clear (wrap %v): pattern 5 held with one of its two sets found", wrap)
		}
		if f.Add(6, 0, l); !f.Held(1) {
			t.Errorf("after Clear (wrap %v): pattern 6 not held with its one set found", wrap)
		}
		// Pattern 1 had its set 0 found in the first text, whose count the wrap meets again.
		if f.Add(1, 1, l); f.Held(0) {
			t.Errorf("after Clear (wrap %v): pattern 1 held with one of its two sets found", wrap)
		}
		f.Clear(l)
	}
}
