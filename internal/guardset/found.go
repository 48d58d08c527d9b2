package guardset

import "slices"

// Found records the tracked sets found in one text, by guard pattern (an engine's numbering of
// every pattern of its rules), and the patterns whose tracked sets were all found, so that an
// engine reads only those rather than asking each pattern of a rule that runs. Its zero value
// is ready once Grow has sized it.
type Found struct {
	sets  []uint64 // by guard pattern, the bits of the sets found
	dirty []int32  // the patterns with a set found, to clear
	held  []int32  // the patterns whose tracked sets were all found, as they completed
	pats  []int32  // Listed's answer
}

// Grow makes room for n guard patterns.
func (f *Found) Grow(n int) {
	if len(f.sets) < n {
		f.sets = make([]uint64, n)
	}
}

// Add records set of guard pattern gp as found, full giving each pattern's tracked sets.
func (f *Found) Add(gp, set int32, full []uint64) {
	g := f.sets[gp]
	if g == 0 {
		f.dirty = append(f.dirty, gp)
	}
	if n := g | 1<<set; n != g {
		f.sets[gp] = n
		if n == full[gp] {
			f.held = append(f.held, gp)
		}
	}
}

// Held reports whether some pattern had every tracked set found.
func (f *Found) Held() bool { return len(f.held) > 0 }

// Listed returns the patterns of a rule, its guard patterns from base to next, whose tracked
// sets were all found, with open, those of its patterns that track none, in increasing order
// as the rule numbers them, in a slice of f's own. A text completes few patterns, most often
// none: a look at each costs less than keeping them in order.
func (f *Found) Listed(base, next int32, open []int32) []int32 {
	pats := append(f.pats[:0], open...)
	for _, gp := range f.held {
		if uint32(gp-base) < uint32(next-base) {
			pats = append(pats, gp-base)
		}
	}
	if len(pats) > 1 {
		slices.Sort(pats)
	}
	f.pats = pats
	return pats
}

// Clear forgets the sets found, for the next text.
func (f *Found) Clear() {
	for _, gp := range f.dirty {
		f.sets[gp] = 0
	}
	f.dirty, f.held = f.dirty[:0], f.held[:0]
}
