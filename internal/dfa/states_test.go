package dfa

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestStateIndex builds many states, through fresh starts of the cache, and checks that the
// index finds every state by its key, that no two states share a key, and that the start
// state is found after a fresh start.
func TestStateIndex(t *testing.T) {
	f, err := Compile(`(?i)a[a-z]{0,40}b|\bc\w*d\b`)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(8, 9))
	check := func() {
		t.Helper()
		n := int32(len(f.keyEnd))
		seen := map[string]int32{}
		for i := int32(1); i < n; i++ {
			k := f.key(i)
			if got := f.lookup(k); got != i {
				t.Fatalf("state %d of %d: the index finds %d for its key", i, n-1, got)
			}
			if j, ok := seen[string(k)]; ok {
				t.Fatalf("states %d and %d have the same key", j, i)
			}
			seen[string(k)] = i
		}
		if !bytes.Equal(f.key(f.start), []byte{atStart}) {
			t.Fatalf("the start state's key is %v", f.key(f.start))
		}
		if len(f.trans) != int(n)*int(f.nclass) || len(f.atEnd) != int(n) {
			t.Fatalf("%d states, %d transitions, %d ends", n, len(f.trans), len(f.atEnd))
		}
	}
	for range 3000 {
		var b strings.Builder
		for range 200 {
			b.WriteByte("aaaacdxyz _\n"[rng.IntN(12)])
		}
		f.MayMatch(b.String())
		if f.gaveUp {
			break
		}
	}
	if f.resets == 0 {
		t.Fatalf("the cache never started again (%d states)", len(f.keyEnd)-1)
	}
	check()
}
