package htmllex

import (
	"bytes"

	"golang.org/x/net/html"
)

// startTag returns where a start tag that begins at view[at] ('<' and an ASCII letter) ends,
// before to, and its type, html.StartTagToken or html.SelfClosingTagToken, by the rules the
// x/net/html tokenizer (v0.62.0: readTag, readTagName, readTagAttrKey, readTagAttrVal,
// readStartTag) ends and types it with in its data state; or -1 when the tag is not of a shape
// the lexer is sure of, and the lexer leaves it to the tokenizer. The shapes it is sure of:
//
//   - The name runs to the first white space, '/' or '>'.
//   - Between attributes, white space and '/' are passed (the tokenizer reads a '/' there as an
//     attribute with an empty key, which it does not keep); a '>' ends the tag.
//   - An attribute's key runs to the first white space, '/', '>' or '='; white space may
//     follow it, then '=' and its value, or anything else, which is read again as what comes
//     between attributes ('/' or '>' included).
//   - After '=' and white space, '>' ends the tag with an empty value; a quote begins a value
//     that runs to the same quote, whatever it holds ('>', '/', the other quote, white space);
//     any other byte begins an unquoted value that runs to white space, which ends it, or '>',
//     which ends the tag.
//   - The tag is self-closing when '/' comes just before its '>' and is not part of a value.
//
// Left to the tokenizer: a tag that the end of the input cuts short (the tokenizer then meets
// the end, not a tag), a key that begins with '=' (the tokenizer keeps the '=' in the key), a
// NUL byte, '<' or a quote in a name, a key or an unquoted value, and an unquoted value that
// ends with '/' just before the tag's '>' (whether the tag is self-closing then depends on
// whether the tokenizer kept that attribute, which it does not when its key came before).
// A quoted value's bytes do not matter to where the tag ends, NUL included: the tokenizer
// reads them all alike up to the quote.
//
// It appends the tag's attributes to attrs, in the order they come (an attribute the tokenizer
// does not keep, whose key came before, included), and returns it, with where the tag's name
// ends (the first white space, '/' or '>' after it).
func startTag(view []byte, at, to int, attrs []Attr) (end int, tt html.TokenType, _ []Attr, nameEnd int) {
	// Indexed below its length, which bounds every loop: no other bound to check.
	v := view[:to]
	i := at + 1
	if i >= to || view[at] != '<' || !('a' <= view[i]|0x20 && view[i]|0x20 <= 'z') {
		return -1, html.ErrorToken, attrs, 0
	}
	// The name. Every byte the rules look at is at most '>', so a letter costs one comparison.
	for i++; ; i++ {
		if i >= len(v) {
			return -1, html.ErrorToken, attrs, 0
		}
		if c := v[i]; c <= '>' {
			if c == '>' {
				return i + 1, html.StartTagToken, attrs, i
			}
			if c == '/' || IsSpace(c) {
				break
			}
			if oddByte(c) {
				return -1, html.ErrorToken, attrs, 0
			}
		}
	}
	nameEnd = i
	for {
		// Between attributes.
		for i < len(v) {
			if c := v[i]; c != '/' && !IsSpace(c) {
				break
			}
			i++
		}
		if i >= len(v) {
			return -1, html.ErrorToken, attrs, 0
		}
		switch c := v[i]; {
		case c == '>':
			if v[i-1] == '/' { // passed between attributes, not part of a value
				return i + 1, html.SelfClosingTagToken, attrs, nameEnd
			}
			return i + 1, html.StartTagToken, attrs, nameEnd
		case c == '=' || oddByte(c):
			return -1, html.ErrorToken, attrs, 0
		}
		// The key.
		key := i
		for i++; ; i++ {
			if i >= len(v) {
				return -1, html.ErrorToken, attrs, 0
			}
			if c := v[i]; c <= '>' {
				if c == '=' || c == '/' || c == '>' || IsSpace(c) {
					break
				}
				if oddByte(c) {
					return -1, html.ErrorToken, attrs, 0
				}
			}
		}
		a := Attr{KeyStart: key, KeyEnd: i, ValStart: i, ValEnd: i}
		for i < len(v) && IsSpace(v[i]) {
			i++
		}
		if i >= len(v) {
			return -1, html.ErrorToken, attrs, 0
		}
		if v[i] != '=' {
			attrs = append(attrs, a)
			continue // '/', '>' or the next key: read as between attributes
		}
		// The value.
		for i++; i < len(v) && IsSpace(v[i]); i++ {
		}
		if i >= len(v) {
			return -1, html.ErrorToken, attrs, 0
		}
		switch q := v[i]; q {
		case '>': // an empty value; the tag ends (white space or '=' comes before the '>')
			a.ValStart, a.ValEnd = i, i
			attrs = append(attrs, a)
			continue
		case '"', '\'':
			k := bytes.IndexByte(v[i+1:], q)
			if k < 0 {
				return -1, html.ErrorToken, attrs, 0
			}
			a.ValStart, a.ValEnd, a.Quote = i+1, i+1+k, q
			attrs = append(attrs, a)
			i += k + 2
			continue
		}
		for a.ValStart = i; ; i++ { // an unquoted value, whose first byte is neither white space nor '>'
			if i >= len(v) {
				return -1, html.ErrorToken, attrs, 0
			}
			if c := v[i]; c <= '>' {
				if IsSpace(c) {
					break
				}
				if c == '>' {
					if v[i-1] == '/' { // self-closing or not, by the keys that came before
						return -1, html.ErrorToken, attrs, 0
					}
					a.ValEnd = i
					return i + 1, html.StartTagToken, append(attrs, a), nameEnd
				}
				if oddByte(c) {
					return -1, html.ErrorToken, attrs, 0
				}
			}
		}
		a.ValEnd = i
		attrs = append(attrs, a)
	}
}

// Attr is an attribute of a start tag the lexer read itself: the source ranges of its key and
// of its value (within its quotes, if any; empty after the key when it has none), and the
// quote of its value, a double or single quote, or 0 when the value is unquoted or missing.
type Attr struct {
	KeyStart, KeyEnd, ValStart, ValEnd int
	Quote                              byte
}

// oddByte reports the bytes the lexer leaves a tag with to the tokenizer when they are in its
// name, a key or an unquoted value: NUL, '<' and quotes.
func oddByte(c byte) bool {
	return c == 0 || c == '<' || c == '"' || c == '\''
}
