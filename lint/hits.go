package lint

import (
	"github.com/farewell-protocol/farewell/document"
)

// hit is one occurrence of a keyword in a text: the keyword and where it starts; the
// keyword's length gives its end.
type hit struct {
	id, start int32
}

// scanHits runs the keyword automaton once over every segment but the long ones, whose hits
// eachHit finds again each time they are needed: farewell copy holds about one hit every
// eight bytes (the golden inputs: 18,791 hits in 142,729 bytes), and a long segment's kept
// hits, four bytes each, would cost half its size again in memory. The hits of keywords that
// are only guard literals (see guardOnly), about half of them, are kept apart, once a segment:
// what they say is that the literal occurs, which the lint of the segment reads once, and
// the other readers of the hits (kind cues, required elements) do not go over them at all.
func (l *Linter) scanHits(doc *document.Document, sc *scratch) {
	if cap(sc.hits) > maxKeptHits || cap(sc.segHits) > maxKeptHits || cap(sc.guardHits) > maxKeptHits {
		sc.hits, sc.segHits = nil, nil // a large file's hits are not kept for the next file
		sc.guardHits, sc.segGuards = nil, nil
	}
	if cap(sc.found) > maxKeptHits {
		sc.found = nil
	}
	sc.scan.Shrink(maxKeptHits)
	sc.hits, sc.segHits = sc.hits[:0], append(sc.segHits[:0], 0)
	sc.guardHits, sc.segGuards = sc.guardHits[:0], append(sc.segGuards[:0], 0)
	if len(sc.lastSeg) < l.pf.Count() {
		sc.lastSeg, sc.segCount = make([]uint32, l.pf.Count()), 0
	}
	for i := range doc.Segments {
		if l.keepsHits(sc.texts[i]) {
			// Segments are counted from 1 over the files a scratch lints, and lastSeg[id] is
			// the count of the last one a guard hit of id was kept for.
			if sc.segCount++; sc.segCount == 0 {
				clear(sc.lastSeg)
				sc.segCount = 1
			}
			seg := sc.segCount
			sc.found = l.pf.AppendHits(sc.found[:0], sc.texts[i], &sc.scan)
			for _, h := range sc.found {
				if id := int(h.ID); !l.guardOnly(id) {
					sc.hits = append(sc.hits, keptHit{uint16(id), uint16(h.Start)})
				} else if sc.lastSeg[id] != seg {
					sc.lastSeg[id] = seg
					sc.guardHits = append(sc.guardHits, uint16(id))
				}
			}
		}
		sc.segHits = append(sc.segHits, len(sc.hits))
		sc.segGuards = append(sc.segGuards, len(sc.guardHits))
	}
}

// longSegment is the length in bytes above which a segment's hits are found again at each use
// rather than kept, which lets a kept hit's offset fit in 16 bits; maxKeptHits is how many
// hits a scratch keeps room for between files.
const (
	longSegment = 1 << 16
	maxKeptHits = 1 << 16
)

// keptHit is a hit as scanHits keeps it: the keyword and the offset in its segment, in four
// bytes.
type keptHit struct{ id, start uint16 }

// keepsHits reports whether scanHits keeps the hits of a segment's text: one that is not
// long, in a pack whose keyword ids fit in 16 bits.
func (l *Linter) keepsHits(text string) bool {
	return len(text) <= longSegment && l.pf.Count() <= 1<<16
}

// eachHit calls fn with each keyword hit of segment si in text order, from the hits scanHits
// kept or from a new scan of a long segment, but for the hits of keywords that are only guard
// literals: eachHitGuard gives those too. It takes a function rather than returning an
// iterator: the body of a range over an iterator would move to the heap once per segment.
func (l *Linter) eachHit(sc *scratch, si int, fn func(hit)) { l.eachHitGuard(sc, si, fn, nil) }

// eachHitGuard calls fn as eachHit does and guard, unless nil, with the id of each keyword
// that is only a guard literal and occurs in segment si: once each for a segment whose hits
// scanHits kept, once per hit for a long one, which one scan of the text serves.
func (l *Linter) eachHitGuard(sc *scratch, si int, fn func(hit), guard func(id int32)) {
	text := sc.texts[si]
	if l.keepsHits(text) {
		for _, h := range sc.hits[sc.segHits[si]:sc.segHits[si+1]] {
			fn(hit{int32(h.id), int32(h.start)})
		}
		if guard != nil {
			for _, id := range sc.guardHits[sc.segGuards[si]:sc.segGuards[si+1]] {
				guard(int32(id))
			}
		}
		return
	}
	l.pf.Scan(text, func(id, start, _ int) {
		if !l.guardOnly(id) {
			fn(hit{int32(id), int32(start)})
		} else if guard != nil {
			guard(int32(id))
		}
	})
}

// guardOnly reports whether keyword id is only a guard literal: whether every target of its
// hits is a guard set. Guard literals are given ids last (see Linter.literals), so these are
// the keywords from firstGuard on.
func (l *Linter) guardOnly(id int) bool { return id >= l.firstGuard }

// hitEnd returns the end offset of hit h.
func (l *Linter) hitEnd(h hit) int { return int(h.start + l.pf.Len(h.id)) }
