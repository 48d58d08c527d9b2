// Package guardset chooses which guard sets of a pattern (see rules.Guards) a keyword
// automaton tracks: the sets whose literals are long enough to be worth looking for, less
// the sets another tracked set implies.
package guardset

import (
	"strings"

	"github.com/farewell-protocol/farewell/rules"
)

// Set is one guard set of a pattern: whether an automaton tracks it, and its literals.
type Set struct {
	rules.GuardSet
	// Tracked says that every literal is at least the shortest an automaton looks for and no
	// other tracked set implies this one.
	Tracked bool
	long    bool   // every literal is at least the shortest an automaton looks for
	single  string // the set's literal when it has only one
}

// Choose appends to buf the first max sets of g, the sets past them not tracked, and returns
// it. A set is tracked when each of its literals is at least minLen bytes long, unless it is a
// set of one literal that every literal of another such set contains: that set holds wherever
// the other does. The derivation of guards adds such sets ("your" beside "due to your" and
// "because of your") for searches of one literal after another, where they rule a text out at
// the cost of one search; an automaton that finds every literal in one pass would only add
// their hits, among the commonest, without ruling out a text the other set does not.
func Choose(g rules.Guards, minLen, max int, buf []Set) []Set {
	first := len(buf)
	for set := range g.Sets() {
		if len(buf)-first == max {
			break
		}
		s := Set{GuardSet: set, long: true}
		n := 0
		for lit := range set.Literals() {
			if n++; n == 1 {
				s.single = lit
			} else {
				s.single = ""
			}
			if len(lit) < minLen {
				s.long = false
			}
		}
		buf = append(buf, s)
	}
	sets := buf[first:]
	for k := range sets {
		sets[k].Tracked = sets[k].long && !implied(k, sets)
	}
	return buf
}

// implied reports whether set k of sets, a set of one literal, holds wherever another set
// with literals long enough to track does: every literal of that set contains set k's
// literal. Of two equal sets, the first stays.
func implied(k int, sets []Set) bool {
	lit := sets[k].single
	if lit == "" {
		return false
	}
next:
	for j, other := range sets {
		if j == k || !other.long || other.single == lit && j > k {
			continue
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
