// Package dfa answers one question about a regular expression quickly: can it match anywhere
// in a text? It runs a lazily built deterministic automaton over Go's compiled program of the
// expression, one table lookup per byte, where package regexp backtracks or simulates an NFA
// that visits every live thread at every byte: on expressions with large alternations the
// automaton is one to two orders of magnitude faster.
//
// A Filter never says no where the expression matches. It is exact on ASCII text; it treats
// every rune from U+0080 up as one symbol, accepted by each instruction that accepts some such
// rune, so on other text it may say yes where the expression does not match. Callers run the
// expression itself, for the positions, where the filter says yes.
package dfa

import (
	"math"
	"regexp/syntax"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Filter is the lazily built automaton of one expression. It is safe for concurrent use: runs
// read the states built so far under a read lock, and a run that needs a state not built yet
// starts again under the write lock and builds what it meets.
type Filter struct {
	code  string // the encoding (see encode.go), which the fields below read
	insts string // the instructions: 5 bytes each, or 9 when wide
	wide  bool
	entry uint32 // the instruction a match starts at
	ninst int
	// classOf maps an ASCII byte to its class; every rune from utf8.RuneSelf up is of class
	// nonASCII. The bytes of a class are alike to every instruction and every assertion.
	classOf  [utf8.RuneSelf]uint8
	nonASCII uint8
	nclass   int32
	word     string // by class: 1 for word characters as \b sees them
	newline  string // by class: 1 for the class of '\n'
	// acceptBits has bit m*nclass+c set where rune matcher m consumes a rune of class c; the
	// rune instructions name their matcher.
	acceptBits string
	// allClasses has a bit set for each class, and wordMask and newlineMask for the classes
	// of word characters and of '\n', where there are at most 64 classes (see alike.go);
	// otherwise all three are 0.
	allClasses, wordMask, newlineMask uint64

	mu sync.RWMutex
	states
	scratch builder
}

// Limits of one filter's cache: past maxStates states (fewer where the rows would not fit
// the transitions' 16 bits, see limit) it starts again empty, and after maxResets fresh starts
// the filter gives up and says yes to every text.
const (
	maxStates = 2048
	maxResets = 8
)

// Transition values other than rows (state numbers, from 1, times nclass, from 2).
const (
	unknown = 0 // not built yet
	accept  = 1 // a match ends before the symbol
)

// Values of atEnd.
const (
	endUnknown = iota // not built yet
	endNoMatch        // no match ends at the end of the text
	endMatch          // a match ends there
)

// Context bits of a state: what came before the next symbol.
const (
	atStart   = 1 << iota // nothing: the start of the text
	afterNL               // a newline
	afterWord             // a word character
)

// Compile parses expr with Go's syntax, flags such as (?i) written in it, and returns its
// filter; the states are built as texts need them.
func Compile(expr string) (*Filter, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, err
	}
	return Decode(encode(prog))
}

