package catalog

import (
	"io"
	"unicode/utf8"
)

// skipText moves the walker past the plain character data at its position, which the
// decoder would only have returned as text that SkipElement drops: bytes up to the next
// markup or other reference than one of the five predefined entities that are valid UTF-8,
// allowed XML characters and not a ']' (which could begin "]]>"). Anything else, and any byte the decoder holds back, is left to the
// decoder, so tokens, offsets and errors are as if it had read every byte.
func (w *Walker) skipText() {
	if w.noSkip || w.selfClosed || w.d == nil {
		return
	}
	src := w.doc.Src
	pos := len(src) - w.r.Len()
	if pos != int(w.d.InputOffset())+w.skew {
		return // the decoder holds a byte it read back
	}
	n := w.textLen(src[pos:])
	for pos+n < len(src) && src[pos+n] == '&' {
		k := predefinedEntity(src[pos+n:])
		if k == 0 {
			break
		}
		n += k + w.textLen(src[pos+n+k:])
	}
	if n == 0 {
		return
	}
	if _, err := w.r.Seek(int64(n), io.SeekCurrent); err != nil {
		return
	}
	w.skew += n
}

// predefinedEntity returns the length of the reference to one of XML's five predefined
// entities at the start of s, which the decoder reads as text, or 0.
func predefinedEntity(s []byte) int {
	for _, e := range [...]string{"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"} {
		if len(s) >= len(e) && string(s[:len(e)]) == e {
			return len(e)
		}
	}
	return 0
}

// plainTextLen returns how many bytes at the start of s encoding/xml would read as
// character data without a reference, a section end or an error.
func plainTextLen(s []byte) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < 64 {
			if textStopLow>>c&1 != 0 {
				return i
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if c == ']' {
				return i
			}
			i++
			continue
		}
		if n := fastRune(s, i); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && size == 1 || !inCharacterRange(r) {
			return i
		}
		i += size
	}
	return i
}

// textStopLow has bit c set for each byte c below 64 that ends plain text: '<', '&' and the
// control characters other than tab, line feed and carriage return.
const textStopLow uint64 = 1<<'<' | 1<<'&' | (1<<0x20-1)&^(1<<'\t'|1<<'\n'|1<<'\r')

// inCharacterRange is encoding/xml's test of the characters a document may hold.
func inCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// fastRune returns the length of the two- or three-byte character at s[i] when it is one of
// those every lead byte of which makes a character of the allowed range whatever continuation
// bytes follow, or 0 for the decoder to judge.
func fastRune(s []byte, i int) int {
	switch c := s[i]; {
	case c >= 0xC2 && c <= 0xDF:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return 2
		}
	case c >= 0xE1 && c <= 0xEC || c == 0xEE:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return 3
		}
	}
	return 0
}
