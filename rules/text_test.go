package rules

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLowerASCII checks lowerASCII against a byte-by-byte reference on texts with capitals at
// the start, the end, in runs and beside letters outside ASCII, which it leaves as they are.
func TestLowerASCII(t *testing.T) {
	ref := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for _, s := range []string{"", "already lower", "Sorry To See You Go", "WE'LL MISS YOU",
		"end in X", "ÄÖ Über Ça ÉTÉ", "a\u00a0B\u2019C", strings.Repeat("Stay ", 1000)} {
		if got, want := lowerASCII(s), ref(s); got != want || !utf8.ValidString(got) && utf8.ValidString(s) {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
