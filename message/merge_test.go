package message

import (
	"slices"
	"strings"
	"testing"
)

// FuzzFactCache checks that the facts mergeAdjacent keeps for the last ids it asked about are
// those factsOf finds, whatever order the ids come in.
func FuzzFactCache(f *testing.F) {
	f.Add("delete_account delete_account_error delete_account cancel.title  banned_notice_badge")
	f.Add("a a b a c c")
	f.Fuzz(func(t *testing.T, seq string) {
		var c factCache
		for _, id := range strings.Split(seq, " ") {
			if got, want := c.of(id), factsOf(id); got != want {
				t.Fatalf("facts of %q: %+v, want %+v", id, got, want)
			}
		}
	})
}

// FuzzMergeAdjacent checks mergeAdjacent, which skips repeated ids and keeps the facts of the
// last two, against the merging asked of every pair.
func FuzzMergeAdjacent(f *testing.F) {
	f.Add("delete_account delete_account_reason delete_account_reason banned_notice_badge banned_notice_blurb cancel_title cancel_keep", "cancel")
	f.Add("a.b a.b a_c_error a_c a_c", "")
	f.Fuzz(func(t *testing.T, seq, dialogs string) {
		dialog := map[string]bool{}
		for _, d := range strings.Fields(dialogs) {
			dialog[d] = true
		}
		got := strings.Split(seq, " ")
		want := slices.Clone(got)
		mergeAdjacent(got, dialog)
		everyPair(want, dialog)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: %q, want %q", seq, got, want)
		}
	})
}

// everyPair is mergeAdjacent as defined: every adjacent pair asked about, each id's last word
// found from all its words.
func everyPair(ids []string, dialog map[string]bool) {
	root := map[string]string{}
	find := func(id string) string {
		for {
			r, ok := root[id]
			if !ok || r == id {
				return id
			}
			id = r
		}
	}
	state := func(id string) bool {
		w := keyWordSpans(id)
		return len(w) > 0 && isStateWord(id[w[len(w)-1][0]:w[len(w)-1][1]])
	}
	for i := 1; i < len(ids); i++ {
		a, b := find(ids[i-1]), find(ids[i])
		if a == b {
			continue
		}
		if len(b) < len(a) {
			a, b = b, a
		}
		switch {
		case state(a) || state(b):
		case extendsByWords(b, a) && (hasTwoWords(a) || dialog[a]):
			root[b] = a
		case !IsSourceKey(a) && !IsSourceKey(b) && !strings.Contains(a, ".") && !strings.Contains(b, "."):
			if p := wordsSharedParent(a, b); p != "" {
				root[a], root[b] = p, p
			}
		}
	}
	for i, id := range ids {
		ids[i] = find(id)
	}
}
