package rules

import (
	_ "embed" // the built-in pack's expression filters
	"encoding/binary"
	"fmt"
	"slices"
	"sort"

	"github.com/farewell-protocol/farewell/internal/dfa"
)

// builtinFilters holds the automaton filters (package dfa) of the built-in pack's expressions,
// encoded when the program was built by `go test ./rules -run TestBuiltinGenerated -update`
// (see encodeFilters): compiling an expression's filter at run time parses and compiles it,
// which cost an editor's one-file run more than the rest of its first lint. A filter depends
// on its expression alone, so any pack's expression that is in the table is read from it.
//
//go:embed filters_builtin.bin
var builtinFilters string

// filtersMagic starts a table of filters; its last byte is the format's version.
const filtersMagic = "fwdf\x00\x00\x00\x01"

// filterEntry is the size of an entry of a table's index.
const filterEntry = 4 * 4

// encodeFilters returns the table of the filters of exprs, in the form filterFor reads: the
// magic and the number of expressions (a little-endian uint32); an index of an entry per
// expression, in the order of the expressions, each the offset and length of the expression
// and of its filter's encoding (uint32 each, offsets from the table's start); then the
// expressions and encodings the index points to. It fails when an expression does not
// compile into a filter.
func encodeFilters(exprs []string) ([]byte, error) {
	exprs = slices.Clone(exprs)
	slices.Sort(exprs)
	exprs = slices.Compact(exprs)
	codes := make([]string, len(exprs))
	for i, e := range exprs {
		f, err := dfa.Compile(e)
		if err != nil {
			return nil, fmt.Errorf("expression %q: %w", e, err)
		}
		codes[i] = f.Encoding()
	}
	out := binary.LittleEndian.AppendUint32([]byte(filtersMagic), uint32(len(exprs)))
	data := len(out) + filterEntry*len(exprs)
	for i, e := range exprs {
		for _, n := range []int{data, len(e), data + len(e), len(codes[i])} {
			out = binary.LittleEndian.AppendUint32(out, uint32(n))
		}
		data += len(e) + len(codes[i])
	}
	for i, e := range exprs {
		out = append(out, e...)
		out = append(out, codes[i]...)
	}
	return out, nil
}

// filterFor returns the filter of expr from table t, a table encodeFilters wrote, or false
// when t has none for it (or is no such table). The filter reads its program from t in place.
func filterFor(t, expr string) (*dfa.Filter, bool) {
	head := len(filtersMagic) + 4
	if len(t) < head || t[:len(filtersMagic)] != filtersMagic {
		return nil, false
	}
	n := int(le32(t, len(filtersMagic)))
	if n > (len(t)-head)/filterEntry {
		return nil, false
	}
	field := func(i, k int) int { return int(le32(t, head+filterEntry*i+4*k)) }
	slice := func(i, k int) (string, bool) {
		off, size := field(i, k), field(i, k+1)
		if off > len(t) || size > len(t)-off {
			return "", false
		}
		return t[off : off+size], true
	}
	i := sort.Search(n, func(i int) bool {
		e, ok := slice(i, 0)
		return !ok || e >= expr
	})
	if i == n {
		return nil, false
	}
	if e, ok := slice(i, 0); !ok || e != expr {
		return nil, false
	}
	code, ok := slice(i, 2)
	if !ok {
		return nil, false
	}
	f, err := dfa.Decode(code)
	return f, err == nil
}

// le32 returns the little-endian uint32 at s[off:].
func le32(s string, off int) uint32 {
	return uint32(s[off]) | uint32(s[off+1])<<8 | uint32(s[off+2])<<16 | uint32(s[off+3])<<24
}
