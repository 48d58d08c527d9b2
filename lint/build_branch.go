package lint

// A template block with branches ({{#if}}A{{else}}B{{/if}}, {% if %}A{% elif %}B{% endif %})
// prints one branch or another between the same text. The builder lints each branch with the
// text around it: "Hi, {{#if a}}please{{else}}do{{/if}} stay" gives "Hi, please stay" and
// "Hi, do stay". The text before the block is copied into each branch when the branch
// starts; the text after the block is copied after each earlier branch when the segment
// ends. A block tag that ends the segment inside the block (a <p> in a branch) ends this: the
// branches are then linted as they stand.

// tplBlock is an open template block.
type tplBlock struct {
	gen int // the builder's segment generation when the block opened
	// the text, pieces and pending white space when the block opened
	text, pieces int
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
	// from where in the current buffer the text after the block starts
	sfxText, sfxPiece int
}

// openBlock records where a block starts.
func (b *builder) openBlock() {
	b.blocks = append(b.blocks, tplBlock{gen: b.gen, text: len(b.buf), pieces: len(b.pieces),
		pending: b.pending, spaceAt: b.spaceAt, space: b.space})
}

// branch ends the current branch of the innermost block and starts the next one from the
// text before the block.
func (b *builder) branch() {
	n := len(b.blocks)
	if n == 0 || b.blocks[n-1].gen != b.gen {
		role, key, esc := b.role, b.key, b.escape
		b.flush()
		b.role, b.key, b.escape = role, key, esc
		return
	}
	blk := &b.blocks[n-1]
	blk.settle(b)
	blk.alts = append(blk.alts, tplAlt{buf: append([]byte(nil), b.buf...), pieces: append([]piece(nil), b.pieces...)})
	b.buf, b.pieces = b.buf[:blk.text], b.pieces[:blk.pieces]
	b.pending, b.spaceAt, b.space = blk.pending, blk.spaceAt, blk.space
	b.endCTA()
}

// closeBlock ends the innermost block; its earlier branches wait for the text that follows.
func (b *builder) closeBlock() {
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
	for _, a := range blk.alts {
		a.sfxText, a.sfxPiece = len(b.buf), len(b.pieces)
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
func (blk *tplBlock) settle(b *builder) {
	for _, a := range blk.tails {
		buf, pieces := b.complete(a)
		blk.alts = append(blk.alts, tplAlt{buf: buf, pieces: pieces})
	}
	blk.tails = nil
}

// complete returns a waiting branch followed by the text written since its block closed.
func (b *builder) complete(a tplAlt) ([]byte, []piece) {
	buf, pieces := a.buf, a.pieces
	shift := int32(len(buf) - a.sfxText)
	for _, p := range b.pieces[a.sfxPiece:] {
		p.text += shift
		pieces = append(pieces, p)
	}
	return append(buf, b.buf[a.sfxText:]...), pieces
}

// flushTails emits each earlier branch followed by the text after its block.
func (b *builder) flushTails() {
	for _, a := range b.tails {
		buf, pieces := b.complete(a)
		if len(buf) > 0 {
			b.segs = append(b.segs, Segment{Text: string(buf), Role: b.role, Key: b.key, Escape: b.escape, pieces: pieces})
		}
	}
	b.tails = b.tails[:0]
}
