// Package strtab numbers strings in a table the garbage collector need not scan: the strings
// are copied into a few byte chunks and found by their hash, so that a table of many thousand
// catalog keys, kept from document to document, costs the collector a few objects rather
// than one pointer for each key.
package strtab

import (
	"hash/maphash"
	"unsafe"
)

// Table numbers the strings added to it 0, 1, 2, ... in the order added. Its zero value is
// empty and ready; one goroutine at a time may use it.
type Table struct {
	seed   maphash.Seed
	seeded bool
	// slots is an open-addressed hash table, its size a power of two at least twice the
	// strings': each slot holds the high 32 bits of a string's hash and its number plus one,
	// or 0 when empty.
	slots  []uint64
	ents   []entry  // by number
	chunks [][]byte // the strings' bytes, each chunk filled and never written again
}

// entry is where a string's bytes are, and its hash.
type entry struct {
	chunk, start, n int32
	hash            uint64
}

// chunkSize is the room of a chunk of string bytes; a longer string has a chunk of its own.
const chunkSize = 16 << 10

// Len returns how many strings the table holds.
func (t *Table) Len() int { return len(t.ents) }

// Find returns the number of s, if the table holds it.
func (t *Table) Find(s string) (int32, bool) {
	if len(t.ents) == 0 {
		return 0, false
	}
	h := t.hash(s)
	mask := len(t.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		sl := t.slots[i]
		if sl == 0 {
			return 0, false
		}
		if uint32(sl>>32) == uint32(h>>32) {
			if k := int32(uint32(sl)) - 1; t.String(k) == s {
				return k, true
			}
		}
	}
}

// Add adds s, which the table must not hold (see Find), and returns its number.
func (t *Table) Add(s string) int32 {
	if 2*(len(t.ents)+1) > len(t.slots) {
		t.grow()
	}
	h := t.hash(s)
	k := int32(len(t.ents))
	t.ents = append(t.ents, t.store(s, h))
	t.place(h, k)
	return k
}

// place puts string k, of hash h, in the first empty slot from its own.
func (t *Table) place(h uint64, k int32) {
	mask := len(t.slots) - 1
	i := int(h) & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = h>>32<<32 | uint64(uint32(k+1))
}

// grow doubles the slots (256 at first) and places every string again.
func (t *Table) grow() {
	t.slots = make([]uint64, max(256, 2*len(t.slots)))
	for k, e := range t.ents {
		t.place(e.hash, int32(k))
	}
}

// String returns string k, a copy of the one added, which stays valid after Reset.
func (t *Table) String(k int32) string {
	e := t.ents[k]
	if e.n == 0 {
		return ""
	}
	return unsafe.String(&t.chunks[e.chunk][e.start], int(e.n)) //nolint:gosec // chunk bytes are never written again
}

// Reset empties the table. The strings it returned stay valid: their chunks are let go, not
// reused.
func (t *Table) Reset() {
	clear(t.slots)
	t.ents, t.chunks = t.ents[:0], nil
}

// hash returns the hash of s with the table's seed, made on first use.
func (t *Table) hash(s string) uint64 {
	if !t.seeded {
		t.seed, t.seeded = maphash.MakeSeed(), true
	}
	return maphash.String(t.seed, s)
}

// store copies s into the chunks and returns its entry.
func (t *Table) store(s string, h uint64) entry {
	c := len(t.chunks) - 1
	if c < 0 || cap(t.chunks[c])-len(t.chunks[c]) < len(s) {
		t.chunks = append(t.chunks, make([]byte, 0, max(chunkSize, len(s))))
		c++
	}
	start := len(t.chunks[c])
	t.chunks[c] = append(t.chunks[c], s...)
	return entry{chunk: int32(c), start: int32(start), n: int32(len(s)), hash: h}
}
