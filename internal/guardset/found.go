package guardset

import "slices"

// Layout is what Found knows of an engine's guard patterns: by guard pattern, the bits of its
// tracked sets (Full) and the rule it belongs to (Owner).
type Layout struct {
	Full  []uint64
	Owner []int32
}

// Found records the tracked sets found in one text, by guard pattern (an engine's numbering of
// every pattern of its rules), and the patterns whose tracked sets were all found, so that an
// engine reads only those rather than asking each pattern of a rule that runs. Its zero value
// is ready once Grow has sized it.
type Found struct {
	sets  []uint64 // by guard pattern, the bits of the sets found
	dirty []int32  // the patterns with a set found, to clear
	held  []int32  // the patterns whose tracked sets were all found, as they completed
	pats  []int32  // Listed's answer
	// ruleHeld says, by rule, whether a pattern of it is in held.
	ruleHeld []bool
}

// Grow makes room for the guard patterns of l, of rules rules.
func (f *Found) Grow(l *Layout, rules int) {
	if len(f.sets) < len(l.Full) {
		f.sets = make([]uint64, len(l.Full))
	}
	if len(f.ruleHeld) < rules {
		f.ruleHeld = make([]bool, rules)
	}
}

// Add records set of guard pattern gp of l as found; set is below 64, a bit of l.Full[gp].
func (f *Found) Add(gp, set int32, l *Layout) {
	g := f.sets[gp]
	if g == 0 {
		f.dirty = append(f.dirty, gp)
	}
	if n := g | 1<<(set&63); n != g { // the mask spares the shift its check of set against 64
		f.sets[gp] = n
		if n == l.Full[gp] {
			f.held = append(f.held, gp)
			f.ruleHeld[l.Owner[gp]] = true
		}
	}
}

// Held reports whether some pattern of rule had every tracked set found.
func (f *Found) Held(rule int) bool { return f.ruleHeld[rule] }

// Listed returns the patterns of a rule, its guard patterns from base to next, whose tracked
// sets were all found, with open, those of its patterns that track none, in increasing order
// as the rule numbers them, in a slice of f's own. A text completes few patterns, most often
// none: a look at each costs less than keeping them in order.
func (f *Found) Listed(base, next int32, open []int32) []int32 {
	f.pats = append(f.pats[:0], open...)
	for _, gp := range f.held {
		if uint32(gp-base) < uint32(next-base) {
			f.pats = append(f.pats, gp-base)
		}
	}
	if len(f.pats) > 1 {
		slices.Sort(f.pats)
	}
	return f.pats
}

// Clear forgets the sets found, for the next text; l is Add's.
func (f *Found) Clear(l *Layout) {
	for _, gp := range f.dirty {
		f.sets[gp] = 0
	}
	for _, gp := range f.held {
		f.ruleHeld[l.Owner[gp]] = false
	}
	f.dirty, f.held = f.dirty[:0], f.held[:0]
}
