package rules

import (
	"strings"
)

// validID reports whether id is two or more dot-separated words of lower-case letters, digits
// and inner hyphens.
func validID(id string) bool {
	words := strings.Split(id, ".")
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if w == "" || w[0] == '-' || w[len(w)-1] == '-' || strings.Contains(w, "--") {
			return false
		}
		for _, c := range w {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// typeFields checks that the fields a rule sets are the ones its type uses.
func (c *compiler) typeFields() {
	w, t := c.w, c.rule.Type
	has := map[string]bool{
		"tokens": len(w.Tokens) > 0, "patterns": len(w.Patterns) > 0, "swap": len(w.Swap) > 0,
		"max": w.Max != nil, "sequence": len(w.Sequence) > 0, "suggest": len(w.Suggest) > 0,
	}
	allowed := map[Type][]string{
		Existence:    {"tokens", "patterns"},
		Substitution: {"swap", "patterns"},
		Occurrence:   {"patterns", "max"},
		Sequence:     {"sequence"},
		Requires:     {"tokens", "patterns", "suggest"},
	}[t]
	for _, f := range []string{"tokens", "patterns", "swap", "max", "sequence", "suggest"} {
		if has[f] && !contains(allowed, f) {
			c.fail(w.Type.Pos, "%s: %s rule does not take %q (it takes %s)", w.ID.Value, article(t), f, strings.Join(allowed, ", "))
		}
	}
	need := func(ok bool, what string) {
		if !ok {
			c.fail(w.Type.Pos, "%s: %s rule needs %s", w.ID.Value, article(t), what)
		}
	}
	switch t {
	case Existence:
		need(has["tokens"] || has["patterns"], "tokens or patterns")
	case Substitution:
		need(has["swap"] || has["patterns"], "swap, or patterns with rewrites")
		need(!has["patterns"] || len(w.Rewrites) > 0, "rewrites for its patterns")
	case Occurrence:
		need(len(w.Patterns) == 1, "exactly one pattern")
		need(has["max"], "max")
		if w.Max != nil && *w.Max < 0 {
			c.fail(w.Type.Pos, "%s: max must not be negative", w.ID.Value)
		}
	case Sequence:
		need(has["sequence"], "sequence")
	case Requires:
		need(has["tokens"] || has["patterns"], "tokens or patterns")
		need(has["suggest"], "suggest")
	}
	if w.Max != nil {
		c.rule.max = *w.Max
	}
}

func article(t Type) string {
	if strings.ContainsRune("aeiou", rune(t[0])) {
		return "an " + string(t)
	}
	return "a " + string(t)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
