package rules

import (
	"reflect"
	"strings"
	"testing"
)

// TestFindPatternsListed checks that FindPatternsListed, given every pattern of a rule, finds
// what FindPatterns finds on the built-in examples, and that a pattern left out is not read.
func TestFindPatternsListed(t *testing.T) {
	p, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var tx Text
	checked := 0
	for _, r := range p.Rules {
		all := make([]int32, len(r.patterns))
		for i := range all {
			all[i] = int32(i)
		}
		for _, s := range append(append([]string{}, r.Examples.Flag...), r.Examples.Pass...) {
			tx.Reset(strings.Join(strings.Fields(s), " "))
			var want, got, none []Match
			r.FindPatterns(&tx, func(m Match) { want = append(want, m) })
			r.FindPatternsListed(&tx, all, func(m Match) { got = append(got, m) })
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: listed %v, want %v", r.ID, s, got, want)
			}
			if r.Type != Sequence {
				r.FindPatternsListed(&tx, nil, func(m Match) { none = append(none, m) })
				if len(none) > 0 {
					t.Errorf("%s on %q: nothing listed found %v", r.ID, s, none)
				}
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no examples")
	}
}
