package document

// TextSegment ends any open segment and makes one of the source bytes [start, end), as Start,
// Text and Flush do in turn. A run that is plain text through to its end, as most strings of
// a catalog are, is one verbatim piece: it is made at once, without the builder's buffers.
func (b *Builder) TextSegment(role Role, key string, esc Escape, start, end int) {
	b.Start(role, key, esc)
	src := b.src
	if !b.valid || len(b.masks) > 0 || start >= end {
		b.Text(start, end)
		b.Flush()
		return
	}
	// What plain does first, from an empty segment: the run from start, if any.
	if c := src[start]; runStop[c] != 0 || c&0xC0 == 0x80 {
		b.Text(start, end)
		b.Flush()
		return
	}
	j := validRun(src, start, end)
	if j < end || len(b.buf) > 0 || len(b.tails) > 0 {
		if j > start { // else a character cut at end: plain writes it otherwise
			b.verbatimRun(start, j)
		}
		b.Text(j, end)
		b.Flush()
		return
	}
	// The segment plain and Flush would make: the run its one verbatim piece.
	b.gen++ // Flush's, which has no link text, tails or pending space to deal with here
	k, seg := b.nextSegment()
	seg.Role, seg.Key, seg.Escape = role, key, esc
	seg.one = int32(start) + 1 // its one piece, kept in the segment rather than the arena
	if b.kept {
		seg.Text = b.sourceText(start, end)
	} else {
		b.owe(k, seg, src[start:end])
	}
}
