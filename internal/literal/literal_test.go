package literal

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// TestRequiredLiterals checks the literal derivation on patterns whose answer is known: every
// match contains one of the literals, and white space runs read as the one space normalised
// text has.
func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    string // literals joined by |, or "" for none
	}{
		{`\bwithin \d+ hours\b`, "within"},
		{`\bends\s+in\b`, "ends in"},
		{`(?:ends in|expires in)`, "ends in|expires in"},
		{`\bplease\s+(?:don't|do\s+not)\s+go\b`, "please don't go|please do not go"},
		{`(?:don't|dont|do\s+not)\s+go`, "don't go|dont go|do not go"},
		{`\bdays?\s+left\b`, "day left|days left"},
		{`\b(?:noo+|oh\s+no+)\s*[!?]+`, "noo|oh no"},
		{`\bnoo+\b`, "noo"},
		{`[A-Z][a-z]+`, ""},
		{`\s+`, ""},
	} {
		got := strings.Join(Required(tc.pattern), "|")
		if got != tc.want {
			t.Errorf("Required(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

// TestGuardSets checks the sets an expression is guarded by: every match holds a literal of
// each; a substring all of a set's literals share comes first, then the most selective set.
func TestGuardSets(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    string // sets joined by " & ", literals by |; "" for no guard
	}{
		{`\bwithin \d+ hours\b`, "within & hours"},
		{`\b(?:cancel\w*|unsubscrib\w*)\b[^.]*?\b(?:mon|fri)(?:day)?\b`, "cancel|unsubscrib & mon|fri"},
		{`(?P<match>\bcall us\b)[^.]*\bmonday`, "call us & monday"},
		{`(?:ends in|expires in)`, "s in & ends in|expires in"},
		{`\b(?:due to|because of) your\b`, " your & due to your|because of your"},
		{`\b(?:you|we) (?:can|may)\b`, "you can|you may|we can|we may"},
		{`\bnever\b.*\bagain\b.*\bever\b.*\bgone\b`, "never & again & ever"},
		{`[A-Z][a-z]+\s+\d+`, ""},
		{`\bcafé\b`, ""},
	} {
		tree, err := syntax.Parse(tc.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var sets []string
		for _, set := range GuardSets(tree.Simplify()) {
			sets = append(sets, strings.Join(set, "|"))
		}
		if got := strings.Join(sets, " & "); got != tc.want {
			t.Errorf("GuardSets(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

// TestRequiresDigit checks NeedsDigit on patterns whose answer is known.
func TestRequiresDigit(t *testing.T) {
	for pattern, want := range map[string]bool{
		`\d{1,2}:\d{2}`:          true,
		`(?:\d+ days|\d+ hours)`: true,
		`(?:\d+ days|soon)`:      false,
		`[0-9a-f]+`:              false,
		`order 66`:               true,
		`\d*x`:                   false,
	} {
		if got := requiresDigit(pattern); got != want {
			t.Errorf("requiresDigit(%q) = %v, want %v", pattern, got, want)
		}
	}
}

// requiresDigit reports whether every match of pattern contains an ASCII digit, so that a
// text without digits can skip it.
func requiresDigit(pattern string) bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	return NeedsDigit(re.Simplify())
}
