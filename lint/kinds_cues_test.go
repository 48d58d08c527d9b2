package lint

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// TestFindMentionAtWordStarts checks that findMention, which skips the hits of a mention's
// keyword that an ASCII word byte comes before, finds what the mention's expression finds in
// the whole text, for every mention of the built-in pack after bytes that begin, continue or
// break a word.
func TestFindMentionAtWordStarts(t *testing.T) {
	l := builtinLinter(t)
	var mt rules.MentionText
	tried, found := 0, 0
	for _, cue := range l.pack.Kinds {
		for mi := range cue.Mentions {
			mn := &cue.Mentions[mi]
			phrase := strings.ReplaceAll(strings.ReplaceAll(mn.Text, "...", "your"), "*", "s")
			for _, before := range []string{"", "x", "_", "9", "é", " ", "-", "(", "My", "Ö "} {
				for _, text := range []string{before + phrase, "Read this. " + before + strings.ToUpper(phrase) + ", then " + before + phrase + "."} {
					var hits []hit
					lower := strings.ToLower(text) // the keywords are ASCII where a mention is anchored
					for i := 0; mn.Keyword != "" && i+len(mn.Keyword) <= len(lower); i++ {
						if lower[i:i+len(mn.Keyword)] == mn.Keyword {
							hits = append(hits, hit{id: 7, start: int32(i)}, hit{id: 8, start: int32(i)})
						}
					}
					mt.Reset(text)
					if len(hits) == 0 || !mt.Anchored(mn) {
						continue
					}
					got, gok := findMention(&mt, mn, text, hits, 7)
					want, wok := mn.Find(text)
					if got != want || gok != wok {
						t.Errorf("%q in %q: findMention %v %v, Find %v %v", mn.Text, text, got, gok, want, wok)
					}
					tried++
					if gok {
						found++
					}
				}
			}
		}
	}
	if tried == 0 || found == 0 || found == tried {
		t.Fatalf("%d texts tried, %d with a mention found", tried, found)
	}
}

// TestTriedMentionsWrap checks that the count of texts textCues keeps for its tried mentions
// starts again when it wraps without losing a mention: a linter whose scratch is about to wrap
// infers the same kinds, from the same evidence, as a fresh one.
func TestTriedMentionsWrap(t *testing.T) {
	text := "We cancelled your subscription today.\n\nYou can pause your membership instead.\n\n" +
		"We will delete your account and suspend your account.\n\nUnsubscribe from these emails.\n\n" +
		"We cancelled your subscription, and you can pause your subscription.\n"
	want := builtinLinter(t).LintInput(Input{Path: "a.md", Data: []byte(text)}, RunOptions{})
	l := builtinLinter(t)
	for _, start := range []uint32{math.MaxUint32 - 2, math.MaxUint32 - 1, math.MaxUint32} {
		l.scratch.Put(&scratch{cueTexts: start, triedAt: make([]uint32, l.mentionBase[len(l.mentionBase)-1])})
		got := l.LintInput(Input{Path: "a.md", Data: []byte(text)}, RunOptions{})
		if len(got.Messages) != len(want.Messages) || len(got.Messages) == 0 {
			t.Fatalf("from %d: %d messages, want %d", start, len(got.Messages), len(want.Messages))
		}
		for i := range got.Messages {
			g, w := got.Messages[i], want.Messages[i]
			if g.Kind != w.Kind || !reflect.DeepEqual(g.Evidence, w.Evidence) {
				t.Errorf("from %d, message %d: %v %v, want %v %v", start, i, g.Kind, g.Evidence, w.Kind, w.Evidence)
			}
		}
	}
}
