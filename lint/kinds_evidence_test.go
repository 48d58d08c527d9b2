package lint

import (
	"strings"
	"testing"
)

// TestVoidedKeys checks that voidedKeys holds what was added, no more, past the keys it keeps
// in a slice, and nothing once emptied for the next message.
func TestVoidedKeys(t *testing.T) {
	inf := &inference{}
	for _, n := range []int{0, 1, maxFewVoided, maxFewVoided + 1, 3 * maxFewVoided} {
		v := inf.voided()
		for i := range n {
			v.add(strings.Repeat("k", i+1))
			v.add("k") // added again
		}
		for i := range 4 * maxFewVoided {
			if got, want := v.has(strings.Repeat("k", i+1)), i < max(n, 1) && n > 0; got != want {
				t.Errorf("%d keys added: has(%d k) = %v, want %v", n, i+1, got, want)
			}
		}
		if v.has("") {
			t.Errorf("%d keys added: has the empty key", n)
		}
	}
}
