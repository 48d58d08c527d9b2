package lint

import (
	"strings"

	"github.com/farewell-protocol/farewell/internal/guardset"
	"github.com/farewell-protocol/farewell/internal/keywords"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// scratch holds per-goroutine buffers reused across files.
type scratch struct {
	growth  findingGrowth // of the findings of the file being linted
	cands   []candidate   // the segment's candidates (see lintSegment)
	hits    []keptHit
	segHits []int // hits of segment i are hits[segHits[i]:segHits[i+1]]
	// guardHits are the keywords that are only guard literals found in each segment, those
	// of segment i guardHits[segGuards[i]:segGuards[i+1]]; lastSeg is scanHits' note of the
	// segment each was last found in, by the count of segments segCount keeps.
	guardHits []uint16
	segGuards []int
	lastSeg   []uint32
	segCount  uint32
	found     []keywords.Hit // a segment's hits, as scanHits sorts them out
	scan      keywords.Scratch
	marked    []bool
	runList   []int
	// guards are the guard sets found in the segment being linted, and fileSev the file's
	// severities, by rule (see severities).
	guards  guardset.Found
	fileSev []rules.Severity
	text    rules.Text
	sub     rules.Text
	texts   []string // each segment's text as rules match it: folded, in a folding language
	// keyFirst is the cue key words of key, the last key asked about (see keyCues), a
	// slice of keyBuf or of keyCache's; pathFirst those of path, the last document's path.
	keyFirst  []int32
	keyAny    bool // whether keyFirst holds a cue, and pathAny whether pathFirst does
	pathAny   bool
	key       string
	keyWords  []byte  // key's words (see keyCues)
	keyBuf    []int32 // the cue key words of a key not in keyCache
	keyCache  keyCueCache
	pathFirst []int32
	path      string
	inf       inference // see inferKind
	group     message.GroupScratch
	mentions  rules.MentionText // see textCues
	cueHits   []hit             // see textCues
	// triedAt is, by mention, the count of the last text textCues tried it in, by cueTexts.
	triedAt  []uint32
	cueTexts uint32
	// informal says, by message, whether it addresses the reader informally.
	informal []bool
	seen     map[uint64]bool
	occ      map[uint64]*occState
	excused  map[uint64]bool // by message and rule: whether an unless pattern matched
	context  map[uint64]bool // by message and rule: whether every message_has pattern matched
	// messages and matches keep one copy of each finding message and matched text in a file:
	// a catalog says the same phrase in many strings.
	messages map[messageKey]string
	matches  map[string]string
	fixes    map[Fix][]Fix // the fixes of findings that make one, each slice shared
}

// messageKey is what a finding's message depends on: its rule, the text it matched and the
// count of an occurrence rule.
type messageKey struct {
	rule, count int
	text        string
}

// maxKeptKeyWords is the most room for a key's words a scratch keeps between files.
const maxKeptKeyWords = 1 << 10

// maxInterned is how many messages or matched texts a scratch keeps between files.
const maxInterned = 1 << 12

// message returns rule r's message for the text it matched, made once per file.
func (sc *scratch) message(r *rules.Rule, ri int, text string, count int) string {
	if !strings.Contains(r.Message, "{") {
		return r.Message
	}
	k := messageKey{ri, count, text}
	if m, ok := sc.messages[k]; ok {
		return m
	}
	if sc.messages == nil {
		sc.messages = map[messageKey]string{}
	}
	m := r.FormatMessage(text, count)
	sc.messages[k] = m
	return m
}

// match returns the matched bytes as a string, made once per file.
func (sc *scratch) match(b []byte) string {
	if m, ok := sc.matches[string(b)]; ok {
		return m
	}
	if sc.matches == nil {
		sc.matches = map[string]string{}
	}
	m := string(b)
	sc.matches[m] = m
	return m
}

// fix returns a slice that holds fx alone, made once per file.
func (sc *scratch) fix(fx Fix) []Fix {
	if s, ok := sc.fixes[fx]; ok {
		return s
	}
	if sc.fixes == nil {
		sc.fixes = map[Fix][]Fix{}
	}
	s := []Fix{fx}
	sc.fixes[fx] = s
	return s
}

// occState counts the occurrences of a message-scope occurrence rule in one message and keeps
// the finding for the first occurrence over the limit.
type occState struct {
	count int
	f     Finding
}

func scratchKey(msg, rule int) uint64 { return uint64(msg)<<32 | uint64(uint32(rule)) }

// reset forgets the file just linted, so that nothing of it stays reachable from the pool:
// its per-message state, its texts and what was kept of its findings.
func (sc *scratch) reset() {
	sc.growth = findingGrowth{}
	clear(sc.texts)
	sc.texts = sc.texts[:0]
	sc.key, sc.keyFirst, sc.keyAny = "", nil, false
	if cap(sc.keyWords) > maxKeptKeyWords {
		sc.keyWords = nil // a long key's room is not kept
	}
	sc.inf.forget()
	sc.mentions.Reset("")
	sc.text.Reset("")
	sc.sub.Reset("")
	clear(sc.seen)
	clear(sc.occ)
	clear(sc.excused)
	clear(sc.context)
	if len(sc.messages) > maxInterned || len(sc.matches) > maxInterned || len(sc.fixes) > maxInterned {
		sc.messages, sc.matches, sc.fixes = nil, nil, nil // a large file's are not kept for the next
	}
	clear(sc.messages)
	clear(sc.matches)
	clear(sc.fixes)
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
