package rules

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/internal/literal"
)

// FuzzGuards checks the promise guards make on any expression and text: when an expression
// matches a text, written as rules see text (single spaces), the text holds a literal of
// every one of its guard sets, so skipping a text that does not can never lose a match.
func FuzzGuards(f *testing.F) {
	f.Add(`\b(?:cancel\w*|unsubscrib\w*)\b[^.]*?\b(?:mon|fri)day\b`, "To cancel, call us on Monday.", false)
	f.Add(`\b(?:due to|because of) your\s+(?:excessive|constant)\b`, "Due to your  EXCESSIVE use", true)
	f.Add(`(?:ends in|expires in)\s+\d+\s+days?`, "Your trial expires in 3 days", false)
	f.Add(`\bwe(?:'ll| will) miss you\b`, "we will miss you", false)
	f.Add(`\b(?:noo+|oh\s+no+)\s*[!?]+`, "Oh noooo!?", false)
	f.Add(`(?:^|\s)(?P<match>:-?'?\(+|;-?\(+)`, "so sad :-(((", false)
	f.Add(`\bwa+it{2,}\b`, "waaaittt", true)
	f.Fuzz(func(t *testing.T, pattern, text string, caseSensitive bool) {
		if len(pattern) > 200 || len(text) > 500 {
			return
		}
		tree, err := syntax.Parse(pattern, syntax.Perl)
		if err != nil {
			return
		}
		expr := pattern
		if !caseSensitive {
			expr = "(?i)" + pattern
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		// As extraction writes text: white space runs as one space, and the two letters
		// case-insensitive expressions match as ASCII ones written as those.
		text = strings.Join(strings.Fields(strings.NewReplacer("\u212a", "K", "\u017f", "s").Replace(text)), " ")
		if !re.MatchString(text) {
			return
		}
		var tx Text
		tx.Reset(text)
		if sets := encodeGuards(literal.GuardSets(tree.Simplify())); !guarded(sets, tx.Lower()) {
			t.Fatalf("%q matches %q, but its guards %q skip it", expr, text, sets)
		}
		// The same promise of the rule-level keywords derived from it.
		if lits := literal.RequiredOf(tree.Simplify()); lits != nil && !containsAny(tx.Lower(), lits) {
			t.Fatalf("%q matches %q, but holds none of its keywords %q", expr, text, lits)
		}
	})
}

// containsAny reports whether s holds one of lits.
func containsAny(s string, lits []string) bool {
	for _, lit := range lits {
		if strings.Contains(s, lit) {
			return true
		}
	}
	return false
}
