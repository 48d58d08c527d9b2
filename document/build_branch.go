package document

// A template block with branches ({{#if}}A{{else}}B{{/if}}, {% if %}A{% elif %}B{% endif %})
// prints one branch or another between the same text. The builder lints each branch with the
// text around it: "Hi, {{#if a}}please{{else}}do{{/if}} stay" gives "Hi, please stay" and
// "Hi, do stay". The text before the block is copied into each branch when the branch
// starts; the text after the block is copied after each earlier branch when the segment
// ends. A block tag that ends the segment inside the block (a <p> in a branch) ends this: the
// branches are then linted as they stand. Link and button texts (CTAs) go with their branch.

import "github.com/farewell-protocol/farewell/internal/textseg"

// tplBlock is an open template block.
type tplBlock struct {
	gen int // the builder's segment generation when the block opened
	// the text, pieces and pending white space when the block opened
	text, pieces int
	ctas         int
	pending      bool
	spaceAt      int
	space        int
	alts         []tplAlt
	// tails are branches of blocks closed inside this one, waiting for the text up to this
	// block's next branch or end
	tails []tplAlt
}

// tplAlt is a finished earlier branch waiting for the text after its block.
type tplAlt struct {
	buf    []byte
	pieces []piece
	ctas   []textseg.Span
	// from where in the current buffer the text after the block starts
	sfxText, sfxPiece, sfxCTA int
}

// openBlock records where a block starts.
func (b *Builder) openBlock() {
	b.blocks = append(b.blocks, tplBlock{gen: b.gen, text: len(b.buf), pieces: len(b.pieces),
		ctas: len(b.ctas), pending: b.pending, spaceAt: b.spaceAt, space: b.space})
	b.sealed = len(b.pieces)
}

// branch ends the current branch of the innermost block and starts the next one from the
// text before the block.
func (b *Builder) branch() {
	n := len(b.blocks)
	if n == 0 || b.blocks[n-1].gen != b.gen {
		role, key, esc := b.role, b.key, b.escape
		b.Flush()
		b.role, b.key, b.escape = role, key, esc
		return
	}
	blk := &b.blocks[n-1]
	blk.settle(b)
	ctas := append([]textseg.Span(nil), b.ctas...)
	if b.cta >= 0 && len(b.buf) > b.cta { // a CTA still open in this branch
		ctas = append(ctas, textseg.Span{Start: b.cta, End: len(b.buf)})
	}
	blk.alts = append(blk.alts, tplAlt{buf: append([]byte(nil), b.buf...), pieces: append([]piece(nil), b.pieces...), ctas: ctas})
	b.buf, b.pieces, b.ctas = b.buf[:blk.text], b.pieces[:blk.pieces], b.ctas[:blk.ctas]
	b.pending, b.spaceAt, b.space = blk.pending, blk.spaceAt, blk.space
	b.sealed = len(b.pieces)
	if b.cta > len(b.buf) { // opened inside the branch that ended
		b.cta = -1
	}
}

// closeBlock ends the innermost block; its earlier branches wait for the text that follows.
func (b *Builder) closeBlock() {
	n := len(b.blocks)
	if n == 0 {
		return
	}
	blk := b.blocks[n-1]
	b.blocks = b.blocks[:n-1]
	if blk.gen != b.gen {
		return
	}
	blk.settle(b)
	b.sealed = len(b.pieces)
	for _, a := range blk.alts {
		a.sfxText, a.sfxPiece, a.sfxCTA = len(b.buf), len(b.pieces), len(b.ctas)
		if n > 1 && b.blocks[n-2].gen == b.gen {
			// Inside an outer block the branch continues to the outer block's next branch.
			b.blocks[n-2].tails = append(b.blocks[n-2].tails, a)
			continue
		}
		b.tails = append(b.tails, a)
	}
}

// settle completes the waiting branches of inner blocks with the text written since, making
// them branches of this block.
func (blk *tplBlock) settle(b *Builder) {
	for _, a := range blk.tails {
		buf, pieces, ctas := b.complete(a)
		blk.alts = append(blk.alts, tplAlt{buf: buf, pieces: pieces, ctas: ctas})
	}
	blk.tails = nil
}

// complete returns a waiting branch followed by the text written since its block closed,
// with the CTAs of both; a CTA open across the block's end runs on into the text after it.
func (b *Builder) complete(a tplAlt) ([]byte, []piece, []textseg.Span) {
	buf, pieces, ctas := a.buf, a.pieces, a.ctas
	from, k := a.sfxText, a.sfxPiece
	if n := len(pieces); n > 0 {
		// White space pending when the block closed may lie before the branch's own text
		// (an empty last branch): the branch has it already.
		end := pieces[n-1].src + pieces[n-1].srcN
		for ; k < len(b.pieces) && b.pieces[k].src < end; k++ {
			from = int(b.pieces[k].text + b.pieces[k].n)
		}
	}
	shift := len(buf) - from
	for _, p := range b.pieces[k:] {
		p.text += int32(shift)
		pieces = append(pieces, p)
	}
	current := b.ctas
	if b.cta >= 0 && len(b.buf) > b.cta {
		current = append(current[:len(current):len(current)], textseg.Span{Start: b.cta, End: len(b.buf)})
	}
	for _, c := range current {
		switch {
		case c.Start >= from:
			ctas = append(ctas, textseg.Span{Start: c.Start + shift, End: c.End + shift})
		case c.End > from && len(ctas) > 0 && ctas[len(ctas)-1].End == len(a.buf):
			ctas[len(ctas)-1].End = c.End + shift
		}
	}
	return append(buf, b.buf[from:]...), pieces, ctas
}

// flushTails emits each earlier branch followed by the text after its block.
func (b *Builder) flushTails() {
	for _, a := range b.tails {
		buf, pieces, ctas := b.complete(a)
		if len(buf) > 0 {
			b.addSegment(Segment{Role: b.role, Key: b.key, Escape: b.escape, pieces: pieces, CTAs: ctas}, buf)
		}
	}
	b.tails = b.tails[:0]
}
