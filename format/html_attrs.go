package format

import (
	"bytes"

	"github.com/farewell-protocol/farewell/format/htmllex"
)

// attribute is one attribute of a tag with the source range of its value.
type attribute struct {
	name             string // in lower case when the reader looks at it, else "" (attributeName)
	valStart, valEnd int
	quote            byte // '"', '\'' or 0 for an unquoted value
}

// scanAttributes appends to out the attributes the HTML reader looks at (attributeName) of a
// tag whose name ends at src[from], before the tag's end at end, following the HTML
// tokenization rules for names and single-, double- or un-quoted values, and returns it.
func scanAttributes(out []attribute, src []byte, from, end int) []attribute {
	i := from
	for i < end {
		for i < end && (htmllex.IsSpace(src[i]) || src[i] == '/') {
			i++
		}
		if i >= end || src[i] == '>' {
			break
		}
		ns := i
		for i < end && !attrNameEnds(src[i]) {
			i++
		}
		a := attribute{name: attributeName(src[ns:i]), valStart: i, valEnd: i}
		for i < end && htmllex.IsSpace(src[i]) {
			i++
		}
		if i < end && src[i] == '=' {
			i++
			for i < end && htmllex.IsSpace(src[i]) {
				i++
			}
			if i < end && (src[i] == '"' || src[i] == '\'') {
				q := src[i]
				i++
				a.valStart, a.quote = i, q
				// Values (inline styles, links) are most of a tag: one search, not a loop.
				if k := bytes.IndexByte(src[i:end], q); k >= 0 {
					i += k
				} else {
					i = end
				}
				a.valEnd = i
				i++
			} else {
				a.valStart = i
				for i < end && !htmllex.IsSpace(src[i]) && src[i] != '>' {
					i++
				}
				a.valEnd = i
			}
		}
		if a.name != "" {
			out = append(out, a) // the reader looks at no other attribute
		}
	}
	return out
}

// keptAttributes appends to out the attributes the HTML reader looks at (attributeName) of
// those the lexer found in src, as scanAttributes would find them, and returns it.
func keptAttributes(out []attribute, src []byte, lexed []htmllex.Attr) []attribute {
	for _, a := range lexed {
		if name := attributeName(src[a.KeyStart:a.KeyEnd]); name != "" {
			out = append(out, attribute{name: name, valStart: a.ValStart, valEnd: a.ValEnd, quote: a.Quote})
		}
	}
	return out
}

// attrNameEnds reports the bytes that end an attribute's name: white space, '=', '>' and '/'.
// Each is at most '>', so a letter costs one comparison.
func attrNameEnds(c byte) bool {
	return c <= '>' && (htmllex.IsSpace(c) || c == '=' || c == '>' || c == '/')
}

// attributeName returns name in lower case when it is an attribute the HTML reader looks at
// (alt, title, aria-label, placeholder, value, type), else "": every other attribute is
// skipped, and naming it would cost an allocation per attribute.
func attributeName(name []byte) string {
	var known string
	switch len(name) { // the names' lengths differ but for title and value
	case 3:
		known = "alt"
	case 4:
		known = "type"
	case 5:
		if htmllex.EqualFold(name, "value") {
			return "value"
		}
		known = "title"
	case 10:
		known = "aria-label"
	case 11:
		known = "placeholder"
	default:
		return ""
	}
	if htmllex.EqualFold(name, known) {
		return known
	}
	return ""
}
