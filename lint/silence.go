package lint

import (
	"strings"

	"github.com/farewell-protocol/farewell/document"
)

// silencer answers whether a finding is silenced by the document's directives.
type silencer struct {
	doc  *document.Document
	next map[int][]document.Directive // by the line a next-line directive silences
	regs []silenceRegion
}

type silenceRegion struct {
	start, end int
	rules      []string
}

func newSilencer(doc *document.Document) *silencer {
	s := &silencer{doc: doc}
	open := map[string]int{} // rule list key -> start offset
	var openRules = map[string][]string{}
	for _, d := range doc.Directives {
		switch d.Kind {
		case document.DisableNextLine:
			if s.next == nil {
				s.next = map[int][]document.Directive{}
			}
			line := doc.Position(d.End).Line + 1
			s.next[line] = append(s.next[line], d)
		case document.Disable:
			k := strings.Join(d.Rules, " ")
			if _, ok := open[k]; !ok {
				open[k], openRules[k] = d.End, d.Rules
			}
		case document.Enable:
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
func (s *silencer) silenced(id string, off int) bool {
	if len(s.next) > 0 {
		for _, d := range s.next[s.doc.Position(off).Line] {
			if matchesRule(d.Rules, id) {
				return true
			}
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
