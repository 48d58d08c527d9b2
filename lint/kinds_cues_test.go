package lint

import (
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
