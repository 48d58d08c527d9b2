package lint

import (
	"strings"
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

// TestSymbolBlocks checks symbolBlocks against isCueSymbol's definition.
func TestSymbolBlocks(t *testing.T) {
	for b := rune(0); b < 1024; b++ {
		want := false
		for r := max(b*64, 0x80); r < b*64+64; r++ {
			want = want || (unicode.IsSymbol(r) || r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F)) && r != '\uFFFC'
		}
		if got := symbolBlocks[b>>3]&(1<<(b&7)) != 0; got != want {
			t.Fatalf("symbolBlocks block %U: %v, want %v", b*64, got, want)
		}
	}
}

// TestWordPrefix checks that the words of a key cut where wordPrefix says begin the key's
// words, and that it finds the stems of common keys.
func TestWordPrefix(t *testing.T) {
	for _, key := range []string{"delete_account_title", "deleteAccountButton", "cancel.items.2", "abc2title", "ABCDef", "x9Y", "été_titre", "a-b:c/d", "naïveTitle"} {
		for n := 1; n < len(key); n++ {
			if wordPrefix(key, key[:n]) {
				if !strings.HasPrefix(keyWordsOf(key), keyWordsOf(key[:n])) {
					t.Errorf("wordPrefix(%q, %q): words %q do not begin %q", key, key[:n], keyWordsOf(key[:n]), keyWordsOf(key))
				}
			}
		}
	}
	if !wordPrefix("delete_account_title", "delete_account") || !wordPrefix("deleteAccountButton", "deleteAccount") || wordPrefix("deleteAccount", "delet") {
		t.Error("wordPrefix misses the stem of a key, or cuts a word")
	}
}
