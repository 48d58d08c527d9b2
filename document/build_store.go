package document

// The Builder's store of finished segments: their texts gathered into a few strings, their
// pieces into a few arenas.

import (
	"unsafe"

	"github.com/farewell-protocol/farewell/internal/textseg"
)

// Segments ends the open segment and returns all segments built. A builder lent room by
// LendRoom returns them in a new slice of their number and keeps its chunks as room.
func (b *Builder) Segments() []Segment {
	n := b.finish()
	if len(b.segs) == 1 && !b.lent { // the only chunk is the segments: no copy
		out := b.segs[0]
		b.segs = nil
		return out
	}
	return b.appendTo(make([]Segment, 0, n))
}

// MergeSegments ends the open segments of a and b and returns them all in source order, as
// Merge(a.Segments(), b.Segments()) does, without the copy in between.
func MergeSegments(a, b *Builder) []Segment {
	n := a.finish()
	m := b.finish()
	if m == 0 {
		b.appendTo(nil)
		return a.Segments()
	}
	out := b.appendTo(a.appendTo(make([]Segment, 0, n+m)))
	sortBySource(out)
	return out
}

// finish ends the open segment, gives every segment its text and returns how many there are.
func (b *Builder) finish() int {
	b.Flush()
	n := 0
	for _, c := range b.segs {
		n += len(c)
	}
	b.settleTexts()
	b.texts, b.owed = b.texts[:0], b.owed[:0]
	return n
}

// appendTo appends the finished segments to out and lets go of them; a builder LendRoom lent
// room keeps its largest chunk, emptied, as room for segments.
func (b *Builder) appendTo(out []Segment) []Segment {
	for _, c := range b.segs {
		out = append(out, c...)
		if b.lent && cap(c) > cap(b.spare) {
			b.spare = c
		}
	}
	clear(b.spare) // the segments just copied out: room kept before is empty
	b.spare = b.spare[:0]
	b.segs = nil
	return out
}

// TextRoom is the room a builder works in and gathers its segments' texts in before it
// makes strings of them: its buffers for the open segment, its notes of which segment each
// text is for and its chunks of finished segments, none of which a document keeps. A reader
// that builds many documents lends each builder the room of the one before (LendTextRoom,
// TakeTextRoom) rather than have each make its own. The zero TextRoom is none.
type TextRoom struct {
	texts  []byte
	owed   []textRef
	buf    []byte
	pieces []piece
	ctas   []textseg.Span
	segs   []Segment
}

// LendTextRoom gives the builder room, before it makes a segment: the builder works and
// gathers its texts there, and carries the room's chunk of segments on untouched.
func (b *Builder) LendTextRoom(room TextRoom) {
	if b.lent || b.texts != nil || b.owed != nil || b.buf != nil || b.pieces != nil || b.segs != nil {
		return
	}
	b.texts, b.owed = room.texts[:0], room.owed[:0]
	b.buf, b.pieces, b.ctas, b.spare = room.buf[:0], room.pieces[:0], room.ctas[:0], room.segs[:0]
}

// LendRoom is LendTextRoom for a builder that also makes its segments in the room's chunk:
// it hands them out in a new slice of their number, and keeps its largest chunk as room. It
// suits readers whose segments the document would not keep in one chunk anyway (the HTML and
// Markdown readers merge two builders') or that make few.
func (b *Builder) LendRoom(room TextRoom) {
	if b.lent || b.texts != nil || b.owed != nil || b.buf != nil || b.pieces != nil || b.segs != nil {
		return
	}
	b.LendTextRoom(room)
	b.lent = true
}

// TakeTextRoom returns the room the builder worked in, once Segments has made strings of all
// texts and handed out all segments (none before), and lets go of it: no segment's text or
// pieces lie in it, so a later builder may write there. maxBytes bounds each part of the room
// returned: a larger one is let go.
func (b *Builder) TakeTextRoom(maxBytes int) TextRoom {
	if b.segs != nil || len(b.owed) > 0 || cap(b.texts) > maxBytes {
		return TextRoom{}
	}
	room := TextRoom{texts: b.texts[:0], owed: b.owed[:0]}
	if cap(b.buf) <= maxBytes {
		room.buf = b.buf[:0]
	}
	if cap(b.pieces)*int(unsafe.Sizeof(piece{})) <= maxBytes {
		room.pieces = b.pieces[:0]
	}
	if cap(b.ctas)*int(unsafe.Sizeof(textseg.Span{})) <= maxBytes {
		room.ctas = b.ctas[:0]
	}
	if cap(b.spare)*int(unsafe.Sizeof(Segment{})) <= maxBytes {
		room.segs = b.spare[:0]
	}
	b.texts, b.owed, b.buf, b.pieces, b.ctas, b.spare = nil, nil, nil, nil, nil, nil
	return room
}

// textRef says where the text of a finished segment lies in the builder's texts.
type textRef struct {
	chunk, index int32
	start, end   int32
}

// textChunk is how much text the builder gathers before it makes one string of it.
const textChunk = 64 << 10

// bigSegment is the number of pieces past which a segment keeps its own piece buffer rather
// than a copy in the arena.
const bigSegment = 4096

