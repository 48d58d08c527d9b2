package cuekeys

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"cancelDialog.title":        " cancel dialog title ",
		"delete_account-confirm":    " delete account confirm ",
		"winback/offer":             " winback offer ",
		"HTMLEmail":                 " htmlemail ",
		"":                          " ",
		"subscription_unsubscribe2": " subscription unsubscribe2 ",
	} {
		if got := Words(in); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWordPrefix checks that the words of a key cut where WordPrefix says begin the key's
// words, and that it finds the stems of common keys.
func TestWordPrefix(t *testing.T) {
	for _, key := range []string{"delete_account_title", "deleteAccountButton", "cancel.items.2", "abc2title", "ABCDef", "x9Y", "été_titre", "a-b:c/d", "naïveTitle"} {
		for n := 1; n < len(key); n++ {
			if WordPrefix(key, key[:n]) {
				if !strings.HasPrefix(Words(key), Words(key[:n])) {
					t.Errorf("WordPrefix(%q, %q): words %q do not begin %q", key, key[:n], Words(key[:n]), Words(key))
				}
			}
		}
	}
	if !WordPrefix("delete_account_title", "delete_account") || !WordPrefix("deleteAccountButton", "deleteAccount") || WordPrefix("deleteAccount", "delet") {
		t.Error("wordPrefix misses the stem of a key, or cuts a word")
	}
}
