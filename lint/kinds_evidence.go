package lint

import (
	"slices"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/keyset"
	"github.com/farewell-protocol/farewell/message"
)

// inference collects a message's evidence and its points by kind cue. A goroutine's scratch
// keeps one for every message it infers the kind of: evidence gives the message its own copy
// of what it collected.
type inference struct {
	ev      []message.Evidence // the message's so far
	points  []int              // by pack.Kinds index
	scored  bool               // whether points were added (most messages have none)
	fromKey []bool             // whether a key or path cue counted for the cue's kind
	segs    []int              // by pack.Kinds index: how many segments' text added points
	text    []bool             // by pack.Kinds index: whether the message's text had evidence for it
	none    []bool             // by pack.Kinds index, all false: text for a message with no point
	// seen holds the keys of the evidence added (see add), in order; seenMap holds them too
	// once there are more than a few.
	seen    [][3]int32
	seenMap map[[3]int32]bool
	// cues and keys are the segments whose cues count and their keys (see counterEvidence);
	// found holds the cues of all of them, each segment's a capped slice of it.
	cues  []segCues
	keys  []string
	found []cueHit
	void  keyset.Set // the keys whose strings' cues are void (see counterEvidence)
	// slab holds the evidence of the file's messages so far: each message's is a slice of it,
	// capped, so that a few messages' evidence costs one allocation, not a few per message.
	slab []message.Evidence
}

// slabSize is the most pieces of evidence one slab is made for.
const slabSize = 256

// inference returns the scratch's inference, emptied, for a pack of n kind cues.
func (sc *scratch) inference(n int) *inference {
	inf := &sc.inf
	if len(inf.points) != n {
		*inf = inference{points: make([]int, n), fromKey: make([]bool, n), segs: make([]int, n), text: make([]bool, n),
			none: make([]bool, n), slab: inf.slab}
	}
	if inf.scored { // points, fromKey and segs are written only where points are added
		clear(inf.points)
		clear(inf.fromKey)
		clear(inf.segs)
		inf.scored = false
	}
	inf.found = inf.found[:0]
	inf.ev = inf.ev[:0]
	if len(inf.seen) > 64 {
		inf.seenMap = nil // a map that grew large costs its size to clear
	}
	inf.seen = inf.seen[:0]
	return inf
}

// maxSeenList is the most evidence keys a message has before they are also kept in a map:
// most messages have none or a few, which a slice tests faster than a map, and clears for
// nothing.
const maxSeenList = 16

// has reports whether evidence of key was added to the message.
func (inf *inference) has(key [3]int32) bool {
	if len(inf.seen) > maxSeenList {
		return inf.seenMap[key]
	}
	return slices.Contains(inf.seen, key)
}

// add records a piece of evidence once per message.
func (inf *inference) add(e message.Evidence, key [3]int32) {
	if inf.has(key) {
		return
	}
	inf.seen = append(inf.seen, key)
	switch n := len(inf.seen); {
	case n == maxSeenList+1:
		if inf.seenMap == nil {
			inf.seenMap = make(map[[3]int32]bool, 2*n)
		}
		clear(inf.seenMap)
		for _, k := range inf.seen {
			inf.seenMap[k] = true
		}
	case n > maxSeenList+1:
		inf.seenMap[key] = true
	}
	inf.ev = append(inf.ev, e)
}

// evidence returns the evidence collected for the message, nil if none, in the file's slab.
func (inf *inference) evidence() []message.Evidence {
	n := len(inf.ev)
	if n == 0 {
		return nil
	}
	if cap(inf.slab)-len(inf.slab) < n {
		inf.slab = make([]message.Evidence, 0, max(n, min(2*cap(inf.slab), slabSize), 4))
	}
	start := len(inf.slab)
	inf.slab = append(inf.slab, inf.ev...)
	return inf.slab[start : start+n : start+n]
}

// maxKeptCues is the most segments' cues an inference keeps room for between messages: a
// message of many segments (a long HTML page) lets its room go rather than hold it.
const maxKeptCues = 256

// keep keeps the room of a message's segment cues and keys for the next message's, unless it
// is large.
func (inf *inference) keep(cues []segCues, keys []string) {
	if cap(cues) > maxKeptCues || cap(keys) > maxKeptCues {
		cues, keys = nil, nil
	}
	if cap(inf.found) > 16*maxKeptCues {
		inf.found = nil
	}
	inf.cues, inf.keys = cues, keys
}

// textCues finds the cues of segment si (see Linter.textCues) of a message of n segments: in
// found, for a message of a few, and in a slice of their own for a message of many, which
// would grow found, and keep its old copies, as it went.
func (inf *inference) textCues(l *Linter, seg *document.Segment, si int, sc *scratch, n int) (string, []cueHit) {
	if n > maxKeptCues {
		return l.textCues(seg, si, sc, nil)
	}
	start := len(inf.found)
	text, found := l.textCues(seg, si, sc, inf.found)
	inf.found = found
	return text, found[start:len(found):len(found)]
}

// forget drops what the inference holds of a file: its texts, its keys, the slab its
// messages' evidence is in.
func (inf *inference) forget() {
	inf.ev, inf.cues, inf.keys, inf.found, inf.slab = nil, nil, nil, nil, nil
	inf.void.Reset() // its room is kept, not the file's keys
}
