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
// eachHit finds again each time they are needed: text holds about one hit every other
// byte, and a long segment's would cost twice its size in memory.
func (l *Linter) scanHits(doc *document.Document, sc *scratch) {
	if cap(sc.hits) > maxKeptHits || cap(sc.segHits) > maxKeptHits {
		sc.hits, sc.segHits = nil, nil // a large file's hits are not kept for the next file
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
	maxKeptHits = 1 << 16
)

// keptHit is a hit as scanHits keeps it: the keyword and the offset in its segment, in four
// bytes.
type keptHit struct{ id, start uint16 }

// keepsHits reports whether scanHits keeps the hits of a segment's text: one that is not
// long, in a pack whose keyword ids fit in 16 bits.
func (l *Linter) keepsHits(text string) bool {
	return len(text) <= longSegment && len(l.pf.lens) <= 1<<16
}

// eachHit calls fn with each keyword hit of segment si in text order, from the hits scanHits
// kept or from a new scan of a long segment. It takes a function rather than returning an
// iterator: the body of a range over an iterator would move to the heap once per segment.
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
