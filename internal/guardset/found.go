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
	sets []found // by guard pattern
	text uint32  // the count of the text being read (see found)
	held []int32 // the patterns whose tracked sets were all found, as they completed
	pats []int32 // Listed's answer
	// ruleHeld says, by rule, whether a pattern of it is in held.
	ruleHeld []bool
}

// found is what Found knows of a guard pattern: the bits of the sets found in the text whose
// count is text. Bits of an earlier text count as none, so that Clear counts on rather than
// clearing each pattern a text touched.
type found struct {
	bits uint64
	text uint32
}

// Grow makes room for the guard patterns of l, of rules rules.
func (f *Found) Grow(l *Layout, rules int) {
	if len(f.sets) < len(l.Full) {
		f.sets = make([]found, len(l.Full))
	}
	if len(f.ruleHeld) < rules {
		f.ruleHeld = make([]bool, rules)
	}
}

// Add records set of guard pattern gp of l as found; set is below 64, a bit of l.Full[gp].
func (f *Found) Add(gp, set int32, l *Layout) {
	e := &f.sets[gp]
	g := e.bits
	if e.text != f.text {
		e.text, g = f.text, 0
	}
	if n := g | 1<<(set&63); n != g { // the mask spares the shift its check of set against 64
		e.bits = n
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
	if f.text++; f.text == 0 { // the count wrapped: every pattern's own count is forgotten
		clear(f.sets)
	}
	for _, gp := range f.held {
		f.ruleHeld[l.Owner[gp]] = false
	}
	f.held = f.held[:0]
}
