package lint

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// TestKeepDisjointAgrees checks the O(n log n) overlap resolution against the scan that
// compares each finding with every kept one, on random findings whose rules never overlap
// themselves.
func TestKeepDisjointAgrees(t *testing.T) {
	rs := []*rules.Rule{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 2000; trial++ {
		var fs []Finding
		for _, r := range rs {
			pos := rng.IntN(5)
			for n := rng.IntN(8); n > 0; n-- {
				start := pos + rng.IntN(4)
				end := start + rng.IntN(6)
				fs = append(fs, Finding{Rule: r, Start: start, End: end, Severity: rules.Severity(rng.IntN(3))})
				pos = end
			}
		}
		order := make([]int, len(fs))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(x, y int) bool { return outranks(&fs[order[x]], &fs[order[y]]) })
		byStart, ok := disjointPerRule(fs)
		if !ok {
			t.Fatalf("trial %d: findings of one rule reported as overlapping", trial)
		}
		var work int
		if got, want := keepDisjoint(fs, order, byStart, &work), keepScanning(fs, order, &work); !slices.Equal(got, want) {
			t.Fatalf("trial %d: %v, want %v for %+v", trial, got, want, fs)
		}
	}
}
