package rules

import "strings"

// PatternGuards returns the guard sets of each of the rule's patterns, by pattern: every match
// of pattern i holds a literal of each of its sets, in lower-case ASCII. An engine that finds
// these literals in one pass over a text, with the rules' keywords, passes what it found to
// FindPatternsHeld.
func (r *Rule) PatternGuards() [][][]string {
	out := make([][][]string, len(r.patterns))
	for i, p := range r.patterns {
		p.load()
		out[i] = p.guards
	}
	return out
}

// mayMatch reports whether pattern i can match t: every match contains a literal of each of
// the pattern's guard sets (and a digit, for patterns that require one), so a text that lacks
// them is skipped without running the regular expression, and the expression's automaton
// rules out most of the texts that hold them. The rule-level keywords decide whether a rule
// runs at all; guards decide, at no cost to the result, which of its patterns need to. held,
// when not nil, says whether the guards hold (see FindPatternsHeld).
func (r *Rule) mayMatch(i int, t *Text, held func(int) bool) bool {
	p := r.patterns[i]
	p.load()
	if p.digit && !t.HasDigit() {
		return false
	}
	if held == nil {
		return p.possible(t.S, t.Lower())
	}
	return held(i) && p.automatonMatches(t.S)
}

// guarded reports whether lower, lower-case text, holds a literal of every set of g (true when
// g is empty): otherwise the expression they guard cannot match.
func guarded(g [][]string, lower string) bool {
next:
	for _, set := range g {
		for _, lit := range set {
			if strings.Contains(lower, lit) {
				continue next
			}
		}
		return false
	}
	return true
}
