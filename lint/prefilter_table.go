package lint

import (
	_ "embed" // the built-in pack's keyword automaton
	"encoding/binary"
	"strings"
	"unsafe"
)

// builtinTable is the keyword automaton of the built-in pack, built at development time by
// `go test ./lint -run TestBuiltinPrefilterTable -update` (see encodeTable): building it takes
// longer than the rest of an editor's one-file run. New uses it when a pack's keywords are
// exactly the ones it was built from, and builds the automaton otherwise.
//
//go:embed prefilter_builtin.bin
var builtinTable string

// tableMagic starts an encoded automaton; its last byte is the format's version.
const tableMagic = "fwpf\x00\x00\x00\x03"

// tableHeader is the size of the magic and the four counts after it.
const tableHeader = len(tableMagic) + 4*4

// encodeTable returns p, built with 16-bit state numbers, and the engine's index of its
// keywords (ids, the keyword id of each literal in the order Linter.literals gives them, and
// x, what their hits mean), in the form loadTable reads: the magic; the class count, state
// count, keyword count and keyword bytes (little-endian uint32); the byte classes; the
// keywords, each followed by a zero byte, padded to four bytes; ownStart, ownList and dict as
// uint32; delta16 as uint16, padded to four bytes; then the index (see appendIndex). It
// returns nil for an automaton with 32-bit state numbers.
func encodeTable(p *prefilter, ids []int32, x targetIndex) []byte {
	if p.delta16 == nil {
		return nil
	}
	kw := strings.Join(p.keywords, "\x00") + "\x00"
	for len(kw)%4 != 0 {
		kw += "\x00"
	}
	states := len(p.dict)
	out := []byte(tableMagic)
	for _, n := range []int{int(p.nclass), states, len(p.keywords), len(kw)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	out = append(out, p.class[:]...)
	out = append(out, kw...)
	for _, s := range [][]int32{p.ownStart, p.ownList} {
		for _, v := range s {
			out = binary.LittleEndian.AppendUint32(out, uint32(v))
		}
	}
	for _, v := range p.dict {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, v := range p.delta16 {
		out = binary.LittleEndian.AppendUint16(out, v)
	}
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	return appendIndex(out, ids, x)
}

// loadTable returns the automaton encoded in t when it was built from exactly keywords, and
// false otherwise. On a little-endian machine its transition table is t's own memory, read in
// place and never written: an editor's run touches only the pages of the states it visits.
func loadTable(t string, keywords []string) (*prefilter, bool) {
	p, kw, _, ok := decodeTable(t)
	if !ok || len(p.ownList) != len(keywords) {
		return nil, false
	}
	// The keywords must be the same, in the same order: ids index the engine's targets.
	for _, k := range keywords {
		if len(kw) <= len(k) || kw[:len(k)] != k || kw[len(k)] != 0 {
			return nil, false
		}
		kw = kw[len(k)+1:]
	}
	if strings.Trim(kw, "\x00") != "" {
		return nil, false
	}
	p.setKeywords(keywords)
	return p, true
}

// loadTableIndex returns the automaton encoded in t with its own keywords, which are t's
// memory, and the index of the literals it was built from.
func loadTableIndex(t string) (*prefilter, tableIDs, targetIndex, bool) {
	p, kw, rest, ok := decodeTable(t)
	if !ok {
		return nil, tableIDs{}, targetIndex{}, false
	}
	keywords := make([]string, len(p.ownList))
	for i := range keywords {
		end := strings.IndexByte(kw, 0)
		if end <= 0 {
			return nil, tableIDs{}, targetIndex{}, false
		}
		keywords[i], kw = kw[:end], kw[end+1:]
	}
	if strings.Trim(kw, "\x00") != "" {
		return nil, tableIDs{}, targetIndex{}, false
	}
	ids, x, ok := decodeIndex(rest, len(keywords))
	if !ok {
		return nil, tableIDs{}, targetIndex{}, false
	}
	p.setKeywords(keywords)
	return p, ids, x, true
}

// setKeywords sets the keywords of an automaton decoded from a table.
func (p *prefilter) setKeywords(keywords []string) {
	p.keywords, p.lens = keywords, make([]int32, len(keywords))
	for i, k := range keywords {
		p.lens[i] = int32(len(k))
	}
}

// decodeTable returns the automaton encoded in t, without its keywords, which it returns as
// t holds them (each followed by a zero byte, then padding), and the rest of t, the index.
func decodeTable(t string) (p *prefilter, kw, rest string, ok bool) {
	if len(t) < tableHeader+256 || t[:len(tableMagic)] != tableMagic {
		return nil, "", "", false
	}
	u32 := func(off int) int { return int(le32(t, off)) }
	nclass, states, nkw, kwLen := u32(8), u32(12), u32(16), u32(20)
	off := tableHeader + 256
	ints := (states + 1) + nkw + states
	deltaLen := (2*states*nclass + 3) &^ 3
	if nclass > 256 || states > 1<<15 || kwLen > len(t) || nkw > kwLen || len(t) < off+kwLen+4*ints+deltaLen+4 {
		return nil, "", "", false
	}
	kw = t[off : off+kwLen]
	p = &prefilter{nclass: int32(nclass)}
	copy(p.class[:], t[tableHeader:])
	off += kwLen
	vals := tableView[int32](t[off:], ints)
	off += 4 * ints
	p.ownStart, p.ownList = vals[:states+1:states+1], vals[states+1:states+1+nkw:states+1+nkw]
	p.dict = tableView[uint32](t[off-4*states:], states)
	p.delta16 = tableView[uint16](t[off:], states*nclass)
	return p, kw, t[off+deltaLen:], true
}

// tableView returns the n little-endian values of type T at the start of s: s's own memory
// when the machine is little-endian and s is aligned for T, else a decoded copy.
func tableView[T uint16 | int32 | uint32](s string, n int) []T {
	size := int(unsafe.Sizeof(T(0)))
	// Audited: s is the embedded table, read-only and never freed; the view is n values long,
	// which decodeTable checked s holds, aligned, and never written (the automaton is built
	// before it is used, and scans only read it).
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

// le32 returns the little-endian uint32 at s[off:].
func le32(s string, off int) uint32 {
	return uint32(s[off]) | uint32(s[off+1])<<8 | uint32(s[off+2])<<16 | uint32(s[off+3])<<24
}
