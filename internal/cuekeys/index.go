package cuekeys

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/farewell-protocol/farewell/internal/keywords"
)

// Index holds the kind cues' key words, as Words writes them, and finds every one
// of them in a key's or a path's words with one pass of a keyword automaton, built once
// First has been called directCalls times; testing each key word with strings.Contains takes
// a pass for each, which costs less only for the first few texts (a one-file run has one).
type Index struct {
	keys  [][]string   // by pack.Kinds index
	calls atomic.Int32 // the calls of First so far, up to directCalls
	once  sync.Once
	pf    *keywords.Automaton // nil: too many distinct bytes to class them all, test each key word
	// owner[id] is the cue and the index among its keys of the automaton's keyword id.
	owner []cueKey
	// empty[ci] is the first key word of cue ci that is empty (it is in every text), or -1.
	empty []int32
}

// cueKey is key word key of cue cue.
type cueKey struct{ cue, key int32 }

// directCalls is how many calls of First test each key word in turn before the automaton is
// built: building it costs as much as about a hundred such calls, so a run of a few texts
// saves it, and a longer run loses little.
const directCalls = 16

// New indexes the key words of each cue (see Of).
func New(keys [][]string) *Index {
	return &Index{keys: keys}
}

// build makes the automaton over every non-empty key word.
func (x *Index) build() {
	x.empty = make([]int32, len(x.keys))
	var kws []string
	for ci, ks := range x.keys {
		x.empty[ci] = -1
		for j, k := range ks {
			if k != "" {
				kws = append(kws, k)
				x.owner = append(x.owner, cueKey{int32(ci), int32(j)})
			} else if x.empty[ci] < 0 {
				x.empty[ci] = int32(j)
			}
		}
	}
	pf := keywords.New(kws)
	if pf.Exact() { // every byte of a key word has a class of its own: no false hit
		x.pf = pf
	}
}

// First sets out[ci] to the index of the first key word of cue ci that words holds (words
// and key words both as Words writes them, so lower case), or -1, and returns out and
// whether it holds one.
func (x *Index) First(words string, out []int32) ([]int32, bool) {
	if x.calls.Load() < directCalls && x.calls.Add(1) <= directCalls {
		return x.firstEach(words, out)
	}
	x.once.Do(x.build)
	if x.pf == nil {
		return x.firstEach(words, out)
	}
	out = append(out[:0], x.empty...)
	found := slices.ContainsFunc(x.empty, func(j int32) bool { return j >= 0 })
	x.pf.Scan(words, func(id, _, _ int) {
		o := x.owner[id]
		if j := out[o.cue]; j < 0 || o.key < j {
			out[o.cue], found = o.key, true
		}
	})
	return out, found
}

// firstEach is First testing each key word in turn, without the automaton.
func (x *Index) firstEach(words string, out []int32) ([]int32, bool) {
	out, found := out[:0], false
	for _, ks := range x.keys {
		first := int32(-1)
		for j, k := range ks {
			if strings.Contains(words, k) {
				first, found = int32(j), true
				break
			}
		}
		out = append(out, first)
	}
	return out, found
}
