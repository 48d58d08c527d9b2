package message

import "github.com/farewell-protocol/farewell/document"

// GroupScratch holds the buffers Group names a document's messages with (ids, the labels that
// open messages, a catalog's keys), kept from one call to the next so that a worker grouping
// many documents allocates them once. Its zero value is
// ready; one call at a time may use it. Between calls it holds no string of a document: what
// it remembers of keys it holds in copies, so that a document's bytes are not kept alive.
type GroupScratch struct {
	ids         []string          // as long as the most of it a call since the last release used
	labels      []*document.Label // by segment, as ids: nil but while a call uses them
	loc, merged []int32           // by segment, the locals of ids (see catalogIDs)
	locals      idSet             // the ids of the catalog being grouped
	keys        keyInfos          // kept from call to call, of copied keys (see keyInfoOf)
	syms        []uint8           // by segment, its segFacts, while symsSet
	symsSet     bool
	// index and count are Group's, by id number: its message's index plus one, and its
	// message's strings.
	index, count ints
}

// ints is room for a slice of ints kept from call to call.
type ints []int

// zeroed returns n zeros in the room, which it grows when it must.
func (b *ints) zeroed(n int) []int {
	if cap(*b) < n {
		*b = make([]int, n)
	}
	*b = (*b)[:n]
	clear(*b)
	return *b
}

// The facts Group finds of a segment's text as it counts its words, for Grouping.Infer.
const (
	factSymbol   = 1 << iota // it holds a cue symbol (cuesym.Has)
	factSentence             // it has MinSentenceWords words or more
	factFolds                // it holds the Kelvin sign or the long s (rules.FoldsToASCII)
)

// segFacts returns the facts of a text of n words whose runes have the facts runes (see
// countWords).
func segFacts(n int, runes uint8) uint8 {
	f := runes & (factSymbol | factFolds)
	if n >= MinSentenceWords {
		f |= factSentence
	}
	return f
}

// startSymbols returns room for n segments' facts (segFacts), which CueSymbols and
// SentenceWords answer from until endSymbols.
func (sc *GroupScratch) startSymbols(n int) []uint8 {
	if cap(sc.syms) < n {
		sc.syms = make([]uint8, n)
	}
	sc.syms, sc.symsSet = sc.syms[:n], true
	return sc.syms
}

// endSymbols ends the call whose segments' flags the scratch holds.
func (sc *GroupScratch) endSymbols() { sc.symsSet = false }

// CueSymbols reports whether the text of segment si of the document being grouped holds a
// cue symbol (cuesym.Has), as Group found while it counted its words, and whether it knows:
// it answers during Group only (for Grouping.Infer), and for a text of the segment as the
// document holds it.
func (sc *GroupScratch) CueSymbols(si int) (has, known bool) {
	if !sc.symsSet || si >= len(sc.syms) {
		return false, false
	}
	return sc.syms[si]&factSymbol != 0, true
}

// SentenceWords reports whether the text of segment si of the document being grouped has
// MinSentenceWords words or more (HasWords), as Group found while it counted them, and
// whether it knows, as CueSymbols does.
func (sc *GroupScratch) SentenceWords(si int) (has, known bool) {
	if !sc.symsSet || si >= len(sc.syms) {
		return false, false
	}
	return sc.syms[si]&factSentence != 0, true
}

// labelRoom returns n nil labels, in the scratch's room when there is a scratch (sc may be
// nil); release clears them.
func (sc *GroupScratch) labelRoom(n int) []*document.Label {
	if sc == nil {
		return make([]*document.Label, n)
	}
	if cap(sc.labels) < n {
		sc.labels = make([]*document.Label, n)
	}
	sc.labels = sc.labels[:n]
	return sc.labels
}

// FoldsToASCII reports whether rules.FoldsToASCII holds of the text of segment si of the
// document being grouped, as Group found while it counted its words, and whether it knows, as
// CueSymbols does.
func (sc *GroupScratch) FoldsToASCII(si int) (folds, known bool) {
	if !sc.symsSet || si >= len(sc.syms) {
		return false, false
	}
	return sc.syms[si]&factFolds != 0, true
}

// sizes are how many strings an id has before merging, and after (see catalogIDs).
type sizes struct{ before, after int32 }

// bigMap is the most entries a map of the scratch may hold to be emptied and kept; emptying a
// map costs as much as its size, and a larger one is rare.
const bigMap = 4096

// names returns a slice of n empty strings in *buf, which it grows when it must; *buf's
// length says how much of it release must clear.
func names(buf *[]string, n int) []string {
	if cap(*buf) < n {
		*buf = make([]string, n)
	}
	if n > len(*buf) {
		*buf = (*buf)[:n]
	}
	return (*buf)[:n]
}

// release empties the scratch after a call: the strings it holds are cleared, and a key
// table that one large catalog filled is let go.
func (sc *GroupScratch) release() {
	clear(sc.ids)
	sc.ids = sc.ids[:0]
	clear(sc.labels)
	sc.labels = sc.labels[:0]
	sc.locals.release()
	sc.keys.valid = false // its numbers are of the document just grouped
	if sc.keys.keys.Len() > bigKeyInfos {
		sc.keys.reset()
	}
}
