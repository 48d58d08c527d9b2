package lint

import (
	"strings"
	"testing"
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
