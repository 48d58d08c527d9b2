package format

import (
	"strings"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// Fixable reports whether rewrite s can be written into a segment of escaping e so that the
// file keeps its structure and the segment reads back s: no line break where a line ends the
// text, no character the format cannot hold, and nothing its reader would take for template
// code, a placeholder, markup or a comment. A rewrite that cannot is offered as advice only.
func Fixable(e document.Escape, s string) bool {
	if e == document.EscapeKey || e == document.EscapeEncoded || !utf8.ValidString(s) || !controlsFit(e, s) {
		return false
	}
	if s == "" {
		// An empty plain scalar is null; an empty unquoted attribute value takes the next
		// attribute for its value.
		return e != document.EscapeYAMLPlain && e != document.EscapeYAMLFlow && e != document.EscapeHTMLUnquoted
	}
	switch e {
	case document.EscapeNone:
		return !templateLike(s) && !textLineStart(s)
	case document.EscapeMarkdown:
		// White space at the start of a line indents it into a code block.
		return !templateLike(s) && s[0] != ' ' && s[0] != '\t'
	case document.EscapeHTML, document.EscapeHTMLSingle, document.EscapeHTMLUnquoted:
		return !templateLike(s)
	case document.EscapeYAMLPlain:
		return catalogSafe(s) && yamlPlainSafe(s)
	case document.EscapeYAMLFlow:
		return catalogSafe(s) && yamlPlainSafe(s) && !strings.ContainsAny(s, ",[]{}?:")
	case document.EscapeYAMLBlock:
		return catalogSafe(s) && !strings.HasPrefix(s, " ")
	case document.EscapeINIPlain:
		return catalogSafe(s) && !strings.Contains(s, " ;") && !strings.ContainsAny(s[:1], `";#`) &&
			!strings.HasSuffix(s, " ") && !strings.HasPrefix(s, " ")
	case document.EscapeProperties:
		// The reader takes '' for an apostrophe, as MessageFormat does.
		return catalogSafe(s) && !strings.HasPrefix(s, " ") && !strings.Contains(s, "''") &&
			s[0] != '\'' && s[len(s)-1] != '\''
	case document.EscapeMessageFormat:
		return catalogSafe(s) && !strings.HasPrefix(s, " ")
	}
	return catalogSafe(s)
}

// controlsFit reports whether the control characters in s can be written in context e: line
// breaks and tabs where the format escapes them or reads them as white space, other control
// characters only in JSON.
func controlsFit(e document.Escape, s string) bool {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			switch e {
			case document.EscapeJSON, document.EscapeCString, document.EscapeCStringUTF16LE, document.EscapeCStringUTF16BE, document.EscapeAndroid,
				document.EscapeJSSingle, document.EscapeJSTemplate,
				document.EscapeProperties, document.EscapeMessageFormat, document.EscapeHTML, document.EscapeHTMLSingle, document.EscapeHTMLUnquoted, document.EscapeXML:
			default:
				return false
			}
		case r == '\t':
			if e == document.EscapeYAMLPlain || e == document.EscapeYAMLFlow || e == document.EscapeYAMLBlock || e == document.EscapeSingleQuoted {
				return false
			}
		case r < 0x20 || r == 0x7f:
			if e != document.EscapeJSON || r == 0 {
				return false
			}
		case r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xFEFF:
			return false // line breaks to YAML, and a byte order mark
		}
	}
	return true
}

// templateLike reports text that a template-masking reader could take for template code, alone
// or joined with the source around it.
func templateLike(s string) bool {
	if strings.ContainsAny(s, "{}") {
		return true
	}
	for _, t := range []string{"<%", "%>", "*|", "|*", "${"} {
		if strings.Contains(s, t) {
			return true
		}
	}
	return s != "" && (strings.IndexByte("$<*|%", s[len(s)-1]) >= 0 || strings.IndexByte("%|*>", s[0]) >= 0)
}

// textLineStart reports a rewrite that, written at the start of a line of plain text, would
// begin a list item, a comment or directive, or a speaker label.
func textLineStart(s string) bool {
	if s == "" {
		return false
	}
	if strings.IndexByte("-*+#/;<\\", s[0]) >= 0 || strings.HasPrefix(s, "\u2022") || isListItem([]byte(s)) {
		return true
	}
	word, _, _ := strings.Cut(s, " ")
	return strings.HasSuffix(word, ":")
}

// catalogSafe reports a rewrite in which a catalog reader finds no placeholder, markup, entity
// or ICU block, and whose first and last characters cannot join the string around it into one.
func catalogSafe(s string) bool {
	if s == "" {
		return true
	}
	if catalog.HasMarks(s) || strings.ContainsAny(s, "{}#") {
		return false
	}
	return strings.IndexByte("%$:<&!@\\", s[len(s)-1]) < 0 && strings.IndexByte("}!%>;@", s[0]) < 0
}

// yamlPlainSafe reports a rewrite that a plain YAML scalar can hold as is: nothing that starts a
// comment or a mapping value, no indicator at its start, no space at its ends.
func yamlPlainSafe(s string) bool {
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") ||
		strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		return false
	}
	return strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", s[0]) < 0
}
