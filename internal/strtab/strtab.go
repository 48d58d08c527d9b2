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
	first  map[uint64]int32 // by hash, the last string added with it
	ents   []entry          // by number
	chunks [][]byte         // the strings' bytes, each chunk filled and never written again
}

// entry is where a string's bytes are, and the string added before it with the same hash.
type entry struct {
	chunk, start, n int32
	prev            int32 // -1 for none
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
	for k, ok := t.first[t.hash(s)]; ok && k >= 0; k = t.ents[k].prev {
		if t.String(k) == s {
			return k, true
		}
	}
	return 0, false
}

// Add adds s, which the table must not hold (see Find), and returns its number.
func (t *Table) Add(s string) int32 {
	if t.first == nil {
		t.first = make(map[uint64]int32, 256)
	}
	h := t.hash(s)
	prev, ok := t.first[h]
	if !ok {
		prev = -1
	}
	k := int32(len(t.ents))
	t.ents = append(t.ents, t.store(s, prev))
	t.first[h] = k
	return k
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
	clear(t.first)
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
func (t *Table) store(s string, prev int32) entry {
	c := len(t.chunks) - 1
	if c < 0 || cap(t.chunks[c])-len(t.chunks[c]) < len(s) {
		t.chunks = append(t.chunks, make([]byte, 0, max(chunkSize, len(s))))
		c++
	}
	start := len(t.chunks[c])
	t.chunks[c] = append(t.chunks[c], s...)
	return entry{chunk: int32(c), start: int32(start), n: int32(len(s)), prev: prev}
}
