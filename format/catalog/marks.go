package catalog

import (
	"bytes"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/swar"
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

// part is a mark at text[start:end] of a catalog string.
type part struct {
	start, end int
	kind       partKind
	text       string
	branches   []branch
}

// branch is one branch of an ICU block: its text range and the marks inside it.
type branch struct {
	start, end int
	parts      []part
}

// maxPlaceholder bounds how far a placeholder's closing delimiter is looked for.
const maxPlaceholder = 120

// scanMarks finds the placeholders, markup, entities and ICU blocks of text[from:to], a
// decoded catalog string, in order; inPlural says whether # prints the plural count. depth
// bounds ICU nesting.
func scanMarks(text []byte, from, to int, inPlural bool, depth int) []part {
	return appendMarks(nil, text, from, to, inPlural, depth)
}

// appendMarks appends the marks scanMarks finds to out.
func appendMarks(out []part, text []byte, from, to int, inPlural bool, depth int) []part {
	for i := from; i < to; {
		c := text[i]
		if !isMarkByte(c) {
			i = nextMark(text, i+1, to)
			continue
		}
		var p part
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
				p, ok = part{start: i, end: j, kind: partValue}, true
			}
		case '<':
			p, ok = scanTag(text, i, to)
		case '&':
			if end := document.EntityEnd(text, i, to); end > i+1 {
				if dec := html.UnescapeString(string(text[i:end])); dec != string(text[i:end]) {
					p, ok = part{start: i, end: end, kind: partDecoded, text: dec}, true
				}
			}
		case '#':
			p, ok = part{start: i, end: i + 1, kind: partValue}, inPlural
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

// isMarkByte reports a byte a mark may begin with: the bytes scanMarks looks at.
func isMarkByte(c byte) bool {
	if c < 64 {
		return markLow>>c&1 != 0
	}
	return c == '{'
}

// nextMark returns the index of the first byte in text[i:to] that may begin a mark, or to:
// eight bytes at a time, the last eight read on into the slice's spare capacity when it has
// some (those bytes are not looked at).
func nextMark(text []byte, i, to int) int {
	for ; i+8 <= to; i += 8 {
		if m := markBytes(swar.Load(text, i)); m != 0 {
			return i + swar.First(m)
		}
	}
	if i >= to {
		return to
	}
	if i+8 <= cap(text) {
		if m := swar.Before(markBytes(swar.Load(text[:cap(text)], i)), to-i); m != 0 {
			return i + swar.First(m)
		}
		return to
	}
	for i < to && !isMarkByte(text[i]) {
		i++
	}
	return i
}

// markBytes returns the mark bytes of the eight in x as swar.Eq does: '!' and '#' to '&'
// (the bytes from '!' to '&' but '"'), ':', '<' and '{'.
func markBytes(x uint64) uint64 {
	y := x & swar.Low7
	run := (y + (0x80-'!')*swar.Ones) &^ (y + (0x80-'\'')*swar.Ones) & swar.NonZero(y^'"'*swar.Ones)
	other := swar.NonZero(y^':'*swar.Ones) & swar.NonZero(y^'<'*swar.Ones) & swar.NonZero(y^'{'*swar.Ones)
	return (run | ^other) &^ x & swar.Highs
}

// markLow has bit c set for each mark byte c below 64.
const markLow uint64 = 1<<'%' | 1<<'$' | 1<<':' | 1<<'<' | 1<<'&' | 1<<'#' | 1<<'!'

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// scanTag reads an HTML tag or comment inside a string.
func scanTag(t []byte, i, to int) (part, bool) {
	if bytes.HasPrefix(t[i:to], []byte("<!--")) {
		if k := bytes.Index(t[i+4:to], []byte("-->")); k >= 0 {
			return part{start: i, end: i + 4 + k + 3, kind: partTag}, true
		}
		return part{}, false
	}
	j := i + 1
	if j < to && t[j] == '/' {
		j++
	}
	if j >= to || !isLetter(t[j]) {
		return part{}, false
	}
	name := j
	for j < to && (isAlnum(t[j]) || t[j] == ':' || t[j] == '-') {
		j++
	}
	tag := string(bytes.ToLower(t[name:j]))
	if j < to && !isASCIISpace(t[j]) && t[j] != '>' && t[j] != '/' {
		return part{}, false
	}
	for ; j < to && j-i < 4*maxPlaceholder; j++ {
		switch t[j] {
		case '>':
			kind := partTag
			switch {
			case tag == "br" || IsBlockTag(tag) || IsHeadingTag(tag):
				kind = partBreak
			case t[j-1] == '/' && (tag == "x" || tag == "ph" || tag == "bx" || tag == "ex"):
				kind = partValue // an XLIFF inline code stands for a value
			}
			return part{start: i, end: j + 1, kind: kind}, true
		case '<':
			return part{}, false
		}
	}
	return part{}, false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// IsHeadingTag reports the HTML heading tags, h1 to h6.
func IsHeadingTag(name string) bool {
	return len(name) == 2 && name[0] == 'h' && '1' <= name[1] && name[1] <= '6'
}

// IsBlockTag reports tags whose start and end break running text into separate segments.
func IsBlockTag(name string) bool {
	switch name {
	case "p", "div", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "li", "ul", "ol",
		"dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main",
		"blockquote", "pre", "hr", "center", "body", "html", "form", "fieldset", "legend",
		"figure", "figcaption", "option", "select", "textarea", "address", "caption", "button",
		"details", "summary", "dialog":
		return true
	}
	return len(name) > 3 && name[:3] == "mj-"
}
