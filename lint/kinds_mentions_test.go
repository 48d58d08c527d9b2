package lint

import (
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// TestMentionTextSentenceEnd checks that the sentence ends mentionText finds as far as it
// needs, asked in any order, are those rules.SentenceEnd finds, and its lowered text.
func TestMentionTextSentenceEnd(t *testing.T) {
	sc := &scratch{}
	for _, text := range []string{"", "no end", "One. Two! Three? four", "a..b!!c??", "Ends here.", "x.Y!z"} {
		for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {5, 0, 9, 2, 7, 1}} {
			mt := sc.mentionText(text)
			for _, at := range order {
				if at >= len(text) {
					continue
				}
				if got, want := mt.sentenceEnd(at), rules.SentenceEnd(text, at); got != want {
					t.Errorf("%q at %d: sentenceEnd %d, want %d", text, at, got, want)
				}
			}
			if got, want := mt.lowered(), strings.Map(func(r rune) rune {
				if 'A' <= r && r <= 'Z' {
					return r + 'a' - 'A'
				}
				return r
			}, text); got != want {
				t.Errorf("%q: lowered %q, want %q", text, got, want)
			}
		}
	}
}

// TestVoidedKeys checks that voidedKeys holds what was added, no more, past the keys it keeps
// in a slice, and nothing once emptied for the next message.
func TestVoidedKeys(t *testing.T) {
	inf := &inference{}
	for _, n := range []int{0, 1, maxFewVoided, maxFewVoided + 1, 3 * maxFewVoided} {
		v := inf.voided()
		for i := range n {
			v.add(strings.Repeat("k", i+1))
			v.add("k") // added again
		}
		for i := range 4 * maxFewVoided {
			if got, want := v.has(strings.Repeat("k", i+1)), i < max(n, 1) && n > 0; got != want {
				t.Errorf("%d keys added: has(%d k) = %v, want %v", n, i+1, got, want)
			}
		}
		if v.has("") {
			t.Errorf("%d keys added: has the empty key", n)
		}
	}
}
