package lint

import (
	"encoding/binary"
	"unsafe"

	"github.com/farewell-protocol/farewell/internal/keywords"
)

// targetIndex says what the hits of each keyword mean: the targets of keyword id are
// list[start[id]:start[id+1]].
type targetIndex struct {
	start []int32
	list  []target
}

// of returns the targets of keyword id.
func (x targetIndex) of(id int32) []target { return x.list[x.start[id]:x.start[id+1]] }

// tableIDs are the literals' keyword ids in an encoded table, read in place.
type tableIDs struct {
	s string
	n int
}

// at returns the id of literal i.
func (ids tableIDs) at(i int) int32 { return int32(keywords.LE32(ids.s, 4*i)) }

// targetSize is the size of an encoded target: its kind, three zero bytes, then its rule and
// token as little-endian int32, which is a target's layout in memory on a little-endian
// machine (targetView checks).
const targetSize = 12

// appendIndex appends to out, whose length is a multiple of four, the index of an engine's
// keywords: the number of literals (uint32), each literal's keyword id (uint32), x.start (one
// more than the keywords, uint32) and x.list (targetSize bytes each).
func appendIndex(out []byte, ids []int32, x targetIndex) []byte {
	out = binary.LittleEndian.AppendUint32(out, uint32(len(ids)))
	for _, s := range [][]int32{ids, x.start} {
		for _, v := range s {
			out = binary.LittleEndian.AppendUint32(out, uint32(v))
		}
	}
	for _, t := range x.list {
		out = append(out, byte(t.kind), 0, 0, 0)
		out = binary.LittleEndian.AppendUint32(out, uint32(t.rule))
		out = binary.LittleEndian.AppendUint32(out, uint32(t.token))
	}
	return out
}

// decodeIndex reads an index appendIndex wrote for nkw keywords at the start of s, in place,
// and returns what follows it.
func decodeIndex(s string, nkw int) (tableIDs, targetIndex, string, bool) {
	if len(s) < 4 {
		return tableIDs{}, targetIndex{}, "", false
	}
	n := int(keywords.LE32(s, 0))
	end := 4 + 4*n + 4*(nkw+1) + targetSize*n
	if n > len(s)/(4+targetSize) || len(s) < end {
		return tableIDs{}, targetIndex{}, "", false
	}
	ids := tableIDs{s: s[4 : 4+4*n], n: n}
	off := 4 + 4*n
	x := targetIndex{start: keywords.View[int32](s[off:], nkw+1), list: targetView(s[off+4*(nkw+1):], n)}
	if x.start[0] != 0 || int(x.start[nkw]) != n {
		return tableIDs{}, targetIndex{}, "", false
	}
	for i := range nkw {
		if x.start[i] > x.start[i+1] {
			return tableIDs{}, targetIndex{}, "", false
		}
	}
	return ids, x, s[end:], true
}

// targetView returns the n targets encoded at the start of s: s's own memory when the
// machine's layout of a target is the encoding's and s is aligned for it, else a decoded copy.
func targetView(s string, n int) []target {
	var t target
	ptr := unsafe.StringData(s) //nolint:gosec // read-only view of the embedded table, see tableView
	little := binary.NativeEndian.Uint16([]byte{1, 0}) == 1
	if little && unsafe.Sizeof(t) == targetSize && unsafe.Offsetof(t.rule) == 4 && unsafe.Offsetof(t.token) == 8 &&
		uintptr(unsafe.Pointer(ptr))%unsafe.Alignof(t) == 0 { //nolint:gosec // alignment check, see tableView
		// Audited as tableView: s is the embedded table, read-only and never freed; the view
		// is n targets long, which decodeIndex checked s holds, and only read (a target holds
		// no pointer, and the three bytes after its kind are padding).
		return unsafe.Slice((*target)(unsafe.Pointer(ptr)), n) //nolint:gosec // see above
	}
	out := make([]target, n)
	for i := range out {
		e := s[targetSize*i:]
		out[i] = target{kind: targetKind(e[0]), rule: int32(keywords.LE32(e, 4)), token: int32(keywords.LE32(e, 8))}
	}
	return out
}
