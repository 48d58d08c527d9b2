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
