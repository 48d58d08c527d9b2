package lint

import (
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// guards encodes sets as rules.Guards does: literals joined by \x01, sets by \x00.
func guards(sets ...[]string) rules.Guards {
	parts := make([]string, len(sets))
	for i, set := range sets {
		parts[i] = strings.Join(set, "\x01")
	}
	return rules.Guards(strings.Join(parts, "\x00"))
}

// TestImpliedGuards checks which guard sets addGuards leaves out as implied by another: a set
// of one literal that every literal of another tracked set contains, the second of two equal
// sets, and nothing else.
func TestImpliedGuards(t *testing.T) {
	for _, c := range []struct {
		name string
		g    rules.Guards
		want []bool // by set: implied
	}{
		{"common substring", guards([]string{" your"}, []string{"due to your", "because of your"}), []bool{true, false}},
		{"one literal in another", guards([]string{"ing"}, []string{"cancelling"}), []bool{true, false}},
		{"not in every literal", guards([]string{"your"}, []string{"due to your", "because of it"}), []bool{false, false}},
		{"other not tracked", guards([]string{"you"}, []string{"you", "ab"}), []bool{false, false}},
		{"equal sets", guards([]string{"stay"}, []string{"stay"}), []bool{false, true}},
		{"several literals", guards([]string{"you", "we"}, []string{"you we"}), []bool{false, false}},
		{"alone", guards([]string{"goodbye"}), []bool{false}},
	} {
		sets := trackedSets(c.g, nil)
		if len(sets) != len(c.want) {
			t.Fatalf("%s: %d sets, want %d", c.name, len(sets), len(c.want))
		}
		for k, want := range c.want {
			if got := implied(k, sets); got != want {
				t.Errorf("%s: set %d implied = %v, want %v", c.name, k, got, want)
			}
		}
	}
}
