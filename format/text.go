package format

import (
	"bytes"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// readText reads plain text and text templates, and reads them as a script when their lines
// carry speaker labels (see applyScript).
func readText(doc *document.Document, rd *reading) error {
	readTextWith(doc, rd)
	applyScript(doc, rd.Script)
	return nil
}

// ReadText reads plain text and text templates: each paragraph (lines up to a blank line)
// is a segment, a list item starts a new one, a leading "Subject:" line (or "Betreff:",
// "Objet :", "Asunto:") is a heading, and a line holding only a farewell comment (after #, //,
// --, ; or <!--) is a directive, not text.
// It does not look for a script's speaker labels: rule examples are read with it.
func ReadText(doc *document.Document) { readTextWith(doc, nil) }

// readTextWith is ReadText in the room of rd's Buffers, when there are some (rd may be nil).
func readTextWith(doc *document.Document, rd *reading) {
	tpl := rd.templates(doc.Src)
	doc.ScanComments(tpl)
	view := rd.masked(tpl, doc.Src)
	b := rd.proseBuilder(doc.Src, tpl, false)
	b.Start(document.RoleBody, "", document.EscapeNone)
	sawText := false
	var prev []byte // the previous line of the paragraph, trimmed
	for off := 0; off < len(view); {
		end := lineEnd(view, off)
		line := view[off:end]
		next := skipLineBreak(view, end)
		trimmed := bytes.TrimSpace(line)
		switch {
		case len(trimmed) == 0:
			b.Flush()
		case isCommentLine(trimmed):
			b.Flush()
			body := strings.TrimSpace(string(trimmed))
			for _, p := range []string{"<!--", "#", "//", "--", ";"} {
				body = strings.TrimPrefix(body, p)
			}
			body = strings.TrimSuffix(strings.TrimSpace(body), "-->")
			doc.ScanComment(body, off, end)
		case !sawText && subjectPrefix(trimmed) > 0:
			lead := off + bytes.Index(line, trimmed) + subjectPrefix(trimmed)
			b.Start(document.RoleHeading, "", document.EscapeNone)
			b.Text(lead, end)
			b.Start(document.RoleBody, "", document.EscapeNone)
			sawText = true
		default:
			if isListItem(trimmed) || (prev != nil && endsItem(prev, trimmed)) {
				b.Flush()
			}
			b.Text(off, next)
			sawText = true
		}
		prev = trimmed
		if len(trimmed) == 0 {
			prev = nil
		}
		off = next
	}
	doc.Segments = catalog.DropEmpty(b.Segments())
	rd.keepRoom(b)
	rd.keepTemplates(tpl)
}

// lineEnd returns the offset of the line break that ends the line starting at off.
func lineEnd(src []byte, off int) int { return document.LineEnd(src, off) }

// skipLineBreak returns the offset after the line break at end ("\n", "\r\n" or "\r").
func skipLineBreak(src []byte, end int) int { return document.SkipLineBreak(src, end) }

// endsItem reports a line break that ends a short item rather than wrapping a sentence: the
// previous line stops without punctuation and the next starts with a capital letter, as in a
// list of buttons or a signature ("No thanks, I'd rather pay full price" / "Keep my plan").
func endsItem(prev, next []byte) bool {
	last := prev[len(prev)-1]
	if !isAlnum(last) && last != ')' && last != '"' && last != '\'' {
		return false
	}
	return 'A' <= next[0] && next[0] <= 'Z'
}

// isCommentLine reports a line (trimmed, not empty) that holds only a farewell comment.
func isCommentLine(line []byte) bool {
	switch line[0] {
	case '<', '#', '/', '-', ';', 'f':
	default:
		return false // the first byte of none of the prefixes below: most lines
	}
	s := line[:min(len(line), 64)] // a directive's prefix is all that is compared
	for _, p := range []string{"<!--", "#", "//", "--", ";"} {
		if rest, ok := bytes.CutPrefix(s, []byte(p)); ok {
			rest = bytes.TrimSpace(rest)
			return bytes.HasPrefix(rest, []byte("farewell-")) || bytes.HasPrefix(rest, []byte("farewell:"))
		}
	}
	return bytes.HasPrefix(s, []byte("farewell-disable")) || bytes.HasPrefix(s, []byte("farewell-enable"))
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// subjectPrefix returns the length of the subject label a line starts with ("Subject:", and
// German, French and Spanish "Betreff:", "Objet :", "Asunto:"), or 0.
func subjectPrefix(line []byte) int {
	for _, p := range []string{"subject:", "betreff:", "asunto:", "objet:", "objet :", "objet\u00a0:", "objet\u202f:"} {
		if hasPrefixFold(line, p) {
			return len(p)
		}
	}
	return 0
}

// isListItem reports a line that starts a bullet or numbered list item.
func isListItem(line []byte) bool {
	if len(line) >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ' {
		return true
	}
	if bytes.HasPrefix(line, []byte("\u2022")) {
		return true
	}
	i := 0
	for i < len(line) && i < 3 && '0' <= line[i] && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}
