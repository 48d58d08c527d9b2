package dfa

import "math/bits"

// Classes alike to a state: where a filter has at most 64 classes, a set of classes is a bit
// mask, and building the transition of a state on one class finds the other classes whose
// transition is the same, which it enters as well (fill): a short run meets about half as
// many transitions to build.
//
// Two classes lead a state to the same place when they are of the same kind to the
// assertions (both word characters or both not, both the newline or both not: the context
// the state's threads are followed in, and the next state's context bits), and every rune
// instruction the state's threads reach accepts both or neither: then the threads after a
// symbol of either are the same, and so is whether a match ends.

// maxMaskClasses is the most classes a bit mask of classes holds.
const maxMaskClasses = 64

// initMasks sets the filter's masks of classes: allClasses stays 0 (no masks: a transition is
// built for its own class only) where there are more classes than a mask holds.
func (f *Filter) initMasks() {
	if f.nclass > maxMaskClasses {
		return
	}
	f.allClasses = ^uint64(0) >> (maxMaskClasses - uint(f.nclass))
	for c := range int(f.nclass) {
		f.wordMask |= uint64(f.word[c]&1) << c
		f.newlineMask |= uint64(f.newline[c]&1) << c
	}
}

// alikeOp returns the classes of the same kind as cls to the assertions (0 without masks).
func (f *Filter) alikeOp(cls int32) uint64 {
	word := f.wordMask ^ -(f.wordMask >> uint(cls) & 1)          // set where the word bit differs
	newline := f.newlineMask ^ -(f.newlineMask >> uint(cls) & 1) // and where the newline bit does
	return f.allClasses &^ (word | newline)
}

// classMask returns the classes matcher m consumes, as a mask (nclass at most 64).
func (f *Filter) classMask(m uint32) uint64 {
	start := uint(m) * uint(f.nclass)
	acc, base, off := f.acceptBits, start/8, start%8
	var x uint64
	if base+8 <= uint(len(acc)) {
		s := acc[base : base+8]
		x = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	} else {
		for i := base; i < uint(len(acc)); i++ {
			x |= uint64(acc[i]) << (8 * (i - base))
		}
	}
	x >>= off
	if off != 0 && base+8 < uint(len(acc)) {
		x |= uint64(acc[base+8]) << (64 - off)
	}
	return x & f.allClasses
}

// narrow keeps in alike, a set of classes alike to cls so far, those that matcher m accepts
// as it accepts cls (acc), and returns it. A set down to cls alone (or empty: no masks) stays
// as it is, at the cost of a test inlined where it is called.
func (f *Filter) narrow(alike uint64, m uint32, cls int32, acc bool) uint64 {
	if alike&^(1<<uint(cls)) == 0 {
		return alike
	}
	return f.narrowBy(alike, m, acc)
}

// narrowBy is narrow for a set of more than one class, out of line so that narrow is inlined.
//
//go:noinline
func (f *Filter) narrowBy(alike uint64, m uint32, acc bool) uint64 {
	mask := f.classMask(m)
	if !acc {
		mask = ^mask
	}
	return alike & mask
}

// fill enters v as the transition of state on cls and on every class of alike.
func (f *Filter) fill(state, cls int32, alike uint64, v uint16) {
	row := f.trans[state*f.nclass : (state+1)*f.nclass]
	row[cls] = v
	for m := alike &^ (1 << uint(cls)); m != 0; m &= m - 1 {
		row[bits.TrailingZeros64(m)] = v
	}
}
