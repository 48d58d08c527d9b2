package lint

import (
	"bytes"

	"golang.org/x/net/html"
)

// partKind is what a mark inside a catalog string is.
type partKind uint8

const (
	// partValue is a placeholder (%s, {name}, {{name}}, %(name)s, :name, %email%): one
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
			if end := entityEnd(text, i, to); end > i+1 {
				if dec := html.UnescapeString(string(text[i:end])); dec != string(text[i:end]) {
					p, ok = catPart{start: i, end: end, kind: partDecoded, text: dec}, true
				}
			}
		case '#':
			p, ok = catPart{start: i, end: i + 1, kind: partValue}, inPlural
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

// scanPercent reads %%, %(name)s, %{name}, %name%, %#@name@ and printf conversions
// (%s, %1$s, %@, %ld, %.2f, %-5d).
func scanPercent(t []byte, i, to int) (catPart, bool) {
	if i+1 >= to {
		return catPart{}, false
	}
	val := func(end int) (catPart, bool) { return catPart{start: i, end: end, kind: partValue}, true }
	switch t[i+1] {
	case '%':
		return catPart{start: i, end: i + 2, kind: partDecoded, text: "%"}, true
	case '(':
		if j := closeWithin(t, i+2, to, ')'); j > 0 && j+1 < to && isLetter(t[j+1]) {
			return val(j + 2)
		}
	case '{':
		if j := closeWithin(t, i+2, to, '}'); j > i+2 {
			return val(j + 1)
		}
	case '#':
		if i+2 < to && t[i+2] == '@' {
			if j := closeWithin(t, i+3, to, '@'); j > 0 {
				return val(j + 1)
			}
		}
	}
	if isLetter(t[i+1]) || t[i+1] == '_' { // %name%
		j := i + 1
		for j < to && (isWordByte(t[j]) || t[j] == '.' || t[j] == '-') && j-i < maxPlaceholder {
			j++
		}
		if j < to && t[j] == '%' && j > i+2 {
			return val(j + 1)
		}
	}
	j := i + 1
	for j < to && '0' <= t[j] && t[j] <= '9' { // argument index
		j++
	}
	if j < to && t[j] == '$' && j > i+1 {
		j++
	} else {
		j = i + 1
	}
	for j < to && bytes.IndexByte([]byte("-+#0'"), t[j]) >= 0 {
		j++
	}
	for j < to && ('0' <= t[j] && t[j] <= '9' || t[j] == '*') {
		j++
	}
	if j < to && t[j] == '.' {
		j++
		for j < to && ('0' <= t[j] && t[j] <= '9' || t[j] == '*') {
			j++
		}
	}
	for j < to && bytes.IndexByte([]byte("hlLqjzt"), t[j]) >= 0 {
		j++
	}
	if j < to && bytes.IndexByte([]byte("diouxXeEfFgGaAcCsSp@"), t[j]) >= 0 {
		return val(j + 1)
	}
	return catPart{}, false
}

// closeWithin returns the index of the first c in t[from:to] within maxPlaceholder bytes and
// before any white space line break, or -1.
func closeWithin(t []byte, from, to int, c byte) int {
	for j := from; j < to && j-from < maxPlaceholder; j++ {
		switch t[j] {
		case c:
			return j
		case '\n', '{', '<':
			return -1
		}
	}
	return -1
}

// scanBrace reads {{name}}, {{{name}}}, {0}, {name}, ICU arguments ({n, number}) and ICU
// plural, selectordinal and select blocks.
func scanBrace(t []byte, i, to int, inPlural bool, depth int) (catPart, bool) {
	if i+1 < to && t[i+1] == '{' {
		closer := []byte("}}")
		if i+2 < to && t[i+2] == '{' {
			closer = []byte("}}}")
		}
		lim := min(to, i+maxPlaceholder)
		if k := bytes.Index(t[i+2:lim], closer); k >= 0 {
			return catPart{start: i, end: i + 2 + k + len(closer), kind: partValue}, true
		}
		return catPart{}, false
	}
	j := skipSpaces(t, i+1, to)
	name := j
	for j < to && (isWordByte(t[j]) || t[j] == '.' || t[j] == '-') {
		j++
	}
	if j == name {
		return catPart{}, false
	}
	j = skipSpaces(t, j, to)
	if j < to && t[j] == '}' {
		return catPart{start: i, end: j + 1, kind: partValue}, true
	}
	if j >= to || t[j] != ',' {
		return catPart{}, false
	}
	j = skipSpaces(t, j+1, to)
	typ := j
	for j < to && isLetter(t[j]) {
		j++
	}
	switch string(t[typ:j]) {
	case "plural", "selectordinal", "select":
		if depth >= 8 {
			return catPart{}, false
		}
		return scanICUBranches(t, i, j, to, string(t[typ:j]) != "select" || inPlural, depth)
	}
	if end := matchBrace(t, i, to); end > 0 {
		return catPart{start: i, end: end, kind: partValue}, true
	}
	return catPart{}, false
}

// scanICUBranches reads the branches of an ICU block opened at open, from j (after its type)
// to the block's closing brace.
func scanICUBranches(t []byte, open, j, to int, plural bool, depth int) (catPart, bool) {
	j = skipSpaces(t, j, to)
	if j >= to || t[j] != ',' {
		return catPart{}, false
	}
	p := catPart{start: open, kind: partICU}
	for j = j + 1; ; {
		j = skipSpaces(t, j, to)
		if j >= to {
			return catPart{}, false
		}
		if t[j] == '}' {
			p.end = j + 1
			return p, len(p.branches) > 0
		}
		sel := j
		for j < to && (isWordByte(t[j]) || t[j] == '=' || t[j] == ':' || t[j] == '-') {
			j++
		}
		if j == sel {
			return catPart{}, false
		}
		if bytes.HasPrefix(t[sel:j], []byte("offset:")) {
			continue
		}
		j = skipSpaces(t, j, to)
		if j >= to || t[j] != '{' {
			return catPart{}, false
		}
		end := matchBrace(t, j, to)
		if end < 0 {
			return catPart{}, false
		}
		p.branches = append(p.branches, catBranch{start: j + 1, end: end - 1,
			parts: scanMarks(t, j+1, end-1, plural, depth+1)})
		j = end
	}
}

// matchBrace returns the index after the brace that closes the one at t[i], or -1.
func matchBrace(t []byte, i, to int) int {
	depth := 0
	for j := i; j < to; j++ {
		switch t[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

func skipSpaces(t []byte, j, to int) int {
	for j < to && isASCIISpace(t[j]) {
		j++
	}
	return j
}

// scanDollar reads ${name} and i18next's $t(key) nesting.
func scanDollar(t []byte, i, to int) (catPart, bool) {
	switch {
	case i+1 < to && t[i+1] == '{':
		if j := closeWithin(t, i+2, to, '}'); j > i+2 {
			return catPart{start: i, end: j + 1, kind: partValue}, true
		}
	case i+2 < to && t[i+1] == 't' && t[i+2] == '(':
		if j := closeWithin(t, i+3, to, ')'); j > i+3 {
			return catPart{start: i, end: j + 1, kind: partValue}, true
		}
	}
	return catPart{}, false
}

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
