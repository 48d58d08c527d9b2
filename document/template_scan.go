package document

import "bytes"

// The byte searches of the template finder: what a tag holds, found by loops and byte
// searches rather than calls that build a set, or copy a string, for each tag.

// indexCloser is bytes.Index(s, []byte(closer)) without the conversion of closer, which
// copied it for each tag: a closer is two to four bytes, found by its first.
func indexCloser(s []byte, closer string) int {
	for from := 0; ; {
		i := bytes.IndexByte(s[from:], closer[0])
		if i < 0 {
			return -1
		}
		if i += from; len(s)-i >= len(closer) && string(s[i:i+len(closer)]) == closer {
			return i
		}
		from = i + 1
	}
}

// indexQuote is bytes.IndexAny(s, `"'`), the first quote of either kind, by two byte searches
// rather than a set built for each tag.
func indexQuote(s []byte) int {
	q := bytes.IndexByte(s, '"')
	if q < 0 {
		q = len(s)
	}
	if k := bytes.IndexByte(s[:q], '\''); k >= 0 {
		return k
	}
	if q == len(s) {
		return -1
	}
	return q
}

// firstWord returns the first word of a tag's inside, skipping trim markers (in inner: no
// copy, so that a caller's string of it, compared and dropped, need not be allocated).
//
// It is bytes.TrimLeft(inner, "-~+= \t\r\n") cut at bytes.IndexAny(s, " \t\r\n-~%}(|"), by
// loops over the bytes: both sets are ASCII, which no byte of a longer character is, and the
// two calls built their sets anew for each tag (FuzzFirstWord compares them).
func firstWord(inner []byte) []byte {
	s := inner
	for len(s) > 0 && (isCurlyTrim(s[0]) || s[0] == '+' || s[0] == '=') {
		s = s[1:]
	}
	for i, c := range s {
		if c > '(' && c < '|' && c != '-' {
			continue // letters, digits and the punctuation of names: no byte of the set
		}
		if isSpaceByte(c) || c == '-' || c == '~' || c == '%' || c == '}' || c == '(' || c == '|' {
			return s[:i]
		}
	}
	return s
}

// trimCurly is bytes.TrimLeft(inner, "-~ \t\r\n") by a loop, without building its set for
// each tag.
func trimCurly(inner []byte) []byte {
	for len(inner) > 0 && isCurlyTrim(inner[0]) {
		inner = inner[1:]
	}
	return inner
}

// isCurlyTrim reports the bytes trimmed before a tag's first word: trim markers and white
// space ("-~ \t\r\n").
func isCurlyTrim(c byte) bool { return c == '-' || c == '~' || isSpaceByte(c) }

// isSpaceByte reports ' ', '\t', '\r' and '\n'.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
