package message

import (
	"slices"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// FuzzMergeAdjacent checks mergeAdjacent, which skips repeated ids and keeps the facts of the
// ids it asked about, against the merging asked of every pair, with a new scratch and with one
// that merged the ids of another document before.
func FuzzMergeAdjacent(f *testing.F) {
	f.Add("delete_account delete_account_reason delete_account_reason banned_notice_badge banned_notice_blurb cancel_title cancel_keep", "cancel", "cancel_keep banned_notice")
	f.Add("a.b a.b a_c_error a_c a_c", "", "a_c")
	f.Add("Are you sure? a_b_c a_b_d  a_b_d", "a_b", "Are you sure?")
	f.Fuzz(func(t *testing.T, seq, dialogs, before string) {
		dialog := map[string]bool{}
		for _, d := range strings.Fields(dialogs) {
			dialog[d] = true
		}
		ids := strings.Split(seq, " ")
		want := slices.Clone(ids)
		everyPair(want, dialog)
		used := &GroupScratch{}
		mergeStrings(used, strings.Split(before, " "), nil)
		for _, sc := range []*GroupScratch{{}, used} {
			if got := mergeStrings(sc, ids, dialog); !slices.Equal(got, want) {
				t.Fatalf("%q: %q, want %q", seq, got, want)
			}
		}
	})
}

// mergeStrings merges ids as catalogIDs does, with the ids of dialog marked as stems of keys
// naming parts of a message, and returns the ids merged.
func mergeStrings(sc *GroupScratch, ids []string, dialog map[string]bool) []string {
	x, s := &sc.keys, &sc.locals
	x.start()
	s.start()
	defer sc.release()
	loc := make([]int32, len(ids))
	for i, id := range ids {
		loc[i] = s.of(id, x)
	}
	for d := range dialog {
		s.ids[s.of(d, x)].dialog = true
	}
	merged := make([]int32, len(ids))
	s.mergeAdjacent(loc, merged, x)
	got := make([]string, len(ids))
	for i, l := range merged {
		got[i] = s.ids[l].name
	}
	return got
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

// FuzzCatalogIDNumbers checks the numbers catalogIDs gives the ids it finds: the same for the
// same id and only for it, below the count it returns, or none when a string has no key.
func FuzzCatalogIDNumbers(f *testing.F) {
	f.Add("delete_account_title delete_account_body delete_account delete_account_reason cancel.title cancel.body x")
	f.Add("a_1 a_2 a_3 a_4 a_5 a_6 a_7 a_8 a_9 a_10 a_11 a_12 a_13 a_14 a_15 a_16 a_17 a_18 b")
	f.Add("k  k")
	f.Fuzz(func(t *testing.T, keys string) {
		doc := &document.Document{}
		for _, k := range strings.Split(keys, " ") {
			doc.Segments = append(doc.Segments, document.Segment{Key: k})
		}
		ids, nums, n := catalogIDs(doc, 0, &GroupScratch{})
		if nums == nil {
			if !slices.Contains(ids, "") {
				t.Fatalf("%q: no numbers, but every string has an id: %q", keys, ids)
			}
			return
		}
		byNum := map[int32]string{}
		for i, id := range ids {
			if nums[i] < 0 || int(nums[i]) >= n {
				t.Fatalf("%q: id %q numbered %d, not below %d", keys, id, nums[i], n)
			}
			if other, ok := byNum[nums[i]]; ok && other != id {
				t.Fatalf("%q: %q and %q both numbered %d", keys, other, id, nums[i])
			}
			byNum[nums[i]] = id
		}
		if len(byNum) != len(slices.Compact(slices.Sorted(slices.Values(ids)))) {
			t.Fatalf("%q: %d numbers for ids %q", keys, len(byNum), ids)
		}
	})
}

// FuzzCatalogIDsScratch checks that a scratch used before gives catalogIDs the ids and
// numbers a new one gives, and holds no string once released.
func FuzzCatalogIDsScratch(f *testing.F) {
	f.Add("delete_account_title delete_account_body delete_account_reason cancel.title x", "a_1 a_2 delete_account b")
	f.Add("a_1 a_2 a_3 a_4 a_5 a_6 a_7 a_8 a_9 a_10 a_11 a_12 a_13 a_14 a_15 a_16 a_17 a_18 b", "a_1 b")
	f.Fuzz(func(t *testing.T, first, second string) {
		docOf := func(keys string) *document.Document {
			doc := &document.Document{}
			for _, k := range strings.Split(keys, " ") {
				doc.Segments = append(doc.Segments, document.Segment{Key: k})
			}
			return doc
		}
		used := &GroupScratch{}
		catalogIDs(docOf(first), 0, used)
		used.release()
		ids, nums, n := catalogIDs(docOf(second), 0, used)
		ids, nums = slices.Clone(ids), slices.Clone(nums)
		used.release()
		wantIDs, wantNums, wantN := catalogIDs(docOf(second), 0, &GroupScratch{})
		if !slices.Equal(ids, wantIDs) || !slices.Equal(nums, wantNums) || n != wantN {
			t.Fatalf("%q after %q: %q %v %d, want %q %v %d", second, first, ids, nums, n, wantIDs, wantNums, wantN)
		}
		if slices.ContainsFunc(used.ids[:cap(used.ids)], func(s string) bool { return s != "" }) || slices.ContainsFunc(used.locals.ids[:cap(used.locals.ids)], func(d local) bool { return d.name != "" }) || len(used.locals.byName) > 0 {
			t.Fatalf("%q after %q: the released scratch holds strings", second, first)
		}
	})
}
