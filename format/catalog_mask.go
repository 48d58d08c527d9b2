package format

import (
	"bytes"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/document"
)

// partKind is what a mark inside a catalog string is.
type partKind uint8

const (
	// partValue is a placeholder (%s, {name}, {{name}}, %(name)s, :name, %email%, !!name!!): one
	// placeholder word, never split on, never linted.
	partValue partKind = iota
	// partTag is inline markup (<b>, </a>): the text flows through it.
	partTag
	// partBreak is block markup (<br>, <p>, <li>): the text on either side is never one sentence.
	partBreak
	// partDecoded is an HTML entity or %% in the text; text is what it means.
	partDecoded
	// partICU is an ICU MessageFormat plural or select block: one placeholder in the string's
	// own text, and each branch its own text.
	partICU
)

// catPart is a mark at text[start:end] of a catalog string.
type catPart struct {
	start, end int
	kind       partKind
	text       string
	branches   []catBranch
}

// catBranch is one branch of an ICU block: its text range and the marks inside it.
type catBranch struct {
	start, end int
	parts      []catPart
}

// maxPlaceholder bounds how far a placeholder's closing delimiter is looked for.
const maxPlaceholder = 120

// scanCatalogText finds the placeholders, markup, entities and ICU blocks of a decoded
// catalog string, in order. It is shared by every catalog format.
func scanCatalogText(text []byte) []catPart {
	return scanMarks(text, 0, len(text), false, 0)
}

// scanMarks scans text[from:to]; inPlural says whether # prints the plural count. depth
// bounds ICU nesting.
func scanMarks(text []byte, from, to int, inPlural bool, depth int) []catPart {
	var out []catPart
	for i := from; i < to; {
		c := text[i]
		var p catPart
		ok := false
		switch c {
		case '%':
			p, ok = scanPercent(text, i, to)
		case '{':
			p, ok = scanBrace(text, i, to, inPlural, depth)
		case '$':
			p, ok = scanDollar(text, i, to)
		case ':':
			if (i == from || !isWordByte(text[i-1])) && i+1 < to && isLetter(text[i+1]) {
				j := i + 1
				for j < to && isWordByte(text[j]) {
					j++
				}
				p, ok = catPart{start: i, end: j, kind: partValue}, true
			}
		case '<':
			p, ok = scanTag(text, i, to)
		case '&':
			if end := document.EntityEnd(text, i, to); end > i+1 {
				if dec := html.UnescapeString(string(text[i:end])); dec != string(text[i:end]) {
					p, ok = catPart{start: i, end: end, kind: partDecoded, text: dec}, true
				}
			}
		case '#':
			p, ok = catPart{start: i, end: i + 1, kind: partValue}, inPlural
		case '!':
			p, ok = scanBangs(text, i, to)
		}
		if !ok {
			i++
			continue
		}
		out = append(out, p)
		i = p.end
	}
	return out
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// scanTag reads an HTML tag or comment inside a string.
func scanTag(t []byte, i, to int) (catPart, bool) {
	if bytes.HasPrefix(t[i:to], []byte("<!--")) {
		if k := bytes.Index(t[i+4:to], []byte("-->")); k >= 0 {
			return catPart{start: i, end: i + 4 + k + 3, kind: partTag}, true
		}
		return catPart{}, false
	}
	j := i + 1
	if j < to && t[j] == '/' {
		j++
	}
	if j >= to || !isLetter(t[j]) {
		return catPart{}, false
	}
	name := j
	for j < to && (isAlnum(t[j]) || t[j] == ':' || t[j] == '-') {
		j++
	}
	tag := string(bytes.ToLower(t[name:j]))
	if j < to && !isASCIISpace(t[j]) && t[j] != '>' && t[j] != '/' {
		return catPart{}, false
	}
	for ; j < to && j-i < 4*maxPlaceholder; j++ {
		switch t[j] {
		case '>':
			kind := partTag
			switch {
			case tag == "br" || isBlockTag(tag) || isHeadingTag(tag):
				kind = partBreak
			case t[j-1] == '/' && (tag == "x" || tag == "ph" || tag == "bx" || tag == "ex"):
				kind = partValue // an XLIFF inline code stands for a value
			}
			return catPart{start: i, end: j + 1, kind: kind}, true
		case '<':
			return catPart{}, false
		}
	}
	return catPart{}, false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
