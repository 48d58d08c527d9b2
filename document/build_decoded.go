package document

import "strings"

// Decoded appends s, the decoded meaning of source bytes [start, end); decoded white space
// joins the white space around it.
func (b *Builder) Decoded(start, end int, s string) {
	if allSpace(s) {
		b.whitespace(start, end)
		return
	}
	switch s {
	case "\u2019", "\u2018":
		s = "'"
	case "\u201c", "\u201d":
		s = `"`
	case "\u212a": // Kelvin sign; see plain
		s = "K"
	case "\u017f": // long s
		s = "s"
	case "\u00a0", "\u202f", "\u2009":
		b.whitespace(start, end)
		return
	case "\u00ad", "\u034f", "\ufeff":
		return
	}
	if isZeroWidth(s) {
		return
	}
	if len(s) > 3 && strings.ContainsAny(s, "\u2018\u2019\u201c\u201d") {
		s = strings.Map(straightQuote, s) // a run decoded at once: an e-mail's encoded word
	}
	b.flushSpace()
	b.add(piece{text: int32(len(b.buf)), n: int32(len(s)), src: int32(start), srcN: int32(end - start), kind: decoded})
	b.buf = append(b.buf, s...)
}

// straightQuote writes a curly quote as the straight one rules match.
func straightQuote(r rune) rune {
	switch r {
	case '\u2018', '\u2019':
		return '\''
	case '\u201c', '\u201d':
		return '"'
	}
	return r
}

func allSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIISpace(s[i]) {
			return false
		}
	}
	return true
}

// isZeroWidth reports the invisible joiners and spaces e-mail preheaders are padded with:
// U+200B-U+200D and U+2060.
func isZeroWidth(s string) bool {
	return s == "\u200b" || s == "\u200c" || s == "\u200d" || s == "\u2060"
}
