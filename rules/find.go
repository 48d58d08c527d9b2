package rules

import (
	"fmt"
	"strings"

	"github.com/farewell-protocol/farewell/internal/suggest"
)

// Find returns the rule a user names: by its id, or by a suffix of whole id parts that only
// one rule has ("confirmshaming", "guilt.confirmshaming"), or only one English rule (the
// German, French and Spanish rules share their English peers' short names). An unknown name is
// an error that offers the nearest rule; a suffix several rules share, one that lists them.
func (p *Pack) Find(name string) (*Rule, error) {
	if r := p.Rule(name); r != nil {
		return r, nil
	}
	var found []*Rule
	for _, r := range p.Rules {
		if strings.HasSuffix(r.ID, "."+name) {
			found = append(found, r)
		}
	}
	if len(found) > 1 {
		// A short name of an English rule names it, not its German, French or Spanish peers.
		var english []*Rule
		for _, r := range found {
			if r.Language == "" {
				english = append(english, r)
			}
		}
		if len(english) == 1 {
			return english[0], nil
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		ids := make([]string, 0, len(p.Rules))
		short := make([]string, 0, len(p.Rules))
		for _, r := range englishFirst(p.Rules) {
			ids = append(ids, r.ID)
			short = append(short, r.ID[strings.LastIndexByte(r.ID, '.')+1:])
		}
		hint := suggest.Hint(name, ids)
		if k, ok := suggest.Closest(name, short); ok && hint == "" {
			for i, s := range short {
				if s == k {
					hint = " (did you mean \"" + ids[i] + "\"?)"
					break
				}
			}
		}
		return nil, fmt.Errorf("no rule %q%s", name, hint)
	}
	ids := make([]string, len(found))
	for i, r := range found {
		ids[i] = r.ID
	}
	return nil, fmt.Errorf("%q names more than one rule: %s", name, strings.Join(ids, ", "))
}

// englishFirst returns rules with the English ones first, each group in its order: a hint
// names the English rule where a language's rule has the same short name.
func englishFirst(rs []*Rule) []*Rule {
	out := make([]*Rule, 0, len(rs))
	for _, en := range []bool{true, false} {
		for _, r := range rs {
			if (r.Language == "") == en {
				out = append(out, r)
			}
		}
	}
	return out
}
