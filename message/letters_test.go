package message

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLetterBlocks checks that inLetterBlock holds only for letters of package unicode, so that
// countWords counts as it would without it.
func TestLetterBlocks(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if inLetterBlock(r) && !unicode.IsLetter(r) {
			t.Fatalf("inLetterBlock(%U) but it is not a letter", r)
		}
	}
}

// TestAlnumByte checks isAlnumByte against its definition on every byte.
func TestAlnumByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if want := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'; isAlnumByte(b) != want {
			t.Fatalf("isAlnumByte(%#x) = %v", c, !want)
		}
	}
}

// FuzzDecodeRune checks decodeRune against utf8.DecodeRuneInString.
func FuzzDecodeRune(f *testing.F) {
	for _, s := range []string{"é", "ж", "\xc2", "\xc2\xc2", "\xc1\xbf", "日", "\xdf\xbf", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, n := decodeRune(s)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("decodeRune(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
	})
}
