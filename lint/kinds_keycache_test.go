package lint

import (
	"fmt"
	"slices"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/cuekeys"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// TestKeyCuesCached checks that keyCues answers a key it remembers, or one asked about
// again after many others made its cache start over, as it answers it the first time: the
// cue words found in the key's words by the pack's cue index.
func TestKeyCuesCached(t *testing.T) {
	l := builtinLinter(t)
	keys := []string{"cancel_subscription_title", "delete_account", "deleteAccountButton", "error_toast",
		"unsubscribe.body", "plain_label", "cancel_subscription_title"}
	want := func(key string) []int32 {
		first, has := l.cueKeys.First(cuekeys.Words(key), nil)
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

// TestSegKeyCues checks that segKeyCues, which finds a segment's key by the number the group
// scratch gave it, answers as the key's words do, in a catalog and in the next one grouped
// with the same scratch, whose keys are numbered as before.
func TestSegKeyCues(t *testing.T) {
	l := builtinLinter(t)
	sc := &scratch{}
	want := func(key string) []int32 {
		first, has := l.cueKeys.First(cuekeys.Words(key), nil)
		if !has {
			return nil
		}
		return first
	}
	for _, keys := range [][]string{
		{"cancel_subscription_title", "cancel_subscription_body", "plain_label", "error_toast", "Are you sure?", ""},
		{"plain_label", "delete_account_button", "cancel_subscription_title", "error_toast"},
	} {
		doc := &document.Document{Format: format.JSON}
		for _, k := range keys {
			doc.Segments = append(doc.Segments, document.Segment{Key: k, Text: "x"})
		}
		checked, numbered, wantChecked := 0, 0, 0
		for _, k := range keys {
			if k != "" {
				wantChecked++
			}
		}
		_, err := message.Group(doc, &message.Grouping{Scratch: &sc.group,
			Infer: func(m *message.Message) (rules.MessageKind, string, []message.Evidence) {
				for _, si := range m.Segments {
					k := doc.Segments[si].Key
					if k == "" {
						continue
					}
					if got := l.segKeyCues(si, k, sc); !slices.Equal(got, want(k)) {
						t.Errorf("segKeyCues(%q) = %v, want %v", k, got, want(k))
					}
					checked++
					if _, ok := sc.group.KeyNumber(si); ok {
						numbered++
					}
				}
				return rules.Other, "default", nil
			}})
		if err != nil {
			t.Fatal(err)
		}
		if checked != wantChecked || numbered == 0 {
			t.Fatalf("%d keys checked of %d, %d by number", checked, wantChecked, numbered)
		}
	}
}
