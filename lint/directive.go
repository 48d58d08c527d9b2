package lint

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

// scanComment records any directive or label in the comment body text, which spans the
// source bytes [start, end).
func (d *Document) scanComment(text string, start, end int) {
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

// silencer answers whether a finding is silenced by the document's directives.
type silencer struct {
	doc  *Document
	next map[int][]Directive // by the line a next-line directive silences
	regs []silenceRegion
}

type silenceRegion struct {
	start, end int
	rules      []string
}

func newSilencer(doc *Document) *silencer {
	s := &silencer{doc: doc}
	open := map[string]int{} // rule list key -> start offset
	var openRules = map[string][]string{}
	for _, d := range doc.Directives {
		switch d.Kind {
		case DisableNextLine:
			if s.next == nil {
				s.next = map[int][]Directive{}
			}
			line := doc.Position(d.End).Line + 1
			s.next[line] = append(s.next[line], d)
		case Disable:
			k := strings.Join(d.Rules, " ")
			if _, ok := open[k]; !ok {
				open[k], openRules[k] = d.End, d.Rules
			}
		case Enable:
			k := strings.Join(d.Rules, " ")
			if start, ok := open[k]; ok {
				s.regs = append(s.regs, silenceRegion{start: start, end: d.Start, rules: openRules[k]})
				delete(open, k)
			}
		}
	}
	for k, start := range open {
		s.regs = append(s.regs, silenceRegion{start: start, end: len(doc.Src) + 1, rules: openRules[k]})
	}
	return s
}

// silenced reports whether a finding of rule id starting at offset off on line line is silenced.
func (s *silencer) silenced(id string, off, line int) bool {
	for _, d := range s.next[line] {
		if matchesRule(d.Rules, id) {
			return true
		}
	}
	for _, r := range s.regs {
		if off >= r.start && off < r.end && matchesRule(r.rules, id) {
			return true
		}
	}
	return false
}

// matchesRule reports whether id is named by the list: exactly, or by a prefix ending at a dot.
func matchesRule(list []string, id string) bool {
	if len(list) == 0 {
		return true
	}
	for _, r := range list {
		if r == id || strings.HasPrefix(id, r+".") {
			return true
		}
	}
	return false
}
