package keyset

import (
	"fmt"
	"testing"
)

// TestSet checks that a set holds what was added, and only that, below and past the number
// kept in its slice, and that Reset empties it.
func TestSet(t *testing.T) {
	var v Set
	for n := 1; n <= 3*maxFew; n++ {
		v.Reset()
		for i := range n {
			v.Add(fmt.Sprint(i))
			v.Add(fmt.Sprint(i)) // twice: once in the set
		}
		for i := range n + 2 {
			if got, want := v.Has(fmt.Sprint(i)), i < n; got != want {
				t.Fatalf("%d added: Has(%d) = %v", n, i, got)
			}
		}
		if n <= maxFew && len(v.few) != n {
			t.Errorf("%d added: %d in the slice", n, len(v.few))
		}
	}
	v.Reset()
	if v.Has("0") || len(v.few) != 0 || v.many != nil {
		t.Error("Reset leaves strings in the set")
	}
}
