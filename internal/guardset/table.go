package guardset

import (
	"encoding/binary"

	"github.com/farewell-protocol/farewell/internal/keywords"
	"github.com/farewell-protocol/farewell/rules"
)

// Table is what Choose gives for the guards of every pattern of a pack's rules, written with
// the pack when it was built (see AppendTable) so that an engine need not choose again: the
// guards it was chosen from, and the choice. Same tells whether a pack's guards are those.
type Table struct {
	// MinLen and Max are the arguments Choose was called with.
	MinLen, Max int
	// Base numbers the patterns: pattern p of rule r is pattern Base[r]+p.
	Base []int32
	// Full has, by pattern, a bit for each tracked set (bit k: set k).
	Full []uint64
	// Literals is how many literals the tracked sets have, every set's counted.
	Literals int
	off      []uint32 // pattern p's guards are text[off[p]:off[p+1]]
	text     string
}

// tableMagic starts an encoded Table; its last byte is the format's version.
const tableMagic = "fwgs\x00\x00\x00\x01"

// AppendTable appends to out, whose length is a multiple of four, the table of guards, the
// guards of every pattern in order, numbered by base as Table.Base, full as Table.Full, and
// literals as Table.Literals: the magic, then little-endian uint32s (minLen, max, the rule
// count, the pattern count, literals, the length of the guards' text, base, each pattern's
// end in that text, full as two halves, low first), then the text, padded to four bytes.
func AppendTable(out []byte, minLen, max int, base []int32, guards []rules.Guards, full []uint64, literals int) []byte {
	var text []byte
	ends := make([]uint32, 0, len(guards)+1)
	ends = append(ends, 0)
	for _, g := range guards {
		text = append(text, g...)
		ends = append(ends, uint32(len(text)))
	}
	out = append(out, tableMagic...)
	for _, v := range []int{minLen, max, len(base) - 1, len(guards), literals, len(text)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	for _, v := range base {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	for _, v := range ends {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, v := range full {
		out = binary.LittleEndian.AppendUint64(out, v)
	}
	out = append(out, text...)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	return out
}

// DecodeTable reads a table AppendTable wrote at the start of s, which must be aligned to
// four bytes and stay unchanged for as long as the table is used (an embedded table), and
// reports whether s holds one that is well formed.
func DecodeTable(s string) (Table, bool) {
	const header = len(tableMagic) + 6*4
	if len(s) < header || s[:len(tableMagic)] != tableMagic {
		return Table{}, false
	}
	u32 := func(i int) int { return int(keywords.LE32(s, len(tableMagic)+4*i)) }
	t := Table{MinLen: u32(0), Max: u32(1), Literals: u32(4)}
	nrules, npat, ntext := u32(2), u32(3), u32(5)
	if nrules > len(s) || npat > len(s) || ntext > len(s) ||
		len(s) < header+4*(nrules+1)+4*(npat+1)+8*npat+ntext {
		return Table{}, false
	}
	off := header
	t.Base = keywords.View[int32](s[off:], nrules+1)
	off += 4 * (nrules + 1)
	t.off = keywords.View[uint32](s[off:], npat+1)
	off += 4 * (npat + 1)
	t.Full = make([]uint64, npat)
	for i := range t.Full {
		t.Full[i] = uint64(keywords.LE32(s, off)) | uint64(keywords.LE32(s, off+4))<<32
		off += 8
	}
	t.text = s[off : off+ntext]
	if t.Base[0] != 0 || int(t.Base[nrules]) != npat || t.off[0] != 0 || int(t.off[npat]) != ntext {
		return Table{}, false
	}
	for i := range nrules {
		if t.Base[i] > t.Base[i+1] {
			return Table{}, false
		}
	}
	for p := range npat {
		if t.off[p] > t.off[p+1] {
			return Table{}, false
		}
	}
	return t, true
}

// Same reports whether rs are as many rules as the table's, with as many patterns each, and
// each pattern's guards equal to those the table was chosen from: then Choose, called with
// MinLen and Max, gives each pattern the sets the table says.
func (t Table) Same(rs []*rules.Rule) bool {
	if len(rs) != len(t.Base)-1 {
		return false
	}
	for i, r := range rs {
		guards := r.PatternGuards()
		p := int(t.Base[i])
		if len(guards) != int(t.Base[i+1])-p {
			return false
		}
		for j, g := range guards {
			if string(g) != t.text[t.off[p+j]:t.off[p+j+1]] {
				return false
			}
		}
	}
	return true
}

// Layout returns the layout of the table's patterns and, by rule and in increasing order, the
// patterns that track no set.
func (t Table) Layout() (Layout, [][]int32) {
	open := make([][]int32, len(t.Base)-1)
	owner := make([]int32, len(t.Full))
	for i := range open {
		for p := t.Base[i]; p < t.Base[i+1]; p++ {
			owner[p] = int32(i)
			if t.Full[p] == 0 {
				open[i] = append(open[i], p-t.Base[i])
			}
		}
	}
	return Layout{Full: t.Full, Owner: owner}, open
}
