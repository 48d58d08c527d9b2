package dfa

import (
	"encoding/binary"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// builder holds the buffers of closure, used under the write lock.
type builder struct {
	stack []uint32
	// seen is a sparse set of the instructions visited: pc is in it when
	// dense[sparse[pc]] == pc and sparse[pc] < len(dense).
	sparse []uint32
	dense  []uint32
	next   []uint32 // the threads after the symbol
	buf    []byte
}

func (b *builder) init(n int) {
	b.sparse = make([]uint32, n)
}

// closure follows every thread of the state with key k, and the thread that starts a match at
// every position, through the empty-width instructions that hold between the state's context
// and a symbol of class cls (-1: the end of the text). It reports whether a match ends there;
// otherwise b.next holds the threads after the symbol.
func (b *builder) closure(f *Filter, k string, cls int32) bool {
	flags := k[0]
	op := syntax.EmptyNoWordBoundary
	if flags&atStart != 0 {
		op |= syntax.EmptyBeginText | syntax.EmptyBeginLine
	}
	if flags&afterNL != 0 {
		op |= syntax.EmptyBeginLine
	}
	nextWord := false
	switch {
	case cls < 0:
		op |= syntax.EmptyEndText | syntax.EmptyEndLine
	case f.newline[cls] != 0:
		op |= syntax.EmptyEndLine
	default:
		nextWord = f.word[cls] != 0
	}
	if (flags&afterWord != 0) != nextWord {
		op ^= syntax.EmptyWordBoundary | syntax.EmptyNoWordBoundary
	}
	b.dense, b.next = b.dense[:0], b.next[:0]
	b.stack = append(b.stack[:0], f.entry)
	for i := 1; i+4 <= len(k); i += 4 {
		b.stack = append(b.stack, uint32(k[i])|uint32(k[i+1])<<8|uint32(k[i+2])<<16|uint32(k[i+3])<<24)
	}
	for len(b.stack) > 0 {
		pc := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		if j := b.sparse[pc]; int(j) < len(b.dense) && b.dense[j] == pc {
			continue
		}
		b.sparse[pc] = uint32(len(b.dense))
		b.dense = append(b.dense, pc)
		switch code, out, arg := f.inst(pc); code {
		case opMatch:
			return true
		case opAlt:
			b.stack = append(b.stack, arg, out)
		case opNop:
			b.stack = append(b.stack, out)
		case opEmpty:
			if syntax.EmptyOp(arg)&^op == 0 {
				b.stack = append(b.stack, out)
			}
		case opRune:
			if cls >= 0 && f.accepts(arg, cls) {
				b.next = append(b.next, out)
			}
		}
	}
	return false
}

// key returns the key of the state b.next stands for, with context bits flags.
func (b *builder) key(flags byte) string {
	slices.Sort(b.next)
	b.next = slices.Compact(b.next)
	b.buf = append(b.buf[:0], flags)
	for _, pc := range b.next {
		b.buf = binary.LittleEndian.AppendUint32(b.buf, pc)
	}
	return string(b.buf)
}

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
