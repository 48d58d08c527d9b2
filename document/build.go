package document

import (
	"slices"

	"github.com/farewell-protocol/farewell/internal/textseg"
)

// Builder assembles segments for a format reader. Readers feed it source ranges in order; it
// collapses white space, straightens quotes, masks template code and records, for every text
// byte, where in the source it came from.
type Builder struct {
	src   []byte
	masks []region
	maskK int         // where the last Text call found its first mask: readers feed text in order
	segs  [][]Segment // finished segments, in chunks so that no growing slice is ever copied
	// maskFrom and maskTo bound the starts for which maskK is the first mask that ends after
	// them (stepMask); both 0 until it first runs.
	maskFrom, maskTo int

	buf    []byte
	pieces []piece
	ctas   []textseg.Span
	cta    int // start of the open CTA in buf, or -1
	role   Role
	key    string
	escape Escape

	pending        bool // a white space run waits to be written before the next text
	spaceAt, space int  // its source start and length

	arena  []piece // backing store for the pieces of finished segments
	texts  []byte  // the text of finished segments whose Text is not set yet
	expect int     // the text expected in all, which sizes texts (0: the source's size)
	// expectSegs is how many segments are expected, which sizes the first chunk of segs
	// (0: 16).
	expectSegs int
	owed       []textRef  // those segments, and where their text lies in texts
	gen        int        // counts flushes: a template block's branches share one segment
	sealed     int        // pieces below this index belong to text before a block boundary: never extended
	blocks     []tplBlock // open template blocks
	tails      []tplAlt   // earlier branches of closed blocks, waiting for the segment's end
	// lent says the builder was lent room by LendRoom: Segments copies its segments out.
	// spare, a chunk of segments no document holds, is room for the first chunk of the next
	// builder LendRoom lends it to.
	lent  bool
	spare []Segment
	// valid says src is valid UTF-8 (SourceValid): runs of plain text are then found by a
	// byte's class alone.
	valid bool
	// kept says src is the document's Src, which never changes (SourceKept): a segment whose
	// text is one verbatim run of it takes its Text from src.
	kept bool
}

// NewBuilder returns a builder of segments over src whose template code is t (the zero
// Templates for a format that has none).
func NewBuilder(src []byte, t Templates) *Builder {
	return &Builder{src: src, masks: t.regions, cta: -1}
}

// Start ends any open segment and opens a new one.
func (b *Builder) Start(role Role, key string, esc Escape) {
	if len(b.buf) > 0 || len(b.tails) > 0 || b.cta >= 0 {
		b.Flush()
	} else {
		// What Flush does when there is nothing to flush, without a call.
		b.gen++
		b.pieces, b.ctas = b.pieces[:0], b.ctas[:0]
		b.pending, b.sealed = false, 0
	}
	b.role, b.key, b.escape = role, key, esc
}

// Flush ends the open segment, dropping it when it holds no text.
func (b *Builder) Flush() {
	b.EndCTA()
	b.gen++
	b.flushTails()
	if len(b.buf) > 0 {
		// The segment is written in its place among the finished ones, field by field,
		// rather than built and copied there.
		k, seg := b.nextSegment()
		seg.Role, seg.Key, seg.Escape = b.role, b.key, b.escape
		if p := b.onePiece(); p != nil {
			seg.one = p.src + 1 // kept in the segment rather than the arena
		} else {
			seg.pieces = b.keep(b.pieces)
		}
		if len(b.ctas) > 0 {
			seg.CTAs = append([]textseg.Span(nil), b.ctas...)
		}
		if !b.textOfSource(seg) {
			b.owe(k, seg, b.buf)
		}
	}
	b.buf, b.pieces, b.ctas = b.buf[:0], b.pieces[:0], b.ctas[:0]
	b.pending, b.sealed = false, 0
}

// BeginCTA marks the start of link or button text.
func (b *Builder) BeginCTA() {
	b.EndCTA()
	b.cta = len(b.buf)
	if b.pending && len(b.buf) > 0 {
		b.cta++
	}
}

// EndCTA closes the open link or button text, if any.
func (b *Builder) EndCTA() {
	if b.cta >= 0 && len(b.buf) > b.cta {
		b.ctas = append(b.ctas, textseg.Span{Start: b.cta, End: len(b.buf)})
	}
	b.cta = -1
}

// Text appends the source bytes [start, end), masking template code inside them.
func (b *Builder) Text(start, end int) {
	if end-start > textChunk {
		// A long run is about as long in text as in source: room for it at once, rather
		// than a buffer grown, and copied, a quarter at a time.
		b.buf = slices.Grow(b.buf, end-start)
	}
	k := b.firstMask(start)
	for _, m := range b.masks[k:] {
		if m.start >= end {
			break
		}
		if m.start > start {
			b.plain(start, m.start)
		}
		b.mask(m, max(m.start, start), min(m.end, end))
		start = min(m.end, end)
	}
	if start < end {
		b.plain(start, end)
	}
}

// Placeholder appends the placeholder word for source bytes [start, end), which print a
// value: a catalog string's placeholder, inline code.
func (b *Builder) Placeholder(start, end int) { b.mask(region{kind: maskValue}, start, end) }

