package rules

import (
	"cmp"
	_ "embed" // the built-in pack's expression filters
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"strings"

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
const filtersMagic = "fwdf\x00\x00\x00\x03"

// filterEntry is the size of an entry of a table's index.
const filterEntry = 4 * 4

// encodeFilters returns the table of the filters of exprs, in the form filterFor reads: the
// magic and the number of distinct expressions (a little-endian uint32); each expression's
// hash (exprHash, uint64), in ascending order; an entry per expression, in the same order: the
// offset and length of the expression and of its filter's encoding (uint32 each, offsets from
// the table's start); then the expressions, then the encodings. A lookup reads the hashes and
// the one expression whose hash is its own, not expressions page after page. It fails when an
// expression does not compile into a filter.
func encodeFilters(exprs []string) ([]byte, error) {
	exprs = slices.Clone(exprs)
	slices.SortFunc(exprs, func(a, b string) int {
		if c := cmp.Compare(exprHash(a), exprHash(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
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
	for _, e := range exprs {
		out = binary.LittleEndian.AppendUint64(out, exprHash(e))
	}
	expr := len(out) + filterEntry*len(exprs)
	code := expr
	for _, e := range exprs {
		code += len(e)
	}
	for i, e := range exprs {
		for _, n := range []int{expr, len(e), code, len(codes[i])} {
			out = binary.LittleEndian.AppendUint32(out, uint32(n))
		}
		expr += len(e)
		code += len(codes[i])
	}
	for _, e := range exprs {
		out = append(out, e...)
	}
	for _, c := range codes {
		out = append(out, c...)
	}
	return out, nil
}

// exprHash is a 64-bit hash of expr, read eight bytes at a time (a byte at a time, FNV-1a,
// cost a one-copy run 0.8 M instructions): each word, then the last bytes, is mixed into the
// state with a multiplication and a shift.
func exprHash(expr string) uint64 {
	const m = 0x9e3779b97f4a7c15
	h := uint64(len(expr)) * m
	i := 0
	for ; i+8 <= len(expr); i += 8 {
		h = (h ^ le64(expr, i)) * m
		h ^= h >> 32
	}
	tail := uint64(0)
	for j := len(expr) - 1; j >= i; j-- {
		tail = tail<<8 | uint64(expr[j])
	}
	h = (h ^ tail) * m
	return h ^ h>>29
}

// le64 returns the little-endian uint64 at s[off:], read in one load.
func le64(s string, off int) uint64 {
	b := s[off : off+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// filterFor returns the filter of expr from table t, a table encodeFilters wrote, read by
// decode (dfa.Decode, or dfa.DecodeTrusted for the table embedded in the binary, which
// TestBuiltinFilters reads in full with dfa.Decode), or false when t has none for it (or is no
// such table). The filter reads its program from t in place.
func filterFor(t, expr string, decode func(string) (*dfa.Filter, error)) (*dfa.Filter, bool) {
	head := len(filtersMagic) + 4
	if len(t) < head || t[:len(filtersMagic)] != filtersMagic {
		return nil, false
	}
	n := int(le32(t, len(filtersMagic)))
	if n > (len(t)-head)/(8+filterEntry) {
		return nil, false
	}
	hashAt := func(i int) uint64 { return uint64(le32(t, head+8*i)) | uint64(le32(t, head+8*i+4))<<32 }
	entries := head + 8*n
	slice := func(i, k int) (string, bool) {
		off, size := int(le32(t, entries+filterEntry*i+4*k)), int(le32(t, entries+filterEntry*i+4*k+4))
		if off > len(t) || size > len(t)-off {
			return "", false
		}
		return t[off : off+size], true
	}
	h := exprHash(expr)
	for i := sort.Search(n, func(i int) bool { return hashAt(i) >= h }); i < n && hashAt(i) == h; i++ {
		if e, ok := slice(i, 0); !ok || e != expr {
			continue
		}
		code, ok := slice(i, 2)
		if !ok {
			return nil, false
		}
		f, err := decode(code)
		return f, err == nil
	}
	return nil, false
}

// le32 returns the little-endian uint32 at s[off:].
func le32(s string, off int) uint32 {
	return uint32(s[off]) | uint32(s[off+1])<<8 | uint32(s[off+2])<<16 | uint32(s[off+3])<<24
}
