package dfa

import (
	"math/bits"
	"regexp/syntax"
	"slices"
)

// builder holds the buffers of closure, used under the write lock.
type builder struct {
	stack []uint32
	// seen has bit pc%64 of word pc/64 set for each instruction visited, which dense lists
	// so that follow clears them when it is done: a bit set rather than a sparse set, a
	// thirty-second of its size, so that a short run touches few fresh pages, which it
	// pays for in page faults (read before they are written, each is faulted twice).
	seen  []uint64
	dense []uint32
	next  []uint32 // the threads after the symbol
	// entries hold the closures of the thread that starts a match, which every state has:
	// it is followed once per assertion context, not once per transition, and contexts that
	// differ only in assertions it never tested share one. entryAt gives by context (a
	// syntax.EmptyOp) the index in entries plus one (0: not looked up yet).
	entryAt [1 << 6]uint8
	entries []entryClosure
	runes   []uint32 // the rune instructions the entries reach, entry after entry
	// groupOf holds by entry and class, nclass values an entry, the index in groups plus one
	// of the entry's threads after a symbol of the class (0: not derived yet); it grows by
	// appended zeros, written before they are read: fresh memory read first is faulted in
	// twice. The classes alike to one for the rune instructions the entry reaches share a
	// group: a class's group is derived for every class of it at once.
	groupOf []uint16
	groups  []afterGroup
	outs    []uint32 // the entries' threads after a symbol, group after group (see after)
	// alike is the set of classes alike to the class of the last closure (see alike.go).
	alike uint64
	// tested collects the assertions of the empty-width instructions follow visits.
	tested syntax.EmptyOp
}

// entryClosure is where the thread that starts a match reaches in one assertion context.
type entryClosure struct {
	match bool // a match ends there
	// op is the context it was followed in and tested the assertions its empty-width
	// instructions test: in a context that agrees with op on those, it visits the same
	// instructions in the same order (follow decides only by them), so it is the same.
	op, tested syntax.EmptyOp
	// runes and end are the start and end in the builder's runes of the rune instructions it
	// reaches; classes is where its values start in the builder's groupOf.
	runes, end, classes uint32
}

// room is what the builder's buffers and the cache's arrays start with: most filters of a
// short run never need more, and growing from nothing takes an allocation and a copy at each
// doubling.
const room = 32

func (b *builder) init(n int) {
	b.seen = make([]uint64, (n+63)/64)
	// The buffers of threads are carved from one allocation, each with its own capacity, so
	// that a buffer that outgrows its part is copied out by append, not into the next part.
	c := make([]uint32, 5*room)
	b.stack, b.dense, b.next = c[:0:room], c[room:room:2*room], c[2*room:2*room:3*room]
	b.runes, b.outs = c[3*room:3*room:4*room], c[4*room:4*room:5*room]
}

// closure follows every thread of the state with key flags and pcs (its context bits, its
// threads' program counters), and the thread that starts a match at every position, through
// the empty-width instructions that hold between the state's context and a symbol of class
// cls (-1: the end of the text). It reports whether a match ends there; otherwise b.next
// holds the threads after the symbol.
func (b *builder) closure(f *Filter, flags byte, pcs []uint32, cls int32) bool {
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
	b.alike = 0
	if cls >= 0 {
		b.alike = f.alikeOp(cls)
	}
	e := b.entry(f, op)
	if e.match {
		return true
	}
	b.next = b.next[:0]
	if cls >= 0 {
		outs, alike := b.after(f, e, cls)
		b.next = append(b.next, outs...)
		b.alike &= alike
	}
	b.stack = append(b.stack[:0], pcs...)
	return b.follow(f, op, cls, nil)
}

// entry returns the closure of the thread that starts a match in context op, following it
// the first time.
func (b *builder) entry(f *Filter, op syntax.EmptyOp) *entryClosure {
	if i := b.entryAt[op]; i != 0 {
		return &b.entries[i-1]
	}
	for i := range b.entries {
		if e := &b.entries[i]; (e.op^op)&e.tested == 0 {
			b.entryAt[op] = uint8(i + 1)
			return e
		}
	}
	e := entryClosure{op: op, runes: uint32(len(b.runes)), classes: uint32(len(b.groupOf))}
	b.groupOf = append(b.groupOf, make([]uint16, f.nclass)...)
	b.stack = append(b.stack[:0], f.entry)
	b.tested = 0
	e.match = b.follow(f, op, -1, &b.runes)
	e.end, e.tested = uint32(len(b.runes)), b.tested
	b.entries = append(b.entries, e)
	b.entryAt[op] = uint8(len(b.entries))
	return &b.entries[len(b.entries)-1]
}

