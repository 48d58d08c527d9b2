package lint

import (
	"testing"

	"github.com/farewell-protocol/farewell/message"
)

// TestInferenceAddOnce checks that evidence is added once per key, below and above the
// number of keys the inference keeps in a map as well, and that a new message forgets the
// keys of the last.
func TestInferenceAddOnce(t *testing.T) {
	sc := &scratch{}
	for _, n := range []int{3, maxSeenList, maxSeenList + 1, 40, 100, 5} {
		inf := sc.inference(4)
		for round := 0; round < 3; round++ {
			for i := range n {
				inf.add(message.Evidence{Cue: "x"}, [3]int32{int32(i % 4), int32(i), 0})
				if !inf.has([3]int32{int32(i % 4), int32(i), 0}) {
					t.Fatalf("%d keys: key %d not seen after it was added", n, i)
				}
			}
		}
		if len(inf.ev) != n {
			t.Errorf("%d keys added three times: %d pieces of evidence, want %d", n, len(inf.ev), n)
		}
		if inf.has([3]int32{0, int32(n), 0}) {
			t.Errorf("%d keys: a key never added is seen", n)
		}
	}
}
