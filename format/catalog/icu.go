package catalog

import (
	"bytes"
)

// scanBrace reads {{name}}, {{{name}}}, {0}, {name}, ICU arguments ({n, number}) and ICU
// plural, selectordinal and select blocks.
func scanBrace(t []byte, i, to int, inPlural bool, depth int) (part, bool) {
	if i+1 < to && t[i+1] == '{' {
		closer := []byte("}}")
		if i+2 < to && t[i+2] == '{' {
			closer = []byte("}}}")
		}
		lim := min(to, i+maxPlaceholder)
		if k := bytes.Index(t[i+2:lim], closer); k >= 0 {
			return part{start: i, end: i + 2 + k + len(closer), kind: partValue}, true
		}
		return part{}, false
	}
	j := skipSpaces(t, i+1, to)
	name := j
	for j < to && (isWordByte(t[j]) || t[j] == '.' || t[j] == '-') {
		j++
	}
	if j == name {
		return part{}, false
	}
	j = skipSpaces(t, j, to)
	if j < to && t[j] == '}' {
		return part{start: i, end: j + 1, kind: partValue}, true
	}
	if j >= to || t[j] != ',' {
		return part{}, false
	}
	j = skipSpaces(t, j+1, to)
	typ := j
	for j < to && isLetter(t[j]) {
		j++
	}
	switch string(t[typ:j]) {
	case "plural", "selectordinal", "select":
		if depth >= 8 {
			return part{}, false
		}
		return scanICUBranches(t, i, j, to, string(t[typ:j]) != "select" || inPlural, depth)
	}
	if end := matchBrace(t, i, to); end > 0 {
		return part{start: i, end: end, kind: partValue}, true
	}
	return part{}, false
}

// scanICUBranches reads the branches of an ICU block opened at open, from j (after its type)
// to the block's closing brace.
func scanICUBranches(t []byte, open, j, to int, plural bool, depth int) (part, bool) {
	j = skipSpaces(t, j, to)
	if j >= to || t[j] != ',' {
		return part{}, false
	}
	p := part{start: open, kind: partICU}
	for j++; ; {
		j = skipSpaces(t, j, to)
		if j >= to {
			return part{}, false
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
			return part{}, false
		}
		if bytes.HasPrefix(t[sel:j], []byte("offset:")) {
			continue
		}
		j = skipSpaces(t, j, to)
		if j >= to || t[j] != '{' {
			return part{}, false
		}
		end := matchBrace(t, j, to)
		if end < 0 {
			return part{}, false
		}
		p.branches = append(p.branches, branch{start: j + 1, end: end - 1,
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
