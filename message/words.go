package message

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/cuesym"
)

// CountWords counts the words of a normalised text as a message counts them: runs of letters
// and digits; the placeholder that stands for a template value is not a word.
func CountWords(s string) int {
	n, _ := countWords(s, len(s)+1)
	return n
}

// HasWords reports whether CountWords(s) >= n, reading s only as far as its nth word.
func HasWords(s string, n int) bool {
	w, _ := countWords(s, n)
	return w >= n
}

// countWords counts the words of s, stopping at limit, and returns the facts (factSymbol,
// factFolds) of the runes it read: whether they hold a cue symbol (cuesym.Is) and whether one
// is the Kelvin sign or the long s. With a limit past the last word, these are whether
// cuesym.Has(s) and whether rules.FoldsToASCII(s).
func countWords(s string, limit int) (int, uint8) {
	n, in := 0, false
	var sym uint8 // factSymbol once a cue symbol is read, factFolds once K or ſ is
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
			word := bmpWords[r>>3]>>(r&7)&1 != 0
			sym |= twoByteSymbols[r>>3] >> (r & 7) & factSymbol
			if r == '\u017f' { // the long s
				sym |= factFolds
			}
			if word && !in {
				n++
			}
			in = word
			i += 2
			continue
		}
		var r rune
		var size int
		switch {
		case c > 0xE0 && c < 0xF0 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// Three bytes with no overlong form or surrogate to refuse (kana, CJK, most of
			// Hangul): in line too.
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if sym&factSymbol == 0 && cuesym.Is(r) {
			sym |= factSymbol
		}
		if r == '\u212a' { // the Kelvin sign
			sym |= factFolds
		}
		var word bool
		if r < 0x10000 { // not ASCII, so neither an apostrophe; the placeholder is no letter
			word = bmpWords[r>>3]>>(r&7)&1 != 0
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if word && !in {
			n++
		}
		in = word
	}
	return n, sym
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

// twoByteSymbols says which runes of two bytes in UTF-8 are cue symbols (cuesym.Is), bit r&7
// of byte r>>3: countWords reports them without asking package cuesym. TestTwoByteSymbols
// checks it against cuesym.Is.
const twoByteSymbols = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7c\xd3\x13\x01\x00\x00\x80\x00\x00\x00\x80\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x3c\x00\xfc\xff\xe0\xaf\xff\xff" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x30\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\xc0\xc9\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x02\x00\x60" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\xc0"
