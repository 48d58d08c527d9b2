package lint

import (
	"strings"

	"github.com/farewell-protocol/farewell/rules"
)

// maxGuardBits is the most guard sets of a pattern the engine tracks; the sets past them are
// treated as if they always held (the pattern's automaton still rules out texts).
const maxGuardBits = 64

// minGuardLen is the shortest guard literal the keyword automaton looks for. A set with a
// shorter literal ("a", "s", ":") holds in nearly every segment, and its hits, several for
// every ten bytes of text, cost more than the set rules out: it is treated as if it held.
const minGuardLen = 3

// addGuards gives the keyword automaton the literals of the guard sets the engine tracks, by
// add, and records where each rule's patterns and sets lie: pattern p of rule r is guard
// pattern guardBase[r]+p, and its tracked sets are the bits of guardFull. Each call records
// them afresh.
func (l *Linter) addGuards(add func(string, target)) {
	base := make([]int32, len(l.pack.Rules)+1)
	var fulls []uint64
	var sets []guardSet
	for i, r := range l.pack.Rules {
		guards := r.PatternGuards()
		base[i+1] = base[i] + int32(len(guards))
		for j, g := range guards {
			gp := base[i] + int32(j)
			sets = trackedSets(g, sets[:0])
			full := uint64(0)
			for k, set := range sets {
				if set.tracked && !implied(k, sets) {
					full |= 1 << k
					for lit := range set.Literals() {
						add(lit, target{kind: targetGuard, rule: gp, token: int32(k)})
					}
				}
			}
			fulls = append(fulls, full)
		}
	}
	l.guardBase, l.guardFull = base, fulls
}

// guardSet is a guard set of a pattern as addGuards sees it: whether the engine could track
// it (see trackedGuard), and its literal when it has only one.
type guardSet struct {
	rules.GuardSet
	tracked bool
	single  string
}

// trackedSets appends to buf the first maxGuardBits sets of g; the sets past them are not
// tracked.
func trackedSets(g rules.Guards, buf []guardSet) []guardSet {
	for set := range g.Sets() {
		if len(buf) == maxGuardBits {
			break
		}
		gs := guardSet{GuardSet: set, tracked: true}
		n := 0
		for lit := range set.Literals() {
			if n++; n == 1 {
				gs.single = lit
			} else {
				gs.single = ""
			}
			if len(lit) < minGuardLen {
				gs.tracked = false
			}
		}
		buf = append(buf, gs)
	}
	return buf
}

// implied reports whether set k of sets, a set of one literal, holds wherever another set the
// engine tracks does: every literal of that set contains set k's literal. The derivation adds
// such a set ("your" beside "due to your" and "because of your") for searches of one literal
// after another, where it rules a text out at the cost of one search; the keyword automaton
// finds every literal in one pass, and tracking set k would only add its hits, among the
// commonest, without ruling out a text the other set does not.
func implied(k int, sets []guardSet) bool {
	lit := sets[k].single
	if lit == "" {
		return false
	}
next:
	for j, other := range sets {
		if j == k || !other.tracked || other.single == lit && j > k {
			continue // of two equal sets, the first stays
		}
		for l := range other.Literals() {
			if !strings.Contains(l, lit) {
				continue next
			}
		}
		return true
	}
	return false
}