func (b *Builder) mask(m region, start, end int) {
	switch m.kind {
	case maskValue:
		b.flushSpace()
		b.add(piece{text: int32(len(b.buf)), n: int32(len(MaskPlaceholder)), src: int32(start), srcN: int32(end - start), kind: masked})
		b.buf = append(b.buf, MaskPlaceholder...)
	case maskLiteral:
		b.plain(max(m.innerStart, start), min(m.innerEnd, end))
	case maskBranch:
		b.branch()
	case maskOpen:
		b.openBlock()
	case maskClose:
		b.closeBlock()
	case maskSpace:
		b.whitespace(start, end)
	}
}

// plain appends source bytes that hold no template code.
func (b *Builder) plain(start, end int) {
	src := b.src
	for i := start; i < end; {
		c := src[i]
		if b.valid && runStop[c] == 0 && c&0xC0 != 0x80 {
			// Valid UTF-8, and a byte that begins a character a run holds: the run at once.
			if j := validRun(src, i, end); j > i {
				b.verbatimRun(i, j)
				i = j
				continue
			}
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			j := spaceRunEnd(src, i+1, end)
			b.whitespace(i, j)
			i = j
		case c == 0xC2 && i+1 < end && src[i+1] == 0xA0: // no-break space
			b.whitespace(i, i+2)
			i += 2
		case c == 0xE2 && i+2 < end && src[i+1] == 0x80 && (src[i+2] == 0xAF || src[i+2] == 0x89):
			// The narrow no-break space and the thin space French sets before ? ! : ;
			b.whitespace(i, i+3)
			i += 3
		case c == 0xE2 && i+2 < end && src[i+1] == 0x80 && (src[i+2] == 0x98 || src[i+2] == 0x99):
			b.Decoded(i, i+3, "'")
			i += 3
		case c == 0xE2 && i+2 < end && src[i+1] == 0x80 && (src[i+2] == 0x9C || src[i+2] == 0x9D):
			b.Decoded(i, i+3, `"`)
			i += 3
		case c == 0xE2 && i+2 < end && src[i+1] == 0x84 && src[i+2] == 0xAA:
			// The Kelvin sign and the long s are the two letters a case-insensitive expression
			// matches as ASCII ones; written as K and s, keywords and guards, which fold only
			// ASCII, see what the expressions see.
			b.Decoded(i, i+3, "K")
			i += 3
		case c == 0xC5 && i+1 < end && src[i+1] == 0xBF: // long s
			b.Decoded(i, i+2, "s")
			i += 2
		case c == 0xE2 && i+2 < end && isZeroWidth(string(src[i:i+3])),
			c == 0xEF && i+2 < end && src[i+1] == 0xBB && src[i+2] == 0xBF: // byte order mark
			i += 3
		case c == 0xC2 && i+1 < end && src[i+1] == 0xAD: // soft hyphen
			i += 2
		case c >= 0x80:
			// A byte that is not UTF-8 reads as U+FFFD, so that bytes from either side of
			// markup can never join into a character the source does not have.
			if n := b.charLen(i, end); n == 0 {
				b.Decoded(i, i+1, "\uFFFD")
				i++
			} else {
				j := b.run(i+n, end)
				b.verbatimRun(i, j)
				i = j
			}
		default:
			j := b.run(i+1, end)
			b.verbatimRun(i, j)
			i = j
		}
	}
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// verbatim appends source byte i, extending the last piece when it is contiguous.
func (b *Builder) verbatim(i int) {
	b.flushSpace()
	if n := len(b.pieces); n > b.sealed {
		p := &b.pieces[n-1]
		if p.kind == verbatim && int(p.src+p.srcN) == i && int(p.text+p.n) == len(b.buf) {
			p.n++
			p.srcN++
			b.buf = append(b.buf, b.src[i])
			return
		}
	}
	b.add(piece{text: int32(len(b.buf)), n: 1, src: int32(i), srcN: 1, kind: verbatim})
	b.buf = append(b.buf, b.src[i])
}

// whitespace records a white space run; it is written as one space before the next text, and
// dropped at the start and end of a segment.
func (b *Builder) whitespace(start, end int) {
	if len(b.buf) == 0 || b.pending {
		return
	}
	b.pending, b.spaceAt, b.space = true, start, end-start
}

// BreakWord records a boundary that reads as white space but has no source bytes of its own,
// such as a <br> tag; the space maps to the tag.
func (b *Builder) BreakWord(start, end int) { b.whitespace(start, end) }

func (b *Builder) flushSpace() {
	if !b.pending {
		return
	}
	b.pending = false
	if b.space == 1 && b.src[b.spaceAt] == ' ' {
		b.verbatim(b.spaceAt) // joins the verbatim text before it: one piece for a run of words
		return
	}
	b.add(piece{text: int32(len(b.buf)), n: 1, src: int32(b.spaceAt), srcN: int32(b.space), kind: decoded})
	b.buf = append(b.buf, ' ')
}

func (b *Builder) add(p piece) { b.pieces = append(b.pieces, p) }
