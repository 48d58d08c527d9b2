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
	if !b.kept || len(b.pieces) != 1 || len(b.ctas) > 0 {
		return false
	}
	p := b.pieces[0]
	if p.kind != verbatim || p.text != 0 || int(p.n) != len(b.buf) {
		return false
	}
	// src is never written while its segments are in use (SourceKept), and a verbatim
	// piece's text is its source bytes.
	seg.Text = unsafe.String(&b.src[p.src], int(p.n)) //nolint:gosec // audited: see above
	return true
}
