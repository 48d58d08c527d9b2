package lint

import (
	"slices"
	"testing"

	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// TestMessageKeyCues checks that the cues of a catalog message's id found by its first
// segment's key number are those found by the string, for ids that are a key and ids that
// are not (a key depth groups keys under a prefix).
func TestMessageKeyCues(t *testing.T) {
	l := builtinLinter(t)
	doc := catalogDoc("cancel_subscription.title", "Your subscription is cancelled",
		"cancel_subscription.body", "We are sorry to see you go, and hope you come back",
		"account_deleted", "Gone", "settings.label", "Name")
	for _, depth := range []int{0, 1} {
		sc := &scratch{}
		cued := false
		_, err := message.Group(doc, &message.Grouping{KeyDepth: depth, Scratch: &sc.group,
			Infer: func(m *message.Message) (rules.MessageKind, string, []message.Evidence) {
				got := slices.Clone(l.messageKeyCues(doc, m, sc))
				want := l.keyCues(m.ID, &scratch{})
				if !slices.Equal(got, want) {
					t.Errorf("depth %d, %q: cues %v, want %v", depth, m.ID, got, want)
				}
				cued = cued || want != nil
				return rules.Other, "default", nil
			}})
		if err != nil {
			t.Fatal(err)
		}
		if !cued {
			t.Errorf("depth %d: no message's id holds a cue", depth)
		}
	}
}

// TestMessageKeyCuesRemembered checks that the cues of a catalog message's id remembered by
// its first key's number are those of the id, in the next document grouped with the same
// scratch, and when the id remembered for the number is another (merged ids differ by their
// neighbours).
func TestMessageKeyCuesRemembered(t *testing.T) {
	l := builtinLinter(t)
	doc := catalogDoc("cancel_subscription_title", "Your subscription is cancelled",
		"cancel_subscription_message", "We are sorry to see you go, and hope you come back",
		"delete_account_title", "Delete your account", "delete_account_message", "Your data will be erased",
		"settings_label", "Name")
	sc := &scratch{}
	asked, remembered := 0, 0
	for round := range 3 {
		if round == 2 { // every number remembers an id no message has
			k := sc.keyCache.store("unrelated_cancel_key", []int32{}, false)
			for i := range sc.keyCache.idNum {
				sc.keyCache.idNum[i] = k + 1
			}
		}
		_, err := message.Group(doc, &message.Grouping{Scratch: &sc.group,
			Infer: func(m *message.Message) (rules.MessageKind, string, []message.Evidence) {
				if doc.Segments[m.Segments[0]].Key != m.ID {
					asked++
					if n, ok := sc.group.KeyNumber(m.Segments[0]); ok && int(n) < len(sc.keyCache.idNum) && sc.keyCache.idNum[n] > 0 {
						remembered++
					}
				}
				got := slices.Clone(l.messageKeyCues(doc, m, sc))
				want := l.keyCues(m.ID, &scratch{})
				if !slices.Equal(got, want) {
					t.Errorf("round %d, %q: cues %v, want %v", round, m.ID, got, want)
				}
				return rules.Other, "default", nil
			}})
		if err != nil {
			t.Fatal(err)
		}
	}
	if asked == 0 || remembered == 0 {
		t.Fatalf("%d messages whose id is not their first key, %d of them remembered", asked, remembered)
	}
}
