package document

import (
	"strconv"
	"strings"
)

// EscapeText writes replacement text s the way the segment's source needs it, for the exact
// syntactic context the segment's text lies in. Callers first check with format.Fixable that
// s can be written there at all.
func EscapeText(e Escape, s string) string {
	switch e {
	case EscapeHTML:
		return replaceBytes(s, func(c byte, _ int) string { return htmlRef(c, `&<>"`) })
	case EscapeHTMLSingle:
		return replaceBytes(s, func(c byte, _ int) string { return htmlRef(c, `&<>'`) })
	case EscapeHTMLUnquoted:
		return replaceBytes(s, func(c byte, _ int) string { return htmlRef(c, "&<>\"'=` \t\n\r\f") })
	case EscapeXML:
		return replaceBytes(s, func(c byte, _ int) string { return htmlRef(c, "&<>") })
	case EscapeAndroid:
		return replaceBytes(s, escapeAndroid)
	case EscapeJSON:
		return replaceBytes(s, escapeJSON)
	case EscapeCString, EscapeKey:
		return replaceBytes(s, func(c byte, _ int) string { return cEscapeOf(c, `\"`) })
	case EscapeINIQuoted:
		return replaceBytes(s, func(c byte, _ int) string {
			if c == '\\' || c == '"' {
				return `\` + string(c)
			}
			return ""
		})
	case EscapeCStringUTF16LE, EscapeCStringUTF16BE:
		return encodeUTF16(EscapeText(EscapeCString, s), e == EscapeCStringUTF16BE)
	case EscapeProperties:
		return replaceBytes(s, func(c byte, _ int) string { return cEscapeOf(c, `\`) })
	case EscapeMessageFormat:
		return replaceBytes(s, func(c byte, _ int) string {
			if c == '\'' {
				return "''"
			}
			return cEscapeOf(c, `\`)
		})
	case EscapeJSSingle:
		return replaceBytes(s, func(c byte, _ int) string { return cEscapeOf(c, `\'`) })
	case EscapeJSTemplate:
		return replaceBytes(s, func(c byte, _ int) string { return cEscapeOf(c, "\\`$") })
	case EscapeSingleQuoted:
		return strings.ReplaceAll(s, "'", "''")
	case EscapeMarkdown:
		return replaceBytes(s, func(c byte, i int) string { return escapeMarkdown(s, c, i) })
	}
	return s
}

// replaceBytes returns s with each byte for which repl returns a non-empty string replaced by
// it; s itself when nothing is replaced, as for most rewrites.
func replaceBytes(s string, repl func(c byte, i int) string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		r := repl(s[i], i)
		if r == "" {
			continue
		}
		if last == 0 && b.Len() == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	if last == 0 && b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// htmlRef writes c as a character reference when it is one of set.
func htmlRef(c byte, set string) string {
	if strings.IndexByte(set, c) < 0 {
		return ""
	}
	switch c {
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '"':
		return "&quot;"
	}
	return "&#" + strconv.Itoa(int(c)) + ";"
}

// cEscapeOf writes c as a backslash escape when it is one of set, or a line break or tab.
func cEscapeOf(c byte, set string) string {
	switch c {
	case '\n':
		return `\n`
	case '\t':
		return `\t`
	case '\r':
		return `\r`
	}
	if strings.IndexByte(set, c) >= 0 {
		return `\` + string(c)
	}
	return ""
}

func escapeJSON(c byte, _ int) string {
	switch {
	case c == '"' || c == '\\':
		return `\` + string(c)
	case c == '\n':
		return `\n`
	case c == '\t':
		return `\t`
	case c < 0x20:
		return `\u00` + string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15])
	}
	return ""
}

// escapeAndroid escapes for an Android string resource: XML character data, the resource
// escapes, and a leading @ or ?, which would make the string a reference.
func escapeAndroid(c byte, i int) string {
	switch {
	case (c == '@' || c == '?') && i == 0:
		return `\` + string(c)
	case c == '\'' || c == '"' || c == '\\':
		return `\` + string(c)
	case c == '\n':
		return `\n`
	case c == '\t':
		return `\t`
	}
	return htmlRef(c, "&<>")
}

// escapeMarkdown backslash-escapes the punctuation that is Markdown syntax anywhere, and the
// characters that are syntax at the start of a line (a list marker, a heading, a link's
// destination) when the rewrite starts with them.
func escapeMarkdown(s string, c byte, i int) string {
	if strings.IndexByte("\\`*_[]<>#&!~|", c) >= 0 {
		return `\` + string(c)
	}
	if i == 0 && strings.IndexByte("-+=(:", c) >= 0 {
		return `\` + string(c)
	}
	if (c == '.' || c == ')') && i > 0 && allDigits(s[:i]) {
		return `\` + string(c) // "1." would start an ordered list
	}
	return ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
