package document

import (
	"encoding/binary"
	"math"
	"sort"
	"unicode/utf8"
)

// verbatimRun appends source bytes [i, j) as verbatim does one by one, in one step: the
// run extends the piece before it when that piece is verbatim and ends where the run begins,
// in the source and in the text, and starts a piece of its own otherwise.
func (b *Builder) verbatimRun(i, j int) {
	j = max(j, i+1)
	b.flushSpace()
	n := int32(j - i)
	if k := len(b.pieces); k > b.sealed {
		p := &b.pieces[k-1]
		if p.kind == verbatim && int(p.src+p.srcN) == i && int(p.text+p.n) == len(b.buf) {
			p.n += n
			p.srcN += n
			b.buf = append(b.buf, b.src[i:j]...)
			return
		}
	}
	b.add(piece{text: int32(len(b.buf)), n: n, src: int32(i), srcN: n, kind: verbatim})
	b.buf = append(b.buf, b.src[i:j]...)
}

// Space appends the source bytes [start, end), which a reader has found all ASCII white
// space (in its view of the source: the text between two tags), as Text does: as one run of
// white space where no template code lies among them.
func (b *Builder) Space(start, end int) {
	if k := b.firstMask(start); k < len(b.masks) && b.masks[k].start < end {
		b.Text(start, end)
		return
	}
	b.whitespace(start, end)
}

// plainRun returns where the run of text plain copies as it is, from i to at most end, ends:
// at the first byte that is not UTF-8, byte that may start a character plain writes otherwise
// (0xC2, 0xC5, 0xE2 and 0xEF lead all of them), or ASCII white space other than one space
// between two characters of the run. A run is appended at once; a character, or a space, at a
// time, it would be the same piece, since the space would be written as the source has it.
func plainRun(src []byte, i, end int) int {
	for i < end {
		// The common cases first, without a call: a printable ASCII byte, one space before
		// another, a two-byte character.
		c := src[i]
		if c > ' ' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c == ' ' && i+1 < end && src[i+1] > ' ' && src[i+1] < utf8.RuneSelf {
			i += 2
			continue
		}
		if c >= 0xC3 && c <= 0xDF && c != 0xC5 && i+1 < end && src[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		n := plainChar(src, i, end)
		if n == 0 && src[i] == ' ' && i+1 < end {
			n = plainChar(src, i+1, end)
			if n > 0 {
				n++
			}
		}
		if n == 0 {
			return i
		}
		i += n
	}
	return i
}

// plainChar returns the length of the character at src[i] (i < end) that a run holds, or 0.
func plainChar(src []byte, i, end int) int {
	c := src[i]
	if c < utf8.RuneSelf {
		if isASCIISpace(c) {
			return 0
		}
		return 1
	}
	switch {
	case c == 0xC2 || c == 0xC5 || c == 0xE2 || c == 0xEF:
		return 0
	case c >= 0xC3 && c <= 0xDF:
		if i+1 < end && src[i+1]&0xC0 == 0x80 {
			return 2
		}
	case c >= 0xE1 && c <= 0xEC || c == 0xEE:
		// Neither overlong nor a surrogate: any two continuation bytes make a character.
		if i+2 < end && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			return 3
		}
	}
	r, n := utf8.DecodeRune(src[i:end])
	if r == utf8.RuneError && n <= 1 {
		return 0
	}
	return n
}

// spaceRunEnd returns where the run of ASCII white space from i, before end, ends. The
// indentation of markup is most of it: eight spaces are passed at once.
func spaceRunEnd(src []byte, i, end int) int {
	const spaces = 0x2020202020202020
	for i < end {
		if i+8 <= end && binary.LittleEndian.Uint64(src[i:]) == spaces {
			i += 8
			continue
		}
		if !isASCIISpace(src[i]) {
			break
		}
		i++
	}
	return i
}

// firstMask returns the index of the first mask that ends after start: a step or two on
// from where the last call found it, as readers feed text in order, else by a binary search
// (a reader that goes back and forth costs no more than a search each time).
func (b *Builder) firstMask(start int) int {
	// Most calls find it where the last one did, without a step or a call: in a source whose
	// template code is behind, or between two pieces of it.
	if b.maskFrom <= start && start < b.maskTo {
		return b.maskK
	}
	return b.stepMask(start)
}

// stepMask is firstMask when the mask it found last is not the one, and notes the starts it
// holds for (maskFrom, maskTo).
func (b *Builder) stepMask(start int) int {
	k, n := b.maskK, len(b.masks)
	if k > 0 && b.masks[k-1].end > start {
		k = sort.Search(k, func(k int) bool { return b.masks[k].end > start })
	}
	for steps := 0; k < n && b.masks[k].end <= start; steps++ {
		if steps == 4 {
			from := k
			k = from + sort.Search(n-from, func(j int) bool { return b.masks[from+j].end > start })
			break
		}
		k++
	}
	b.maskK = k
	// The mask after start is k for every start from the end of the one before to its own end.
	b.maskFrom, b.maskTo = 0, math.MaxInt
	if k > 0 {
		b.maskFrom = b.masks[k-1].end
	}
	if k < n {
		b.maskTo = b.masks[k].end
	}
	return k
}
