// Package cuesym finds the runes that carry no words for kind inference: symbols outside
// ASCII (emoji, dingbats, arrows), variation selectors and the zero-width joiner.
package cuesym

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Has reports whether s holds a cue symbol (see Is), all of which are outside ASCII: only the
// runes that are are decoded, and runs of ASCII are skipped a word at a time.
func Has(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			for i++; i+8 <= len(s) && isASCII8(s[i:i+8]); i += 8 {
			}
			continue
		}
		var r rune
		n := 2
		switch c := s[i]; {
		case c < 0xE0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F) // two bytes, in line
		case c > 0xE0 && c < 0xF0 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, n = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3 // three with no form to refuse
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if Is(r) {
			return true
		}
		i += n
	}
	return false
}

// isASCII8 reports whether the eight bytes of s are ASCII, read as one word.
func isASCII8(s string) bool {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return x&0x8080808080808080 == 0
}

// Is reports a rune that carries no words: a symbol outside ASCII, a variation selector or a
// zero-width joiner. The runes of the blocks of 64 that symbolBlocks says hold none, and the
// letters of the scripts most texts are written in, are answered without a search of package
// unicode's tables (TestIs checks every rune).
func Is(r rune) bool {
	switch {
	case r < 0x80:
		return false
	case r >= 0xC0 && r <= 0x2C1: // Latin letters, the most common runes outside ASCII
		return r == 0xD7 || r == 0xF7
	case r < 0x10000 && symbolBlocks[r>>9]&(1<<(r>>6&7)) == 0, inSymbolFreeRange(r):
		return false
	}
	return isSymbol(r)
}

// isSymbol is Is by its definition, with package unicode alone.
func isSymbol(r rune) bool {
	return r >= 0x80 && (unicode.IsSymbol(r) || r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F)) && r != '\uFFFC'
}

// inSymbolFreeRange reports a rune of a range that holds no symbol, in a block of 64 that
// holds one: the letters of Latin, Greek, Cyrillic, Hebrew, Arabic, Thai and kana.
func inSymbolFreeRange(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0x2C1:
		return r != 0xD7 && r != 0xF7
	case r < 0x386:
		return false
	case r <= 0x3F5, r >= 0x400 && r <= 0x52F && r != 0x482, r >= 0x5B0 && r <= 0x5FF,
		r >= 0x620 && r <= 0x6DD, r >= 0xE01 && r <= 0xE5B && r != 0xE3F:
		return true
	}
	return r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA
}

// Without returns s with its symbols (emoji, dingbats, arrows) taken out and the spaces
// around them squeezed, in lower case, when it has any: "We😢 miss you" says "we miss you"
// for a kind, with the emoji or without it.
func Without(s string) (string, bool) {
	if !Has(s) {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case Is(r):
			continue
		case r == ' ':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String(), true
}

// symbolBlocks has a bit for each block of 64 runes of the Basic Multilingual Plane, rune r's
// at bit r>>6&7 of byte r>>9: set when the block holds a cue symbol (TestSymbolBlocks).
const symbolBlocks = "" +
	"\x0c\xe8\x44\x89\x84\xa8\x22\xd1\x04\x40\x00\x82\xa0\x20\x00\xc0" +
	"\xff\xff\xff\xff\xff\xff\x08\xfe\xc5\xff\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x0c\x50\x01\x22\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xd0\xa0\xb3"
