package document

import (
	"strings"
)

// DirectiveKind is what an inline comment asks of the linter.
type DirectiveKind uint8

// The inline directives.
const (
	// DisableNextLine silences rules on the line after the comment.
	DisableNextLine DirectiveKind = iota + 1
	// Disable silences rules from the comment until a matching Enable or the end of the file.
	Disable
	// Enable ends a Disable.
	Enable
)

// Directive is an inline `farewell-disable-next-line`, `farewell-disable` or
// `farewell-enable` comment. Rules lists rule ids or id prefixes ("farewell.guilt"); empty
// means every rule.
type Directive struct {
	Kind  DirectiveKind
	Rules []string
	// Start and End are the comment's byte range.
	Start, End int
}

// Label is a leading `farewell: kind=... id=...` comment that names the message that
// follows it.
type Label struct {
	Kind string
	ID   string
	// Offset is where the comment starts; the labelled message runs from there to the next label.
	Offset int
}

// ScanComment records any directive or label in the comment body text, which spans the
// source bytes [start, end).
func (d *Document) ScanComment(text string, start, end int) {
	body := strings.TrimSpace(text)
	if rest, ok := strings.CutPrefix(body, "farewell:"); ok {
		d.Labels = append(d.Labels, parseLabel(rest, start))
		return
	}
	i := strings.Index(body, "farewell-")
	if i < 0 {
		return
	}
	fields := strings.Fields(body[i:])
	var kind DirectiveKind
	switch fields[0] {
	case "farewell-disable-next-line":
		kind = DisableNextLine
	case "farewell-disable":
		kind = Disable
	case "farewell-enable":
		kind = Enable
	default:
		return
	}
	var ids []string
	for _, f := range fields[1:] {
		f = strings.Trim(f, ",")
		if f == "" || strings.HasPrefix(f, "--") || strings.HasPrefix(f, "*/") {
			break
		}
		ids = append(ids, f)
	}
	d.Directives = append(d.Directives, Directive{Kind: kind, Rules: ids, Start: start, End: end})
}

func parseLabel(s string, at int) Label {
	l := Label{Offset: at}
	for _, f := range strings.Fields(s) {
		k, v, ok := strings.Cut(f, "=")
		if !ok {
			continue
		}
		v = strings.Trim(v, `"'`)
		switch k {
		case "kind":
			l.Kind = v
		case "id":
			l.ID = v
		}
	}
	return l
}
