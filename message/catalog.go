package message

import (
	"strings"
	"unicode"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
)

// isRoleWord reports a last word of a catalog key, in lower case, that names a part of a
// message rather than the message: its title and body, its items and buttons, a footnote, a
// platform's variant, a plural form. "delete_account_item_2_web" is a part of the message
// "delete_account".
func isRoleWord(w []byte) bool {
	switch string(w) {
	case "title", "subtitle", "heading", "header", "headline", "subject", "body", "message",
		"msg", "text", "txt", "description", "desc", "details", "detail", "content", "summary",
		"label", "caption", "note", "notes", "footnote", "footer", "disclaimer", "item", "items",
		"bullet", "bullets", "point", "points", "button", "btn", "cta", "action", "actions", "link",
		"confirm", "confirmation", "positive", "negative", "primary", "secondary", "ok", "yes", "no",
		"accept", "dismiss", "web", "ios", "android", "mobile", "desktop", "short", "long", "html",
		"md", "plain", "expiry", "expiration", "prompt", "question", "info", "tooltip",
		"placeholder", "hint", "warning", "subtext", "zero", "one",
		"two", "few", "many", "other", "singular", "plural":
		return true
	}
	return false
}

// CatalogMessageID returns the message a catalog key belongs to. Keys are paths whose parts
// are joined by "." ("cancel.title") or, in a key without a dot, by "_" (Android's
// "delete_account_title"); a trailing index ("reasons[2]") is dropped. With depth 0, the
// words that name a part of a message (title, body, item, button, web, a plural form, a
// number: see isRoleWord) are taken off the end: the parts of a dotted key ("cancel.items.2"
// is a part of "cancel"; one with no such part belongs to its parent key, the object that
// holds it), the words of a flat key, split at "_" and camelCase humps
// ("delete_account_item_2_web" and "deleteAccountButton" are parts of "delete_account" and
// "deleteAccount"; one with no such word is a message of its own).
// With depth n the message is the first n parts, or the parent key when the key has n parts or
// fewer. A key with no parent, one with an empty part, or one holding white space (a source
// text used as the key, as in gettext) is a message of its own.
func CatalogMessageID(key string, depth int) string {
	if IsSourceKey(key) {
		return singularField(key)
	}
	if strings.HasSuffix(key, "]") {
		if i := strings.LastIndexByte(key, '['); i > 0 {
			key = key[:i]
		}
	}
	sep := byte('.')
	if strings.IndexByte(key, '.') < 0 {
		sep = '_'
	}
	s := string(sep)
	if strings.HasPrefix(key, s) || strings.HasSuffix(key, s) || strings.Contains(key, s+s) {
		return key // an empty part: not a path
	}
	if depth == 0 {
		if sep == '_' {
			return keyStem(key) // a flat key is a message of its own, unless adjacent keys join it
		}
		if stem, ok := dottedStem(key); ok {
			return stem
		}
	}
	keep := strings.Count(key, s) // the parent has all parts but the last
	if depth > 0 && depth < keep {
		keep = depth
	}
	if keep < 1 {
		return key
	}
	end := -1
	for n := 0; n < keep; n++ {
		end += strings.IndexByte(key[end+1:], sep) + 1
	}
	return key[:end]
}

// dottedStem returns a dotted key without the parts at its end that are role words or
// numbers ("cancel.items.2" is a part of "cancel"), when it ends with some and keeps one part.
func dottedStem(key string) (string, bool) {
	end := len(key)
	for {
		dot := strings.LastIndexByte(key[:end], '.')
		if dot < 0 {
			break
		}
		if !isPartWord(key[dot+1 : end]) {
			break
		}
		end = dot
	}
	return key[:end], end < len(key)
}

// singularField returns the key of a gettext entry's singular form for the key of its plural
// form ("….msgid_plural" is a part of "….msgid", "….msgstr[2]" of "….msgstr[0]"): the forms
// of one entry are one message. Other keys are returned as they are.
func singularField(key string) string {
	if stem, ok := strings.CutSuffix(key, ".msgid_plural"); ok {
		return stem + ".msgid"
	}
	if i := strings.LastIndex(key, ".msgstr["); i >= 0 && strings.HasSuffix(key, "]") {
		return key[:i] + ".msgstr[0]"
	}
	return key
}

// NamesPart reports whether a catalog key names a part of a message (a title, a body, an item,
// a button, a footnote: see CatalogMessageID) rather than a message of its own.
func NamesPart(key string) bool { return stemmedByRole(key) }

// stemmedByRole reports whether CatalogMessageID (with depth 0) took role words off key.
func stemmedByRole(key string) bool {
	if IsSourceKey(key) {
		return false
	}
	if strings.IndexByte(key, '.') >= 0 {
		_, ok := dottedStem(strings.TrimSuffix(key, "]"))
		return ok
	}
	_, ok := roleStem(key)
	return ok
}

// IsHeading reports whether a segment is a heading, a title or a subject line: one read as
// such, or a catalog string whose key names a title ("delete_account_title", "mail.subject").
func IsHeading(doc *document.Document, seg *document.Segment) bool {
	if seg.Role == document.RoleHeading {
		return true
	}
	if seg.Key == "" || !format.IsCatalog(doc.Format) || IsSourceKey(seg.Key) {
		return false
	}
	start, end, ok := lastKeyWord(seg.Key)
	if !ok || !hasKeyWord(seg.Key[:start]) {
		return false
	}
	var buf wordBuf
	switch string(lowerWord(&buf, seg.Key[start:end])) {
	case "title", "subtitle", "heading", "header", "headline", "subject":
		return true
	}
	return false
}

// keyStem returns the message a key names by itself: the key without its role words, or the
// whole key.
func keyStem(key string) string {
	if stem, ok := roleStem(key); ok {
		return stem
	}
	return key
}

// roleStem returns key without the role words and numbers at its end, when it ends with some
// and keeps at least one word.
func roleStem(key string) (string, bool) {
	cut := -1 // where the role words and numbers taken off begin
	for end := len(key); ; {
		start, e, ok := lastKeyWord(key[:end])
		if !ok || !hasKeyWord(key[:start]) { // the words of key[:start] are those before it
			break
		}
		if !isPartWord(key[start:e]) {
			break
		}
		cut, end = start, start
	}
	if cut < 0 {
		return "", false
	}
	return strings.TrimRight(key[:cut], "._-:/"), true
}

// mergeAdjacent joins catalog messages whose strings stand next to each other and whose ids
// extend one another by whole words: "delete_account_reason" (a dialog's reason field) and
// "delete_account" (the dialog) are one message when their strings are adjacent. The shorter
// id names the merged message; it must have two words at least ("delete" alone is a button,
// not a dialog), unless it is the stem of keys that name parts of a message (dialog says which
// ids are: "cancel_title" and "cancel_body" make "cancel" a dialog that "cancel_keep" joins).
// Adjacent flat ids that differ only in their last word join under the words they share, two
// at least: "banned_notice_badge" and "banned_notice_blurb" are "banned_notice". ids holds each
// segment's message id in source order; it is rewritten in place.
func mergeAdjacent(ids []string, dialog map[string]bool) {
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
	// Each id is asked about twice, as the second of a pair and then as the first of the
	// next: the last answer is kept.
	lastID, lastState := "", false
	state := func(id string) bool {
		if id != lastID || lastID == "" {
			lastID, lastState = id, isStateKey(id)
		}
		return lastState
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
		case !IsSourceKey(a) && !IsSourceKey(b) && strings.IndexByte(a, '.') < 0 && strings.IndexByte(b, '.') < 0:
			if p := sharedParent(a, b); p != "" {
				root[a], root[b] = p, p
			}
		}
	}
	for i, id := range ids {
		ids[i] = find(id)
	}
}

// isStateKey reports a key whose last word names an outcome shown on its own, after the dialog
// it follows: a success, an error ("delete_account_error" is a toast, not a part of the dialog).
func isStateKey(id string) bool {
	start, end, ok := lastKeyWord(id)
	if !ok {
		return false
	}
	var buf wordBuf
	switch string(lowerWord(&buf, id[start:end])) {
	case "success", "succeeded", "done", "completed", "complete", "confirmed", "error", "errors", "failed", "failure", "toast", "snackbar":
		return true
	}
	return false
}

// sharedParent returns the words two flat ids share when they differ only in their last word
// and share two words at least, or "".
func sharedParent(a, b string) string {
	sa, _, oka := lastKeyWord(a)
	sb, _, okb := lastKeyWord(b)
	if !oka || !okb || a[:sa] != b[:sb] {
		return ""
	}
	// The words of a before its last are those of a[:sa]: with the last, three at least.
	if pa := a[:sa]; hasTwoWords(pa) {
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
