package lint

import (
	"fmt"
	"slices"
	"testing"
)

// TestKeyCuesCached checks that keyCues answers a key it remembers, or one asked about
// again after many others made its cache start over, as it answers it the first time: the
// cue words found in the key's words by the pack's cue index.
func TestKeyCuesCached(t *testing.T) {
	l := builtinLinter(t)
	keys := []string{"cancel_subscription_title", "delete_account", "deleteAccountButton", "error_toast",
		"unsubscribe.body", "plain_label", "cancel_subscription_title"}
	want := func(key string) []int32 {
		first, has := l.cueKeys.first(keyWordsOf(key), nil)
		if !has {
			return nil
		}
		return first
	}
	sc := &scratch{}
	for round := range 2 {
		for _, k := range keys {
			if got := l.keyCues(k, sc); !slices.Equal(got, want(k)) {
				t.Fatalf("round %d: keyCues(%q) = %v, want %v", round, k, got, want(k))
			}
		}
		for i := range maxKeyCues + 1 { // the cache starts over
			l.keyCues(fmt.Sprintf("filler_%d_cancel", i), sc)
		}
	}
	if n := sc.keyCache.keys.Len(); n > maxKeyCues {
		t.Fatalf("the cache holds %d keys, more than %d", n, maxKeyCues)
	}
	if got := l.keyCues("cancel_subscription_title", sc); !slices.Equal(got, want("cancel_subscription_title")) || got == nil {
		t.Fatalf("keyCues after starting over = %v", got)
	}
}
