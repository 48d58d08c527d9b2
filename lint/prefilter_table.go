package lint

import (
	_ "embed" // the built-in pack's keyword automaton

	"github.com/farewell-protocol/farewell/internal/guardset"
	"github.com/farewell-protocol/farewell/internal/keywords"
)

// builtinTable is the keyword automaton of the built-in pack and the engine's index of its
// keywords, built at development time by `go test ./lint -run TestBuiltinPrefilterTable
// -update` (see encodeTable): building it takes longer than the rest of an editor's one-file
// run. New uses it when a pack's keywords are exactly the ones it was built from, and builds
// the automaton otherwise.
//
//go:embed prefilter_builtin.bin
var builtinTable string

// encodeTable returns p, built with 16-bit state numbers (keywords.Encode), followed by the
// engine's index of its keywords (ids, the keyword id of each literal in the order
// Linter.literals gives them, and x, what their hits mean; see appendIndex), then guards, the
// table of the pack's guard sets (guardset.AppendTable). It returns nil for an automaton with
// 32-bit state numbers.
func encodeTable(p *keywords.Automaton, ids []int32, x targetIndex, guards []byte) []byte {
	out := keywords.Encode(p)
	if out == nil {
		return nil
	}
	return append(appendIndex(out, ids, x), guards...)
}

// loadTableIndex returns the automaton encoded in t with its own keywords, which are t's
// memory, the index of the literals it was built from and the table of their guard sets.
func loadTableIndex(t string) (*keywords.Automaton, tableIDs, targetIndex, guardset.Table, bool) {
	p, rest, ok := keywords.LoadOwn(t)
	if !ok {
		return nil, tableIDs{}, targetIndex{}, guardset.Table{}, false
	}
	ids, x, rest, ok := decodeIndex(rest, p.Count())
	if !ok {
		return nil, tableIDs{}, targetIndex{}, guardset.Table{}, false
	}
	g, ok := guardset.DecodeTable(rest)
	if !ok || g.Literals > ids.n {
		return nil, tableIDs{}, targetIndex{}, guardset.Table{}, false
	}
	return p, ids, x, g, true
}
