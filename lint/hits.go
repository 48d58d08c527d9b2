package lint

import (
	"iter"

	"github.com/farewell-protocol/farewell/document"
)

// hit is one occurrence of a keyword in a text: the keyword and where it starts; the
// keyword's length gives its end.
type hit struct {
	id, start int32
}

// scanHits runs the keyword automaton once over every segment but the long ones, whose hits
// segmentHits finds again each time they are needed: text holds about one hit every other
// byte, and a long segment's would cost twice its size in memory.
func (l *Linter) scanHits(doc *document.Document, sc *scratch) {
	if cap(sc.hits) > maxKeptHits {
		sc.hits = nil // a large file's hits are not kept for the next file
	}
	sc.hits, sc.segHits = sc.hits[:0], append(sc.segHits[:0], 0)
	for i := range doc.Segments {
		if l.keepsHits(sc.texts[i]) {
			l.pf.scan(sc.texts[i], func(id, start, _ int) {
				sc.hits = append(sc.hits, keptHit{uint16(id), uint16(start)})
			})
		}
		sc.segHits = append(sc.segHits, len(sc.hits))
	}
}

// longSegment is the length in bytes above which a segment's hits are found again at each use
// rather than kept, which lets a kept hit's offset fit in 16 bits; maxKeptHits is how many
// hits a scratch keeps room for between files.
const (
	longSegment = 1 << 16
	maxKeptHits = 1 << 20
)

// keptHit is a hit as scanHits keeps it: the keyword and the offset in its segment, in four
// bytes.
type keptHit struct{ id, start uint16 }

// keepsHits reports whether scanHits keeps the hits of a segment's text: one that is not
// long, in a pack whose keyword ids fit in 16 bits.
func (l *Linter) keepsHits(text string) bool {
	return len(text) <= longSegment && len(l.pf.lens) <= 1<<16
}

// segmentHits returns the keyword hits of segment si in text order.
func (l *Linter) segmentHits(sc *scratch, si int) iter.Seq[hit] {
	text := sc.texts[si]
	if l.keepsHits(text) {
		hits := sc.hits[sc.segHits[si]:sc.segHits[si+1]]
		return func(yield func(hit) bool) {
			for _, h := range hits {
				if !yield(hit{int32(h.id), int32(h.start)}) {
					return
				}
			}
		}
	}
	return func(yield func(hit) bool) {
		done := false
		l.pf.scan(text, func(id, start, _ int) {
			if !done && !yield(hit{int32(id), int32(start)}) {
				done = true
			}
		})
	}
}

// eachHit calls fn with each keyword hit of segment si in text order: segmentHits for a
// caller that takes a function, which, unlike the loop body of a range over segmentHits,
// stays on the stack.
func (l *Linter) eachHit(sc *scratch, si int, fn func(hit)) {
	text := sc.texts[si]
	if l.keepsHits(text) {
		for _, h := range sc.hits[sc.segHits[si]:sc.segHits[si+1]] {
			fn(hit{int32(h.id), int32(h.start)})
		}
		return
	}
	l.pf.scan(text, func(id, start, _ int) { fn(hit{int32(id), int32(start)}) })
}

// hitEnd returns the end offset of hit h.
func (l *Linter) hitEnd(h hit) int { return int(h.start + l.pf.lens[h.id]) }
