package lint

import (
	"testing"
	"unicode"
)

func TestKeyWords(t *testing.T) {
	for in, want := range map[string]string{
		"cancelDialog.title":        " cancel dialog title ",
		"delete_account-confirm":    " delete account confirm ",
		"winback/offer":             " winback offer ",
		"HTMLEmail":                 " htmlemail ",
		"":                          " ",
		"subscription_unsubscribe2": " subscription unsubscribe2 ",
	} {
		if got := keyWordsOf(in); got != want {
			t.Errorf("keyWordsOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCueSymbol checks isCueSymbol's shortcut for the letters of common scripts against its
// definition on every rune.
func TestCueSymbol(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r >= 0x80 && (unicode.IsSymbol(r) || r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F)) && r != '\uFFFC'
		if got := isCueSymbol(r); got != want {
			t.Fatalf("isCueSymbol(%U) = %v, want %v", r, got, want)
		}
	}
}
