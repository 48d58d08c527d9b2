package catalog

import (
	"testing"
	"unicode/utf8"
)

// TestValidTextStop checks validTextStop against plainTextLen: an ASCII byte stops
// validTextLen when it stops plainTextLen, and a byte that is not ASCII only when it is 0xEF.
func TestValidTextStop(t *testing.T) {
	for c := range 256 {
		want := c == 0xEF
		if c < utf8.RuneSelf {
			want = plainTextLen([]byte{byte(c)}) == 0
		}
		if got := validTextStop[c] != 0; got != want {
			t.Errorf("validTextStop[%#x] = %v, want %v", c, got, want)
		}
	}
}

// TestValidTextLen checks validTextLen against plainTextLen on valid UTF-8 from every offset,
// offsets inside a character included.
func TestValidTextLen(t *testing.T) {
	texts := []string{
		"Cancel your plan</string>", "a &amp; b", "caf\u00e9 \ufffe x", "x\uffffy", "\uffef\ufeff ok]]>",
		"\u65e5\u672c\u8a9e \U0001F600 \x01 bell", "tab\tline\nret\r<", "\u00a0\u2019\u0085\u200b end",
	}
	for _, text := range texts {
		src := []byte(text)
		for i := range src {
			if got, want := validTextLen(src[i:]), plainTextLen(src[i:]); got != want {
				t.Fatalf("%q from %d: validTextLen %d, plainTextLen %d", src, i, got, want)
			}
		}
	}
}
