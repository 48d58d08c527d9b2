package message_test

import (
	"testing"

	"github.com/farewell-protocol/farewell/message"
)

func TestCatalogMessageID(t *testing.T) {
	for _, tc := range []struct {
		key   string
		depth int
		want  string
	}{
		{"cancel.title", 0, "cancel"},
		{"settings.billing.cancel.title", 0, "settings.billing.cancel"},
		{"settings.billing.cancel.title", 2, "settings.billing"},
		{"settings.billing.cancel.title", 1, "settings"},
		{"cancel.title", 2, "cancel"}, // depth beyond the key: the parent key
		{"title", 0, "title"},
		{"delete_account_title", 0, "delete_account"},
		{"delete_account_title", 1, "delete"},
		{"delete_account.one", 0, "delete_account"}, // a dotted key splits at dots only
		{"reasons[2]", 0, "reasons"},
		{"cancel.reasons[2]", 0, "cancel"},
		{"_private", 0, "_private"},
		{"a..b", 0, "a..b"},
		{"cancel.", 0, "cancel."},
		{"Your plan is cancelled.", 0, "Your plan is cancelled."},
		{"ctx|Thanks. Bye", 0, "ctx|Thanks. Bye"},
		{"Stop your %s plan?.msgid_plural", 0, "Stop your %s plan?.msgid"}, // one entry's forms are one message
		{"Stop your %s plan?.msgstr[1]", 0, "Stop your %s plan?.msgstr[0]"},
		{"Stop your plan?.msgstr", 0, "Stop your plan?.msgstr"},
	} {
		if got := message.CatalogMessageID(tc.key, tc.depth); got != tc.want {
			t.Errorf("CatalogMessageID(%q, %d) = %q, want %q", tc.key, tc.depth, got, tc.want)
		}
	}
}
