package dfa

// What the rune instructions of a program accept, which encode sorts the bytes into classes by.

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// asciiAccepted marks in acc the ASCII runes rune instruction inst consumes, as package
// regexp decides, from the instruction's ranges rather than rune by rune.
func asciiAccepted(inst *syntax.Inst, acc *[utf8.RuneSelf]bool) {
	mark := func(lo, hi rune) {
		for r := max(lo, 0); r <= min(hi, utf8.RuneSelf-1); r++ {
			acc[r] = true
		}
	}
	switch inst.Op {
	case syntax.InstRuneAny:
		mark(0, utf8.RuneSelf-1)
		return
	case syntax.InstRuneAnyNotNL:
		mark(0, utf8.RuneSelf-1)
		acc['\n'] = false
		return
	case syntax.InstRune1:
		mark(inst.Rune[0], inst.Rune[0])
		return
	}
	rs := inst.Rune
	if len(rs) == 1 {
		r0 := rs[0]
		mark(r0, r0)
		if syntax.Flags(inst.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				mark(r, r)
			}
		}
		return
	}
	for i := 0; i+1 < len(rs); i += 2 {
		mark(rs[i], rs[i+1])
	}
}

// acceptsNonASCII reports whether rune instruction inst consumes some rune from U+0080 up.
func acceptsNonASCII(inst *syntax.Inst) bool {
	switch inst.Op {
	case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		return true
	}
	rs := inst.Rune
	if len(rs) == 1 {
		r0 := rs[0]
		if r0 >= utf8.RuneSelf {
			return true
		}
		if inst.Op == syntax.InstRune && syntax.Flags(inst.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				if r >= utf8.RuneSelf {
					return true
				}
			}
		}
		return false
	}
	for i := 1; i < len(rs); i += 2 {
		if rs[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
