package lint

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// TestLooksUTF16 checks the guess at UTF-16 text without a byte order mark: ASCII letters in
// either byte order are, text without NUL bytes and text with a few NULs are not.
func TestLooksUTF16(t *testing.T) {
	text := strings.Repeat("We will miss you. ", 40)
	le, be := make([]byte, 0, 2*len(text)), make([]byte, 0, 2*len(text))
	for _, u := range utf16.Encode([]rune(text)) {
		le = append(le, byte(u), byte(u>>8))
		be = append(be, byte(u>>8), byte(u))
	}
	few := []byte(text)
	for i := 0; i < len(few); i += 37 {
		few[i] = 0
	}
	for _, c := range []struct {
		name string
		data []byte
		want bool
	}{
		{"little-endian", le, true}, {"big-endian", be, true}, {"UTF-8", []byte(text), false},
		{"a few NULs", few, false}, {"short", le[:3], false},
	} {
		if got := looksUTF16(c.data); got != c.want {
			t.Errorf("%s: looksUTF16 %v, want %v", c.name, got, c.want)
		}
	}
}
