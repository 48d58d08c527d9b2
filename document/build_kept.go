package document

import "unsafe"

// SourceKept says the builder's source is a document's Src, which stays as it is for as long
// as the document's segments are in use: the text of a segment that is one run copied
// verbatim from it, as most strings of a catalog are, is then that run of the source itself
// rather than a copy gathered with the others.
func (b *Builder) SourceKept() { b.kept = true }

// textOfSource gives seg, the open segment being finished, the run of the kept source that
// is its text, and reports whether it could: when its text is its one piece, a verbatim run
// of the source (and holds no link or button text, which a reader marks in built text).
func (b *Builder) textOfSource(seg *Segment) bool {
	if !b.kept || len(b.ctas) > 0 {
		return false
	}
	p := b.onePiece()
	if p == nil {
		return false
	}
	seg.Text = b.sourceText(int(p.src), int(p.src+p.n))
	return true
}

// onePiece returns the open segment's piece when it has one, a verbatim run of the source
// that is the whole of its text, which the segment then keeps inline (Segment.one); else nil.
func (b *Builder) onePiece() *piece {
	if len(b.pieces) != 1 {
		return nil
	}
	p := &b.pieces[0]
	if p.kind != verbatim || p.text != 0 || int(p.n) != len(b.buf) || p.srcN != p.n {
		return nil
	}
	return p
}

// sourceText returns source bytes [start, end) of a kept source as a string, without a copy:
// the source is never written while its segments are in use (SourceKept). A verbatim piece's
// text is its source bytes.
func (b *Builder) sourceText(start, end int) string {
	return unsafe.String(&b.src[start], end-start) //nolint:gosec // audited: see above
}

// SourceString returns source bytes [start, end) as a string that is that run of the source
// itself, without a copy, when the source is kept (SourceKept): a catalog key written
// verbatim, which then costs no allocation of its own. It reports false, and returns "",
// when the source is not kept.
func (b *Builder) SourceString(start, end int) (string, bool) {
	if !b.kept {
		return "", false
	}
	if start >= end {
		return "", true
	}
	return b.sourceText(start, end), true
}
