package dfa

import (
	"math/bits"
	"slices"
)

// states is the cache of built states. State i has key key(i): its context bits, and the
// program counters its threads stand at, sorted; transitions
// trans[i*nclass:(i+1)*nclass], each the next state's row (its number times nclass), unknown
// or accept, in 16 bits (half the memory a short run touches and its cache holds); and
// atEnd[i], whether a match ends at the end of the text. State 0 is no state.
//
// The keys are kept one after another in one buffer and found through a hash table of state
// numbers, and the arrays grow by doubling: building a state allocates nothing of its own, and
// little that is thrown away when the arrays grow (in a short run, memory freshly taken from
// the system is paid for in page faults).
type states struct {
	keys   []uint32
	keyEnd []uint32 // state i's counters are keys[keyEnd[i-1]:keyEnd[i]]; keyEnd[0] is 0
	flags  []uint8  // state i's context bits are flags[i]
	// index is an open-addressed hash table of state numbers by their keys' hash (0: free),
	// its length a power of two at least twice the number of states.
	index  []uint16 // state numbers fit 16 bits (see limit)
	trans  []uint16
	atEnd  []uint8
	start  int32
	resets int
	gaveUp bool
}

// key returns the key of state i: its context bits and its threads' program counters.
func (s *states) key(i int32) (byte, []uint32) {
	return s.flags[i], s.keys[s.keyEnd[i-1]:s.keyEnd[i]]
}

// lookup returns the number of the state with key flags and pcs, or 0 when there is none.
func (s *states) lookup(flags byte, pcs []uint32) int32 {
	mask := uint32(len(s.index) - 1)
	for h := hashKey(flags, pcs) & mask; ; h = (h + 1) & mask {
		id := int32(s.index[h])
		if id == 0 {
			return 0
		}
		if f, k := s.key(id); f == flags && slices.Equal(k, pcs) {
			return id
		}
	}
}

// hashKey is a 32-bit hash of a key, its context bits and its program counters, taken a
// counter at a time (a rotation brings the high bits of each down to the low bits that pick
// a slot).
func hashKey(flags byte, pcs []uint32) uint32 {
	h := uint32(2166136261) ^ uint32(flags)
	for _, pc := range pcs {
		h = bits.RotateLeft32((h^pc)*0x9e3779b1, 15)
	}
	return h ^ h>>16
}

// reset empties the cache, keeping its start state, in the memory it has.
func (f *Filter) reset() {
	if f.trans == nil { // the first time: room for a short run's states (see room)
		f.keys, f.keyEnd = make([]uint32, 0, 2*room), make([]uint32, 0, room)
		f.atEnd, f.flags, f.index = make([]uint8, 0, room), make([]uint8, 0, room), make([]uint16, 2*room)
		f.trans = make([]uint16, 0, room*f.nclass)
	}
	f.keys = f.keys[:0]
	f.keyEnd = append(f.keyEnd[:0], 0)
	clear(f.index)
	f.trans = f.trans[:f.nclass]
	clear(f.trans)
	f.atEnd, f.flags = append(f.atEnd[:0], 0), append(f.flags[:0], 0)
	f.start = f.add(atStart, nil)
}

// add adds a state with key flags and pcs, which it copies, and returns its number.
func (f *Filter) add(flags byte, pcs []uint32) int32 {
	id := int32(len(f.keyEnd))
	f.keys = append(f.keys, pcs...)
	f.flags = append(f.flags, flags)
	f.keyEnd = append(f.keyEnd, uint32(len(f.keys)))
	if 2*len(f.keyEnd) > len(f.index) {
		old := f.index
		f.index = zeros(2 * len(old))
		for _, i := range old {
			if i != 0 {
				f.insert(int32(i))
			}
		}
	}
	f.insert(id)
	n, add := len(f.trans), int(f.nclass)
	if n+add > cap(f.trans) {
		t := make([]uint16, n, max(2*cap(f.trans), n+add))
		copy(t, f.trans)
		f.trans = t
	}
	f.trans = f.trans[:n+add]
	clear(f.trans[n:])
	f.atEnd = append(f.atEnd, endUnknown)
	return id
}

// insert enters state id, whose key is in place, in the index.
func (s *states) insert(id int32) {
	mask := uint32(len(s.index) - 1)
	h := hashKey(s.key(id)) & mask
	for s.index[h] != 0 {
		h = (h + 1) & mask
	}
	s.index[h] = uint16(id)
}

// zeros returns n zeros in memory written as it is taken (append clears what it appends),
// rather than read first as the index is: fresh memory that is read before it is written is
// faulted in twice, and the second fault is the costlier.
func zeros(n int) []uint16 {
	return append([]uint16(nil), make([]uint16, n)...)
}
