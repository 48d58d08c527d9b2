package message

import (
	"strings"
	"unicode"
)

// mergeAdjacent joins catalog messages whose strings stand next to each other and whose ids
// extend one another by whole words: "delete_account_reason" (a dialog's reason field) and
// "delete_account" (the dialog) are one message when their strings are adjacent. The shorter
// id names the merged message; it must have two words at least ("delete" alone is a button,
// not a dialog), unless it is the stem of keys that name parts of a message (dialog says which
// ids are: "cancel_title" and "cancel_body" make "cancel" a dialog that "cancel_keep" joins).
// Adjacent flat ids that differ only in their last word join under the words they share, two
// at least: "banned_notice_badge" and "banned_notice_blurb" are "banned_notice". ids holds each
// segment's message id in source order; it is rewritten in place.
// root is an empty map for the joins.
func mergeAdjacent(ids []string, dialog map[string]bool, root map[string]string) {
	find := func(id string) string {
		for {
			r, ok := root[id]
			if !ok || r == id {
				return id
			}
			id = r
		}
	}
	var facts factCache
	// prevRoot is the root of ids[i-1], found in the step before unless a join there moved it.
	prevRoot := ""
	if len(ids) > 0 {
		prevRoot = find(ids[0])
	}
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			continue // the strings of one message, a plural's forms: one root
		}
		a, b := prevRoot, find(ids[i])
		prevRoot = b
		if a == b {
			continue
		}
		if len(b) < len(a) {
			a, b = b, a
		}
		if a == "" || a[0] != b[0] {
			continue // neither extends the other nor shares its first words: most adjacent ids
		}
		fa, fb := facts.of(a), facts.of(b)
		switch {
		case fa.state || fb.state:
		case extendsByWords(b, a) && (fa.twoWords() || dialog[a]):
			root[b] = a
			prevRoot = find(ids[i])
		case fa.flat && fb.flat:
			if p := sharedParent(fa, fb); p != "" {
				root[a], root[b] = p, p
				prevRoot = find(ids[i])
			}
		}
	}
	if len(root) == 0 {
		return // nothing joined: every id is its own root
	}
	prev := ""
	for i, id := range ids {
		if i == 0 || id != prev {
			prev, prevRoot = id, find(id)
		}
		ids[i] = prevRoot
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

// factCache keeps the facts of the last two ids asked about: each id is in two adjacent pairs,
// the second of one and the first of the next.
type factCache struct {
	facts   [2]keyFacts
	n, next int
}

// of returns the facts of id.
func (c *factCache) of(id string) keyFacts {
	for k := range c.n {
		if c.facts[k].id == id {
			return c.facts[k]
		}
	}
	f := factsOf(id)
	c.facts[c.next], c.next, c.n = f, 1-c.next, min(c.n+1, len(c.facts))
	return f
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
