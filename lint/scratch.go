package lint

import (
	"github.com/farewell-protocol/farewell/rules"
)

// scratch holds per-goroutine buffers reused across files.
type scratch struct {
	hits    []keptHit
	segHits []int // hits of segment i are hits[segHits[i]:segHits[i+1]]
	marked  []bool
	runList []int
	// guards holds, by guard pattern, the guard sets found in the segment being linted;
	// guarded lists the patterns whose bits are set, to clear them after it.
	guards  []uint64
	guarded []int32
	text    rules.Text
	sub     rules.Text
	texts   []string // each segment's text as rules match it: folded, in a folding language
	// keyFirst is the last key's cue key words (see cueKeyIndex.first); pathFirst those of
	// path, the last document's path.
	keyFirst  []int32
	pathFirst []int32
	path      string
	inf       inference // see inferKind
	cueHits   []hit     // see textCues
	// informal says, by message, whether it addresses the reader informally.
	informal []bool
	seen     map[uint64]bool
	occ      map[uint64]*occState
	excused  map[uint64]bool // by message and rule: whether an unless pattern matched
	context  map[uint64]bool // by message and rule: whether every message_has pattern matched
}

// occState counts the occurrences of a message-scope occurrence rule in one message and keeps
// the finding for the first occurrence over the limit.
type occState struct {
	count int
	f     Finding
}

func scratchKey(msg, rule int) uint64 { return uint64(msg)<<32 | uint64(uint32(rule)) }

// reset forgets the previous file's per-message state.
func (sc *scratch) reset() {
	clear(sc.seen)
	clear(sc.occ)
	clear(sc.excused)
	clear(sc.context)
}

// firstInMessage reports whether rule has not yet reported in message msg, and marks it.
func (sc *scratch) firstInMessage(msg, rule int) bool {
	if sc.seen == nil {
		sc.seen = map[uint64]bool{}
	}
	k := scratchKey(msg, rule)
	if sc.seen[k] {
		return false
	}
	sc.seen[k] = true
	return true
}

// occurrence returns the counter of a message-scope occurrence rule in message msg.
func (sc *scratch) occurrence(msg, rule int) *occState {
	if sc.occ == nil {
		sc.occ = map[uint64]*occState{}
	}
	k := scratchKey(msg, rule)
	st := sc.occ[k]
	if st == nil {
		st = &occState{}
		sc.occ[k] = st
	}
	return st
}

// clearGuards forgets the guard sets found in the last segment.
func (sc *scratch) clearGuards() {
	for _, gp := range sc.guarded {
		sc.guards[gp] = 0
	}
	sc.guarded = sc.guarded[:0]
}
