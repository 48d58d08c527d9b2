package format

import (
	"bytes"

	"github.com/farewell-protocol/farewell/document"
)

// disableComment returns the comment that silences rule on the line after it, in the comment
// syntax of format f: `<!-- farewell-disable-next-line ID -->` in HTML, Markdown and the XML
// catalogs, `# farewell-disable-next-line ID` in text, YAML, .po and INI files, and
// `// farewell-disable-next-line ID` in .strings files. ok is false for a format without
// comments (JSON).
func disableComment(f document.Format, rule string) (string, bool) {
	open, close, ok := commentSyntax(f)
	if !ok {
		return "", false
	}
	return open + "farewell-disable-next-line " + rule + close, true
}

// disableLineEdit returns the edit that silences rule on 1-based line of doc: the format's
// disable comment on a line of its own just above it, indented like it and ended like it. ok is
// false when the format has no comments, the line does not exist, or, in a markup format, the
// line starts inside a tag, where a comment cannot go.
func disableLineEdit(doc *document.Document, rule string, line int) (document.Edit, bool) {
	comment, ok := disableComment(doc.Format, rule)
	if !ok || line < 1 || line > doc.LineCount() {
		return document.Edit{}, false
	}
	start := doc.OffsetOf(line, 1, false)
	if isMarkup(doc.Format) && insideTag(doc.Src[:start]) {
		return document.Edit{}, false
	}
	text := doc.Line(line)
	indent := text[:len(text)-len(bytes.TrimLeft(text, " \t"))]
	return document.Edit{Start: start, End: start, New: string(indent) + comment + lineEnding(doc, line)}, true
}

// DisableEdit returns the edit that silences rule for a finding that starts at offset at of
// doc: the format's disable comment above the line where it starts or, in a catalog, above
// the line where the string holding it starts (a missing element is anchored at the end of a
// message's last string, which may run over several lines). In gettext catalogs a comment may
// only open an entry, so the edit is offered only where the string's line starts the entry.
// ok is false where no comment can silence it: a format without comments (JSON), a line that
// starts inside a markup tag.
func DisableEdit(doc *document.Document, rule string, at int) (document.Edit, bool) {
	line := doc.Position(at).Line
	if IsCatalog(doc.Format) {
		for i := range doc.Segments {
			start, end := doc.Segments[i].SourceRange(0, len(doc.Segments[i].Text))
			if start <= at && at <= end {
				line = doc.Position(start).Line
				break
			}
		}
		if doc.Format == PO && line > 1 && len(bytes.TrimSpace(doc.Line(line-1))) > 0 {
			return document.Edit{}, false
		}
	}
	return disableLineEdit(doc, rule, line)
}

// isMarkup reports the formats whose comments are markup, which cannot stand inside a tag.
func isMarkup(f document.Format) bool {
	open, _, _ := commentSyntax(f)
	return open == "<!-- "
}

// insideTag reports whether the end of src lies inside a tag: its last '<' comes after its
// last '>'. A stray '<' in text also counts, which only ever withholds the action.
func insideTag(src []byte) bool {
	return bytes.LastIndexByte(src, '<') > bytes.LastIndexByte(src, '>')
}

// lineEnding returns the line break that ends 1-based line n, or, for a last line without one,
// the first line break of the document ("\n" when it has none).
func lineEnding(doc *document.Document, n int) string {
	start := doc.OffsetOf(n, 1, false)
	end := start + len(doc.Line(n))
	if brk := breakAt(doc.Src, end); brk != "" {
		return brk
	}
	if i := bytes.IndexAny(doc.Src, "\r\n"); i >= 0 {
		return breakAt(doc.Src, i)
	}
	return "\n"
}

// breakAt returns the line break at offset i of src ("" when there is none).
func breakAt(src []byte, i int) string {
	switch {
	case i >= len(src):
		return ""
	case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
		return "\r\n"
	case src[i] == '\r':
		return "\r"
	case src[i] == '\n':
		return "\n"
	}
	return ""
}
