// Package js reads JavaScript and TypeScript i18n modules for the format stage: a lexer that
// can start at any offset and pass over code it does not need, and a reader of the object
// literals a module exports. It imports document and format/catalog; only format imports it.
package js

import (
	"strconv"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// Read reads a JavaScript or TypeScript i18n module into doc's segments and directives: the
// object literals it exports (`export default {...}`, `module.exports = {...}`,
// `exports.name = ...`, `export const name = {...}`) or declares at its top level (`const en =
// {...} as const`), nested to any depth, up to maxDepth levels. Every string and template
// literal in them is a segment keyed by its path, as in JSON (`cancel.title`, `reasons[1]`; a
// named export's name comes first); a template's ${...} reads as a placeholder, and the literals
// of a function value (`days: (n) => \`${n} days left\“) are keyed by the property. Imports,
// types and other code are passed over; comments may hold directives. A module that cannot be
// read is a *document.ParseError.
func Read(doc *document.Document, maxDepth int) error {
	m := &jsModule{jsLexer: jsLexer{doc: doc, src: doc.Src, maxDepth: maxDepth},
		b: document.NewBuilder(doc.Src, document.Templates{})}
	if err := m.run(); err != nil {
		return err
	}
	doc.Segments = catalog.DropEmpty(m.b.Segments())
	return nil
}

// BraceEnd returns the end of the JavaScript expression in braces whose '{' is at src[open],
// reading no further than src's end: an MDX {expression}, a JSX attribute's value. When the
// braces do not close, ok is false and end is how far it read.
func BraceEnd(src []byte, open int) (end int, ok bool) {
	lx := jsLexer{doc: &document.Document{Src: src}, src: src, scanned: len(src), maxDepth: 1000}
	end, err := lx.exprEnd(open+1, 1)
	if err != nil {
		return max(open+1, lx.reached), false
	}
	return end, true
}

// jsModule reads a module's top-level statements and the values they export.
type jsModule struct {
	jsLexer
	b    *document.Builder
	str  catalog.String
	pos  int   // where the next token starts looking
	prev jsTok // the token before it
	mute bool  // literals are passed over, not emitted: code that is no catalog
}

// next reads the next token and moves past it.
func (m *jsModule) next(depth int) (jsTok, error) {
	t, err := m.token(m.pos, m.prev, depth)
	if err == nil {
		m.pos, m.prev = t.end, t
	}
	return t, err
}

// peek reads the next token without moving past it.
func (m *jsModule) peek(depth int) (jsTok, error) { return m.token(m.pos, m.prev, depth) }

// run reads the top-level statements.
func (m *jsModule) run() error {
	for {
		t, err := m.next(0)
		if err != nil || t.kind == jsEOF {
			return err
		}
		switch {
		case m.is(t, "export"):
			err = m.export()
		case m.is(t, "const") || m.is(t, "let") || m.is(t, "var"):
			err = m.declaration("")
		case m.is(t, "module") || m.is(t, "exports"):
			err = m.commonJS(t)
		case m.is(t, "{"): // a block, a function or class body, a type: skipped
			var end int
			if end, err = m.exprEnd(t.end, 1); err == nil {
				m.pos, m.prev = end, jsTok{kind: jsPunct, start: end - 1, end: end}
			}
		}
		if err != nil {
			return err
		}
	}
}

// export reads what follows `export`: a default value, or named declarations.
func (m *jsModule) export() error {
	t, err := m.peek(0)
	if err != nil {
		return err
	}
	switch {
	case m.is(t, "default"):
		m.pos, m.prev = t.end, t
		return m.expr("", 0, true)
	case m.is(t, "const") || m.is(t, "let") || m.is(t, "var"):
		m.pos, m.prev = t.end, t
		return m.declaration("named")
	}
	return nil
}

// declaration reads `NAME [: Type] = value, ...` after const, let or var; the keys of a named
// export start with its name. A declaration that is not exported is read only when its value
// is an object literal (`const en = {...}`, exported below it): other values are code.
func (m *jsModule) declaration(named string) error {
	for {
		name, err := m.next(0)
		if err != nil || name.kind != jsIdent {
			return err // a destructuring pattern or a syntax this reader does not need
		}
		t, err := m.next(0)
		if err != nil {
			return err
		}
		if m.is(t, ":") { // a type annotation runs to the '='
			if t, err = m.skipType(); err != nil {
				return err
			}
		}
		if !m.is(t, "=") {
			return nil
		}
		prefix := ""
		if named != "" {
			prefix = m.text(name)
		}
		if v, err := m.peek(0); err != nil {
			return err
		} else if named == "" && !m.is(v, "{") {
			m.mute = true
		}
		err = m.expr(prefix, 0, true)
		if m.mute = false; err != nil {
			return err
		}
		if t, err = m.peek(0); err != nil || !m.is(t, ",") {
			return err
		}
		m.pos, m.prev = t.end, t
	}
}

// skipType moves past a type annotation and returns the token after it: the '=' at bracket
// depth 0, or what ends the declaration.
func (m *jsModule) skipType() (jsTok, error) {
	depth := 0
	for {
		t, err := m.next(1)
		switch {
		case err != nil || t.kind == jsEOF:
			return t, err
		case m.is(t, "{") || m.is(t, "(") || m.is(t, "["):
			depth++
		case m.is(t, "}") || m.is(t, ")") || m.is(t, "]"):
			depth--
		case depth == 0 && (m.is(t, "=") || m.is(t, ";")):
			return t, nil
		}
	}
}

// commonJS reads `module.exports = value` and `exports.name = value`.
func (m *jsModule) commonJS(first jsTok) error {
	prefix := ""
	if m.is(first, "module") {
		if ok, err := m.accept(".", "exports"); !ok || err != nil {
			return err
		}
	}
	if t, err := m.peek(0); err != nil || !m.is(t, ".") {
		if err != nil || !m.is(first, "module") {
			return err
		}
	} else {
		m.pos, m.prev = t.end, t
		name, err := m.next(0)
		if err != nil || name.kind != jsIdent {
			return err
		}
		prefix = m.text(name)
	}
	if ok, err := m.accept("="); !ok || err != nil {
		return err
	}
	return m.expr(prefix, 0, true)
}

// accept moves past the given tokens when they come next, and reports whether they did.
func (m *jsModule) accept(want ...string) (bool, error) {
	pos, prev := m.pos, m.prev
	for _, w := range want {
		t, err := m.next(0)
		if err != nil {
			return false, err
		}
		if !m.is(t, w) {
			m.pos, m.prev = pos, prev
			return false, nil
		}
	}
	return true, nil
}

// jsKey joins a property name to the path of the object holding it.
func jsKey(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// jsIndex names the n-th item of the list at prefix.
func jsIndex(prefix string, n int) string { return prefix + "[" + strconv.Itoa(n) + "]" }
