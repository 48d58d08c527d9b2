package js

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// expr reads a value at path prefix up to the ',', ';' or closing bracket that ends it, which
// it leaves unread: objects and arrays are read as such, every string and template literal is
// a segment keyed by prefix, other code is passed over. top marks a statement's value, which a
// line break before a statement keyword also ends (semicolons are optional).
func (m *jsModule) expr(prefix string, depth int, top bool) error {
	if depth > m.maxDepth {
		return m.doc.ErrorAt(m.pos, "JavaScript nested deeper than %d levels (limits.max_depth)", m.maxDepth)
	}
	parens := 0
	for {
		t, err := m.peek(depth)
		switch {
		case err != nil || t.kind == jsEOF:
			return err
		case m.is(t, "}") || m.is(t, "]"),
			parens == 0 && (m.is(t, ",") || m.is(t, ";") || m.is(t, ")")),
			top && parens == 0 && t.nl && startsStatement(m.text(t)):
			return nil
		}
		m.pos, m.prev = t.end, t
		switch {
		case m.is(t, "{"):
			err = m.object(prefix, t, depth+1)
		case m.is(t, "["):
			err = m.array(prefix, t, depth+1)
		case m.is(t, "("):
			parens++
		case m.is(t, ")"):
			parens--
		case t.kind == jsString || t.kind == jsTemplate:
			m.emit(prefix, t)
		}
		if err != nil {
			return err
		}
	}
}

// startsStatement reports the words that start a top-level statement.
func startsStatement(w string) bool {
	switch w {
	case "export", "import", "const", "let", "var", "function", "class", "type", "interface",
		"enum", "declare", "namespace", "module", "exports", "async", "if", "for", "while":
		return true
	}
	return false
}

// object reads an object literal whose '{' is open: each property's value at its key below
// prefix. Code that is no property (a function body's statements) is read as a value of the
// object's own path.
func (m *jsModule) object(prefix string, open jsTok, depth int) error {
	for {
		pos, prev := m.pos, m.prev
		t, err := m.next(depth)
		switch {
		case err != nil:
			return err
		case t.kind == jsEOF:
			return m.doc.ErrorAt(open.start, "unexpected end of the module: this '{' is not closed")
		case m.is(t, "}"):
			return nil
		case m.is(t, ",") || m.is(t, ";") || m.is(t, ")") || m.is(t, "]"):
			continue // a stray closer in code is passed over
		case t.kind == jsIdent || t.kind == jsString || t.kind == jsNumber:
			err = m.property(prefix, t, depth)
		default: // a spread, or code in a function body: read as a value of the object's path
			if !m.is(t, "...") {
				m.pos, m.prev = pos, prev
			}
			err = m.expr(prefix, depth, false)
		}
		if err != nil {
			return err
		}
	}
}

// property reads a property whose name is t: `name: value`, a method `name() {...}`, or a
// shorthand `name,`.
func (m *jsModule) property(prefix string, t jsTok, depth int) error {
	name := m.text(t)
	if t.kind == jsString {
		m.str.Reset()
		m.readQuoted(t.start+1, t.end-1)
		name = string(m.str.Text())
	}
	u, err := m.peek(depth)
	if err != nil {
		return err
	}
	switch {
	case m.is(u, ":"):
		m.pos, m.prev = u.end, u
		return m.expr(jsKey(prefix, name), depth, false)
	case m.is(u, "(") || m.is(u, "<"): // a method: its body's literals are its value
		return m.expr(jsKey(prefix, name), depth, false)
	case t.kind == jsIdent && (u.kind == jsIdent || u.kind == jsString):
		// get, set, async, static and the like before the name, or code in a function body.
		m.pos, m.prev = u.end, u
		if u.kind == jsString {
			m.emit(prefix, u)
			return nil
		}
		return m.property(prefix, u, depth)
	}
	return m.expr(prefix, depth, false)
}

