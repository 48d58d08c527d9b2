package message

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// CountWords counts the words of a normalised text as a message counts them: runs of letters
// and digits; the placeholder that stands for a template value is not a word.
func CountWords(s string) int { return countWords(s, len(s)+1) }

// HasWords reports whether CountWords(s) >= n, reading s only as far as its nth word.
func HasWords(s string, n int) bool { return countWords(s, n) >= n }

// countWords counts the words of s, stopping at limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: eight bytes at a time, else a table step a byte
			for ; i+8 <= len(s) && n+4 < limit; i += 8 { // n+4: eight bytes begin four words at most
				w, ok := asciiWordMask(s[i : i+8])
				if !ok {
					break
				}
				var prev uint8
				if in {
					prev = 1
				}
				n += bits.OnesCount8(w &^ (w<<1 | prev))
				in = w&0x80 != 0
			}
			st := asciiNoWord
			if in {
				st = asciiInWord
			}
			for end := min(len(s), i+8); i < end && n < limit; i++ {
				step := asciiSteps[st|uint16(s[i])]
				if step == asciiOther {
					break
				}
				n += int(step >> 1)
				st = uint16(step&1) << 8
			}
			in = st == asciiInWord
			continue
		}
		if c < 0xE0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two bytes (Latin, Greek, Cyrillic, Hebrew, Arabic): decoded in line, and
			// answered by a table; none is the placeholder or an apostrophe.
			r := uint(c&0x1F)<<6 | uint(s[i+1]&0x3F)
			word := twoByteWords[r>>3]>>(r&7)&1 != 0
			if word && !in {
				n++
			}
			in = word
			i += 2
			continue
		}
		var r rune
		size := 2
		switch {
		case c > 0xE0 && c < 0xF0 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// Three bytes with no overlong form or surrogate to refuse (kana, CJK, most of
			// Hangul): in line too.
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		word := inLetterBlock(r) || r != '\uFFFC' && (unicode.IsLetter(r) || unicode.IsDigit(r) || (in && r == '\''))
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

// asciiWordMask returns, when the eight bytes of s are ASCII and none is an apostrophe, a
// mask of those that are letters or digits, bit k for s[k]; it reads them as one word.
func asciiWordMask(s string) (uint8, bool) {
	x := load8(s)
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if q := x ^ '\''*ones; x&highs != 0 || (q-ones)&^q&highs != 0 {
		return 0, false
	}
	// With every byte below 0x80, x + (0x80-lo)*ones sets a byte's high bit when it is lo or
	// more, without a carry into the next byte.
	digit := (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones)
	y := x | 0x20*ones // upper case to lower; no other byte becomes a letter
	letter := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones)
	v := (digit | letter) & highs >> 7
	return uint8(v * 0x0102040810204080 >> 56), true
}

// load8 reads the first eight bytes of s as one little-endian word, with one load.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// CTAWords counts the words of a segment's link and button text.
func CTAWords(seg *document.Segment) int {
	n := 0
	for _, c := range seg.CTAs {
		n += CountWords(seg.Text[c.Start:c.End])
	}
	return n
}

// inLetterBlock reports a rune of a range whose every code point is a letter (most of Latin,
// Greek, Cyrillic, Hebrew, Arabic, Devanagari and Thai letters, kana, CJK ideographs, Hangul
// syllables): the scripts of most catalogs, answered without a search of package unicode's
// tables (TestLetterBlocks checks them against it).
func inLetterBlock(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0x2C1:
		return r != 0xD7 && r != 0xF7
	case r < 0x3A3:
		return false
	case r <= 0x52F:
		return r != 0x3F6 && (r <= 0x481 || r >= 0x48A)
	case r < 0x5D0:
		return false
	case r <= 0x5EA, r >= 0x620 && r <= 0x64A, r >= 0x671 && r <= 0x6D3, r >= 0x904 && r <= 0x939,
		r >= 0xE01 && r <= 0xE30, r >= 0x1E00 && r <= 0x1F15:
		return true
	case r < 0x3041:
		return false
	}
	return r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA || r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3
}

// asciiSteps is countWords' step over an ASCII byte, indexed by the state (asciiNoWord or
// asciiInWord) or'd with the byte: bit 0 says the byte is in a word, bit 1 that it begins one;
// a byte outside ASCII gives asciiOther. TestASCIISteps checks it against its definition.
const asciiSteps = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x00\x00\x00\x00\x00" +
	"\x00\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x00\x00\x00\x00" +
	"\x00\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x00\x00\x00\x00" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"

// The states of asciiSteps, and the step of a byte outside ASCII.
const (
	asciiNoWord, asciiInWord = uint16(0), uint16(1 << 8)
	asciiOther               = uint8(0xff)
)

// twoByteWords says which runes of two bytes in UTF-8 (U+0080 to U+07FF) are letters or
// digits, bit r&7 of byte r>>3: countWords reads them without package unicode.
// TestTwoByteWords checks it against its definition.
const twoByteWords = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x20\x04\xff\xff\x7f\xff\xff\xff\x7f\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xc3\xff\x03\x00\x1f\x50\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xdf\xbc\x40\xd7\xff\xff\xfb\xff\xff\xff\xff\xff\xff\xff\xff\xff\xbf\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x03\xfc\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff\x7f\x02\xff\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x87\x07\x00" +
	"\x00\x00\x00\x00\xff\xff\xff\xff\xff\x07\x00\x00\xff\xc3\xfe\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x2f\x00\x60\xc0\xff\x9f" +
	"\x00\x00\xfd\xff\xff\xff\x00\x00\x00\xe0\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x3f\x00\x02\x00\xff\xff\xff\xff\xff\x07\x30\x04"
