package lint

import (
	"strings"
)

// escapeText writes replacement text s the way the segment's source needs it. Text with none
// of the format's special characters, as most rewrites are, is returned as is.
func escapeText(e Escape, s string) string {
	var special string
	var pairs []string
	switch e {
	case EscapeHTML:
		special, pairs = `&<>"`, []string{"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;"}
	case EscapeXML:
		special, pairs = `&<>`, []string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}
	case EscapeAndroid:
		special, pairs = `&<>\'"`, []string{"&", "&amp;", "<", "&lt;", ">", "&gt;", `\`, `\\`, "'", `\'`, `"`, `\"`}
	case EscapeJSON:
		special, pairs = "\\\"\n\t", []string{`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`}
	case EscapeCString:
		special, pairs = "\\\"\n", []string{`\`, `\\`, `"`, `\"`, "\n", `\n`}
	case EscapeSingleQuoted:
		special, pairs = "'", []string{"'", "''"}
	}
	if special == "" || !strings.ContainsAny(s, special) {
		return s
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
