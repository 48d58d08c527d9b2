package catalog

import (
	"bytes"
)

// scanPercent reads %%, %(name)s, %{name}, %name%, %#@name@ and printf conversions
// (%s, %1$s, %@, %ld, %.2f, %-5d).
func scanPercent(t []byte, i, to int) (part, bool) {
	if i+1 >= to {
		return part{}, false
	}
	val := func(end int) (part, bool) { return part{start: i, end: end, kind: partValue}, true }
	switch t[i+1] {
	case '%':
		return part{start: i, end: i + 2, kind: partDecoded, text: "%"}, true
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
	return part{}, false
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

// scanBangs reads a !!name!! placeholder (Paid Memberships Pro and other WordPress plugins).
func scanBangs(t []byte, i, to int) (part, bool) {
	if i+2 >= to || t[i+1] != '!' || !isLetter(t[i+2]) {
		return part{}, false
	}
	j := i + 2
	for j < to && isWordByte(t[j]) && j-i < maxPlaceholder {
		j++
	}
	if j+1 < to && t[j] == '!' && t[j+1] == '!' {
		return part{start: i, end: j + 2, kind: partValue}, true
	}
	return part{}, false
}

// scanDollar reads ${name} and i18next's $t(key) nesting.
func scanDollar(t []byte, i, to int) (part, bool) {
	switch {
	case i+1 < to && t[i+1] == '{':
		if j := closeWithin(t, i+2, to, '}'); j > i+2 {
			return part{start: i, end: j + 1, kind: partValue}, true
		}
	case i+2 < to && t[i+1] == 't' && t[i+2] == '(':
		if j := closeWithin(t, i+3, to, ')'); j > i+3 {
			return part{start: i, end: j + 1, kind: partValue}, true
		}
	}
	return part{}, false
}
