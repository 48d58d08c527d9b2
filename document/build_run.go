package document

// verbatimRun appends source bytes [i, j) as verbatim does one by one: after the first,
// which may start a piece, each only extends the piece it is in.
func (b *Builder) verbatimRun(i, j int) {
	b.verbatim(i)
	if j <= i+1 {
		return
	}
	p := &b.pieces[len(b.pieces)-1]
	p.n += int32(j - i - 1)
	p.srcN += int32(j - i - 1)
	b.buf = append(b.buf, b.src[i+1:j]...)
}
