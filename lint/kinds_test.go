package lint

import (
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
