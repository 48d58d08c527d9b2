package format

import (
	"bytes"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// readINI reads INI message files (PHP/Symfony style: `key="value"`, [sections]) and Java
// .properties files (`key = value`, `key: value`, \-escapes and line continuations). Each
// value is a segment keyed by "section.key"; ; # and ! comments are scanned for directives.
func readINI(doc *document.Document, rd *reading) error {
	src := doc.Src
	props := strings.HasSuffix(strings.ToLower(doc.Path), ".properties")
	b := rd.builder(src, document.Templates{})
	b.ExpectSegments(expectedSegments(src, 1)) // a value a line, about
	var c catalog.String
	section := ""
	for off := 0; off < len(src); {
		end := lineEnd(src, off)
		next := skipLineBreak(src, end)
		line := bytes.TrimLeft(src[off:end], " \t\uFEFF")
		lead := end - off - len(line)
		switch {
		case len(line) == 0:
		case line[0] == ';' || line[0] == '#' || line[0] == '!':
			doc.ScanComment(string(line[1:]), off+lead, end)
		case line[0] == '[' && !props:
			if k := bytes.IndexByte(line, ']'); k > 0 {
				section = strings.TrimSpace(string(line[1:k]))
			}
		default:
			sep := bytes.IndexAny(line, "=:")
			if !props {
				sep = bytes.IndexByte(line, '=')
			}
			if sep <= 0 {
				break
			}
			key := strings.TrimSpace(string(line[:sep]))
			if section != "" {
				key = section + "." + key
			}
			v := off + lead + sep + 1
			for v < end && (src[v] == ' ' || src[v] == '\t') {
				v++
			}
			c.Reset()
			esc := document.EscapeINIPlain
			switch {
			case props:
				next = readProperty(&c, src, v)
				esc = document.EscapeProperties
				if isMessageFormat(src[v:next]) {
					esc = document.EscapeMessageFormat
				}
			case v < end && src[v] == '"':
				readINIValue(&c, src, v, end)
				esc = document.EscapeINIQuoted
			default:
				readINIValue(&c, src, v, end)
			}
			catalog.Emit(b, catalog.Entry{Key: key, Esc: esc, Str: &c})
		}
		off = next
	}
	doc.Segments = catalog.DropEmpty(b.Segments())
	rd.keepRoom(b)
	return nil
}

// readINIValue reads a value: inside double quotes \" and \\ are escapes; an unquoted value
// runs to the end of the line or a ; comment.
func readINIValue(c *catalog.String, src []byte, v, end int) {
	if v < end && src[v] == '"' {
		run := v + 1
		for i := v + 1; i < end; i++ {
			switch {
			case src[i] == '\\' && i+1 < end && (src[i+1] == '"' || src[i+1] == '\\'):
				c.Raw(src, run, i)
				c.Dec(i, i+2, string(src[i+1]))
				i++
				run = i + 1
			case src[i] == '"':
				c.Raw(src, run, i)
				return
			}
		}
		c.Raw(src, run, end)
		return
	}
	e := end
	if k := bytes.Index(src[v:end], []byte(" ;")); k >= 0 {
		e = v + k
	}
	for e > v && (src[e-1] == ' ' || src[e-1] == '\t') {
		e--
	}
	c.Raw(src, v, e)
}

// readProperty reads a .properties value from v, following line continuations, and returns
// where the next line starts.
func readProperty(c *catalog.String, src []byte, v int) int {
	run := v
	for i := v; i < len(src); {
		switch src[i] {
		case '\n', '\r':
			c.Raw(src, run, i)
			return skipLineBreak(src, i)
		case '\'': // MessageFormat writes an apostrophe as ''
			if i+1 < len(src) && src[i+1] == '\'' {
				c.Raw(src, run, i)
				c.Dec(i, i+2, "'")
				i += 2
				run = i
				continue
			}
			i++
		case '\\':
			c.Raw(src, run, i)
			if i+1 >= len(src) {
				return len(src)
			}
			if src[i+1] == '\n' || src[i+1] == '\r' { // a continuation: the next line's indent goes too
				j := skipLineBreak(src, i+1)
				for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
					j++
				}
				c.Dec(i, j, " ")
				i, run = j, j
				continue
			}
			n, s := catalog.CEscape(src[i:])
			c.Dec(i, i+n, s)
			i += n
			run = i
		default:
			i++
		}
	}
	c.Raw(src, run, len(src))
	return len(src)
}

// isMessageFormat reports a .properties value written for Java's MessageFormat: it has a {0}
// style argument or a doubled apostrophe.
func isMessageFormat(v []byte) bool {
	for i := 0; i+1 < len(v); i++ {
		if v[i] == '{' && '0' <= v[i+1] && v[i+1] <= '9' || v[i] == '\'' && v[i+1] == '\'' {
			return true
		}
	}
	return false
}
