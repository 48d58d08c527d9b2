package cuekeys

import (
	"slices"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// TestFirstBothWays checks that First answers alike before the automaton is built, testing
// each key word in turn, and after, with the built-in pack's key words and with key words that
// hold one another or are empty.
func TestFirstBothWays(t *testing.T) {
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "cancel", "account delete confirm", "unsubscribe email settings", "subscription cancelled",
		"readme", "docs", "delete account", "farewell", "pause plan downgrade", "x"}
	for name, keys := range map[string][][]string{
		"built-in": Of(p.Kinds),
		"nested":   {{"account", "count"}, {"cancel", "can", ""}, {}, {"", "x"}, {"delete account", "delete"}},
	} {
		direct, built := New(keys), New(keys)
		built.calls.Store(directCalls) // the next call builds the automaton
		for _, s := range texts {
			want, wantAny := direct.First(s, nil)
			got, gotAny := built.First(s, []int32{7})
			if !slices.Equal(got, want) || gotAny != wantAny {
				t.Errorf("%s: %q: automaton %v %v, each key word %v %v", name, s, got, gotAny, want, wantAny)
			}
		}
		if built.pf == nil && name == "built-in" {
			t.Error("the automaton was not built")
		}
		if direct.pf != nil {
			t.Error("the automaton was built before directCalls calls")
		}
	}
}
