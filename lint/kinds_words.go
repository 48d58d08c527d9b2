package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/rules"
)

// withoutSymbols returns s with its symbols (emoji, dingbats, arrows) taken out and the spaces
// around them squeezed, in lower case, when it has any: "We😢 miss you" says "we miss you"
// for a kind, with the emoji or without it.
func withoutSymbols(s string) (string, bool) {
	if !hasCueSymbol(s) {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isCueSymbol(r):
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

// hasCueSymbol reports whether s holds a cue symbol (see isCueSymbol), all of which are
// outside ASCII: only the runes that are are decoded.
func hasCueSymbol(s string) bool {
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
		if isCueSymbol(r) {
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

// isCueSymbol reports a rune that carries no words: a symbol outside ASCII, a variation
// selector or a zero-width joiner. Latin letters, and the runes of the blocks of 64 that
// symbolBlocks says hold no cue symbol (most letters of most scripts), are answered without a
// search of package unicode's tables (TestCueSymbol checks every rune).
func isCueSymbol(r rune) bool {
	switch {
	case r < 0x80:
		return false
	case r >= 0xC0 && r <= 0x2C1:
		return r == 0xD7 || r == 0xF7
	case r < 0x10000 && symbolBlocks[r>>9]&(1<<(r>>6&7)) == 0:
		return false
	}
	return (unicode.IsSymbol(r) || r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F)) && r != '\uFFFC'
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

// cueKeys returns each kind cue's key words in the form keyWordsOf writes them: whole words,
// or, for a cue ending in *, words the last of which may go on ("terminat*" matches
// "termination").
func cueKeys(cues []rules.KindCue) [][]string {
	out := make([][]string, len(cues))
	for i, c := range cues {
		for _, k := range c.Keys {
			w := keyWordsOf(strings.TrimSuffix(k, "*"))
			if strings.HasSuffix(k, "*") {
				w = strings.TrimSuffix(w, " ")
			}
			out[i] = append(out[i], w)
		}
	}
	return out
}

// keyWordsOf splits a key or file name into lower-case words at punctuation, spaces and
// camelCase humps, and writes them with a space before and after each ("cancelDialog.title"
// -> " cancel dialog title "), so that a cue matches whole words with strings.Contains.
func keyWordsOf(s string) string {
	var buf [96]byte // most keys and paths fit: one allocation, the string's
	return string(appendKeyWords(buf[:0], s))
}

// appendKeyWords appends the words of s, as keyWordsOf writes them, to b.
func appendKeyWords(b []byte, s string) []byte {
	b = append(b, ' ')
	prevLower := false
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII, without package unicode
			switch c := byte(r); {
			case 'A' <= c && c <= 'Z':
				if prevLower {
					b = append(b, ' ')
				}
				b = append(b, c+'a'-'A')
				prevLower = false
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b = append(b, c)
				prevLower = true
			default:
				b = appendSpace(b)
				prevLower = false
			}
			continue
		}
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				b = append(b, ' ')
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
			prevLower = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, r)
			prevLower = true
		default:
			b = appendSpace(b)
			prevLower = false
		}
	}
	return appendSpace(b)
}

// wordPrefix reports whether short is long cut where appendKeyWords ends a word, so that the
// words of short begin those of long: before an ASCII byte that is neither a letter nor a
// digit, or an upper-case letter after a lower-case letter or a digit.
func wordPrefix(long, short string) bool {
	n := len(short)
	if n == 0 || n >= len(long) || long[:n] != short {
		return false
	}
	c, p := long[n], long[n-1]
	lowerPrev := 'a' <= p && p <= 'z' || '0' <= p && p <= '9'
	return c < utf8.RuneSelf && !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z') || 'A' <= c && c <= 'Z' && lowerPrev
}

// appendSpace appends a space to b, which is not empty, unless it ends with one.
func appendSpace(b []byte) []byte {
	if b[len(b)-1] != ' ' {
		return append(b, ' ')
	}
	return b
}

func wordBounded(s string, start, end int) bool {
	if start > 0 && textseg.IsWordByte(s[start]) && wordRune(utf8.DecodeLastRuneInString(s[:start])) {
		return false
	}
	return end >= len(s) || !textseg.IsWordByte(s[end-1]) || !wordRune(utf8.DecodeRuneInString(s[end:]))
}

// wordRune reports whether r, a rune next to a match, continues its word: a letter, a digit or
// '_' ("¿" and "¡" before a Spanish phrase do not).
func wordRune(r rune, _ int) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }
