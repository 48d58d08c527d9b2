package message

import (
	"strings"

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
	if n := len(key); n == 0 || key[n-1] != 'l' && key[n-1] != ']' {
		return key // neither "…_plural" nor "…]": most keys, answered without a search
	}
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
	return titleKey(seg.Key) && format.IsCatalog(doc.Format)
}

// IsHeading is message.IsHeading for segment si of the catalog being grouped, whose key's
// facts the scratch remembers when it numbered it (see KeyNumber). It answers during Group
// only, like KeyNumber.
func (sc *GroupScratch) IsHeading(doc *document.Document, seg *document.Segment, si int) bool {
	if n, ok := sc.KeyNumber(si); ok && seg.Role != document.RoleHeading {
		return sc.keys.info[n].title && format.IsCatalog(doc.Format)
	}
	return IsHeading(doc, seg)
}

// titleKey reports whether a catalog key names a title ("delete_account_title",
// "mail.subject"): its last word is a title word, after another word.
func titleKey(key string) bool {
	n := len(key)
	if n == 0 {
		return false
	}
	if c := key[n-1]; isAlnumByte(c) && c|0x20 != 'e' && c|0x20 != 'g' && c|0x20 != 'r' && c|0x20 != 't' {
		return false // the key's last word ends with c, and no title word ends so
	}
	if IsSourceKey(key) {
		return false
	}
	start, end, ok := lastKeyWord(key)
	if !ok {
		return false
	}
	var buf wordBuf
	switch string(lowerWord(&buf, key[start:end])) {
	case "title", "subtitle", "heading", "header", "headline", "subject":
		return hasKeyWord(key[:start])
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
