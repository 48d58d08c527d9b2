package keywords

import (
	"encoding/binary"
	"unsafe"
)

// tableMagic starts an encoded automaton; its last byte is the format's version.
const tableMagic = "fwpf\x00\x00\x00\x07"

// tableHeader is the size of the magic and the five counts after it.
const tableHeader = len(tableMagic) + 5*4

// Encode returns a, built with 16-bit state numbers, in the form Load reads: the magic; the
// class count, state count, keyword count, keyword bytes and output count (little-endian
// uint32); the byte classes; the keywords, each followed by a zero byte, padded to four
// bytes; where each keyword starts in them, then their end, as uint32; info and outs as uint32; delta16 as uint16 (a column of states per class),
// padded to four bytes. What follows
// is the caller's (LoadOwn returns it). It returns nil for an automaton with 32-bit state
// numbers.
func Encode(a *Automaton) []byte {
	if a.delta16 == nil {
		return nil
	}
	kw := a.text
	for len(kw)%4 != 0 {
		kw += "\x00"
	}
	states := len(a.info)
	out := []byte(tableMagic)
	for _, n := range []int{int(a.nclass), states, a.Count(), len(kw), len(a.outs) / entrySize} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	out = append(out, a.class[:]...)
	out = append(out, kw...)
	for _, v := range a.start {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, v := range a.info {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, v := range a.outs {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, v := range a.delta16 {
		out = binary.LittleEndian.AppendUint16(out, v)
	}
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	return out
}

// Load returns the automaton encoded in t when it was built from exactly keywords, and false
// otherwise. On a little-endian machine its transition table is t's own memory, read in place
// and never written: an editor's run touches only the pages of the states it visits. t must
// stay unchanged for as long as the automaton is used (an embedded table does).
func Load(t string, keywords []string) (*Automaton, bool) {
	a, _, ok := decode(t)
	if !ok || a.Count() != len(keywords) {
		return nil, false
	}
	// The keywords must be the same, in the same order: ids index the caller's tables.
	for id, k := range keywords {
		if a.keyword(int32(id)) != k {
			return nil, false
		}
	}
	if !a.checkOutputs() {
		return nil, false
	}
	return a, true
}

// LoadOwn returns the automaton encoded in t with its own keywords, which are t's memory, and
// the rest of t after the automaton.
func LoadOwn(t string) (a *Automaton, rest string, ok bool) {
	a, rest, ok = decode(t)
	if !ok || !a.checkOutputs() {
		return nil, "", false
	}
	return a, rest, true
}

// checkOutputs reports whether the lengths the outs entries and the states' info of an
// automaton decoded from a table give are its keywords', which a scan relies on to read no
// byte past a text or keyword, and whether the runs the info gives start in outs.
func (a *Automaton) checkOutputs() bool {
	nkw := a.Count()
	for k := 0; k < len(a.outs); k += entrySize {
		n := int(a.Len(int32(a.outs[k])))
		if meta := a.outs[k+1]; int(meta&lenMask) != n || (meta&longBit != 0) != (n > prefixDepth) {
			return false
		}
	}
	runs := uint32(len(a.outs) / entrySize)
	for _, v := range a.info {
		if v&runBit != 0 {
			if v&^runBit >= runs {
				return false
			}
		} else if id, n := single(v); id >= 0 && (id >= nkw || int(a.Len(int32(id))) != n) {
			return false
		}
	}
	return true
}

// decode returns the automaton encoded in t, with its keywords, which are t's memory, and
// the rest of t. Each keyword is followed by a zero byte and is not empty.
func decode(t string) (a *Automaton, rest string, ok bool) {
	if len(t) < tableHeader+256 || t[:len(tableMagic)] != tableMagic {
		return nil, "", false
	}
	u32 := func(off int) int { return int(LE32(t, off)) }
	m := len(tableMagic)
	nclass, states, nkw, kwLen, nouts := u32(m), u32(m+4), u32(m+8), u32(m+12), u32(m+16)
	off := tableHeader + 256
	ints := nkw + 1 + states + entrySize*nouts
	deltaLen := (2*states*nclass + 3) &^ 3
	if nclass > 256 || states > 1<<15 || kwLen > len(t) || nkw > kwLen || nouts > len(t) ||
		len(t) < off+kwLen+4*ints+deltaLen {
		return nil, "", false
	}
	a = &Automaton{nclass: int32(nclass), text: t[off : off+kwLen]}
	copy(a.class[:], t[tableHeader:])
	off += kwLen
	a.start = View[uint32](t[off:], nkw+1)
	off += 4 * (nkw + 1)
	if a.start[0] != 0 {
		return nil, "", false
	}
	for id := range nkw {
		// Every keyword holds a byte and ends with a zero byte within the text.
		end := a.start[id+1]
		if end < a.start[id]+2 || int(end) > kwLen || a.text[end-1] != 0 {
			return nil, "", false
		}
	}
	a.text = a.text[:a.start[nkw]] // without the padding
	a.info = View[uint32](t[off:], states)
	a.outs = View[uint32](t[off+4*states:], entrySize*nouts)
	off += 4 * (states + entrySize*nouts)
	// Every run a state's info starts ends within outs, at the last entry at the latest.
	if nouts > 0 && a.outs[len(a.outs)-2]&lastBit == 0 {
		return nil, "", false
	}
	for k := 0; k < len(a.outs); k += entrySize {
		if int(a.outs[k]) >= nkw {
			return nil, "", false
		}
	}
	a.delta16 = View[uint16](t[off:], states*nclass)
	a.setColumns()
	return a, t[off+deltaLen:], true
}

// View returns the n little-endian values of type T at the start of s: s's own memory when
// the machine is little-endian and s is aligned for T, else a decoded copy. s must hold them
// and must never change or be freed while the view is used (an embedded table's memory).
func View[T uint16 | int32 | uint32](s string, n int) []T {
	size := int(unsafe.Sizeof(T(0)))
	// Audited: s is an embedded table, read-only and never freed; the view is n values long,
	// which the callers checked s holds, aligned, and never written (automata and indexes are
	// built before they are used, and only read).
	ptr := unsafe.StringData(s) //nolint:gosec // read-only view of the embedded table, see above
	little := binary.NativeEndian.Uint16([]byte{1, 0}) == 1
	if little && uintptr(unsafe.Pointer(ptr))%uintptr(size) == 0 { //nolint:gosec // alignment check, see above
		return unsafe.Slice((*T)(unsafe.Pointer(ptr)), n) //nolint:gosec // see above
	}
	out := make([]T, n)
	for i := range out {
		var v uint32
		for b := size - 1; b >= 0; b-- {
			v = v<<8 | uint32(s[size*i+b])
		}
		out[i] = T(v)
	}
	return out
}

// LE32 returns the little-endian uint32 at s[off:].
func LE32(s string, off int) uint32 {
	return uint32(s[off]) | uint32(s[off+1])<<8 | uint32(s[off+2])<<16 | uint32(s[off+3])<<24
}