// array reads an array literal whose '[' is open: item n at prefix[n].
func (m *jsModule) array(prefix string, open jsTok, depth int) error {
	n := 0
	for {
		t, err := m.peek(depth)
		switch {
		case err != nil:
			return err
		case t.kind == jsEOF:
			return m.doc.ErrorAt(open.start, "unexpected end of the module: this '[' is not closed")
		case m.is(t, "]"):
			m.pos, m.prev = t.end, t
			return nil
		case m.is(t, ","):
			m.pos, m.prev = t.end, t
			n++
			continue
		case m.is(t, "}") || m.is(t, ")"):
			m.pos, m.prev = t.end, t // a stray closer in code: passed over
			continue
		}
		if err := m.expr(jsIndex(prefix, n), depth, false); err != nil {
			return err
		}
	}
}

// emit reads a string or template literal and emits it as a catalog string keyed by prefix.
func (m *jsModule) emit(prefix string, t jsTok) {
	if m.mute {
		return
	}
	m.str.Reset()
	esc := document.EscapeJSTemplate
	switch {
	case t.kind == jsTemplate:
		m.readTemplate(t.start+1, t.end-1)
	case m.src[t.start] == '\'':
		esc = document.EscapeJSSingle
		m.readQuoted(t.start+1, t.end-1)
	default:
		esc = document.EscapeCString
		m.readQuoted(t.start+1, t.end-1)
	}
	catalog.Emit(m.b, catalog.Entry{Key: prefix, Esc: esc, Str: &m.str})
}

// readQuoted reads the body src[start:end] of a string literal into m.str, escapes decoded.
func (m *jsModule) readQuoted(start, end int) {
	src, run := m.src, start
	for i := start; i < end; {
		if src[i] != '\\' || i+1 >= end {
			i++
			continue
		}
		m.str.Raw(src, run, i)
		n, s := jsEscape(src[i:end])
		m.str.Dec(i, i+n, s)
		i += n
		run = i
	}
	m.str.Raw(src, run, end)
}

// readTemplate reads the body src[start:end] of a template literal into m.str: escapes
// decoded, and each ${...} a placeholder.
func (m *jsModule) readTemplate(start, end int) {
	src, run := m.src, start
	for i := start; i < end; {
		switch {
		case src[i] == '\\' && i+1 < end:
			m.str.Raw(src, run, i)
			n, s := jsEscape(src[i:end])
			m.str.Dec(i, i+n, s)
			i += n
			run = i
		case src[i] == '$' && i+1 < end && src[i+1] == '{':
			m.str.Raw(src, run, i)
			close, err := m.exprEnd(i+2, 1)
			if err != nil || close > end {
				close = end // the lexer read this literal whole: it cannot happen
			}
			m.str.Value(i, close)
			i = close
			run = i
		default:
			i++
		}
	}
	m.str.Raw(src, run, end)
}

// jsEscape decodes the escape at the start of s ('\\'): a line continuation reads as nothing
// but white space, \u{...} and UTF-16 surrogate pairs as their character, and the rest as in C.
func jsEscape(s []byte) (int, string) {
	switch s[1] {
	case '\r':
		if len(s) > 2 && s[2] == '\n' {
			return 3, " "
		}
		return 2, " "
	case '\n':
		return 2, " "
	case 'u':
		if len(s) > 3 && s[2] == '{' {
			for j := 3; j < len(s) && j < 12; j++ {
				if s[j] == '}' {
					if v, err := strconv.ParseUint(string(s[3:j]), 16, 32); err == nil && v <= utf8.MaxRune {
						return j + 1, string(rune(v))
					}
					break
				}
			}
		}
		if hi, ok := catalog.Hex4(s, 2); ok && utf16.IsSurrogate(hi) && len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
			if lo, ok := catalog.Hex4(s, 8); ok {
				if r := utf16.DecodeRune(hi, lo); r != utf8.RuneError {
					return 12, string(r)
				}
			}
		}
	case 'U', 'a':
		return 2, string(s[1])
	}
	if s[1] >= utf8.RuneSelf {
		_, n := utf8.DecodeRune(s[1:])
		return 1 + n, string(s[1 : 1+n])
	}
	return catalog.CEscape(s)
}
