package document

import "unicode/utf8"

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

// plainRun returns where the run of text plain copies as it is, from i to at most end, ends:
// at the first ASCII white space, byte that is not UTF-8, or byte that may start a character
// plain writes otherwise (0xC2, 0xC5, 0xE2 and 0xEF lead all of them). A run is appended at
// once; one character at a time, it would be the same piece.
func plainRun(src []byte, i, end int) int {
	for i < end {
		c := src[i]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				return i
			}
			i++
			continue
		}
		if c == 0xC2 || c == 0xC5 || c == 0xE2 || c == 0xEF {
			return i
		}
		r, n := utf8.DecodeRune(src[i:end])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return i
}