// settleTexts makes one string of the gathered text and gives each segment waiting for its
// text a slice of it: one allocation for many segments, and no buffer that grows with the file.
func (b *Builder) settleTexts() {
	all := string(b.texts)
	for _, r := range b.owed {
		b.segs[r.chunk][r.index].Text = all[r.start:r.end]
	}
	b.texts, b.owed = b.texts[:0], b.owed[:0]
}

// ExpectText says how many bytes of text the builder's segments will hold in all, about: its
// text buffer starts at that size rather than the source's, which suits formats that are
// mostly text; more text still fits, in a buffer that grows.
func (b *Builder) ExpectText(n int) {
	b.expect = max(n, 1)
}

// ExpectSegments says how many segments the builder will make, about: its first chunk of
// segments has room for that many (up to the largest chunk), so that the segments of a file
// that holds no more come in one allocation, handed out as they are, rather than in chunks
// of growing size copied together at the end.
func (b *Builder) ExpectSegments(n int) {
	b.expectSegs = min(max(n, 0), maxSegChunk)
}

// maxSegChunk is the most segments a chunk of finished segments holds.
const maxSegChunk = 1 << 14

// addSegment finishes a segment whose text is text; the text is kept in the builder's arena
// until segments() hands them out.
func (b *Builder) addSegment(seg Segment, text []byte) {
	k, at := b.nextSegment()
	*at = seg
	b.owe(k, at, text)
}

// owe gives seg, the last finished segment, in chunk k, its text: a long text at once, as its
// own string, and a short one once the text gathered with it makes a string (settleTexts).
func (b *Builder) owe(k int, seg *Segment, text []byte) {
	if len(text) > textChunk {
		seg.Text = string(text) // a long text is its own string, not copied through texts
		return
	}
	if len(b.texts)+len(text) > textChunk && len(b.texts) > 0 {
		b.settleTexts()
	}
	if len(b.texts) == 0 {
		// The texts of most files are shorter than their source: one buffer, not a doubling;
		// room lent to the builder serves when it is as large.
		expect := len(b.src)
		if b.expect > 0 {
			expect = b.expect
		}
		if want := max(len(text), min(textChunk, expect)); cap(b.texts) < want {
			b.texts = make([]byte, 0, want)
		}
	}
	b.owed = append(b.owed, textRef{chunk: int32(k), index: int32(len(b.segs[k]) - 1), start: int32(len(b.texts)), end: int32(len(b.texts) + len(text))})
	b.texts = append(b.texts, text...)
}

// nextSegment adds an empty segment to the last chunk of finished segments, starting a new
// chunk when it is full, and returns the chunk's index and the segment, to be filled in.
func (b *Builder) nextSegment() (int, *Segment) {
	if k := len(b.segs) - 1; k < 0 || len(b.segs[k]) == cap(b.segs[k]) {
		switch {
		case k < 0 && b.lent && cap(b.spare) > 0 && cap(b.spare) >= b.expectSegs:
			b.segs, b.spare = append(b.segs, b.spare[:0]), nil
		case k < 0 && b.expectSegs > 0:
			b.segs = append(b.segs, make([]Segment, 0, b.expectSegs))
		case k < 0:
			b.segs = append(b.segs, make([]Segment, 0, 16))
		default:
			b.segs = append(b.segs, make([]Segment, 0, b.nextChunk()))
		}
	}
	// A chunk is only ever appended to, and the room of one lent again is cleared
	// (appendTo): the segment past its end is the zero Segment.
	k := len(b.segs) - 1
	c := b.segs[k][:len(b.segs[k])+1]
	b.segs[k] = c
	return k, &c[len(c)-1]
}

// nextChunk returns the room of the next chunk of finished segments, the last being full:
// as many more as the segments so far make per source byte, over the source bytes after the
// last one, and a sixteenth and 16 more, but at least a quarter of those so far and at most
// maxSegChunk (twice the last chunk when that segment's source is not known). A chunk sized
// so is not a doubling of the last, most of it never used, when the first was sized a little
// short (ExpectSegments).
func (b *Builder) nextChunk() int {
	n := 0
	for _, c := range b.segs {
		n += len(c)
	}
	last := b.segs[len(b.segs)-1]
	pos := -1
	if s := &last[len(last)-1]; s.one != 0 || len(s.pieces) > 0 {
		pos = int(s.firstSrc())
	}
	if pos <= 0 || pos >= len(b.src) {
		return min(2*cap(last), maxSegChunk)
	}
	est := int(int64(n) * int64(len(b.src)-pos) / int64(pos))
	return min(max(est+est/16+16, n/4), maxSegChunk) // a quarter more at least: few chunks
}

// keep copies a finished segment's pieces into the arena, so that a file's many short
// segments share a few allocations. A long segment's pieces are handed over instead of
// copied, and the builder starts a new buffer.
func (b *Builder) keep(ps []piece) []piece {
	if len(ps) > bigSegment {
		b.pieces = nil
		return ps[:len(ps):len(ps)]
	}
	if cap(b.arena)-len(b.arena) < len(ps) {
		b.arena = make([]piece, 0, max(64, 2*cap(b.arena), len(ps)))
	}
	start := len(b.arena)
	b.arena = append(b.arena, ps...)
	return b.arena[start:len(b.arena):len(b.arena)]
}
