package js

import (
	"bytes"
	"strings"

	"github.com/farewell-protocol/farewell/document"
)

// jsKind is what a JavaScript token is.
type jsKind uint8

const (
	jsEOF jsKind = iota
	jsIdent
	jsNumber
	jsString   // '...' or "..."
	jsTemplate // `...`, with any ${...} inside
	jsRegex
	jsPunct
)

// jsTok is one token of a JavaScript or TypeScript module: src[start:end].
type jsTok struct {
	kind       jsKind
	start, end int
	// nl says a line break stands between the previous token and this one.
	nl bool
}

// jsLexer cuts a module into tokens on demand, from any offset, so that the module reader can
// look ahead and skip what it does not read. Comments are handed to the directive scanner
// once, however often the lexer passes them.
type jsLexer struct {
	doc      *document.Document
	src      []byte
	scanned  int // comments before this offset have been scanned
	maxDepth int // how deep ${...} and brackets may nest
	reached  int // the furthest offset read, past a token that could not be read too
}

// text returns a token's source text.
func (l *jsLexer) text(t jsTok) string { return string(l.src[t.start:t.end]) }

// is reports whether t is the identifier or punctuator s.
func (l *jsLexer) is(t jsTok, s string) bool {
	return (t.kind == jsIdent || t.kind == jsPunct) && t.end-t.start == len(s) && string(l.src[t.start:t.end]) == s
}

// token reads the token at or after offset i; prev is the token before it, which decides
// whether a slash starts a regular expression or divides.
func (l *jsLexer) token(i int, prev jsTok, depth int) (jsTok, error) {
	i, nl, err := l.space(i)
	if err != nil {
		return jsTok{}, err
	}
	t := jsTok{start: i, end: i, nl: nl}
	if i >= len(l.src) {
		return t, nil
	}
	src := l.src
	switch c := src[i]; {
	case c == '\'' || c == '"':
		t.kind = jsString
		t.end, err = l.quotedEnd(i)
	case c == '`':
		t.kind = jsTemplate
		t.end, err = l.templateEnd(i, depth)
	case '0' <= c && c <= '9' || c == '.' && i+1 < len(src) && '0' <= src[i+1] && src[i+1] <= '9':
		t.kind, t.end = jsNumber, i+1
		for t.end < len(src) && (IsIdentByte(src[t.end]) || src[t.end] == '.') {
			t.end++
		}
	case IsIdentByte(c) || c == '#':
		t.kind, t.end = jsIdent, i+1
		for t.end < len(src) && IsIdentByte(src[t.end]) {
			t.end++
		}
	case c == '/' && l.regexAllowed(prev):
		t.kind = jsRegex
		t.end, err = l.regexEnd(i)
	default:
		t.kind, t.end = jsPunct, i+1
		for _, p := range []string{"...", "===", "!==", "=>", "==", "!=", "<=", ">="} {
			if bytes.HasPrefix(src[i:], []byte(p)) {
				t.end = i + len(p)
				break
			}
		}
	}
	return t, err
}

// IsIdentByte reports a byte that can be part of a JavaScript identifier (any byte of a
// character outside ASCII counts).
func IsIdentByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '$' || c >= 0x80
}

// space skips white space, comments (scanning each once for directives) and a leading #!
// line, and reports whether it crossed a line break.
func (l *jsLexer) space(i int) (int, bool, error) {
	src, nl := l.src, false
	if i == 0 && bytes.HasPrefix(src, []byte("#!")) {
		i = document.LineEnd(src, 0)
	}
	for i < len(src) {
		switch c := src[i]; {
		case c == '\n' || c == '\r':
			nl = true
			i++
		case c == ' ' || c == '\t' || c == '\f' || c == '\v':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			end := document.LineEnd(src, i)
			l.comment(string(src[i+2:end]), i, end)
			i = end
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			k := bytes.Index(src[i+2:], []byte("*/"))
			if k < 0 {
				l.reached = len(src)
				return i, nl, l.doc.ErrorAt(i, "unterminated comment")
			}
			end := i + 2 + k + 2
			nl = nl || bytes.ContainsAny(src[i:end], "\r\n")
			l.comment(string(src[i+2:end-2]), i, end)
			i = end
		default:
			return i, nl, nil
		}
	}
	return i, nl, nil
}

