package cuekeys

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzWords checks Words, which answers ASCII without package unicode, against the
// definition written with package unicode alone.
func FuzzWords(f *testing.F) {
	for _, k := range []string{"cancelDialog.title", "delete_account_2", "ÉtatCompte", "a\xffB", "HTMLTitle", ""} {
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), unicodeWords(s); got != want {
			t.Fatalf("Words(%q) = %q, want %q", s, got, want)
		}
	})
}

func unicodeWords(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			prevLower = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			prevLower = true
		default:
			if str := b.String(); str[len(str)-1] != ' ' {
				b.WriteByte(' ')
			}
			prevLower = false
		}
	}
	if str := b.String(); str[len(str)-1] != ' ' {
		b.WriteByte(' ')
	}
	return b.String()
}
