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
const tableMagic = "fwpf\x00\x00\x00\x01"

// tableHeader is the size of the magic and the four counts after it.
const tableHeader = len(tableMagic) + 4*4

// encodeTable returns p, built with 16-bit state numbers, in the form loadTable reads:
// the magic; the class count, state count, keyword count and keyword bytes (little-endian
// uint32); the byte classes; the keywords, each followed by a zero byte, padded to four
// bytes; ownStart, ownList and dict as uint32; then delta16 as uint16. It returns nil for an
// automaton with 32-bit state numbers.
func encodeTable(p *prefilter) []byte {
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
	return out
}

// loadTable returns the automaton encoded in t when it was built from exactly keywords, and
// false otherwise. On a little-endian machine its transition table is t's own memory, read in
// place and never written: an editor's run touches only the pages of the states it visits.
func loadTable(t string, keywords []string) (*prefilter, bool) {
	if len(t) < tableHeader+256 || t[:len(tableMagic)] != tableMagic {
		return nil, false
	}
	u32 := func(off int) int { return int(le32(t, off)) }
	nclass, states, nkw, kwLen := u32(8), u32(12), u32(16), u32(20)
	if nkw != len(keywords) {
		return nil, false
	}
	off := tableHeader + 256
	ints := (states + 1) + nkw + states
	if len(t) != off+kwLen+4*ints+2*states*nclass {
		return nil, false
	}
	// The keywords must be the same, in the same order: ids index the engine's targets.
	kw := t[off : off+kwLen]
	for _, k := range keywords {
		if len(kw) <= len(k) || kw[:len(k)] != k || kw[len(k)] != 0 {
			return nil, false
		}
		kw = kw[len(k)+1:]
	}
	if strings.Trim(kw, "\x00") != "" {
		return nil, false
	}
	p := &prefilter{nclass: int32(nclass), keywords: keywords, lens: make([]int32, nkw)}
	copy(p.class[:], t[tableHeader:])
	for i, k := range keywords {
		p.lens[i] = int32(len(k))
	}
	off += kwLen
	vals := make([]int32, ints)
	for i := range vals {
		vals[i] = int32(u32(off + 4*i))
	}
	off += 4 * ints
	p.ownStart, p.ownList = vals[:states+1:states+1], vals[states+1:states+1+nkw:states+1+nkw]
	p.dict = make([]uint32, states)
	for i, v := range vals[states+1+nkw:] {
		p.dict[i] = uint32(v)
	}
	p.delta16 = deltaView(t[off:], states*nclass)
	return p, true
}

// deltaView returns the n little-endian uint16 values at the start of s: s's own memory when
// the machine is little-endian and s is aligned for uint16, else a decoded copy.
func deltaView(s string, n int) []uint16 {
	// Audited: s is the embedded table, read-only and never freed; the view is n values long,
	// which loadTable checked s holds, aligned, and never written (scans only read delta).
	ptr := unsafe.StringData(s) //nolint:gosec // read-only view of the embedded table, see above
	little := binary.NativeEndian.Uint16([]byte{1, 0}) == 1
	if little && uintptr(unsafe.Pointer(ptr))%unsafe.Alignof(uint16(0)) == 0 { //nolint:gosec // alignment check, see above
		return unsafe.Slice((*uint16)(unsafe.Pointer(ptr)), n) //nolint:gosec // see above
	}
	out := make([]uint16, n)
	for i := range out {
		out[i] = uint16(s[2*i]) | uint16(s[2*i+1])<<8
	}
	return out
}

// le32 returns the little-endian uint32 at s[off:].
func le32(s string, off int) uint32 {
	return uint32(s[off]) | uint32(s[off+1])<<8 | uint32(s[off+2])<<16 | uint32(s[off+3])<<24
}