func (l *jsLexer) comment(body string, start, end int) {
	if start >= l.scanned {
		l.doc.ScanComment(strings.TrimPrefix(body, "*"), start, end)
		l.scanned = end
	}
}

// quotedEnd returns the end of the string literal whose quote is at src[i].
func (l *jsLexer) quotedEnd(i int) (int, error) {
	q := l.src[i]
	for j := i + 1; j < len(l.src); j++ {
		switch l.src[j] {
		case q:
			return j + 1, nil
		case '\\':
			j++
			if j+1 < len(l.src) && l.src[j] == '\r' && l.src[j+1] == '\n' {
				j++
			}
		case '\n', '\r':
			l.reached = max(l.reached, j)
			return 0, l.doc.ErrorAt(i, "unterminated string (a line break inside it must be written \\n)")
		}
	}
	l.reached = len(l.src)
	return 0, l.doc.ErrorAt(i, "unterminated string")
}

// templateEnd returns the end of the template literal whose backquote is at src[i], past
// every ${...} inside it.
func (l *jsLexer) templateEnd(i, depth int) (int, error) {
	for j := i + 1; j < len(l.src); j++ {
		switch l.src[j] {
		case '`':
			return j + 1, nil
		case '\\':
			j++
		case '$':
			if j+1 < len(l.src) && l.src[j+1] == '{' {
				end, err := l.exprEnd(j+2, depth+1)
				if err != nil {
					return 0, err
				}
				j = end - 1
			}
		}
	}
	l.reached = len(l.src)
	return 0, l.doc.ErrorAt(i, "unterminated template literal")
}

// exprEnd returns the offset after the '}' that closes the ${ or { opened just before i.
func (l *jsLexer) exprEnd(i, depth int) (int, error) {
	if depth > l.maxDepth {
		return 0, l.doc.ErrorAt(i, "JavaScript nested deeper than %d levels (limits.max_depth)", l.maxDepth)
	}
	open := 1
	var prev jsTok
	for {
		t, err := l.token(i, prev, depth)
		switch {
		case err != nil:
			return 0, err
		case t.kind == jsEOF:
			l.reached = len(l.src)
			return 0, l.doc.ErrorAt(i, "unexpected end of the module: '}' expected")
		case l.is(t, "{"):
			open++
		case l.is(t, "}"):
			if open--; open == 0 {
				return t.end, nil
			}
		}
		i, prev = t.end, t
	}
}

// regexAllowed reports whether a slash after prev starts a regular expression: after an
// operator, an opening bracket, a comma or a keyword, not after a value.
func (l *jsLexer) regexAllowed(prev jsTok) bool {
	switch prev.kind {
	case jsEOF, jsPunct:
		return prev.kind == jsEOF || !(l.is(prev, ")") || l.is(prev, "]") || l.is(prev, "}"))
	case jsIdent:
		switch l.text(prev) {
		case "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await":
			return true
		}
	}
	return false
}

// regexEnd returns the end of the regular expression literal whose slash is at src[i], flags
// included.
func (l *jsLexer) regexEnd(i int) (int, error) {
	class := false
	for j := i + 1; j < len(l.src); j++ {
		switch c := l.src[j]; {
		case c == '\\':
			j++
		case c == '[':
			class = true
		case c == ']':
			class = false
		case c == '/' && !class:
			j++
			for j < len(l.src) && IsIdentByte(l.src[j]) {
				j++
			}
			return j, nil
		case c == '\n' || c == '\r':
			l.reached = max(l.reached, j)
			return 0, l.doc.ErrorAt(i, "unterminated regular expression")
		}
	}
	l.reached = len(l.src)
	return 0, l.doc.ErrorAt(i, "unterminated regular expression")
}
