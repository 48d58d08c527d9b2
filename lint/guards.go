package lint

import "github.com/farewell-protocol/farewell/internal/guardset"

// maxGuardBits is the most guard sets of a pattern the engine tracks; the sets past them are
// treated as if they always held (the pattern's automaton still rules out texts).
const maxGuardBits = 64

// minGuardLen is the shortest guard literal the keyword automaton looks for. A set with a
// shorter literal ("a", "s", ":") holds in nearly every segment, and its hits, several for
// every ten bytes of text, cost more than the set rules out: it is treated as if it held.
const minGuardLen = 3

// addGuards gives the keyword automaton the literals of the guard sets the engine tracks (see
// guardset.Choose), by add, and records where each rule's patterns and sets lie: pattern p of
// rule r is guard pattern guardBase[r]+p, its tracked sets are the bits of guardLayout, and
// guardOpen[r] lists those of rule r's patterns that track none. Each call records them afresh.
func (l *Linter) addGuards(add func(string, target)) {
	base := make([]int32, len(l.pack.Rules)+1)
	var fulls []uint64
	var owner []int32
	var sets []guardset.Set
	open := make([][]int32, len(l.pack.Rules))
	for i, r := range l.pack.Rules {
		guards := r.PatternGuards()
		base[i+1] = base[i] + int32(len(guards))
		for j, g := range guards {
			gp := base[i] + int32(j)
			sets = guardset.Choose(g, minGuardLen, maxGuardBits, sets[:0])
			full := uint64(0)
			for k, set := range sets {
				if set.Tracked {
					full |= 1 << k
					for lit := range set.Literals() {
						add(lit, target{kind: targetGuard, rule: gp, token: int32(k)})
					}
				}
			}
			fulls, owner = append(fulls, full), append(owner, int32(i))
			if full == 0 {
				open[i] = append(open[i], int32(j))
			}
		}
	}
	l.guardBase, l.guardOpen = base, open
	l.guardLayout = guardset.Layout{Full: fulls, Owner: owner}
}

// guardsFromTable records the guard patterns and sets of t, as addGuards would, and reports
// whether t was chosen from the pack's own guards, with the engine's minGuardLen and
// maxGuardBits; when it was not, it records nothing. t's Base is recorded in place.
func (l *Linter) guardsFromTable(t guardset.Table) bool {
	if t.MinLen != minGuardLen || t.Max != maxGuardBits || !t.Same(l.pack.Rules) {
		return false
	}
	l.guardBase = t.Base
	l.guardLayout, l.guardOpen = t.Layout()
	return true
}
