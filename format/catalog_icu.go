package format

import (
	"bytes"
)

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
