package guardset

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

// TestChoose checks which guard sets Choose tracks: those whose literals are long enough, but
// a set of one literal that every literal of another such set contains, and the second of two
// equal sets; and no more sets than it is asked for.
func TestChoose(t *testing.T) {
	for _, c := range []struct {
		name string
		g    rules.Guards
		max  int
		want []bool // by set: tracked
	}{
		{"common substring", guards([]string{" your"}, []string{"due to your", "because of your"}), 64, []bool{false, true}},
		{"one literal in another", guards([]string{"ing"}, []string{"cancelling"}), 64, []bool{false, true}},
		{"not in every literal", guards([]string{"your"}, []string{"due to your", "because of it"}), 64, []bool{true, true}},
		{"other too short", guards([]string{"you"}, []string{"you", "ab"}), 64, []bool{true, false}},
		{"equal sets", guards([]string{"stay"}, []string{"stay"}), 64, []bool{true, false}},
		{"several literals", guards([]string{"you", "we!"}, []string{"you we!"}), 64, []bool{true, true}},
		{"alone", guards([]string{"goodbye"}), 64, []bool{true}},
		{"past max", guards([]string{"stay"}, []string{"leave"}, []string{"cancel"}), 2, []bool{true, true}},
	} {
		buf := []Set{{}} // Choose appends: what buf holds stays
		sets := Choose(c.g, 3, c.max, buf)[1:]
		if len(sets) != len(c.want) {
			t.Fatalf("%s: %d sets, want %d", c.name, len(sets), len(c.want))
		}
		for k, want := range c.want {
			if sets[k].Tracked != want {
				t.Errorf("%s: set %d (%q) tracked = %v, want %v", c.name, k, sets[k].GuardSet, sets[k].Tracked, want)
			}
		}
	}
}
