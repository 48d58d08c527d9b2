package message

import (
	"strings"
	"unicode"
)

// mergeAdjacent joins catalog messages whose strings stand next to each other and whose ids
// extend one another by whole words: "delete_account_reason" (a dialog's reason field) and
// "delete_account" (the dialog) are one message when their strings are adjacent. The shorter
// id names the merged message; it must have two words at least ("delete" alone is a button,
// not a dialog), unless it is the stem of keys that name parts of a message (s.dialog says
// which ids are: "cancel_title" and "cancel_body" make "cancel" a dialog that "cancel_keep"
// joins). Adjacent flat ids that differ only in their last word join under the words they
// share, two at least: "banned_notice_badge" and "banned_notice_blurb" are "banned_notice".
// ids holds the local of each segment's message id in source order (see idSet); merged, as
// long, receives the local of the id each joined.
func (s *idSet) mergeAdjacent(ids, merged []int32, x *keyInfos) {
	if len(ids) == 0 {
		return
	}
	// prevRoot is the root of ids[i-1], found in the step before unless a join there moved it.
	prevRoot := s.find(ids[0])
	joined := false
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			continue // the strings of one message, a plural's forms: one root
		}
		a, b := prevRoot, s.find(ids[i])
		prevRoot = b
		if a == b {
			continue
		}
		na, nb := s.ids[a].name, s.ids[b].name
		if len(nb) < len(na) {
			a, b, na, nb = b, a, nb, na
		}
		if na == "" || na[0] != nb[0] {
			continue // neither extends the other nor shares its first words: most adjacent ids
		}
		fa, fb := s.factsOf(a, x), s.factsOf(b, x)
		switch {
		case fa.state || fb.state:
		case extendsByWords(nb, na) && (fa.two || s.ids[a].dialog):
			s.ids[b].root, joined = a, true
			prevRoot = s.find(ids[i])
		case fa.flat && fb.flat:
			if p := sharedParent(keyFacts{id: na, last: int(fa.last)}, keyFacts{id: nb, last: int(fb.last)}); p != "" {
				pl := s.of(p, x)
				s.ids[a].root, s.ids[b].root, joined = pl, pl, true
				prevRoot = s.find(ids[i])
			}
		}
	}
	if !joined {
		copy(merged, ids) // every id is its own root
		return
	}
	prev := int32(-1)
	for i, l := range ids {
		if l != prev {
			prev, prevRoot = l, s.find(l)
		}
		merged[i] = prevRoot
	}
}

// keyFacts are what mergeAdjacent asks about an id.
type keyFacts struct {
	id    string
	last  int  // where its last word begins (see lastKeyWord), or -1 when it has none
	state bool // its last word names an outcome shown on its own (see isStateWord)
	flat  bool // it is neither a source text nor dotted
}

// twoWords reports whether the id has two words or more (see hasTwoWords): a word before its
// last.
func (f keyFacts) twoWords() bool { return f.last >= 0 && hasKeyWord(f.id[:f.last]) }

// factsOf finds the facts of an id.
func factsOf(id string) keyFacts {
	f := keyFacts{id: id, last: -1, flat: !IsSourceKey(id) && strings.IndexByte(id, '.') < 0}
	if start, end, ok := lastKeyWord(id); ok {
		f.last, f.state = start, isStateWord(id[start:end])
	}
	return f
}

// compactFacts returns what mergeAdjacent keeps of an id's facts.
func compactFacts(f keyFacts) idFacts {
	return idFacts{last: int32(f.last), state: f.state, flat: f.flat, two: f.twoWords(), know: true}
}

// isStateWord reports a last word of a key that names an outcome shown on its own, after the
// dialog it follows: a success, an error ("delete_account_error" is a toast, not a part of the
// dialog).
func isStateWord(w string) bool {
	var buf wordBuf
	switch string(lowerWord(&buf, w)) {
	case "success", "succeeded", "done", "completed", "complete", "confirmed", "error", "errors", "failed", "failure", "toast", "snackbar":
		return true
	}
	return false
}

// sharedParent returns the words two flat ids share when they differ only in their last word
// and share two words at least, or "".
func sharedParent(a, b keyFacts) string {
	if a.last < 0 || b.last < 0 || a.id[:a.last] != b.id[:b.last] {
		return ""
	}
	// The words of a before its last are those of a.id[:a.last]: with the last, three at least.
	if pa := a.id[:a.last]; hasTwoWords(pa) {
		return strings.TrimRight(pa, "._-:/")
	}
	return ""
}

// extendsByWords reports whether long is short followed by more words of a key.
func extendsByWords(long, short string) bool {
	if short == "" || len(long) <= len(short) || !strings.HasPrefix(long, short) || IsSourceKey(short) {
		return false
	}
	next := rune(long[len(short)])
	last := rune(short[len(short)-1])
	return strings.ContainsRune("._-:/", next) || unicode.IsUpper(next) && (unicode.IsLower(last) || unicode.IsDigit(last))
}
