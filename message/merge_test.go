package message

import (
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
