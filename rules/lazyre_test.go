package rules

import (
	"regexp"
	"strings"
	"testing"
)

// TestMatchStringAgrees checks that the expressions' boolean matches, which the automaton
// decides alone on ASCII text (see dfa.Filter.Match), answer as package regexp does, on text
// where the automaton is exact and on text where it says yes wrongly (every rune from U+0080
// up is one symbol to it: `é` is the class of "è").
func TestMatchStringAgrees(t *testing.T) {
	exprs := []string{`é`, `(?i)\bcafé\b`, `(?i)k\b`, `(?i)\b(?:cancel|close)\w*\s+(?:your\s+)?account\b`,
		`\d+\s*days?`, `(?i)\bwe(?:'ll| will) miss you\b`, `[^a-z ]`, `(?i)^bye$`}
	texts := []string{"", "è", "cafè", "café", "Café au lait", "K", "KELVIN \u212a", "kick", "cancel your account",
		"Cancelled your Accounts", "close\u00a0account", "in 3 days", "in three days", "we will MISS you",
		"we will miss yoù", "bye", "BYE", "bye now", "a b c", "naïve"}
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		x, err := CompileExpr(e)
		if err != nil {
			t.Fatal(err)
		}
		l := &lazyRegexp{src: strings.TrimPrefix(e, "(?i)"), expr: e}
		for _, s := range texts {
			want := re.MatchString(s)
			if got := x.MatchString(s); got != want {
				t.Errorf("Expr %q on %q: %v, regexp says %v", e, s, got, want)
			}
			lw := lowerOf(s)
			if got := l.matchString(&lw); got != want {
				t.Errorf("matchString %q on %q: %v, regexp says %v", e, s, got, want)
			}
		}
	}
	// The built-in pack's message_has patterns on its examples, guards and all.
	p, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range p.Rules {
		var examples []string
		examples = append(examples, r.Examples.Flag...)
		examples = append(examples, r.Examples.Pass...)
		for _, re := range r.messageHas {
			rx := regexp.MustCompile(re.expr)
			for _, s := range examples {
				s = strings.Join(strings.Fields(s), " ")
				lw := lowerOf(s)
				if got, want := re.matchString(&lw), rx.MatchString(s); got != want {
					t.Errorf("%s: message_has %q on %q: %v, regexp says %v", r.ID, re.expr, s, got, want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no message_has pattern checked")
	}
}