// MayMatch reports whether the expression may match somewhere in s: false means that it
// matches nowhere in s.
func (f *Filter) MayMatch(s string) bool {
	f.mu.RLock()
	at, row := 0, f.start*f.nclass
	matched, done := f.run(s, &at, &row, false)
	resets := f.resets
	f.mu.RUnlock()
	if done {
		return matched
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.resets != resets { // the state the run stopped in is gone
		at, row = 0, f.start*f.nclass
	}
	matched, _ = f.run(s, &at, &row, true)
	return matched
}

// Match reports what the filter can tell of whether the expression matches somewhere in s:
// where sure is set, matched is the expression's own answer. The filter is sure where it
// says no, and where it says yes on ASCII text (on which it is exact) without having given
// up; elsewhere matched is true and the expression must decide.
func (f *Filter) Match(s string) (matched, sure bool) {
	if !f.MayMatch(s) {
		return false, true
	}
	f.mu.RLock()
	gaveUp := f.gaveUp // it never goes back: if it is not set now, it was not set for the run
	f.mu.RUnlock()
	return true, !gaveUp && isASCII(s)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	or := byte(0)
	for i := 0; i < len(s); i++ {
		or |= s[i]
	}
	return or < utf8.RuneSelf
}

// run runs the automaton over s from byte *at in the state whose row is *row. Without build
// it stops, not done, at the first state or transition not built yet, leaving *at and *row
// where it stopped, so that a run with build (under the write lock) goes on from there as
// long as the cache has not started again meanwhile; with build it builds what it meets.
func (f *Filter) run(s string, at *int, row *int32, build bool) (matched, done bool) {
	if f.gaveUp {
		return true, true
	}
	// row is the current state's first transition, state*nclass: the transitions hold rows,
	// which saves a multiplication on the path from one byte's lookup to the next. The inner
	// loop takes the common case, an ASCII byte whose transition is built and leads to a
	// state (fast); the outer one takes the rest.
	nclass := f.nclass
	i, r := *at, *row
	trans, classOf := f.trans, &f.classOf
	for {
		i, r = fast(s, i, r, trans, classOf)
		if i >= len(s) {
			break
		}
		cls, n := int32(0), 1
		if b := s[i]; b < utf8.RuneSelf {
			cls = int32(classOf[b])
		} else {
			_, n = utf8.DecodeRuneInString(s[i:])
			cls = int32(f.nonASCII)
		}
		next := int32(trans[r+cls])
		if next == unknown {
			if !build {
				*at, *row = i, r
				return false, false
			}
			if next = f.transition(r/nclass, cls); f.gaveUp {
				return true, true
			}
			trans = f.trans // the cache may have grown, or started again
		}
		if next == accept {
			return true, true
		}
		r = next
		i += n
	}
	state := r / nclass
	end := f.atEnd[state]
	if end == endUnknown {
		if !build {
			*at, *row = i, r
			return false, false
		}
		end = endNoMatch
		if flags, pcs := f.key(state); f.scratch.closure(f, flags, pcs, -1) {
			end = endMatch
		}
		f.atEnd[state] = end
	}
	return end == endMatch, true
}

// transition builds the transition of state on class cls and returns it: accept, or the row
// of the next state (its number times nclass), valid in the cache as it is after the call
// (which may have started again empty, forgetting state).
func (f *Filter) transition(state, cls int32) int32 {
	b := &f.scratch
	if flags, pcs := f.key(state); b.closure(f, flags, pcs, cls) {
		f.fill(state, cls, b.alike, accept)
		return accept
	}
	flags, pcs := f.flagsAfter(cls), b.key()
	if next := f.lookup(flags, pcs); next != 0 {
		f.fill(state, cls, b.alike, uint16(next*f.nclass))
		return next * f.nclass
	}
	if len(f.keyEnd) > f.limit() {
		if f.resets++; f.resets > maxResets {
			f.gaveUp = true
			return accept
		}
		f.reset()
		return f.add(flags, pcs) * f.nclass
	}
	next := f.add(flags, pcs) * f.nclass
	f.fill(state, cls, b.alike, uint16(next))
	return next
}

// flagsAfter returns the context bits of a state entered on a symbol of class cls.
func (f *Filter) flagsAfter(cls int32) byte {
	flags := byte(0)
	if f.word[cls] != 0 {
		flags |= afterWord
	}
	if f.newline[cls] != 0 {
		flags |= afterNL
	}
	return flags
}

// limit returns the most states the cache holds: maxStates, or fewer where the last one's
// row would not fit a transition's 16 bits (more than 32 classes).
func (f *Filter) limit() int {
	return min(maxStates, math.MaxUint16/int(f.nclass))
}

// fast runs the automaton over s from byte i in the state whose row is r while the bytes are
// ASCII and their transitions are built and lead to states, and returns where it stopped: the
// common case, in a loop of its own, whose few values the compiler keeps in registers.
//
//go:noinline
func fast(s string, i int, r int32, trans []uint16, classOf *[utf8.RuneSelf]uint8) (int, int32) {
	class, row := classOf[:], int(r) // a slice of known length and an int: no checks in the loop
	// Audited: row is a row of trans (a state number times nclass, below len(trans)/nclass
	// times nclass) and class[b] a class, below nclass, so every entry read lies in trans; the
	// bounds check this saves is two of the loop's instructions.
	base := unsafe.Pointer(unsafe.SliceData(trans)) //nolint:gosec // audited: see above
	for ; i < len(s); i++ {
		b := s[i]
		if b >= utf8.RuneSelf {
			break
		}
		next := int(*(*uint16)(unsafe.Add(base, 2*(row+int(class[b])))))
		if next <= accept { // unknown and accept are the values that are not rows
			break
		}
		row = next
	}
	return i, int32(row)
}
