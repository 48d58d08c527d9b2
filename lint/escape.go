package lint

import (
	"strings"
)

// escapeText writes replacement text s the way the segment's source needs it. Text with none
// of the characters any format escapes, as most rewrites are, needs no replacer.
func escapeText(e Escape, s string) string {
	if e != EscapeCStringUTF16LE && e != EscapeCStringUTF16BE && !strings.ContainsAny(s, "&<>\\\"'\n\t") {
		return s
	}
	switch e {
	case EscapeHTML:
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
	case EscapeXML:
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
	case EscapeAndroid:
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `\`, `\\`, "'", `\'`, `"`, `\"`).Replace(s)
	case EscapeJSON:
		return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`).Replace(s)
	case EscapeCString:
		return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
	case EscapeCStringUTF16LE, EscapeCStringUTF16BE:
		return encodeUTF16(escapeText(EscapeCString, s), e == EscapeCStringUTF16BE)
	case EscapeProperties:
		return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s)
	case EscapeMessageFormat:
		return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "'", "''").Replace(s)
	case EscapeSingleQuoted:
		return strings.ReplaceAll(s, "'", "''")
	}
	return s
}
