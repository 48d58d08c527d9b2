package format

import (
	"bytes"
)

// attribute is one attribute of a tag with the source range of its value.
type attribute struct {
	name             string
	valStart, valEnd int
	quote            byte // '"', '\'' or 0 for an unquoted value
}

// scanAttributes finds the attributes of the tag at src[start:end] following the HTML
// tokenization rules for names and single-, double- or un-quoted values.
func scanAttributes(src []byte, start, end int) []attribute {
	i := start + 1
	for i < end && !isHTMLSpace(src[i]) && src[i] != '>' && src[i] != '/' {
		i++
	}
	var out []attribute
	for i < end {
		for i < end && (isHTMLSpace(src[i]) || src[i] == '/') {
			i++
		}
		if i >= end || src[i] == '>' {
			break
		}
		ns := i
		for i < end && !isHTMLSpace(src[i]) && src[i] != '=' && src[i] != '>' && src[i] != '/' {
			i++
		}
		a := attribute{name: string(bytes.ToLower(src[ns:i])), valStart: i, valEnd: i}
		for i < end && isHTMLSpace(src[i]) {
			i++
		}
		if i < end && src[i] == '=' {
			i++
			for i < end && isHTMLSpace(src[i]) {
				i++
			}
			if i < end && (src[i] == '"' || src[i] == '\'') {
				q := src[i]
				i++
				a.valStart, a.quote = i, q
				for i < end && src[i] != q {
					i++
				}
				a.valEnd = i
				i++
			} else {
				a.valStart = i
				for i < end && !isHTMLSpace(src[i]) && src[i] != '>' {
					i++
				}
				a.valEnd = i
			}
		}
		out = append(out, a)
	}
	return out
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
