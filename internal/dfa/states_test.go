package dfa

import (
	"fmt"
	"math/rand/v2"
	"regexp"
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
			flags, pcs := f.key(i)
			if got := f.lookup(flags, pcs); got != i {
				t.Fatalf("state %d of %d: the index finds %d for its key", i, n-1, got)
			}
			k := fmt.Sprint(flags, pcs)
			if j, ok := seen[k]; ok {
				t.Fatalf("states %d and %d have the same key", j, i)
			}
			seen[k] = i
		}
		if flags, pcs := f.key(f.start); flags != atStart || len(pcs) != 0 {
			t.Fatalf("the start state's key is %v %v", flags, pcs)
		}
		if len(f.trans) != int(n)*int(f.nclass) || len(f.atEnd) != int(n) || len(f.flags) != int(n) {
			t.Fatalf("%d states, %d transitions, %d ends, %d contexts", n, len(f.trans), len(f.atEnd), len(f.flags))
		}
	}
	for range 3000 {
		f.MayMatch(randomOf(rng, "aaaacdxyz _\n", 200))
		if f.gaveUp {
			break
		}
	}
	if f.resets == 0 {
		t.Fatalf("the cache never started again (%d states)", len(f.keyEnd)-1)
	}
	check()
}

// TestRowsFit builds, for an expression of more than 32 classes, more states than its cache
// holds: every transition stays unknown, accept or a row of the cache (which its 16 bits must
// hold), and the filter agrees with regexp throughout.
func TestRowsFit(t *testing.T) {
	p := `(?:a!|b!|c!|d!|e!|f!|g!|h!|i!|j!|k!|l!|m!|n!|o!|p!|q!|r!|s!|t!|u!|v!|w!|x!|y!|z!|0!|1!|2!|3!|4!|5!|6!|7!|8!|9!)[a-z0-9!]{0,60}#`
	re := regexp.MustCompile(p)
	f, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	if f.nclass <= 32 || f.limit() >= maxStates {
		t.Fatalf("%d classes, a limit of %d states: the test needs more than 32 classes", f.nclass, f.limit())
	}
	rng := rand.New(rand.NewPCG(10, 11))
	for range 3000 {
		s := randomOf(rng, "abcdefghijklmnopqrstuvwxyz0123456789!!!! #", 150)
		if f.MayMatch(s) != re.MatchString(s) {
			t.Fatalf("%q: filter and regexp disagree", s)
		}
		if f.gaveUp {
			break
		}
	}
	if f.resets == 0 {
		t.Fatalf("the cache never started again (%d states, limit %d)", len(f.keyEnd)-1, f.limit())
	}
	for i, v := range f.trans {
		if v != unknown && v != accept && (int32(v)%f.nclass != 0 || int(v) >= len(f.trans)) {
			t.Fatalf("transition %d is %d, not a row of %d states of %d classes", i, v, len(f.keyEnd)-1, f.nclass)
		}
	}
}