// afterGroup is the entry's threads after a symbol of some classes: outs[start:end], and
// those classes (0 without masks of classes).
type afterGroup struct {
	start, end uint32
	alike      uint64
}

// after returns the threads after a symbol of class cls from the rune instructions e
// reaches, in b.outs (valid until the next call), and the classes alike to cls for those
// instructions (0 without masks). Their number fits groupOf's 16 bits: an entry per
// assertion context (at most 64), a group per class (at most 255) at most.
func (b *builder) after(f *Filter, e *entryClosure, cls int32) ([]uint32, uint64) {
	classes := b.groupOf[e.classes:][:f.nclass]
	if g := classes[cls]; g != 0 {
		gr := &b.groups[g-1]
		return b.outs[gr.start:gr.end], gr.alike
	}
	start := len(b.outs)
	alike := f.allClasses
	for _, pc := range b.runes[e.runes:e.end] {
		var next, m uint32
		if f.wide {
			_, next, m = f.inst(pc)
		} else { // f.inst written out, as in follow
			s := f.insts[5*uint(pc):][:5]
			next, m = uint32(s[1])|uint32(s[2])<<8, uint32(s[3])|uint32(s[4])<<8
		}
		acc := f.accepts(m, cls)
		if acc {
			b.outs = append(b.outs, next)
		}
		alike = f.narrow(alike, m, cls, acc)
	}
	b.groups = append(b.groups, afterGroup{uint32(start), uint32(len(b.outs)), alike})
	g := uint16(len(b.groups))
	classes[cls] = g
	for m := alike; m != 0; m &= m - 1 {
		classes[bits.TrailingZeros64(m)] = g
	}
	return b.outs[start:], alike
}

// follow follows the threads on b.stack through the empty-width instructions that hold in
// context op. It reports whether a match ends there; otherwise it appends to b.next the
// threads after a symbol of class cls (none for -1) and, when runes is not nil, the rune
// instructions it reaches to *runes.
func (b *builder) follow(f *Filter, op syntax.EmptyOp, cls int32, runes *[]uint32) bool {
	b.dense = b.dense[:0]
	for len(b.stack) > 0 {
		pc := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		w, bit := &b.seen[pc/64], uint64(1)<<(pc%64)
		if *w&bit != 0 {
			continue
		}
		*w |= bit
		b.dense = append(b.dense, pc)
		var code byte
		var out, arg uint32
		if f.wide {
			code, out, arg = f.inst(pc)
		} else { // f.inst, written out: too large to be inlined, and this is its hot caller
			s := f.insts[5*uint(pc):][:5]
			code, out, arg = s[0], uint32(s[1])|uint32(s[2])<<8, uint32(s[3])|uint32(s[4])<<8
		}
		switch code {
		case opMatch:
			b.unsee()
			return true
		case opAlt:
			b.stack = append(b.stack, arg, out)
		case opNop:
			b.stack = append(b.stack, out)
		case opEmpty:
			b.tested |= syntax.EmptyOp(arg)
			if syntax.EmptyOp(arg)&^op == 0 {
				b.stack = append(b.stack, out)
			}
		case opRune:
			if runes != nil {
				*runes = append(*runes, pc)
			}
			if cls >= 0 {
				acc := f.accepts(arg, cls)
				if acc {
					b.next = append(b.next, out)
				}
				b.alike = f.narrow(b.alike, arg, cls, acc)
			}
		}
	}
	b.unsee()
	return false
}

// unsee empties the set of instructions visited.
func (b *builder) unsee() {
	for _, pc := range b.dense {
		b.seen[pc/64] = 0
	}
}

// key returns the program counters of the state b.next stands for: b.next sorted, without
// repeats.
func (b *builder) key() []uint32 {
	slices.Sort(b.next)
	b.next = slices.Compact(b.next)
	return b.next
}
